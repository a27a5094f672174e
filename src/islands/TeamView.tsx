/**
 * The team view: colleagues' share links pasted in (from a chat, a mail, anywhere), their results
 * side by side per assessment, grouped into rounds, with the client's view beside the agency's,
 * and the whole view kept in the URL fragment so that it is itself a shareable link. Nothing is
 * stored or sent.
 *
 * This file holds the state and its history (Back restores the previous table); reading links,
 * merging, rounds, statistics and the export live in the pure modules under `team/`.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { AssessmentModel } from './assessment/model';
import { localDay } from './assessment/result-days';
import { shareCodeModelOf } from './assessment/share-code';
import { readAddress } from './links/link-reader';
import {
	acceptsLink,
	codeModels,
	loadTeamLink,
	mergeText,
	type MergeOutcome,
	type Member,
} from './team/team-merge';
import { teamFragment } from './team/team-link';
import type { TeamStrings } from './team/strings';
import { plural } from '../i18n/plural';
import PastePanel from './team/PastePanel';
import PasteReport from './team/PasteReport';
import AssessmentGroup from './team/AssessmentGroup';
import TeamLinkPanel from './team/TeamLinkPanel';
import './team/team.css';

export interface Props {
	lang: string;
	/** Every side of every assessment, in the page's language, in series order. */
	models: AssessmentModel[];
	strings: TeamStrings;
}

/** What the view keeps: the results, and the agreed actions (encoded, see `actions.ts`). */
interface TeamState {
	members: Member[];
	actions: string;
}

export default function TeamView({ lang, models, strings }: Props) {
	const [state, setState] = useState<TeamState>({ members: [], actions: '' });
	const [text, setText] = useState('');
	const [report, setReport] = useState<MergeOutcome | undefined>();
	const [status, setStatus] = useState('');
	const [undo, setUndo] = useState<TeamState | undefined>();
	const [isHydrated, setHydrated] = useState(false);
	const codes = useMemo(() => codeModels(models.map(shareCodeModelOf)), [models]);
	const agencyModels = models.filter((model) => model.side === 'agency');

	// The team comes from the address, and Back and Forward step through earlier tables.
	useEffect(() => {
		const load = () => {
			const today = localDay(new Date());
			const link = readAddress(location.href, acceptsLink(codes, today));
			if (link?.kind !== 'team') {
				setState({ members: [], actions: '' });
				return;
			}
			const loaded = loadTeamLink(link.payload, codes, today);
			setState({ members: loaded.members, actions: loaded.actions });
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
		const fragment = teamFragment({ entries: next.members, actions: next.actions });
		history.pushState(null, '', `${location.pathname}${location.search}${fragment}`);
	};

	const add = () => {
		const outcome = mergeText(state.members, text, codes, localDay(new Date()));
		update({
			members: outcome.members,
			actions: state.actions || outcome.actions,
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
			strings.removed.replace('{{name}}', name)
		);

	const moveToRound = (memberIndexes: readonly number[], roundDay: number | undefined) =>
		update({
			...state,
			members: state.members.map((member, index) =>
				memberIndexes.includes(index) ? { ...member, roundDay } : member
			),
		});

	const clearAll = () => withUndo({ members: [], actions: '' }, strings.cleared);

	const groups = agencyModels.filter((model) =>
		state.members.some((member) => member.assessmentId === model.id)
	);

	return (
		<div class="team-view">
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
							client={models.find(
								(candidate) => candidate.id === model.id && candidate.side === 'client'
							)}
							members={state.members}
							strings={strings}
							onRemove={remove}
							onMove={moveToRound}
						/>
					))}
					<TeamLinkPanel
						lang={lang}
						strings={strings}
						members={state.members}
						actions={state.actions}
					/>
					<p class="clear-all no-print">
						<button type="button" class="button secondary" onClick={clearAll}>
							{strings.clearAll}
						</button>
					</p>
				</>
			)}
		</div>
	);
}
