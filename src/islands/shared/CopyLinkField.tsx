/**
 * A read-only field holding a link, with a button that copies it and a polite status message.
 * Where the clipboard is unavailable, the link is selected so the reader can copy it by hand.
 */
import { useRef, useState } from 'preact/hooks';
import './copy-link.css';

export interface Props {
	id: string;
	label: string;
	link: string;
	strings: { copy: string; copied: string; copyFailed: string };
}

export default function CopyLinkField({ id, label, link, strings }: Props) {
	const [status, setStatus] = useState('');
	const field = useRef<HTMLInputElement>(null);
	const copy = async () => {
		try {
			await navigator.clipboard.writeText(link);
			setStatus(strings.copied);
		} catch {
			field.current?.select();
			setStatus(strings.copyFailed);
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
			</div>
			<p class="status" role="status">
				{status}
			</p>
		</div>
	);
}
