/**
 * A colleague's result opened from a share link: read-only, with the day it was made, whether it
 * used earlier statements (scored with their own key), and an offer to take the assessment. It
 * speaks about the colleague, by name where the link has one, and sets the reader's own latest
 * result beside it when this browser has one. When the link opens, the result is scrolled into
 * view: on a phone the reader came for it, not for the introduction above it (#16).
 */
import type { RefObject } from 'preact';
import { useEffect } from 'preact/hooks';
import type { AssessmentModel } from './model';
import type { SavedAnswers } from './answer-store';
import { scoreAnswers, scoringModelFor } from './scoring';
import type { SharedResult } from '../../links/share-code';
import type { AssessmentStrings, LinkStrings } from './strings';
import { formatDay } from '../../i18n/dates';
import { fill, type PluralForms } from '../../i18n/plural';
import ResultView, { type Comparison, type Voice } from './ResultView';
import { dayNoteText } from './day-note';
import type { Locale } from '../../i18n/locales';

export interface Props {
	lang: Locale;
	model: AssessmentModel;
	strings: AssessmentStrings;
	/** The texts of a shared result, which only an assessment's own page has. */
	sharedStrings: LinkStrings['shared'];
	shared: SharedResult;
	/** What this browser keeps of the reader's own answers to this assessment. */
	own: Pick<SavedAnswers, 'history'>;
	headingLevel: 2 | 3;
	headingRef: RefObject<HTMLHeadingElement>;
	onTakeYourself: () => void;
}

export default function SharedResultView({
	lang,
	model,
	strings,
	sharedStrings,
	shared,
	own,
	headingLevel,
	headingRef,
	onTakeYourself,
}: Props) {
	useEffect(() => {
		headingRef.current?.scrollIntoView({ block: 'start' });
	}, [shared, headingRef]);
	const scoring = scoringModelFor(model, shared.version) ?? model;
	const result = scoreAnswers(scoring, shared.answers);
	const name = shared.name || sharedStrings.colleague;
	const notes = [
		...(shared.date
			? [
					fill(sharedStrings.date, { date: formatDay(shared.date, lang) }),
					...dayNoteText(shared.date, strings),
				]
			: []),
		...(shared.version !== model.version ? [sharedStrings.earlier] : []),
	];
	const voice: Voice = {
		weakest: shared.name
			? fill(sharedStrings.weakest, { name: shared.name })
			: sharedStrings.weakestAnonymous,
		strongest: sharedStrings.strongest,
		sortedCorrectly: withName(
			sharedStrings.sortedCorrectly,
			shared.name ?? sentenceStart(sharedStrings.colleague, lang)
		),
	};
	return (
		<div class="assessment" data-kind={model.kind}>
			<ResultView
				model={model}
				scoring={scoring}
				strings={strings}
				lang={lang}
				result={result}
				answers={shared.answers}
				heading={
					shared.name
						? fill(sharedStrings.heading, { name: shared.name })
						: sharedStrings.headingAnonymous
				}
				headingLevel={headingLevel}
				headingRef={headingRef}
				notes={notes}
				voice={voice}
				comparison={comparisonWithOwn(model, own, result.overall, name, lang, sharedStrings)}
			>
				<p class="shared-note">{sharedStrings.note}</p>
				<button type="button" class="button" onClick={onTakeYourself}>
					{sharedStrings.takeYourself}
				</button>
			</ResultView>
		</div>
	);
}

/** The reader's own latest result as a comparison, when this browser has one to score. */
function comparisonWithOwn(
	model: AssessmentModel,
	own: Pick<SavedAnswers, 'history'>,
	theirs: number,
	name: string,
	lang: Locale,
	strings: LinkStrings['shared']
): Comparison | undefined {
	const latest = own.history[own.history.length - 1];
	const scoring = latest && scoringModelFor(model, latest.version);
	if (!latest || !scoring) return undefined;
	const mine = scoreAnswers(scoring, latest.answers);
	return {
		label: strings.you,
		column: strings.compareColumn,
		scores: mine.dimensions.map((dimension) => dimension.score),
		note: fill(strings.compare, {
			date: latest.date ? formatDay(latest.date, lang) : '',
			yours: mine.overall,
			name,
			theirs,
		}),
	};
}

/** Every form of a plural string with `{{name}}` filled in, leaving `{{count}}` for `plural()`. */
function withName(forms: PluralForms, name: string): PluralForms {
	return Object.fromEntries(
		Object.entries(forms).map(([category, form]) => [category, fill(form, { name })])
	);
}

/** `text` with its first letter capitalised as `lang` writes it: «коллега» → «Коллега». */
function sentenceStart(text: string, lang: Locale): string {
	return text.charAt(0).toLocaleUpperCase(lang) + text.slice(1);
}
