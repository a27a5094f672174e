/**
 * The follow-up round (#22): once a later round's results are in the view, the actions agreed in
 * the rounds before it come first, above the tables, each with its status to set before anything
 * new is agreed, and, for an action that answers a dimension, how that dimension's team average
 * moved since (in numbers and an arrow, never colour alone). An action without a dimension is
 * tied to nothing: the view does not guess. Prints on the handout with each status in words.
 */
import type { AgreedAction } from '../../links/actions';
import { areaMove, withStatus, type ReviewRound } from './action-review';
import { actionRows, statusLabels, type AreaModels } from './handout';
import type { GroupView } from './group-view';
import type { ActionStrings } from './strings';
import StatusSelect from './StatusSelect';
import { ARROWS, directionOf, signedPoints } from '../shared/points';
import { fill } from '../../i18n/plural';
import { formatDay } from '../../i18n/dates';
import './actions.css';
import type { Locale } from '../../i18n/locales';

export interface Props {
	lang: Locale;
	/** Every action of the view; `review` says which to show. */
	actions: readonly AgreedAction[];
	/** The earlier rounds' actions, oldest round first. */
	review: readonly ReviewRound[];
	/** The assessments in the view, whose areas an action may answer. */
	models: AreaModels;
	/** Each assessment's view, by id: where an area's move is read. */
	views: ReadonlyMap<string, GroupView>;
	strings: ActionStrings;
	/** A new list of actions, with what to announce. */
	onChange: (actions: AgreedAction[], message: string) => void;
}

export default function ActionsReview({
	lang,
	actions,
	review,
	models,
	views,
	strings,
	onChange,
}: Props) {
	const labels = statusLabels(strings);
	const rows = actionRows(actions, models, lang, labels);
	return (
		<section class="action-review" aria-labelledby="action-review-heading">
			{review.map((round, roundIndex) => (
				<div key={round.date}>
					<h2 id={roundIndex === 0 ? 'action-review-heading' : undefined}>
						{fill(strings.reviewHeading, { date: formatDay(round.date, lang, true) })}
					</h2>
					{roundIndex === 0 && <p class="no-print">{strings.reviewIntro}</p>}
					<ol class="action-list">
						{round.indexes.map((index) => {
							const action = actions[index];
							const row = rows[index];
							if (!action || !row) return null;
							const move = areaMove(action, views);
							return (
								<li key={`${index}-${action.what}`}>
									<p class="action-what">{action.what}</p>
									<StatusSelect
										id={`review-${index}-status`}
										action={action}
										labels={labels}
										strings={strings}
										onChange={(status) =>
											onChange(
												withStatus(actions, index, status),
												fill(strings.statusChanged, { status: labels[status], what: action.what })
											)
										}
									/>
									{(row.who || row.due || (row.area && !move)) && (
										<p class="action-meta">
											{[
												row.who,
												row.due && fill(strings.dueBy, { date: row.due }),
												move ? '' : row.area,
											]
												.filter(Boolean)
												.join(' · ')}
										</p>
									)}
									{move && (
										<p class="action-move">
											<span aria-hidden="true">{ARROWS[directionOf(move.delta)]} </span>
											{fill(strings.reviewChange, {
												area: move.label,
												from: move.from,
												to: move.to,
												delta: signedPoints(move.delta),
											})}
										</p>
									)}
								</li>
							);
						})}
					</ol>
				</div>
			))}
		</section>
	);
}
