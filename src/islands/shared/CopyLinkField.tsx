/**
 * A read-only field holding a link, with a button that copies it and a polite status message.
 * Where the clipboard is unavailable, the link is selected so the reader can copy it by hand.
 * Given `share`, it also offers the device's share sheet (Web Share API: Telegram, WhatsApp, mail
 * on a phone) where the browser has one; where it has none, the button is not shown.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { CopyLinkStrings } from './strings';
import './copy-link.css';

export interface Props {
	id: string;
	label: string;
	link: string;
	strings: CopyLinkStrings;
	/** What the share sheet sends with the link: a one-line text in the page's language. */
	share?: { title: string; text: string } | undefined;
}

export default function CopyLinkField({ id, label, link, strings, share }: Props) {
	const [status, setStatus] = useState('');
	const [canShare, setCanShare] = useState(false);
	const field = useRef<HTMLInputElement>(null);
	// Known only in the browser, after hydration: the server-rendered markup has no Share button.
	useEffect(() => setCanShare(typeof navigator.share === 'function'), []);
	const copy = async () => {
		try {
			await navigator.clipboard.writeText(link);
			setStatus(strings.copied);
		} catch {
			field.current?.select();
			setStatus(strings.copyFailed);
		}
	};
	const openShareSheet = async () => {
		if (!share) return;
		try {
			await navigator.share({ title: share.title, text: share.text, url: link });
		} catch {
			// The reader closed the sheet, or the browser refused: copying is still there.
		}
	};
	return (
		<div class="copy-link">
			<label for={id}>{label}</label>
			<div class="link-row">
				<input
					id={id}
					type="text"
					readOnly
					value={link}
					ref={field}
					onFocus={(event) => event.currentTarget.select()}
				/>
				<button type="button" class="button" onClick={() => void copy()}>
					{strings.copy}
				</button>
				{share && canShare && (
					<button type="button" class="button secondary" onClick={() => void openShareSheet()}>
						{strings.share}
					</button>
				)}
			</div>
			<p class="status" role="status">
				{status}
			</p>
		</div>
	);
}
