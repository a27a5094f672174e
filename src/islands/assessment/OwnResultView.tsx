/**
 * The reader's own result: dated, with the change since their previous result and the trend, an
 * obvious way to take it again, and the share panel.
 */
import type { RefObject } from 'preact';
import type { SavedAnswers } from './answer-store';
import { changeSincePrevious, scoreHistory } from './history';
import type { AssessmentModel } from './model';
import { localDay } from '../../links/result-days';
import type { AssessmentResult } from './scoring';
import type { ShareCodeModel } from '../../links/share-code';
import type { AssessmentStrings } from './strings';
import { formatDay } from '../../i18n/dates';
import { fill } from '../../i18n/plural';
import ResultView from './ResultView';
import { dayNoteText } from './day-note';
import SharePanel from './SharePanel';
import type { Locale } from '../../i18n/locales';

export interface Props {
	lang: Locale;
	model: AssessmentModel;
	strings: AssessmentStrings;
	codeModel: ShareCodeModel;
	saved: SavedAnswers;
	result: AssessmentResult;
	headingLevel: 2 | 3;
	headingRef: RefObject<HTMLHeadingElement>;
	pageHref: string;
	idPrefix: string;
	/** The result's element id, for the link down to it from the top of the form. */
	id: string;
	onRetake: () => void;
	onNameChange: (name: string) => void;
}

export default function OwnResultView({
	lang,
	model,
	strings,
	codeModel,
	saved,
	result,
	headingLevel,
	headingRef,
	pageHref,
	idPrefix,
	id,
	onRetake,
	onNameChange,
}: Props) {
	const history = scoreHistory(model, saved.history);
	const latest = saved.history[saved.history.length - 1];
	return (
		<ResultView
			model={model}
			scoring={model}
			strings={strings}
			lang={lang}
			result={result}
			answers={saved.answers}
			id={id}
			heading={strings.resultHeading}
			headingLevel={headingLevel}
			headingRef={headingRef}
			notes={
				latest?.date
					? [
							fill(strings.resultDate, { date: formatDay(latest.date, lang) }),
							...dayNoteText(latest.date, strings),
						]
					: []
			}
			history={history}
			change={changeSincePrevious(history)}
		>
			<p class="retake">
				<button type="button" class="button secondary" onClick={onRetake}>
					{strings.retake}
				</button>
			</p>
			<SharePanel
				strings={strings}
				codeModel={codeModel}
				title={model.title}
				answers={saved.answers}
				date={latest?.date ?? localDay(new Date())}
				name={saved.name}
				pageHref={pageHref}
				idPrefix={idPrefix}
				onNameChange={onNameChange}
			/>
		</ResultView>
	);
}
