/**
 * A self-assessment: the statements, the reader's result and history, and sharing it by a link.
 * Renders both kinds (likert and sort) and either side (the agency's, or the client's view of the
 * agency). On an assessment's own page it also opens share links (`#r=…`), read the way the world
 * delivers them, and shows that person's result, read-only.
 *
 * Nothing is lost (DESIGN.md "Nothing lost"): every change is applied to what this browser has
 * stored now, so two tabs never write over each other's results, and the page follows what another
 * tab does (`storage` events). After submitting, the page's own address carries the result, so
 * the browser's own Share menu, a bookmark or the address bar hand it on.
 *
 * Logic lives in the modules beside it (scoring, share codes, storage, history, sharing, the link
 * reader); this file only wires state to markup. Pages render it through its language's entry
 * (`AssessmentEn.tsx`, `AssessmentRu.tsx`), which brings the strings; link content is only ever
 * rendered as text.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { JSX } from 'preact';
import { browserStorage } from '../client/browser-storage';
import {
	answersKey,
	clearAnswers,
	emptyAnswers,
	loadAnswers,
	mergeHistory,
	recordResult,
	updateAnswers,
	type SavedAnswers,
} from './assessment/answer-store';
import { loadReaderName, NAME_KEY, saveReaderName } from './assessment/reader-name';
import { isComplete, shareCodeModelOf, type AssessmentModel } from './assessment/model';
import { scoreAnswers } from './assessment/scoring';
import type { SharedResult } from '../links/share-code';
import { findSharedLink, type LinkFailure, type LinkOutcome } from './assessment/open-shared-link';
import { localDay } from '../links/result-days';
import { sanitizeName } from '../links/share-name';
import { sessionFragment, sessionInFragment } from '../links/session-name';
import {
	addressWithResult,
	allResultEntries,
	hasResultFragment,
	isOwnResult,
	ownCode,
} from './assessment/sharing';
import type { AssessmentStrings, LinkStrings } from './assessment/strings';
import { fill } from '../i18n/plural';
import QuestionFieldset from './assessment/QuestionFieldset';
import LinkErrorNotice from './assessment/LinkErrorNotice';
import SharedResultView from './assessment/SharedResultView';
import OwnResultView from './assessment/OwnResultView';
import FormHead from './assessment/FormHead';
import UnansweredNotice from './assessment/UnansweredNotice';
import type { Locale } from '../i18n/locales';
import type { TeamEntry } from '../links/team-link';
import './assessment/assessment.css';

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
	/** The team page, where one link carries all the reader's results (`/{lang}/team/`). */
	teamHref: string;
	/** In a lesson: a colleague's share link in the address is sent to the assessment's own page. */
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
	teamHref,
	embedded = false,
	headingLevel = 2,
}: Props) {
	const codeModel = useMemo(() => shareCodeModelOf(model), [model]);
	const [isHydrated, setHydrated] = useState(false);
	const [saved, setSaved] = useState<SavedAnswers>(() => emptyAnswers(model.questions.length));
	// The name as typed (spaces and all); the link carries it cleaned.
	const [name, setName] = useState('');
	const [others, setOthers] = useState<TeamEntry[]>([]);
	const [view, setView] = useState<View>({ kind: 'own' });
	const [linkFailure, setLinkFailure] = useState<LinkFailure | undefined>();
	const [missing, setMissing] = useState<number[]>([]);
	const [status, setStatus] = useState('');
	const [undo, setUndo] = useState<SavedAnswers | undefined>();
	// The session an invitation named (`#s=…`, or `&s=…` after a result): it rides in every link
	// this page makes, outside the share code.
	const [session, setSession] = useState('');
	const resultHeading = useRef<HTMLHeadingElement>(null);
	const missingNotice = useRef<HTMLDivElement>(null);
	const idPrefix = `${model.id}${model.side === 'client' ? '-client' : ''}${embedded ? '-embedded' : ''}`;
	// A statement's first choice, the one focus goes to; the radios carry no ids of their own (#15).
	const focusQuestion = (index: number) =>
		document
			.querySelector<HTMLInputElement>(`[id="${idPrefix}-${model.questions[index]?.id}"] input`)
			?.focus();
	const focusById = (id: string) =>
		requestAnimationFrame(() => document.getElementById(id)?.focus());

	// Storage and the address are read only in the browser, after the server-rendered form is live.
	useEffect(() => {
		const storage = browserStorage();
		const loaded = loadAnswers(storage, codeModel);
		setSaved(loaded);
		let readerName = loadReaderName(storage);
		// A name typed before names were kept once for every assessment becomes that name.
		if (!readerName && loaded.legacyName) readerName = saveReaderName(storage, loaded.legacyName);
		setName(readerName);
		setOthers(allResultEntries(storage, sanitizeName(readerName)));
		// Which reading of the address is current: an answer that comes after the next one is dropped.
		let reading = 0;
		const show = (outcome: LinkOutcome) => {
			if (outcome.kind === 'shared') {
				// The reader's own result in their own address (a reload, a bookmark) is theirs.
				if (isOwnResult(outcome.shared, loadAnswers(browserStorage(), codeModel), codeModel)) {
					setView({ kind: 'own' });
				} else if (embedded) {
					// A colleague's result in a lesson's address: it opens on the assessment's page.
					location.replace(`${pageHref}${location.hash}`);
				} else {
					setLinkFailure(undefined);
					setView({ kind: 'shared', shared: outcome.shared });
				}
			} else if (outcome.kind === 'redirect') {
				// A client's code on the agency's page (or the reverse): open it where it belongs.
				location.replace(outcome.href);
			} else if (outcome.kind === 'failure' && !embedded) {
				setLinkFailure(outcome.failure);
				setView({ kind: 'own' });
			}
		};
		const openLink = () => {
			const current = ++reading;
			setSession(sessionInFragment(location.hash));
			const pages = { otherSideHref, assessmentsHref };
			const titles = titlesHref
				? () => fetch(titlesHref).then((r) => r.json() as unknown)
				: undefined;
			void findSharedLink(location.href, codeModel, pages, titles).then(
				(outcome) => current === reading && show(outcome)
			);
		};
		// Another tab answered, submitted, cleared or renamed: show what is stored now.
		const follow = (event: StorageEvent) => {
			const key = answersKey(codeModel.id, codeModel.side);
			if (event.key === key || event.key === null)
				setSaved(loadAnswers(browserStorage(), codeModel));
			if (event.key === NAME_KEY || event.key === null) setName(loadReaderName(browserStorage()));
			setOthers(allResultEntries(browserStorage(), loadReaderName(browserStorage())));
		};
		openLink();
		addEventListener('hashchange', openLink);
		addEventListener('storage', follow);
		setHydrated(true);
		return () => {
			reading++;
			removeEventListener('hashchange', openLink);
			removeEventListener('storage', follow);
		};
	}, [codeModel, embedded, otherSideHref, assessmentsHref, titlesHref, pageHref]);

	/** Applies a change to what is stored now, shows the outcome and, with a result, puts it in the address. */
	const update = (change: (stored: SavedAnswers) => SavedAnswers) => {
		const storage = browserStorage();
		const next = updateAnswers(storage, codeModel, change);
		setSaved(next);
		setOthers(allResultEntries(storage, sanitizeName(name)));
		if (next.submitted) showInAddress(next, name);
		else clearAddress();
	};

	const showInAddress = (next: SavedAnswers, typedName: string) => {
		const code = ownCode(codeModel, next, sanitizeName(typedName), localDay(new Date()));
		history.replaceState(
			history.state,
			'',
			addressWithResult(location.pathname, location.search, code, session)
		);
	};

	// Without a result, the address is the invitation again: its session stays.
	const clearAddress = () => {
		if (hasResultFragment(location.hash)) {
			history.replaceState(
				history.state,
				'',
				location.pathname + location.search + sessionFragment(session)
			);
		}
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
		update((stored) => {
			const next = { ...stored, answers, submitted };
			return submitted ? withResult(next) : next;
		});
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
		update((stored) => withResult({ ...stored, answers: [...saved.answers], submitted: true }));
		const result = scoreAnswers(model, saved.answers);
		setStatus(fill(strings.resultReady, { score: result.overall, band: result.band?.title ?? '' }));
		requestAnimationFrame(() => {
			resultHeading.current?.focus({ preventScroll: true });
			resultHeading.current?.scrollIntoView({ block: 'start' });
		});
	};

	// One tap never loses work: clearing can be undone, right where it was tapped, until the next answer.
	const clear = () => {
		setUndo(loadAnswers(browserStorage(), codeModel));
		clearAnswers(browserStorage(), codeModel);
		setSaved(emptyAnswers(model.questions.length));
		setOthers(allResultEntries(browserStorage(), sanitizeName(name)));
		clearAddress();
		setMissing([]);
		setStatus('');
		focusById(`${idPrefix}-undo`);
	};

	const restore = () => {
		const snapshot = undo;
		if (!snapshot) return;
		// Whatever another tab recorded since the clearing stays, beside what comes back.
		update((stored) => ({ ...snapshot, history: mergeHistory(snapshot.history, stored.history) }));
		setUndo(undefined);
		setStatus(strings.restored);
		focusById(`${idPrefix}-clear`);
	};

	const retake = () => {
		update((stored) => ({
			...stored,
			answers: emptyAnswers(model.questions.length).answers,
			submitted: false,
		}));
		setStatus(strings.retakeStarted);
		requestAnimationFrame(() => focusQuestion(0));
	};

	const rename = (typed: string) => {
		setName(typed);
		const storage = browserStorage();
		saveReaderName(storage, typed);
		setOthers(allResultEntries(storage, sanitizeName(typed)));
		if (saved.submitted && view.kind === 'own') showInAddress(saved, typed);
	};

	const takeYourself = () => {
		history.replaceState(null, '', location.pathname + location.search + sessionFragment(session));
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
				own={saved}
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
			{session && linkStrings && (
				<div class="session-note">
					<p class="session-name">
						{fill(
							model.side === 'client' ? linkStrings.session.noteClient : linkStrings.session.note,
							{
								name: session,
							}
						)}
					</p>
					<p class="hint">
						{model.side === 'client' ? linkStrings.session.hintClient : linkStrings.session.hint}
					</p>
				</div>
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
					canUndo={undo !== undefined}
					onClear={clear}
					onUndo={restore}
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
					name={name}
					allResults={others}
					session={session}
					teamHref={teamHref}
					headingLevel={headingLevel}
					headingRef={resultHeading}
					pageHref={pageHref}
					idPrefix={idPrefix}
					id={`${idPrefix}-result`}
					onRetake={retake}
					onNameChange={rename}
				/>
			)}
		</div>
	);
}
