/**
 * A colleague's result opened from a share link: read-only, with the day it was made, whether it
 * used earlier statements (scored with their own key), and an offer to take the assessment. When
 * the link opens, the result is scrolled into view: on a phone the reader came for it, not for
 * the introduction above it (#16).
 */
import type { RefObject } from 'preact';
import { useEffect } from 'preact/hooks';
import type { AssessmentModel } from './model';
import { scoreAnswers, scoringModelFor } from './scoring';
import type { SharedResult } from '../../links/share-code';
import type { AssessmentStrings, LinkStrings } from './strings';
import { formatDay } from '../../i18n/dates';
import { fill } from '../../i18n/plural';
import ResultView from './ResultView';
import { dayNoteText } from './day-note';
import type { Locale } from '../../i18n/locales';

export interface Props {
	lang: Locale;
	model: AssessmentModel;
	strings: AssessmentStrings;
	/** The texts of a shared result, which only an assessment's own page has. */
	sharedStrings: LinkStrings['shared'];
	shared: SharedResult;
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
	headingLevel,
	headingRef,
	onTakeYourself,
}: Props) {
	useEffect(() => {
		headingRef.current?.scrollIntoView({ block: 'start' });
	}, [shared, headingRef]);
	const scoring = scoringModelFor(model, shared.version) ?? model;
	const notes = [
		...(shared.date
			? [
					fill(sharedStrings.date, { date: formatDay(shared.date, lang) }),
					...dayNoteText(shared.date, strings),
				]
			: []),
		...(shared.version !== model.version ? [sharedStrings.earlier] : []),
	];
	return (
		<div class="assessment" data-kind={model.kind}>
			<ResultView
				model={model}
				scoring={scoring}
				strings={strings}
				lang={lang}
				result={scoreAnswers(scoring, shared.answers)}
				answers={shared.answers}
				heading={
					shared.name
						? fill(sharedStrings.heading, { name: shared.name })
						: sharedStrings.headingAnonymous
				}
				headingLevel={headingLevel}
				headingRef={headingRef}
				notes={notes}
			>
				<p class="shared-note">{sharedStrings.note}</p>
				<button type="button" class="button" onClick={onTakeYourself}>
					{sharedStrings.takeYourself}
				</button>
			</ResultView>
		</div>
	);
}
