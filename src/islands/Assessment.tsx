/**
 * A self-assessment: the statements, the reader's result and history, and sharing it by a link.
 * Renders both kinds (likert and sort) and either side (the agency's, or the client's view of the
 * agency). On an assessment's own page it also opens share links (`#r=…`), read the way the world
 * delivers them, and shows that person's result, read-only.
 *
 * Logic lives in the modules beside it (scoring, share codes, storage, history, the link reader);
 * this file only wires state to markup. Pages render it through its language's entry
 * (`AssessmentEn.tsx`, `AssessmentRu.tsx`), which brings the strings; link content is only ever
 * rendered as text.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { JSX } from 'preact';
import { browserStorage } from '../client/browser-storage';
import {
	clearAnswers,
	emptyAnswers,
	loadAnswers,
	recordResult,
	saveAnswers,
	type SavedAnswers,
} from './assessment/answer-store';
import { isComplete, type AssessmentModel } from './assessment/model';
import { scoreAnswers } from './assessment/scoring';
import type { SharedResult } from '../links/share-code';
import { shareCodeModelOf } from './assessment/model';
import { findSharedLink, type LinkFailure, type LinkOutcome } from './assessment/open-shared-link';
import { localDay } from '../links/result-days';
import type { AssessmentStrings, LinkStrings } from './assessment/strings';
import { fill } from '../i18n/plural';
import QuestionFieldset from './assessment/QuestionFieldset';
import LinkErrorNotice from './assessment/LinkErrorNotice';
import SharedResultView from './assessment/SharedResultView';
import OwnResultView from './assessment/OwnResultView';
import FormHead from './assessment/FormHead';
import UnansweredNotice from './assessment/UnansweredNotice';
import './assessment/assessment.css';
import type { Locale } from '../i18n/locales';

/** What a page gives the island (its language's entry adds the strings). */
export interface IslandProps {
	lang: Locale;
	model: AssessmentModel;
	/** The texts about opening a share link: on the assessment's own page, where links land. */
	linkStrings?: LinkStrings | undefined;
	/** The assessment's own page for this side (share links point there), relative to the site. */
	pageHref: string;
	/** The page of the other side, where a code made on that side is opened. */
	otherSideHref?: string | undefined;
	/** The assessments section (`/ru/assessments/`), to send a code of another assessment to its page. */
	assessmentsHref?: string | undefined;
	/**
	 * The titles of every assessment by id (`/{lang}/assessments/titles.json`), fetched when a link
	 * is not this assessment's, to tell whose it is and name it.
	 */
	titlesHref?: string | undefined;
	/** In a lesson: share links in the address are not read here. */
	embedded?: boolean;
	/** Level of the result heading, under the heading that introduces the assessment. */
	headingLevel?: 2 | 3;
}

export interface Props extends IslandProps {
	/** The form's, result's and sharing's strings, in the page's language. */
	strings: AssessmentStrings;
}

type View = { kind: 'own' } | { kind: 'shared'; shared: SharedResult };

export default function Assessment({
	lang,
	model,
	strings,
	linkStrings,
	pageHref,
	otherSideHref,
	assessmentsHref,
	titlesHref,
	embedded = false,
	headingLevel = 2,
}: Props) {
	const codeModel = useMemo(() => shareCodeModelOf(model), [model]);
	const [isHydrated, setHydrated] = useState(false);
	const [saved, setSaved] = useState<SavedAnswers>(() => emptyAnswers(model.questions.length));
	const [view, setView] = useState<View>({ kind: 'own' });
	const [linkFailure, setLinkFailure] = useState<LinkFailure | undefined>();
	const [missing, setMissing] = useState<number[]>([]);
	const [status, setStatus] = useState('');
	const [undo, setUndo] = useState<SavedAnswers | undefined>();
	const resultHeading = useRef<HTMLHeadingElement>(null);
	const missingNotice = useRef<HTMLDivElement>(null);
	const idPrefix = `${model.id}${model.side === 'client' ? '-client' : ''}${embedded ? '-embedded' : ''}`;
	// A statement's first choice, the one focus goes to; the radios carry no ids of their own (#15).
	const focusQuestion = (index: number) =>
		document
			.querySelector<HTMLInputElement>(`[id="${idPrefix}-${model.questions[index]?.id}"] input`)
			?.focus();

	// Storage and the address are read only in the browser, after the server-rendered form is live.
	useEffect(() => {
		setSaved(loadAnswers(browserStorage(), codeModel));
		// Which reading of the address is current: an answer that comes after the next one is dropped.
		let reading = 0;
		const show = (outcome: LinkOutcome) => {
			if (outcome.kind === 'shared') {
				setLinkFailure(undefined);
				setView({ kind: 'shared', shared: outcome.shared });
			} else if (outcome.kind === 'redirect') {
				// A client's code on the agency's page (or the reverse): open it where it belongs.
				location.replace(outcome.href);
			} else if (outcome.kind === 'failure') {
				setLinkFailure(outcome.failure);
				setView({ kind: 'own' });
			}
		};
		const openLink = () => {
			const current = ++reading;
			const pages = { otherSideHref, assessmentsHref };
			const titles = titlesHref
				? () => fetch(titlesHref).then((r) => r.json() as unknown)
				: undefined;
			void findSharedLink(location.href, codeModel, pages, titles).then(
				(outcome) => current === reading && show(outcome)
			);
		};
		if (!embedded) {
			openLink();
			addEventListener('hashchange', openLink);
		}
		setHydrated(true);
		return () => {
			reading++;
			removeEventListener('hashchange', openLink);
		};
	}, [codeModel, embedded, otherSideHref, assessmentsHref, titlesHref]);

	const update = (next: SavedAnswers) => {
		setSaved(next);
		saveAnswers(browserStorage(), codeModel, next);
	};

	const withResult = (next: SavedAnswers): SavedAnswers => ({
		...next,
		history: recordResult(next.history, {
			date: localDay(new Date()),
			version: model.version,
			answers: [...next.answers],
		}),
	});

	const choose = (questionIndex: number, choice: number) => {
		const answers = saved.answers.map((answer, index) =>
			index === questionIndex ? choice : answer
		);
		setMissing((current) => current.filter((index) => index !== questionIndex));
		setUndo(undefined);
		// Changing an answer after seeing the result keeps the result, recomputed, and today's entry follows.
		const submitted = saved.submitted && isComplete(answers, model.questions.length);
		const next = { ...saved, answers, submitted };
		update(submitted ? withResult(next) : next);
	};

	const submit = (event: JSX.TargetedEvent<HTMLFormElement>) => {
		event.preventDefault();
		const unanswered = saved.answers.flatMap((answer, index) => (answer > 0 ? [] : [index]));
		setMissing(unanswered);
		setUndo(undefined);
		if (unanswered.length > 0) {
			setStatus('');
			requestAnimationFrame(() => {
				missingNotice.current?.scrollIntoView({ block: 'nearest' });
				focusQuestion(unanswered[0] ?? 0);
			});
			return;
		}
		update(withResult({ ...saved, submitted: true }));
		const result = scoreAnswers(model, saved.answers);
		setStatus(fill(strings.resultReady, { score: result.overall, band: result.band?.title ?? '' }));
		requestAnimationFrame(() => {
			resultHeading.current?.focus({ preventScroll: true });
			resultHeading.current?.scrollIntoView({ block: 'start' });
		});
	};

	// One tap never loses work: clearing can be undone until the next answer.
	const clear = () => {
		setUndo(saved);
		clearAnswers(browserStorage(), codeModel);
		setSaved(emptyAnswers(model.questions.length));
		setMissing([]);
		setStatus(strings.cleared);
	};

	const restore = () => {
		if (!undo) return;
		update(undo);
		setUndo(undefined);
		setStatus(strings.restored);
	};

	const retake = () => {
		update({ ...saved, answers: emptyAnswers(model.questions.length).answers, submitted: false });
		setStatus(strings.retakeStarted);
		requestAnimationFrame(() => focusQuestion(0));
	};

	const takeYourself = () => {
		history.replaceState(null, '', location.pathname + location.search);
		setView({ kind: 'own' });
		setLinkFailure(undefined);
		requestAnimationFrame(() => focusQuestion(0));
	};

	if (view.kind === 'shared' && linkStrings) {
		return (
			<SharedResultView
				lang={lang}
				model={model}
				strings={strings}
				sharedStrings={linkStrings.shared}
				shared={view.shared}
				headingLevel={headingLevel}
				headingRef={resultHeading}
				onTakeYourself={takeYourself}
			/>
		);
	}

	const answeredCount = saved.answers.filter((answer) => answer > 0).length;
	const result = saved.submitted ? scoreAnswers(model, saved.answers) : undefined;

	return (
		<div class="assessment" data-kind={model.kind}>
			{linkFailure && linkStrings && (
				<LinkErrorNotice failure={linkFailure} strings={linkStrings.linkError} />
			)}
			<form class="questions" noValidate onSubmit={submit} aria-label={model.title}>
				<FormHead
					lang={lang}
					strings={strings}
					idPrefix={idPrefix}
					answered={answeredCount}
					total={model.questions.length}
					historyCount={saved.history.length}
					isHydrated={isHydrated}
					onClear={clear}
					resultHref={result ? `#${idPrefix}-result` : undefined}
				/>
				<progress
					class="progress-bar"
					max={model.questions.length}
					value={answeredCount}
					aria-hidden="true"
				/>
				{model.questions.map((question, index) => (
					<QuestionFieldset
						key={question.id}
						model={model}
						strings={strings}
						index={index}
						idPrefix={idPrefix}
						answer={saved.answers[index] ?? 0}
						isMissing={missing.includes(index)}
						isDisabled={!isHydrated}
						onChoose={choose}
					/>
				))}
				{missing.length > 0 && (
					<UnansweredNotice
						lang={lang}
						model={model}
						strings={strings}
						idPrefix={idPrefix}
						missing={missing}
						noticeRef={missingNotice}
					/>
				)}
				<div class="actions">
					<button type="submit" class="button" disabled={!isHydrated}>
						{strings.submit}
					</button>
				</div>
				<div class="status" role="status">
					{status && <p>{status}</p>}
					{undo && (
						<button type="button" class="button secondary small" onClick={restore}>
							{strings.undo}
						</button>
					)}
				</div>
			</form>
			{result && (
				<OwnResultView
					lang={lang}
					model={model}
					strings={strings}
					codeModel={codeModel}
					saved={saved}
					result={result}
					headingLevel={headingLevel}
					headingRef={resultHeading}
					pageHref={pageHref}
					idPrefix={idPrefix}
					id={`${idPrefix}-result`}
					onRetake={retake}
					onNameChange={(name) => update({ ...saved, name })}
				/>
			)}
		</div>
	);
}
