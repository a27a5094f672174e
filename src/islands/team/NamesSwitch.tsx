/**
 * The switch between people by number and by name (#22). Names start hidden in every session, so
 * the team view can go on a projector the moment links are pasted; the facilitator's choice is
 * kept with the session on this device (`session-store.ts`).
 */
import type { NamesStrings } from './strings';

export interface Props {
	shown: boolean;
	strings: NamesStrings;
	onChange: (shown: boolean) => void;
}

export default function NamesSwitch({ shown, strings, onChange }: Props) {
	return (
		<div class={shown ? 'names-switch is-shown no-print' : 'names-switch no-print'}>
			<label>
				<input
					type="checkbox"
					checked={shown}
					aria-describedby="team-names-state"
					onChange={(event) => onChange(event.currentTarget.checked)}
				/>
				{strings.show}
			</label>
			<p id="team-names-state" class="hint">
				{shown ? strings.shown : strings.hidden}
			</p>
		</div>
	);
}
