/** The paste box: colleagues' links as they arrived, from a chat, a mail or a document. */
import type { JSX } from 'preact';
import type { TeamStrings } from './strings';

export interface Props {
	strings: TeamStrings;
	text: string;
	isHydrated: boolean;
	onText: (text: string) => void;
	onAdd: () => void;
}

export default function PastePanel({ strings, text, isHydrated, onText, onAdd }: Props) {
	const submit = (event: JSX.TargetedEvent<HTMLFormElement>) => {
		event.preventDefault();
		onAdd();
	};
	return (
		<form class="paste no-print" onSubmit={submit}>
			<label for="team-links">{strings.linksLabel}</label>
			<p class="hint" id="team-links-hint">
				{strings.linksHint}
			</p>
			<textarea
				id="team-links"
				rows={6}
				aria-describedby="team-links-hint"
				value={text}
				onInput={(event) => onText(event.currentTarget.value)}
				spellcheck={false}
			/>
			<div class="actions">
				<button type="submit" class="button" disabled={!isHydrated}>
					{strings.add}
				</button>
			</div>
		</form>
	);
}
