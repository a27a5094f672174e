/**
 * The invitation: name the session, pick an assessment (and its side, where it has two). For the
 * room, the page shows the address as text, a button to copy it and a QR code of it, drawn here as
 * inline SVG from `uqr`'s modules. For the client, who answers on their own and is never in the
 * room, it shows a letter ready to send instead: no QR code, no word about the room. The QR
 * library is loaded only when the room's invitation is open, so no other page ever loads it, and
 * the team page only when it is used.
 */
import { useEffect, useState } from 'preact/hooks';
import type { AssessmentModel } from '../assessment/model';
import type { Side } from '../../links/share-code';
import { MAX_SESSION_NAME_LENGTH } from '../../links/session-name';
import type { TeamStrings } from './strings';
import { clientLetter, inviteUrl, qrPath } from './invite';
import { fill } from '../../i18n/plural';
import type { Locale } from '../../i18n/locales';
import './invite.css';

export interface Props {
	lang: Locale;
	/** Every side of every assessment, in series order. */
	models: readonly AssessmentModel[];
	strings: TeamStrings;
	/**
	 * Open (an empty team view: the session is starting). Known only once the team has been read
	 * from the address, so a view opened from a team link never loads the QR library.
	 */
	isOpen: boolean;
	/** The session's name, cleaned: what the invitation carries. */
	session: string;
	/** The name as typed in the field. */
	sessionInput: string;
	/** The typed name was longer than a name can be, and was cut. */
	isSessionCut: boolean;
	onSessionInput: (typed: string) => void;
}

export default function InvitePanel({
	lang,
	models,
	strings,
	isOpen,
	session,
	sessionInput,
	isSessionCut,
	onSessionInput,
}: Props) {
	const text = strings.invite;
	const agencyModels = models.filter((model) => model.side === 'agency');
	const [id, setId] = useState(agencyModels[0]?.id ?? '');
	const [side, setSide] = useState<Side>('agency');
	const [open, setOpen] = useState(isOpen);
	const [url, setUrl] = useState('');
	const [qr, setQr] = useState<{ size: number; path: string } | undefined>();
	const [status, setStatus] = useState('');
	const client = models.find((model) => model.id === id && model.side === 'client');
	const chosenSide: Side = client ? side : 'agency';
	const title = agencyModels.find((model) => model.id === id)?.title ?? '';

	useEffect(() => setOpen(isOpen), [isOpen]);

	useEffect(() => {
		setUrl(inviteUrl(location.href, id, chosenSide, session));
		setStatus('');
	}, [id, chosenSide, session]);

	useEffect(() => {
		if (!open || !url || chosenSide === 'client') return;
		let isCurrent = true;
		void import('uqr').then(({ encode }) => {
			if (isCurrent) setQr(qrPath(encode(url, { ecc: 'M', border: 0 }).data));
		});
		return () => {
			isCurrent = false;
		};
	}, [open, url, chosenSide]);

	/** Copies `value`; where the browser refuses, selects the element it shows in, to copy by hand. */
	const copy = async (value: string, elementId: string, copied: string, failed: string) => {
		try {
			await navigator.clipboard.writeText(value);
			setStatus(copied);
		} catch {
			const element = document.getElementById(elementId);
			if (element instanceof HTMLTextAreaElement) element.select();
			else if (element) getSelection()?.selectAllChildren(element);
			setStatus(failed);
		}
	};

	const letter =
		chosenSide === 'client' && client && url
			? clientLetter(text, lang, client.title, client.questions.length, url)
			: undefined;

	return (
		<details
			class="invite no-print"
			open={open}
			onToggle={(event) => setOpen(event.currentTarget.open)}
		>
			<summary>
				<h2>{text.heading}</h2>
			</summary>
			<p>{chosenSide === 'client' ? text.clientIntro : text.intro}</p>
			<div class="invite-choice">
				<div class="invite-field invite-session">
					<label for="invite-session">{text.sessionName}</label>
					<input
						id="invite-session"
						type="text"
						value={sessionInput}
						autoComplete="off"
						aria-describedby="invite-session-hint"
						onInput={(event) => onSessionInput(event.currentTarget.value)}
					/>
					<p class="hint" id="invite-session-hint">
						{isSessionCut ? (
							<strong>{fill(text.sessionCut, { limit: MAX_SESSION_NAME_LENGTH })}</strong>
						) : (
							text.sessionHint
						)}
					</p>
				</div>
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
				{client && (
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
			{letter ? (
				<div class="invite-letter">
					<label for="invite-letter">{text.clientMail}</label>
					<textarea id="invite-letter" readOnly rows={14} value={letter.body} spellcheck={false} />
					<p class="invite-letter-buttons">
						<button
							type="button"
							class="button"
							onClick={() =>
								void copy(letter.body, 'invite-letter', text.mailCopied, text.mailCopyFailed)
							}
						>
							{text.copyMail}
						</button>
						<a class="button secondary" href={letter.mailto}>
							{text.openMail}
						</a>
					</p>
					<p class="invite-status" role="status">
						{status}
					</p>
				</div>
			) : (
				<div class="invite-body">
					<div class="invite-qr">
						{qr && (
							<svg
								viewBox={`0 0 ${qr.size} ${qr.size}`}
								role="img"
								aria-label={fill(text.qrAgency, { title })}
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
							<button
								type="button"
								class="button"
								disabled={!url}
								onClick={() =>
									void copy(url, 'invite-url', strings.copyLink.copied, strings.copyLink.copyFailed)
								}
							>
								{strings.copyLink.copy}
							</button>
						</p>
						<p class="invite-status" role="status">
							{status}
						</p>
						<p class="hint">{text.sameClient}</p>
					</div>
				</div>
			)}
		</details>
	);
}
