/**
 * The top of the assessment form: how many statements are answered and, once there is anything to
 * lose, "Clear my answers" with what it also clears. It sits here, far from the submit button, so
 * that one tap near "See my result" never erases anything; once cleared, the message and "Undo"
 * take its place, where the reader's thumb is (DESIGN.md "Focus and undo stay where the reader is").
 */
import type { AssessmentStrings } from './strings';
import { fill, plural } from '../../i18n/plural';
import type { Locale } from '../../i18n/locales';

export interface Props {
	lang: Locale;
	strings: AssessmentStrings;
	idPrefix: string;
	answered: number;
	total: number;
	/** Saved results that clearing also removes. */
	historyCount: number;
	isHydrated: boolean;
	/** The answers were just cleared: "Undo" is offered in place of "Clear my answers". */
	canUndo: boolean;
	onClear: () => void;
	onUndo: () => void;
	/** The reader's result below, if there is one: on a phone it is screens away (#16). */
	resultHref?: string | undefined;
}

export default function FormHead({
	lang,
	strings,
	idPrefix,
	answered,
	total,
	historyCount,
	isHydrated,
	canUndo,
	onClear,
	onUndo,
	resultHref,
}: Props) {
	return (
		<div class="form-head">
			<p class="progress">
				{fill(strings.progress, { count: answered, total })}
				{resultHref && (
					<>
						{' '}
						<a href={resultHref}>{strings.toResult}</a>
					</>
				)}
			</p>
			{canUndo && (
				// The button first, as "Clear" was: Undo lands exactly under the reader's thumb, and the
				// message below it (a status, announced) does not push it down.
				<div class="clear">
					<button
						type="button"
						id={`${idPrefix}-undo`}
						class="button secondary small"
						onClick={onUndo}
					>
						{strings.undo}
					</button>
					<span class="hint" role="status">
						{strings.cleared}
					</span>
				</div>
			)}
			{!canUndo && (answered > 0 || historyCount > 0) && (
				<div class="clear">
					<button
						type="button"
						id={`${idPrefix}-clear`}
						class="button secondary small"
						onClick={onClear}
						disabled={!isHydrated}
						aria-describedby={`${idPrefix}-clear-hint`}
					>
						{strings.clear}
					</button>
					<span class="hint" id={`${idPrefix}-clear-hint`}>
						{historyCount > 0
							? plural(lang, strings.clearHistoryHint, historyCount)
							: strings.clearHint}
					</span>
				</div>
			)}
		</div>
	);
}
