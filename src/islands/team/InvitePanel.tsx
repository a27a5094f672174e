/**
 * The invitation for the room: pick an assessment (and its side, where it has two), and the page
 * shows its address as text, a button to copy it and a QR code of it, drawn here as inline SVG
 * from `uqr`'s modules. The QR library is loaded only when the invitation is open, so no other page
 * ever loads it, and the team page only when it is used.
 */
import { useEffect, useState } from 'preact/hooks';
import type { AssessmentModel } from '../assessment/model';
import type { Side } from '../../links/share-code';
import type { TeamStrings } from './strings';
import { inviteUrl, qrPath } from './invite';
import { fill } from '../../i18n/plural';
import './invite.css';

export interface Props {
	/** Every side of every assessment, in series order. */
	models: readonly AssessmentModel[];
	strings: TeamStrings;
	/**
	 * Open (an empty team view: the session is starting). Known only once the team has been read
	 * from the address, so a view opened from a team link never loads the QR library.
	 */
	isOpen: boolean;
}

export default function InvitePanel({ models, strings, isOpen }: Props) {
	const text = strings.invite;
	const agencyModels = models.filter((model) => model.side === 'agency');
	const [id, setId] = useState(agencyModels[0]?.id ?? '');
	const [side, setSide] = useState<Side>('agency');
	const [open, setOpen] = useState(isOpen);
	const [url, setUrl] = useState('');
	const [qr, setQr] = useState<{ size: number; path: string } | undefined>();
	const [status, setStatus] = useState('');
	const hasClient = models.some((model) => model.id === id && model.side === 'client');
	const chosenSide: Side = hasClient ? side : 'agency';
	const title = agencyModels.find((model) => model.id === id)?.title ?? '';

	useEffect(() => setOpen(isOpen), [isOpen]);

	useEffect(() => {
		setUrl(inviteUrl(location.href, id, chosenSide));
		setStatus('');
	}, [id, chosenSide]);

	useEffect(() => {
		if (!open || !url) return;
		let isCurrent = true;
		void import('uqr').then(({ encode }) => {
			if (isCurrent) setQr(qrPath(encode(url, { ecc: 'M', border: 0 }).data));
		});
		return () => {
			isCurrent = false;
		};
	}, [open, url]);

	const copy = async () => {
		try {
			await navigator.clipboard.writeText(url);
			setStatus(strings.copyLink.copied);
		} catch {
			const link = document.getElementById('invite-url');
			if (link) getSelection()?.selectAllChildren(link);
			setStatus(strings.copyLink.copyFailed);
		}
	};

	return (
		<details
			class="invite no-print"
			open={open}
			onToggle={(event) => setOpen(event.currentTarget.open)}
		>
			<summary>
				<h2>{text.heading}</h2>
			</summary>
			<p>{text.intro}</p>
			<div class="invite-choice">
				<div class="invite-field">
					<label for="invite-assessment">{text.assessment}</label>
					<select
						id="invite-assessment"
						value={id}
						onChange={(event) => setId(event.currentTarget.value)}
					>
						{agencyModels.map((model) => (
							<option key={model.id} value={model.id}>
								{model.title}
							</option>
						))}
					</select>
				</div>
				{hasClient && (
					<fieldset class="invite-side">
						<legend>{text.side}</legend>
						{(['agency', 'client'] as const).map((value) => (
							<label key={value}>
								<input
									type="radio"
									name="invite-side"
									value={value}
									checked={chosenSide === value}
									onChange={() => setSide(value)}
								/>{' '}
								{value === 'agency' ? text.sideAgency : text.sideClient}
							</label>
						))}
					</fieldset>
				)}
			</div>
			<div class="invite-body">
				<div class="invite-qr">
					{qr && (
						<svg
							viewBox={`0 0 ${qr.size} ${qr.size}`}
							role="img"
							aria-label={fill(chosenSide === 'client' ? text.qrClient : text.qrAgency, {
								title,
							})}
							shape-rendering="crispEdges"
						>
							<rect class="qr-light" width={qr.size} height={qr.size} />
							<path class="qr-dark" d={qr.path} />
						</svg>
					)}
				</div>
				<div class="invite-link">
					<p class="invite-label" id="invite-link-label">
						{text.link}
					</p>
					<p class="invite-url">
						<a id="invite-url" href={url || undefined} aria-describedby="invite-link-label">
							{url}
						</a>
					</p>
					<p>
						<button type="button" class="button" disabled={!url} onClick={() => void copy()}>
							{strings.copyLink.copy}
						</button>
					</p>
					<p class="invite-status" role="status">
						{status}
					</p>
					<p class="hint">{text.sameClient}</p>
				</div>
			</div>
		</details>
	);
}
