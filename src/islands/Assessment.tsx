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
 *
 * The page loads the form alone. The result views, sharing and the link reader are one more file
 * (`assessment/result-kit.ts`), loaded when they are needed: at once for a stored result or an
 * address that may carry a link, else when the reader chooses a first answer, so that it is there
 * when they submit (DESIGN.md "Budgets"). Until it is, the result is said in the status line; if it
 * cannot load (offline before the service worker had it), the answers are saved all the same, a
 * note says so, and the result shows when the connection returns.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
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
import { scoreAnswers, type AssessmentResult } from './assessment/scoring';
import type { SharedResult } from '../links/share-code';
import type { LinkFailure, LinkOutcome } from './assessment/open-shared-link';
import { localDay } from '../links/result-days';
import { sanitizeName } from '../links/share-name';
import { hasResultFragment, mayCarryLink } from './assessment/address';
import { loadResultKit, type ResultKit } from './assessment/load-result-kit';
import { sessionFragment, sessionInFragment } from '../links/session-name';
import type { AssessmentStrings, LinkStrings } from './assessment/strings';
import { fill } from '../i18n/plural';
import QuestionFieldset from './assessment/QuestionFieldset';
import FormHead from './assessment/FormHead';
import UnansweredNotice from './assessment/UnansweredNotice';
import type { Locale } from '../i18n/locales';
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
	const [kit, setKit] = useState<ResultKit | undefined>();
	const [isKitUnavailable, setKitUnavailable] = useState(false);
	const [view, setView] = useState<View>({ kind: 'own' });
	const [linkFailure, setLinkFailure] = useState<LinkFailure | undefined>();
	const [missing, setMissing] = useState<number[]>([]);
	const [status, setStatus] = useState('');
	const [undo, setUndo] = useState<SavedAnswers | undefined>();
	// Each submit asks for focus on the result heading, given once the result is on the page.
	const [resultFocus, setResultFocus] = useState(0);
	const focusedResult = useRef(0);
	// Which change of the address is current: one that waited for the kit gives way to a later one.
	const addressTurn = useRef(0);
	const isWaitingOnline = useRef(false);
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
	// Focus, and the whole control on screen: focus() alone leaves a control cut by the screen's edge.
	const focusById = (id: string) =>
		requestAnimationFrame(() => {
			const element = document.getElementById(id);
			element?.focus({ preventScroll: true });
			element?.scrollIntoView({ block: 'nearest' });
		});
	const resultReady = (scored: AssessmentResult) =>
		fill(strings.resultReady, { score: scored.overall, band: scored.band?.title ?? '' });

	/**
	 * The result kit, for something on the page that needs it now; undefined if it cannot load,
	 * which the status line then says, and it is tried again when the browser is back online.
	 */
	const requireKit = useCallback((): Promise<ResultKit | undefined> => {
		const attempt = (): Promise<ResultKit | undefined> =>
			loadResultKit().then(
				(loaded) => {
					setKit(loaded);
					setKitUnavailable(false);
					return loaded;
				},
				() => {
					setKitUnavailable(true);
					if (!isWaitingOnline.current) {
						isWaitingOnline.current = true;
						const retry = () => {
							isWaitingOnline.current = false;
							void attempt();
						};
						addEventListener('online', retry, { once: true });
					}
					return undefined;
				}
			);
		return attempt();
	}, []);

	// Storage and the address are read only in the browser, after the server-rendered form is live.
	useEffect(() => {
		const storage = browserStorage();
		const loaded = loadAnswers(storage, codeModel);
		setSaved(loaded);
		let readerName = loadReaderName(storage);
		// A name typed before names were kept once for every assessment becomes that name.
		if (!readerName && loaded.legacyName) readerName = saveReaderName(storage, loaded.legacyName);
		setName(readerName);
		// Which reading of the address is current: an answer that comes after the next one is dropped.
		let reading = 0;
		const show = (outcome: LinkOutcome, loaded: ResultKit) => {
			if (outcome.kind === 'shared') {
				// The reader's own result in their own address (a reload, a bookmark) is theirs.
				if (
					loaded.isOwnResult(outcome.shared, loadAnswers(browserStorage(), codeModel), codeModel)
				) {
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
			// A section of the page (`#takeaways`) is no link: the link reader is not even loaded.
			const isElementId = (id: string) => document.getElementById(id) !== null;
			if (!mayCarryLink(location.search, location.hash, isElementId)) return;
			const pages = { otherSideHref, assessmentsHref };
			const titles = titlesHref
				? () => fetch(titlesHref).then((r) => r.json() as unknown)
				: undefined;
			void requireKit().then(async (loaded) => {
				if (!loaded) return;
				const outcome = await loaded.findSharedLink(location.href, codeModel, pages, titles);
				if (current === reading) show(outcome, loaded);
			});
		};
		// Another tab answered, submitted, cleared or renamed: show what is stored now.
		const follow = (event: StorageEvent) => {
			const key = answersKey(codeModel.id, codeModel.side);
			if (event.key === key || event.key === null)
				setSaved(loadAnswers(browserStorage(), codeModel));
			if (event.key === NAME_KEY || event.key === null) setName(loadReaderName(browserStorage()));
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
	}, [codeModel, embedded, otherSideHref, assessmentsHref, titlesHref, pageHref, requireKit]);

	// A result to show (stored, submitted, or from another tab) needs the result views.
	useEffect(() => {
		if (saved.submitted && !kit) void requireKit();
	}, [saved.submitted, kit, requireKit]);

	// After submitting, focus goes to the result's heading once the result is on the page.
	useEffect(() => {
		if (!kit || resultFocus === focusedResult.current) return;
		focusedResult.current = resultFocus;
		resultHeading.current?.focus({ preventScroll: true });
		resultHeading.current?.scrollIntoView({ block: 'start' });
	}, [kit, resultFocus]);

	/** Applies a change to what is stored now, shows the outcome and, with a result, puts it in the address. */
	const update = (change: (stored: SavedAnswers) => SavedAnswers) => {
		const storage = browserStorage();
		const next = updateAnswers(storage, codeModel, change);
		setSaved(next);
		if (next.submitted) showInAddress(next, name);
		else clearAddress();
	};

	const showInAddress = (next: SavedAnswers, typedName: string) => {
		const turn = ++addressTurn.current;
		void requireKit().then((loaded) => {
			if (!loaded || turn !== addressTurn.current) return;
			const code = loaded.ownCode(codeModel, next, sanitizeName(typedName), localDay(new Date()));
			history.replaceState(
				history.state,
				'',
				loaded.addressWithResult(location.pathname, location.search, code, session)
			);
		});
	};

	// Without a result, the address is the invitation again: its session stays.
	const clearAddress = () => {
		addressTurn.current++;
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
		// A reader who has started answering will want the result: it loads meanwhile (a failure
		// is only said when the result is there to show).
		loadResultKit().catch(() => undefined);
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
		setStatus(resultReady(scoreAnswers(model, saved.answers)));
		setResultFocus((count) => count + 1);
	};

	// One tap never loses work: clearing can be undone, right where it was tapped, until the next answer.
	const clear = () => {
		setUndo(loadAnswers(browserStorage(), codeModel));
		clearAnswers(browserStorage(), codeModel);
		setSaved(emptyAnswers(model.questions.length));
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
		saveReaderName(browserStorage(), typed);
		if (saved.submitted && view.kind === 'own') showInAddress(saved, typed);
	};

	const takeYourself = () => {
		history.replaceState(null, '', location.pathname + location.search + sessionFragment(session));
		setView({ kind: 'own' });
		setLinkFailure(undefined);
		requestAnimationFrame(() => focusQuestion(0));
	};

	// A shared result is only ever set by the kit, which is loaded by then.
	if (view.kind === 'shared' && linkStrings && kit) {
		return (
			<kit.SharedResultView
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
	// The kit could not load for what the address or a result asked of it: the note says so, and a
	// result is still said in the status line (a stored one too, which has no submit's status).
	const isNoteShown = isKitUnavailable && !kit;
	const said = status || (isNoteShown && result ? resultReady(result) : '');

	return (
		<div class="assessment" data-kind={model.kind}>
			{linkFailure && linkStrings && kit && (
				<kit.LinkErrorNotice failure={linkFailure} strings={linkStrings.linkError} />
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
					resultHref={result && kit ? `#${idPrefix}-result` : undefined}
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
					{said && <p>{said}</p>}
					{isNoteShown && <p class="island-unavailable">{strings.island.unavailable}</p>}
				</div>
			</form>
			{result && kit && (
				<kit.OwnResultView
					lang={lang}
					model={model}
					strings={strings}
					codeModel={codeModel}
					saved={saved}
					result={result}
					name={name}
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
