/**
 * Where an agreed action stands (open, in progress, done, dropped): a native select on screen,
 * named by the action it is for, and the status in words on paper, where no control prints (#22).
 */
import {
	ACTION_STATUSES,
	isActionStatus,
	statusOf,
	type AgreedAction,
	type ActionStatus,
} from '../../links/actions';
import type { StatusLabels } from './handout';
import type { ActionStrings } from './strings';
import { fill } from '../../i18n/plural';

export interface Props {
	/** The select's id, unique in the page. */
	id: string;
	action: AgreedAction;
	labels: StatusLabels;
	strings: Pick<ActionStrings, 'status' | 'statusName'>;
	onChange: (status: ActionStatus) => void;
}

export default function StatusSelect({ id, action, labels, strings, onChange }: Props) {
	const status = statusOf(action);
	return (
		<p class="action-status">
			<label for={id} class="no-print">
				{strings.status}
			</label>{' '}
			<select
				id={id}
				class="no-print"
				value={status}
				aria-label={fill(strings.statusName, { what: action.what })}
				data-status={status}
				onChange={(event) => {
					const value = event.currentTarget.value;
					if (isActionStatus(value)) onChange(value);
				}}
			>
				{ACTION_STATUSES.map((each) => (
					<option key={each} value={each}>
						{labels[each]}
					</option>
				))}
			</select>
			<span class="action-status-text">{labels[status]}</span>
		</p>
	);
}
