/**
 * Someone else's result, opened from their share link: read-only, with when it was made, whether
 * it answered earlier statements, and an offer to take the assessment yourself. When the link
 * opens, the result is scrolled into view: on a phone the reader came for it, not for the
 * introduction above it (#16).
 */
import type { RefObject } from 'preact';
import { useEffect } from 'preact/hooks';
import type { AssessmentModel } from './model';
import { scoreAnswers, scoringModelFor } from './scoring';
import type { SharedResult } from './share-code';
import type { AssessmentStrings } from './strings';
import { formatDay } from '../../i18n/dates';
import { fill } from '../../i18n/plural';
import ResultView from './ResultView';

/** Props of a shared result. */
export interface SharedResultViewProps {
	model: AssessmentModel;
	strings: AssessmentStrings;
	lang: string;
	shared: SharedResult;
	headingLevel: 2 | 3;
	headingRef: RefObject<HTMLHeadingElement>;
	onTakeYourself: () => void;
}

export default function SharedResultView({
	model,
	strings,
	lang,
	shared,
	headingLevel,
	headingRef,
	onTakeYourself,
}: SharedResultViewProps) {
	useEffect(() => {
		headingRef.current?.scrollIntoView({ block: 'start' });
	}, [shared, headingRef]);
	const scoring = scoringModelFor(model, shared.version) ?? model;
	const notes = [
		...(shared.date ? [fill(strings.sharedDate, { date: formatDay(shared.date, lang) })] : []),
		...(shared.version !== model.version ? [strings.sharedEarlier] : []),
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
						? fill(strings.sharedHeading, { name: shared.name })
						: strings.sharedHeadingAnonymous
				}
				headingLevel={headingLevel}
				headingRef={headingRef}
				notes={notes}
			>
				<p class="shared-note">{strings.sharedNote}</p>
				<button type="button" class="button" onClick={onTakeYourself}>
					{strings.takeYourself}
				</button>
			</ResultView>
		</div>
	);
}
