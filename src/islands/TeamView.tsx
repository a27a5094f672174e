/**
 * The team view: colleagues' share links pasted in (from a chat, a mail, anywhere), their results
 * side by side per assessment, grouped into rounds, with the client's view beside the agency's,
 * the actions the team agrees on, and the whole view kept in the URL fragment so that it is itself
 * a shareable link. For a session in the room it also invites by QR code, presents one assessment
 * on the projector and prints a one-page handout. Each session is kept in this browser as it
 * changes (`team/session-store.ts`), so a header link, a closed tab or a reload loses nothing;
 * nothing is sent.
 *
 * This file holds the state, its history (Back restores the previous table) and where it is kept;
 * reading links, merging, rounds, statistics, actions, presenter layout and the export live in the
 * pure modules under `team/`. Presenter mode and the QR library are loaded only when first used.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { ComponentType } from 'preact';
import type { AssessmentModel } from './assessment/model';

import { shareCodeModelOf } from './assessment/model';
import { readAddress } from '../links/link-reader';
import {
	acceptsLink,
	addHeld,
	codeModels,
	loadTeamLink,
	mergeText,
	type MergeOutcome,
	type Member,
} from './team/team-merge';
import { cleanSessionName, limitSessionInput } from '../links/session-name';
import { MAX_TEAM_ENTRIES, TEAM_PARAM, teamFragment } from '../links/team-link';
import { browserStorage } from '../client/browser-storage';
import {
	CURRENT_SESSION_KEY,
	deleteSession,
	listSessions,
	loadSession,
	newSessionId,
	saveSession,
	setSessionNames,
	setSessionReceived,
	type SessionSummary,
} from './team/session-store';
import { formatMoment } from '../i18n/dates';
import {
	decodeActions,
	encodeActions,
	type ActionsProblem,
	type AgreedAction,
} from '../links/actions';
import { csvActions, statusLabels } from './team/handout';
import { latestRoundDate, placeActions, splitActions } from './team/action-review';
import { buildGroupView, type GroupView } from './team/group-view';
import type { TeamStrings } from './team/strings';
import type { Props as PresenterProps } from './team/Presenter';
import { fill, plural } from '../i18n/plural';
import PastePanel from './team/PastePanel';
import PasteReport from './team/PasteReport';
import AssessmentGroup from './team/AssessmentGroup';
import ActionsPanel from './team/ActionsPanel';
import ActionsReview from './team/ActionsReview';
import InvitePanel from './team/InvitePanel';
import TeamLinkPanel from './team/TeamLinkPanel';
import SessionsPanel from './team/SessionsPanel';
import UndoNote from './team/UndoNote';
import NamesSwitch from './team/NamesSwitch';
import FacilitatorTools from './team/FacilitatorTools';
import { keptOnDevice, ownRows } from './team/own-rows';
import { printedPeople, MAX_PRINTED_ROWS, type PrintFor } from './team/print';
import './team/team.css';
import type { Locale } from '../i18n/locales';

export interface Props {
	lang: Locale;
	/** Every side of every assessment, in the page's language, in series order. */
	models: AssessmentModel[];
	strings: TeamStrings;
}

/** What the view keeps: the results, the actions agreed on, and the session's name. */
interface TeamState {
	members: Member[];
	actions: AgreedAction[];
	/** The session's name, cleaned; empty when it has none. */
	session: string;
}

const EMPTY: TeamState = { members: [], actions: [], session: '' };

/** Where an undo is offered: beside the paste box, an assessment's table, the actions or Clear. */
type UndoPlace = 'paste' | 'actions' | 'clear' | `group:${string}`;

/** A change that can be undone: the state before it, where it happened and what to say. */
interface Undoable {
	before: TeamState;
	place: UndoPlace;
	message: string;
	/** Whether Undo takes keyboard focus (the control pressed is gone). */
	takesFocus: boolean;
}

/**
 * The state with each action that has no round put in the latest round of its results: the round
 * a later one reviews it from (`team/action-review.ts`).
 */
function settled(state: TeamState): TeamState {
	return { ...state, actions: placeActions(state.actions, latestRoundDate(state.members)) };
}

/** The fragment that keeps a state: its team link's. */
function fragmentOf(state: TeamState): string {
	return teamFragment({
		entries: state.members,
		actions: encodeActions(state.actions),
		session: state.session,
	});
}

/** The session this tab runs, kept in `sessionStorage` (see `team/session-store.ts`). */
const tabSession = {
	get(): string | null {
		try {
			return sessionStorage.getItem(CURRENT_SESSION_KEY);
		} catch {
			return null;
		}
	},
	set(id: string): void {
		try {
			sessionStorage.setItem(CURRENT_SESSION_KEY, id);
		} catch {
			// Storage blocked: the session is still kept; only a reload will not find it by itself.
		}
	},
};

export default function TeamView({ lang, models, strings }: Props) {
	const [state, setState] = useState<TeamState>(EMPTY);
	const [text, setText] = useState('');
	const [report, setReport] = useState<MergeOutcome | undefined>();
	const [status, setStatus] = useState('');
	const [actionsNotice, setActionsNotice] = useState('');
	const [undo, setUndo] = useState<Undoable | undefined>();
	const [isHydrated, setHydrated] = useState(false);
	const [presenting, setPresenting] = useState<string | undefined>();
	const [Presenter, setPresenter] = useState<ComponentType<PresenterProps> | undefined>();
	const [sessions, setSessions] = useState<SessionSummary[]>([]);
	const [deletedSession, setDeletedSession] = useState<SessionSummary | undefined>();
	const [showNames, setShowNames] = useState(false);
	// A team link received from someone else: results first, tools folded, own row marked (#22).
	const [isReading, setReading] = useState(false);
	const [isScrollAsked, setScrollAsked] = useState(false);
	const [printFor, setPrintFor] = useState<PrintFor>('outside');
	const [isPrintAsked, setPrintAsked] = useState(false);
	// The session's name as typed (a space before the next word included), and whether it was cut.
	const [sessionInput, setSessionInput] = useState('');
	const [isSessionCut, setSessionCut] = useState(false);
	const sessionId = useRef('');
	const pageTitle = useRef('');
	const trigger = useRef<HTMLElement | null>(null);
	const storage = useMemo(() => browserStorage(), []);
	const codes = useMemo(() => codeModels(models.map(shareCodeModelOf)), [models]);
	const agencyModels = models.filter((model) => model.side === 'agency');
	const titles = useMemo(
		() =>
			new Map(
				models.filter((model) => model.side === 'agency').map((model) => [model.id, model.title])
			),
		[models]
	);

	/** Makes `id` the session this tab runs, with names shown only if it was so left. */
	const startSession = useCallback(
		(id: string) => {
			sessionId.current = id;
			tabSession.set(id);
			const kept = loadSession(storage, id);
			setShowNames(kept?.showNames === true);
			setReading(kept?.received === true);
		},
		[storage]
	);

	/** Keeps the state as this tab's session, and refreshes the list of sessions. */
	const keep = useCallback(
		(next: TeamState) => {
			if (!sessionId.current) startSession(newSessionId());
			saveSession(storage, sessionId.current, fragmentOf(next), Date.now());
			setSessions(listSessions(storage));
		},
		[storage, startSession]
	);

	/** Shows a team link's payload (after `#t=`), saying what could not be read. */
	const show = useCallback(
		(payload: string) => {
			const loaded = loadTeamLink(payload, codes);
			const reading = decodeActions(loaded.actions);
			const next = settled({
				members: loaded.members,
				actions: reading.ok ? reading.actions : [],
				session: loaded.session,
			});
			setState(next);
			setActionsNotice(reading.ok ? '' : noticeFor(reading.problem, strings));
			const unreadable = loaded.broken.length + loaded.duplicates;
			setStatus(
				[
					unreadable > 0 ? plural(lang, strings.addressProblems, unreadable) : '',
					...replacedNotes(loaded, strings),
				]
					.filter(Boolean)
					.join(' ')
			);
			return next;
		},
		[codes, lang, strings]
	);

	// The team comes from the address, else from the session this tab was running (a reload or a
	// header link), and Back and Forward step through earlier tables.
	useEffect(() => {
		const fromAddress = (isFirst: boolean) => {
			setReport(undefined);
			setUndo(undefined);
			const link = readAddress(location.href, acceptsLink(codes));
			if (link?.kind === 'team') {
				const next = show(link.payload);
				const fragment = fragmentOf(next);
				// A session's own link continues it; a link from anywhere else is a session of its own.
				const known = listSessions(storage).find((session) => session.fragment === fragment);
				if (known) startSession(known.id);
				else if (isFirst) startSession(newSessionId());
				keep(next);
				// The rule (#22): a team link with results that is no session kept on this device,
				// opened afresh, is someone else's session, read by a participant, and stays so on this
				// device until they add results to it. Back and Forward within a session change nothing.
				const isReceived = known ? known.received === true : isFirst && next.members.length > 0;
				if (!known && isReceived) {
					setSessionReceived(storage, sessionId.current, true);
					setReading(true);
				}
				if (isFirst && isReceived) setScrollAsked(true);
				return;
			}
			const kept = isFirst ? loadSession(storage, tabSession.get() ?? '') : undefined;
			if (kept) {
				startSession(kept.id);
				show(kept.fragment.slice(TEAM_PARAM.length + 2));
				history.replaceState(null, '', `${location.pathname}${location.search}${kept.fragment}`);
				setStatus(fill(strings.sessions.reopened, { date: formatMoment(kept.updated, lang) }));
			} else {
				setState(EMPTY);
				setStatus('');
				setActionsNotice('');
			}
			setSessions(listSessions(storage));
		};
		pageTitle.current = document.title;
		fromAddress(true);
		const onPopState = () => fromAddress(false);
		addEventListener('popstate', onPopState);
		setHydrated(true);
		return () => removeEventListener('popstate', onPopState);
	}, [codes, lang, strings, storage, keep, show, startSession]);

	// The name field follows a name that comes from elsewhere (a link, a kept session, Back), but
	// keeps what is being typed while it names the same session.
	useEffect(() => {
		setSessionInput((typed) =>
			cleanSessionName(typed).name === state.session ? typed : state.session
		);
		setSessionCut(false);
	}, [state.session]);

	// The tab, and a PDF saved from the print dialog, are named by the session.
	useEffect(() => {
		if (!pageTitle.current) return;
		document.title = state.session ? `${state.session} · ${pageTitle.current}` : pageTitle.current;
	}, [state.session]);

	/**
	 * Shows a new state, keeps it on this device and adds it to the browser's history, so that
	 * Back restores the last one.
	 */
	const update = (changed: TeamState) => {
		const next = settled(changed);
		setState(next);
		keep(next);
		history.pushState(null, '', `${location.pathname}${location.search}${fragmentOf(next)}`);
	};

	const add = () => {
		const outcome = mergeText(state.members, text, codes, state.session);
		// A pasted team link brings its actions into a view that has none yet.
		const reading = state.actions.length === 0 ? decodeActions(outcome.actions) : undefined;
		if (reading && !reading.ok) setActionsNotice(noticeFor(reading.problem, strings));
		update({
			members: outcome.members,
			actions: reading?.ok && reading.actions.length > 0 ? reading.actions : state.actions,
			session: outcome.session,
		});
		// A view without a name took the one the results carry: said, since the heading changed.
		setStatus(
			outcome.session !== state.session
				? fill(strings.sessionAdopted, { name: outcome.session })
				: ''
		);
		undoReplaced(outcome);
		setReport(outcome);
		// Whoever adds results runs the session: next time it opens with the tools first.
		if (isReading && outcome.added > 0) setSessionReceived(storage, sessionId.current, false);
		// Read once, the chat leaves the screen (it may be on a projector); what failed stays
		// reported by line and sender. A paste with nothing of ours in it stays, to be corrected.
		const found =
			outcome.added +
			outcome.duplicates +
			outcome.broken.length +
			outcome.overLimit +
			outcome.held.length;
		if (found > 0) setText('');
	};

	/** A resend replaced someone's earlier result: said beside the paste box, with undo. */
	const undoReplaced = (outcome: Pick<MergeOutcome, 'replaced'>) =>
		setUndo(
			outcome.replaced.length > 0
				? {
						before: state,
						place: 'paste',
						message: replacedNotes(outcome, strings).join(' '),
						takesFocus: false,
					}
				: undefined
		);

	/** Adds the results held back for naming another session: the facilitator says they belong. */
	const addAnyway = () => {
		if (!report) return;
		const outcome = addHeld(state.members, report.held, codes, state.session);
		update({ ...state, members: outcome.members });
		setReport(outcome);
		setStatus('');
		undoReplaced(outcome);
		// The button is gone: the reader goes on where the next paste goes.
		requestAnimationFrame(() => document.getElementById('team-links')?.focus());
	};

	/** Names the session as it is typed; the address follows without a step in history per key. */
	const renameSession = (typed: string) => {
		const limited = limitSessionInput(typed);
		setSessionInput(limited.text);
		setSessionCut(limited.isCut);
		const session = cleanSessionName(limited.text).name;
		if (session === state.session) return;
		const next = { ...state, session };
		setState(next);
		keep(next);
		history.replaceState(null, '', `${location.pathname}${location.search}${fragmentOf(next)}`);
	};

	const withUndo = (next: TeamState, place: UndoPlace, message: string) => {
		setUndo({ before: state, place, message, takesFocus: true });
		update(next);
		setReport(undefined);
		setStatus('');
	};

	const restore = () => {
		if (!undo) return;
		update(undo.before);
		setUndo(undefined);
		setStatus(strings.restored);
		// The control that was pressed is back (or the paste box is where the reader was).
		requestAnimationFrame(() => focusAfterRestore(undo.place));
	};

	const remove = (assessmentId: string) => (memberIndex: number, name: string) =>
		withUndo(
			{ ...state, members: state.members.filter((_, index) => index !== memberIndex) },
			`group:${assessmentId}`,
			fill(strings.removed, { name })
		);

	const moveToRound = (memberIndexes: readonly number[], roundDay: number | undefined) =>
		update({
			...state,
			members: state.members.map((member, index) =>
				memberIndexes.includes(index) ? { ...member, roundDay } : member
			),
		});

	const changeActions = (actions: AgreedAction[], message: string, isUndoable = false) => {
		if (isUndoable) {
			withUndo({ ...state, actions }, 'actions', message);
			return;
		}
		update({ ...state, actions });
		setReport(undefined);
		setUndo(undefined);
		setStatus(message);
	};

	// The table is cleared; the session keeps its name.
	const clearAll = () => withUndo({ ...EMPTY, session: state.session }, 'clear', strings.cleared);

	const openSession = (id: string) => {
		const kept = loadSession(storage, id);
		if (!kept) {
			setSessions(listSessions(storage));
			return;
		}
		startSession(id);
		setReport(undefined);
		setUndo(undefined);
		setDeletedSession(undefined);
		show(kept.fragment.slice(TEAM_PARAM.length + 2));
		history.pushState(null, '', `${location.pathname}${location.search}${kept.fragment}`);
		setSessions(listSessions(storage));
		requestAnimationFrame(() => document.getElementById('team-links')?.focus());
	};

	const removeSession = (id: string) => {
		const summary = sessions.find((session) => session.id === id);
		if (!summary) return;
		deleteSession(storage, id);
		setDeletedSession(summary);
		if (id === sessionId.current) leaveSession(EMPTY);
		setSessions(listSessions(storage));
	};

	const undoDelete = () => {
		if (!deletedSession) return;
		saveSession(storage, deletedSession.id, deletedSession.fragment, deletedSession.updated);
		setDeletedSession(undefined);
		setSessions(listSessions(storage));
		if (!sessionId.current || state.members.length + state.actions.length === 0) {
			openSession(deletedSession.id);
		}
		requestAnimationFrame(() => document.getElementById('team-sessions-heading')?.focus());
	};

	/** Starts an empty session in this tab; the one before stays kept. */
	const leaveSession = (next: TeamState) => {
		sessionId.current = '';
		tabSession.set('');
		setShowNames(false);
		setReading(false);
		setState(next);
		setReport(undefined);
		setUndo(undefined);
		setActionsNotice('');
		history.pushState(null, '', `${location.pathname}${location.search}`);
	};

	const newSession = () => {
		leaveSession(EMPTY);
		setStatus(strings.sessions.started);
		requestAnimationFrame(() => document.getElementById('team-links')?.focus());
	};

	const present = (id: string) => {
		trigger.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
		// Full screen needs the click itself; a browser or a frame that refuses simply stays windowed.
		if (document.fullscreenEnabled && !document.fullscreenElement) {
			void document.documentElement.requestFullscreen().catch(() => undefined);
		}
		void import('./team/Presenter').then((module) => {
			setPresenter(() => module.default);
			setPresenting(id);
		});
	};

	const leave = () => {
		setPresenting(undefined);
		trigger.current?.focus();
	};

	const changeNames = (shown: boolean) => {
		setShowNames(shown);
		if (sessionId.current) setSessionNames(storage, sessionId.current, shown);
	};

	/** Prints for outside the team or for it: drawn for that print first, then printed. */
	const print = (forWhom: PrintFor) => {
		setPrintFor(forWhom);
		setPrintAsked(true);
	};
	// A received team link opens at its results, unless the reader has already scrolled.
	useEffect(() => {
		if (!isScrollAsked) return;
		setScrollAsked(false);
		if (scrollY > 0) return;
		document
			.querySelector<HTMLElement>('.team-view .session-heading, .team-view .team-group h2')
			?.scrollIntoView({ block: 'start' });
	}, [isScrollAsked]);
	useEffect(() => {
		if (!isPrintAsked) return;
		setPrintAsked(false);
		window.print();
	}, [isPrintAsked]);
	// Once printed (or cancelled), the page is back to the default print: no one's own row.
	useEffect(() => {
		const reset = () => setPrintFor('outside');
		addEventListener('afterprint', reset);
		return () => removeEventListener('afterprint', reset);
	}, []);

	const undoAt = (place: UndoPlace) =>
		undo && shownPlace(undo.place) === place ? (
			<UndoNote
				message={undo.message}
				undoLabel={strings.undo}
				onUndo={restore}
				takesFocus={undo.takesFocus}
			/>
		) : null;

	const groups = agencyModels.filter((model) =>
		state.members.some((member) => member.assessmentId === model.id)
	);
	const clientOf = (id: string) =>
		models.find((candidate) => candidate.id === id && candidate.side === 'client');
	const presented = groups.find((model) => model.id === presenting);
	// Only in a received link: the facilitator's own view may be on a projector.
	const own = useMemo(
		() => (isReading ? ownRows(state.members, keptOnDevice(storage, models)) : undefined),
		[isReading, state.members, storage, models]
	);
	const hasContent = state.members.length + state.actions.length > 0 || state.session !== '';
	const views = new Map(
		groups.flatMap((model): [string, GroupView][] => {
			const view = buildGroupView(model, clientOf(model.id), state.members, {
				colleague: strings.colleague,
				client: strings.clientPerson,
			});
			return view ? [[model.id, view]] : [];
		})
	);
	// The team's print holds each person's row only while that still fits one A4 page.
	const printedRows = printedPeople([...views.values()]);
	// Once a later round is in, the actions of the rounds before it come first, to review.
	const split = splitActions(state.actions, latestRoundDate(state.members));
	const printsFiguresOnly = printFor === 'team' && printedRows > MAX_PRINTED_ROWS;
	// An undo whose place has gone (the last row of an assessment removed, the last action) is
	// said where the view now ends: beside "No results yet" or under the remaining tables.
	const shownPlace = (place: UndoPlace): UndoPlace =>
		place.startsWith('group:') && !groups.some((model) => `group:${model.id}` === place)
			? groups.length === 0
				? 'clear'
				: 'actions'
			: place === 'actions' && groups.length === 0
				? 'clear'
				: place;

	const tools = (
		<>
			<FacilitatorTools folded={isReading} summary={strings.reader.tools}>
				<InvitePanel
					lang={lang}
					models={models}
					strings={strings}
					isOpen={isHydrated && state.members.length === 0}
					session={state.session}
					sessionInput={sessionInput}
					isSessionCut={isSessionCut}
					onSessionInput={renameSession}
				/>
				<PastePanel
					strings={strings}
					text={text}
					isHydrated={isHydrated}
					onText={setText}
					onAdd={add}
				/>
			</FacilitatorTools>
			<div class="report no-print" role="status">
				{report && (
					<PasteReport
						lang={lang}
						report={report}
						strings={strings}
						limit={MAX_TEAM_ENTRIES}
						onAddHeld={addAnyway}
					/>
				)}
				{status && <p>{status}</p>}
				{actionsNotice && <p class="notice">{actionsNotice}</p>}
			</div>
			{undoAt('paste')}
		</>
	);

	return (
		<div class="team-view" data-print={printsFiguresOnly ? 'figures' : printFor}>
			{state.session && (
				<h2 class="session-heading">{fill(strings.sessionHeading, { name: state.session })}</h2>
			)}
			{!isReading && tools}

			{groups.length === 0 ? (
				<>
					<p class="empty">{strings.empty}</p>
					{undoAt('clear')}
				</>
			) : (
				<>
					<NamesSwitch shown={showNames} strings={strings.names} onChange={changeNames} />
					<p class="print-only print-note" data-for={printFor === 'team' ? 'team' : 'outside'}>
						{printFor === 'outside'
							? strings.handoutOutside
							: printsFiguresOnly
								? plural(lang, strings.handoutFiguresOnly, printedRows)
								: strings.handoutTeam}
					</p>
					{split.review.length > 0 && (
						<ActionsReview
							lang={lang}
							actions={state.actions}
							review={split.review}
							models={groups}
							views={views}
							strings={strings.actions}
							onChange={changeActions}
						/>
					)}
					{groups.map((model) => (
						<AssessmentGroup
							key={model.id}
							lang={lang}
							model={model}
							client={clientOf(model.id)}
							members={state.members}
							showNames={showNames || printFor === 'team'}
							actions={csvActions(state.actions, groups, statusLabels(strings.actions))}
							session={state.session}
							strings={strings}
							onRemove={remove(model.id)}
							onMove={moveToRound}
							onPresent={present}
							undo={undoAt(`group:${model.id}`)}
							own={own}
						/>
					))}
					<ActionsPanel
						lang={lang}
						actions={state.actions}
						shown={split.current}
						isLaterRound={split.review.length > 0}
						models={groups}
						strings={strings.actions}
						onChange={changeActions}
					/>
					{undoAt('actions')}
					<div class="print-buttons no-print">
						<p class="buttons">
							<button type="button" class="button" onClick={() => print('outside')}>
								{strings.printOutside}
							</button>
							<button type="button" class="button secondary" onClick={() => print('team')}>
								{strings.printTeam}
							</button>
						</p>
						<p class="hint">{strings.printHint}</p>
					</div>
					<TeamLinkPanel
						strings={strings}
						members={state.members}
						actions={encodeActions(state.actions)}
						session={state.session}
					/>
					<p class="clear-all no-print">
						<button type="button" class="button secondary" onClick={clearAll}>
							{strings.clearAll}
						</button>
					</p>
				</>
			)}
			{isReading && tools}
			<SessionsPanel
				lang={lang}
				sessions={sessions}
				currentId={hasContent ? sessionId.current : ''}
				titles={titles}
				strings={strings.sessions}
				undoLabel={strings.undo}
				deleted={deletedSession}
				onOpen={openSession}
				onDelete={removeSession}
				onUndoDelete={undoDelete}
				onNew={newSession}
				hasContent={hasContent}
			/>
			{Presenter && presented && (
				<Presenter
					lang={lang}
					model={presented}
					client={clientOf(presented.id)}
					members={state.members}
					strings={strings}
					onLeave={leave}
				/>
			)}
		</div>
	);
}

/**
 * Where focus goes once an undo has brought things back: the assessment's heading for a removed
 * row, the first table for a cleared view, the actions' heading, or the paste box.
 */
function focusAfterRestore(place: UndoPlace): void {
	const target =
		place === 'paste'
			? document.getElementById('team-links')
			: place === 'actions'
				? document.querySelector<HTMLElement>('.team-actions h2')
				: place === 'clear'
					? document.querySelector<HTMLElement>('.team-group h2')
					: document.getElementById(`team-${place.slice('group:'.length)}`);
	if (!target) return;
	if (!target.matches('input, textarea, button, a[href]')) target.tabIndex = -1;
	target.focus();
}

/** Says what a paste or a link replaced (a resend by the same name in the same round). */
function replacedNotes(outcome: Pick<MergeOutcome, 'replaced'>, strings: TeamStrings): string[] {
	return outcome.replaced.map(({ name }) => fill(strings.replaced, { name }));
}

/** What the view says when a link's actions part cannot be read (its results are still read). */
function noticeFor(problem: ActionsProblem, strings: TeamStrings): string {
	return problem === 'newer-version' ? strings.actions.newer : strings.actions.damaged;
}
