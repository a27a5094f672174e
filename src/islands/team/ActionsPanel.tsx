/**
 * The actions the team agrees on, under its results: a numbered list to edit, remove, reorder and
 * give a status, and a form to add one. The list prints on the handout (without its buttons, with
 * each status in words); the actions travel in the team link and go into the CSV. Every text is
 * shown as text. Once a later round is in the view, this list holds that round's actions only:
 * the earlier ones are reviewed above the tables (`ActionsReview.tsx`).
 */
import { useEffect, useState } from 'preact/hooks';
import { MAX_ACTIONS, type AgreedAction } from '../../links/actions';
import { actionRows, statusLabels, type AreaModels } from './handout';
import { moveAmong, withStatus } from './action-review';
import type { ActionStrings } from './strings';
import { fill } from '../../i18n/plural';
import ActionForm from './ActionForm';
import StatusSelect from './StatusSelect';
import './actions.css';
import type { Locale } from '../../i18n/locales';

export interface Props {
	lang: Locale;
	actions: readonly AgreedAction[];
	/** The indexes of the actions this list shows (this round's), in order; all when absent. */
	shown?: readonly number[] | undefined;
	/** Whether earlier rounds' actions are reviewed elsewhere: an empty list says "in this round". */
	isLaterRound?: boolean | undefined;
	/** The assessments in the view, whose areas an action may answer. */
	models: AreaModels;
	strings: ActionStrings;
	/** A new list of actions, with what to announce; `isUndoable` for a removal. */
	onChange: (actions: AgreedAction[], message: string, isUndoable?: boolean) => void;
}

export default function ActionsPanel({
	lang,
	actions,
	shown,
	isLaterRound = false,
	models,
	strings,
	onChange,
}: Props) {
	const [editing, setEditing] = useState<number | undefined>();
	const [focus, setFocus] = useState<string | undefined>();
	const labels = statusLabels(strings);
	const allRows = actionRows(actions, models, lang, labels);
	const indexes = shown ?? actions.map((_, index) => index);
	// Each row keeps `index`, its place in the whole list (what edits and removals address), and
	// is numbered by its place in this one.
	const rows = indexes.flatMap((index, position) => {
		const row = allRows[index];
		return row ? [{ ...row, index, number: position + 1 }] : [];
	});
	const canAdd = actions.length < MAX_ACTIONS;

	// After a move, the moved action's button keeps the focus, wherever the action went.
	useEffect(() => {
		if (focus) document.getElementById(focus)?.focus();
		setFocus(undefined);
	}, [focus]);

	const move = (position: number, step: -1 | 1) => {
		const target = indexes[position + step];
		if (target === undefined) return;
		onChange(
			moveAmong(actions, indexes, position, step),
			fill(strings.moved, { number: position + step + 1 })
		);
		setEditing(undefined);
		setFocus(`action-${target}-${step < 0 ? 'up' : 'down'}`);
	};

	return (
		<section class="team-actions" aria-labelledby="team-actions-heading">
			<h2 id="team-actions-heading">{strings.heading}</h2>
			<p class="no-print">{strings.intro}</p>
			{rows.length === 0 ? (
				<p class="action-empty">{isLaterRound ? strings.emptyRound : strings.empty}</p>
			) : (
				<ol class="action-list">
					{rows.map(({ index, ...row }, position) => (
						<li key={`${index}-${row.what}`}>
							{editing === index ? (
								<ActionForm
									lang={lang}
									initial={actions[index]}
									number={row.number}
									models={models}
									strings={strings}
									canAdd={canAdd}
									onSubmit={(action) => {
										onChange(
											actions.map((old, at) => (at === index ? action : old)),
											strings.saved
										);
										setEditing(undefined);
										setFocus(`action-${index}-edit`);
									}}
									onCancel={() => {
										setEditing(undefined);
										setFocus(`action-${index}-edit`);
									}}
								/>
							) : (
								<>
									<p class="action-what">{row.what}</p>
									<StatusSelect
										id={`action-${index}-status`}
										action={actions[index] ?? { what: row.what, who: '', due: '' }}
										labels={labels}
										strings={strings}
										onChange={(status) =>
											onChange(
												withStatus(actions, index, status),
												fill(strings.statusChanged, { status: labels[status], what: row.what })
											)
										}
									/>
									{(row.who || row.due || row.area) && (
										<p class="action-meta">
											{[row.who, row.due && fill(strings.dueBy, { date: row.due }), row.area]
												.filter(Boolean)
												.join(' · ')}
										</p>
									)}
									<p class="action-controls no-print">
										<button
											type="button"
											id={`action-${index}-edit`}
											class="link-button"
											aria-label={fill(strings.editName, { number: row.number })}
											onClick={() => setEditing(index)}
										>
											{strings.edit}
										</button>
										<button
											type="button"
											id={`action-${index}-up`}
											class="link-button"
											aria-label={fill(strings.upName, { number: row.number })}
											aria-disabled={position === 0}
											onClick={() => move(position, -1)}
										>
											{strings.up}
										</button>
										<button
											type="button"
											id={`action-${index}-down`}
											class="link-button"
											aria-label={fill(strings.downName, { number: row.number })}
											aria-disabled={position === rows.length - 1}
											onClick={() => move(position, 1)}
										>
											{strings.down}
										</button>
										<button
											type="button"
											class="link-button is-danger"
											aria-label={fill(strings.removeName, { number: row.number })}
											onClick={() => {
												setEditing(undefined);
												onChange(
													actions.filter((_, at) => at !== index),
													strings.removed,
													true
												);
											}}
										>
											{strings.remove}
										</button>
									</p>
								</>
							)}
						</li>
					))}
				</ol>
			)}
			{canAdd ? (
				editing === undefined && (
					<ActionForm
						lang={lang}
						models={models}
						strings={strings}
						canAdd={canAdd}
						onSubmit={(action) => onChange([...actions, action], strings.added)}
						onCancel={() => undefined}
					/>
				)
			) : (
				<p class="action-note no-print">{fill(strings.full, { limit: MAX_ACTIONS })}</p>
			)}
		</section>
	);
}
