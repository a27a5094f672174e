/** After a submit with statements left blank: how many, and a link to each. */
import type { RefObject } from 'preact';
import type { AssessmentModel } from './model';
import type { AssessmentStrings } from './strings';
import { fill, plural } from '../../i18n/plural';
import type { Locale } from '../../i18n/locales';

export interface Props {
	lang: Locale;
	model: AssessmentModel;
	strings: AssessmentStrings;
	idPrefix: string;
	/** Indexes of the statements without an answer. */
	missing: readonly number[];
	noticeRef: RefObject<HTMLDivElement>;
}

export default function UnansweredNotice({
	lang,
	model,
	strings,
	idPrefix,
	missing,
	noticeRef,
}: Props) {
	return (
		<div class="notice notice-warn" role="alert" ref={noticeRef}>
			<p class="notice-title">{plural(lang, strings.unanswered, missing.length)}</p>
			<ul class="missing-list">
				{missing.map((index) => (
					<li key={index}>
						<a href={`#${idPrefix}-${model.questions[index]?.id}`}>
							{fill(strings.questionNumber, { number: index + 1 })}
						</a>
						{': '}
						{model.questions[index]?.text}
					</li>
				))}
			</ul>
		</div>
	);
}
