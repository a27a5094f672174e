/**
 * A read-only field holding a link, with a button that copies it and a polite status message.
 * Where the clipboard is unavailable, the link is selected so the reader can copy it by hand.
 * Given `share`, it also offers the device's share sheet (Web Share API: Telegram, WhatsApp, mail
 * on a phone) where the browser has one, and copies instead where the sheet refuses. The status
 * says when the link changed after it was copied.
 */
import { useRef } from 'preact/hooks';
import type { CopyLinkStrings } from './strings';
import { useLinkSharing } from './useLinkSharing';
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
	const field = useRef<HTMLInputElement>(null);
	const sharing = useLinkSharing(link, strings, () => field.current?.select());
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
				<button type="button" class="button" onClick={() => void sharing.copy()}>
					{strings.copy}
				</button>
				{share && sharing.canShare && (
					<button type="button" class="button secondary" onClick={() => void sharing.share(share)}>
						{strings.share}
					</button>
				)}
			</div>
			<p class="status" role="status">
				{sharing.status}
			</p>
		</div>
	);
}
