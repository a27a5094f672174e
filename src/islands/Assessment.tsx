/**
 * A self-assessment: the statements, the reader's result and history, and sharing it by a link.
 * Renders both kinds (likert and sort) and either side (the agency's, or the client's view of the
 * agency). On an assessment's own page it also opens share links (`#r=…`), read the way the world
 * delivers them, and shows that person's result, read-only.
 *
 * Logic lives in the modules beside it (scoring, share codes, storage, history, the link reader);
 * this file only wires state to markup. All strings come in through props; link content is only
 * ever rendered as text.
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
import {
	decodeShareCode,
	localDay,
	shareCodeModelOf,
	shareFragment,
	type DecodeResult,
	type SharedResult,
} from './assessment/share-code';
import { changeSincePrevious, scoreHistory } from './assessment/history';
import type { AssessmentStrings } from './assessment/strings';
import { readAddress } from './links/link-reader';
import { formatDay } from '../i18n/dates';
import { fill, plural } from '../i18n/plural';
import QuestionFieldset from './assessment/QuestionFieldset';
import ResultView from './assessment/ResultView';
import SharePanel from './assessment/SharePanel';
import SharedResultView from './assessment/SharedResultView';
import LinkErrorNotice, { type LinkFailure } from './assessment/LinkErrorNotice';
import './assessment/assessment.css';

export interface Props {
	lang: string;
	model: AssessmentModel;
	strings: AssessmentStrings;
	/** The assessment's own page for this side (share links point there), relative to the site. */
	pageHref: string;
	/** The page of the other side, where a code made on that side is opened. */
	otherSideHref?: string | undefined;
	/** The assessments section (`/ru/assessments/`), to send a code of another assessment to its page. */
	assessmentsHref?: string | undefined;
	/** The titles of the other assessments by id, to name the one a foreign code belongs to. */
	otherTitles?: Record<string, string> | undefined;
	/** In a lesson: share links in the address are not read here. */
	embedded?: boolean;
	/** Level of the result heading, under the heading that introduces the assessment. */
	headingLevel?: 2 | 3;
}

type View = { kind: 'own' } | { kind: 'shared'; shared: SharedResult };

export default function Assessment({
	lang,
	model,
	strings,
	pageHref,
	otherSideHref,
	assessmentsHref,
	otherTitles = {},
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
	const firstQuestionId = `${idPrefix}-${model.questions[0]?.id}-1`;

	// Storage and the address are read only in the browser, after the server-rendered form is live.
	useEffect(() => {
		setSaved(loadAnswers(browserStorage(), codeModel));
		const openSharedLink = () => {
			const today = localDay(new Date());
			const decode = (code: string): DecodeResult =>
				decodeShareCode(codeModel, code, today, Object.keys(otherTitles));
			// The checksum decides which reading of a damaged address is the real code.
			const link = readAddress(
				location.href,
				(candidate) => candidate.kind === 'result' && decode(candidate.code).ok
			);
			if (link?.kind !== 'result') return;
			const decoded = decode(link.code);
			if (decoded.ok) {
				setLinkFailure(undefined);
				setView({ kind: 'shared', shared: decoded.value });
			} else if (decoded.error === 'other-side' && otherSideHref) {
				// A client's code on the agency's page (or the reverse): open it where it belongs.
				location.replace(`${otherSideHref}${shareFragment(link.code)}`);
			} else {
				setLinkFailure(
					decoded.error === 'other-assessment' && decoded.assessmentId && assessmentsHref
						? {
								error: decoded.error,
								title: otherTitles[decoded.assessmentId] ?? decoded.assessmentId,
								href: `${assessmentsHref}${decoded.assessmentId}/${shareFragment(link.code)}`,
							}
						: { error: decoded.error }
				);
				setView({ kind: 'own' });
			}
		};
		if (!embedded) {
			openSharedLink();
			addEventListener('hashchange', openSharedLink);
		}
		setHydrated(true);
		return () => removeEventListener('hashchange', openSharedLink);
	}, [codeModel, embedded, otherSideHref, assessmentsHref, otherTitles]);

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
				document
					.getElementById(`${idPrefix}-${model.questions[unanswered[0] ?? 0]?.id}-1`)
					?.focus();
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
		requestAnimationFrame(() => document.getElementById(firstQuestionId)?.focus());
	};

	const takeYourself = () => {
		history.replaceState(null, '', location.pathname + location.search);
		setView({ kind: 'own' });
		setLinkFailure(undefined);
		requestAnimationFrame(() => document.getElementById(firstQuestionId)?.focus());
	};

	if (view.kind === 'shared') {
		return (
			<SharedResultView
				model={model}
				strings={strings}
				lang={lang}
				shared={view.shared}
				headingLevel={headingLevel}
				headingRef={resultHeading}
				onTakeYourself={takeYourself}
			/>
		);
	}

	const answeredCount = saved.answers.filter((answer) => answer > 0).length;
	const result = saved.submitted ? scoreAnswers(model, saved.answers) : undefined;
	const scoredHistory = scoreHistory(model, saved.history);
	const latest = saved.history[saved.history.length - 1];
	const hasAnything = answeredCount > 0 || saved.history.length > 0;

	return (
		<div class="assessment" data-kind={model.kind}>
			{linkFailure && <LinkErrorNotice failure={linkFailure} strings={strings} />}
			<form class="questions" noValidate onSubmit={submit} aria-label={model.title}>
				<div class="form-head">
					<p class="progress">
						{plural(lang, strings.progress, answeredCount, { total: model.questions.length })}
						{/* On a phone the result is screens away, under every statement (#16). */}
						{result && <a href={`#${idPrefix}-result`}>{strings.toResult}</a>}
					</p>
					{hasAnything && (
						<div class="clear">
							<button
								type="button"
								class="button secondary small"
								onClick={clear}
								disabled={!isHydrated}
								aria-describedby={`${idPrefix}-clear-hint`}
							>
								{strings.clear}
							</button>
							<span class="hint" id={`${idPrefix}-clear-hint`}>
								{saved.history.length > 0
									? plural(lang, strings.clearHistoryHint, saved.history.length)
									: strings.clearHint}
							</span>
						</div>
					)}
				</div>
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
					<div class="notice notice-warn" role="alert" ref={missingNotice}>
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
				<ResultView
					model={model}
					scoring={model}
					strings={strings}
					lang={lang}
					result={result}
					answers={saved.answers}
					id={`${idPrefix}-result`}
					heading={strings.resultHeading}
					headingLevel={headingLevel}
					headingRef={resultHeading}
					notes={
						latest?.date ? [fill(strings.resultDate, { date: formatDay(latest.date, lang) })] : []
					}
					history={scoredHistory}
					change={changeSincePrevious(scoredHistory)}
				>
					<p class="retake">
						<button type="button" class="button secondary" onClick={retake}>
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
						onNameChange={(name) => update({ ...saved, name })}
					/>
				</ResultView>
			)}
		</div>
	);
}
