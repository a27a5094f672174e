/**
 * The team view: colleagues' share links pasted in (from a chat, a mail, anywhere), their results
 * side by side per assessment, grouped into rounds, with the client's view beside the agency's,
 * the actions the team agrees on, and the whole view kept in the URL fragment so that it is itself
 * a shareable link. For a session in the room it also invites by QR code, presents one assessment
 * on the projector and prints a one-page handout. Nothing is stored or sent.
 *
 * This file holds the state and its history (Back restores the previous table); reading links,
 * merging, rounds, statistics, actions, presenter layout and the export live in the pure modules
 * under `team/`. Presenter mode and the QR library are loaded only when first used.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { ComponentType } from 'preact';
import type { AssessmentModel } from './assessment/model';

import { shareCodeModelOf } from './assessment/model';
import { readAddress } from '../links/link-reader';
import {
	acceptsLink,
	codeModels,
	loadTeamLink,
	mergeText,
	type MergeOutcome,
	type Member,
} from './team/team-merge';
import { teamFragment } from '../links/team-link';
import {
	decodeActions,
	encodeActions,
	type ActionsProblem,
	type AgreedAction,
} from '../links/actions';
import { csvActions } from './team/handout';
import type { TeamStrings } from './team/strings';
import type { Props as PresenterProps } from './team/Presenter';
import { fill, plural } from '../i18n/plural';
import PastePanel from './team/PastePanel';
import PasteReport from './team/PasteReport';
import AssessmentGroup from './team/AssessmentGroup';
import ActionsPanel from './team/ActionsPanel';
import InvitePanel from './team/InvitePanel';
import TeamLinkPanel from './team/TeamLinkPanel';
import './team/team.css';
import type { Locale } from '../i18n/locales';

export interface Props {
	lang: Locale;
	/** Every side of every assessment, in the page's language, in series order. */
	models: AssessmentModel[];
	strings: TeamStrings;
}

/** What the view keeps: the results, and the actions agreed on. */
interface TeamState {
	members: Member[];
	actions: AgreedAction[];
}

const EMPTY: TeamState = { members: [], actions: [] };

export default function TeamView({ lang, models, strings }: Props) {
	const [state, setState] = useState<TeamState>(EMPTY);
	const [text, setText] = useState('');
	const [report, setReport] = useState<MergeOutcome | undefined>();
	const [status, setStatus] = useState('');
	const [actionsNotice, setActionsNotice] = useState('');
	const [undo, setUndo] = useState<TeamState | undefined>();
	const [isHydrated, setHydrated] = useState(false);
	const [presenting, setPresenting] = useState<string | undefined>();
	const [Presenter, setPresenter] = useState<ComponentType<PresenterProps> | undefined>();
	const trigger = useRef<HTMLElement | null>(null);
	const codes = useMemo(() => codeModels(models.map(shareCodeModelOf)), [models]);
	const agencyModels = models.filter((model) => model.side === 'agency');

	// The team comes from the address, and Back and Forward step through earlier tables.
	useEffect(() => {
		const load = () => {
			const link = readAddress(location.href, acceptsLink(codes));
			setActionsNotice('');
			if (link?.kind !== 'team') {
				setState(EMPTY);
				return;
			}
			const loaded = loadTeamLink(link.payload, codes);
			const reading = decodeActions(loaded.actions);
			setState({ members: loaded.members, actions: reading.ok ? reading.actions : [] });
			if (!reading.ok) setActionsNotice(noticeFor(reading.problem, strings));
			const unreadable = loaded.broken.length + loaded.duplicates;
			setStatus(unreadable > 0 ? plural(lang, strings.addressProblems, unreadable) : '');
		};
		load();
		addEventListener('popstate', load);
		setHydrated(true);
		return () => removeEventListener('popstate', load);
	}, [codes, lang, strings]);

	/** Shows a new state and adds it to the browser's history, so that Back restores the last one. */
	const update = (next: TeamState) => {
		setState(next);
		const fragment = teamFragment({
			entries: next.members,
			actions: encodeActions(next.actions),
		});
		history.pushState(null, '', `${location.pathname}${location.search}${fragment}`);
	};

	const add = () => {
		const outcome = mergeText(state.members, text, codes);
		// A pasted team link brings its actions into a view that has none yet.
		const reading = state.actions.length === 0 ? decodeActions(outcome.actions) : undefined;
		if (reading && !reading.ok) setActionsNotice(noticeFor(reading.problem, strings));
		update({
			members: outcome.members,
			actions: reading?.ok && reading.actions.length > 0 ? reading.actions : state.actions,
		});
		setStatus('');
		setUndo(undefined);
		setReport(outcome);
		if (outcome.added > 0 && outcome.broken.length === 0) setText('');
	};

	const withUndo = (next: TeamState, message: string) => {
		setUndo(state);
		update(next);
		setReport(undefined);
		setStatus(message);
	};

	const restore = () => {
		if (!undo) return;
		update(undo);
		setUndo(undefined);
		setStatus(strings.restored);
	};

	const remove = (memberIndex: number, name: string) =>
		withUndo(
			{ ...state, members: state.members.filter((_, index) => index !== memberIndex) },
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
			withUndo({ ...state, actions }, message);
			return;
		}
		update({ ...state, actions });
		setReport(undefined);
		setUndo(undefined);
		setStatus(message);
	};

	const clearAll = () => withUndo(EMPTY, strings.cleared);

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

	const groups = agencyModels.filter((model) =>
		state.members.some((member) => member.assessmentId === model.id)
	);
	const clientOf = (id: string) =>
		models.find((candidate) => candidate.id === id && candidate.side === 'client');
	const presented = groups.find((model) => model.id === presenting);

	return (
		<div class="team-view">
			<InvitePanel
				models={models}
				strings={strings}
				isOpen={isHydrated && state.members.length === 0}
			/>
			<PastePanel
				strings={strings}
				text={text}
				isHydrated={isHydrated}
				onText={setText}
				onAdd={add}
			/>
			<div class="report no-print" role="status">
				{report && <PasteReport lang={lang} report={report} strings={strings} />}
				{status && <p>{status}</p>}
				{actionsNotice && <p class="notice">{actionsNotice}</p>}
				{undo && (
					<button type="button" class="button secondary small" onClick={restore}>
						{strings.undo}
					</button>
				)}
			</div>

			{groups.length === 0 ? (
				<p class="empty">{strings.empty}</p>
			) : (
				<>
					{groups.map((model) => (
						<AssessmentGroup
							key={model.id}
							lang={lang}
							model={model}
							client={clientOf(model.id)}
							members={state.members}
							actions={csvActions(state.actions, groups)}
							strings={strings}
							onRemove={remove}
							onMove={moveToRound}
							onPresent={present}
						/>
					))}
					<ActionsPanel
						lang={lang}
						actions={state.actions}
						models={groups}
						strings={strings.actions}
						onChange={changeActions}
					/>
					<p class="session-buttons no-print">
						<button type="button" class="button" onClick={() => window.print()}>
							{strings.print}
						</button>
					</p>
					<TeamLinkPanel
						strings={strings}
						members={state.members}
						actions={encodeActions(state.actions)}
					/>
					<p class="clear-all no-print">
						<button type="button" class="button secondary" onClick={clearAll}>
							{strings.clearAll}
						</button>
					</p>
				</>
			)}
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

/** What the view says when a link's actions part cannot be read (its results are still read). */
function noticeFor(problem: ActionsProblem, strings: TeamStrings): string {
	return problem === 'newer-version' ? strings.actions.newer : strings.actions.damaged;
}
