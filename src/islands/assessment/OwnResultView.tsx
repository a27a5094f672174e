/**
 * The reader's own result: dated, with the change since their previous result and the trend, a
 * Share button right under the score (on a phone, sharing is what the reader came to do), an
 * obvious way to take it again, and the share panel with their name and the link. After two or
 * more assessments, the panel offers one link to the latest result of each, read from this
 * browser's storage and followed as other tabs change it.
 */
import type { RefObject } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browserStorage } from '../../client/browser-storage';
import type { SavedAnswers } from './answer-store';
import { changeSincePrevious, scoreHistory } from './history';
import type { AssessmentModel } from './model';
import { localDay } from '../../links/result-days';
import type { AssessmentResult } from './scoring';
import type { ShareCodeModel } from '../../links/share-code';
import { sanitizeName } from '../../links/share-name';
import { sessionPart } from '../../links/session-name';
import type { AssessmentStrings } from './strings';
import { formatDay } from '../../i18n/dates';
import { fill } from '../../i18n/plural';
import ResultView from './ResultView';
import SharePanel from './SharePanel';
import ShareFirst from './ShareFirst';
import { dayNoteText } from './day-note';
import { allResultEntries, allResultsLink, ownCode, shareText } from './sharing';
import type { Locale } from '../../i18n/locales';

export interface Props {
	lang: Locale;
	model: AssessmentModel;
	strings: AssessmentStrings;
	codeModel: ShareCodeModel;
	saved: SavedAnswers;
	result: AssessmentResult;
	/** The reader's name as typed. */
	name: string;
	/** The session the page was opened for (an invitation's `#s=`), which the links carry. */
	session: string;
	teamHref: string;
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
	name,
	session,
	teamHref,
	headingLevel,
	headingRef,
	pageHref,
	idPrefix,
	id,
	onRetake,
	onNameChange,
}: Props) {
	// Another tab may take or clear another assessment: the link to all results follows.
	const [, setStorageChanges] = useState(0);
	useEffect(() => {
		const follow = () => setStorageChanges((count) => count + 1);
		addEventListener('storage', follow);
		return () => removeEventListener('storage', follow);
	}, []);
	const allResults = allResultEntries(browserStorage(), sanitizeName(name));
	const history = scoreHistory(model, saved.history);
	const latest = saved.history[saved.history.length - 1];
	const origin = location.href;
	const link = `${new URL(pageHref, origin).href}#r=${ownCode(codeModel, saved, sanitizeName(name), localDay(new Date()))}${sessionPart(session)}`;
	const text = shareText(strings, model, result);
	const linkField = `${idPrefix}-link`;
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
			actions={
				<ShareFirst
					link={link}
					strings={strings}
					title={model.title}
					text={text}
					linkFieldId={linkField}
				/>
			}
		>
			<p class="retake">
				<button type="button" class="button secondary" onClick={onRetake}>
					{strings.retake}
				</button>
			</p>
			<SharePanel
				lang={lang}
				strings={strings}
				title={model.title}
				text={text}
				link={link}
				name={name}
				idPrefix={idPrefix}
				linkFieldId={linkField}
				allResults={
					allResults.length >= 2
						? {
								link: allResultsLink(new URL(teamHref, origin).href, allResults, session),
								count: allResults.length,
							}
						: undefined
				}
				onNameChange={onNameChange}
			/>
		</ResultView>
	);
}
