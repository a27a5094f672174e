/**
 * The team view: colleagues' share links pasted in, their results side by side per assessment,
 * with the team's average, spread and biggest disagreement, an overlay chart and a CSV export.
 * The whole view lives in the URL fragment (see `team/team-state.ts`); nothing is stored or sent.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { JSX } from 'preact';
import { choiceCount, type AssessmentModel } from './assessment/model';
import { decodeShareCode, type ShareCodeError, type ShareCodeModel } from './assessment/share-code';
import { extractShareLinks } from './team/link-extraction';
import { summarizeTeam, type TeamSummary } from './team/aggregate';
import { toCsv } from './team/csv';
import { readTeamFragment, teamFragment, type TeamEntry } from './team/team-state';
import type { TeamStrings } from './team/strings';
import { fill, plural } from '../i18n/plural';
import ScoreChart from './chart/ScoreChart';
import CopyLinkField from './shared/CopyLinkField';
import './team/team.css';
import { seriesColor } from './chart/chart-geometry';

export interface Props {
	lang: string;
	/** Every assessment, in the page's language, in series order. */
	models: AssessmentModel[];
	strings: TeamStrings;
}

/** A person in the view: where their result came from and what it says. */
interface Member extends TeamEntry {
	name: string;
	answers: number[];
}

/** A pasted line that gave nothing, and why. */
interface Problem {
	line: number;
	reason: string;
	/** The start of the line, when it helps to find it (not for links whose code is damaged). */
	excerpt?: string;
}

/** A message about what happened to the last paste. */
interface Report {
	added: number;
	duplicates: number;
	problems: Problem[];
	isTruncated: boolean;
}

/** A paste of a thousand broken lines lists the first ones; the rest add nothing. */
const MAX_PROBLEMS_SHOWN = 50;

const codeModelOf = (model: AssessmentModel): ShareCodeModel => ({
	id: model.id,
	version: model.version,
	questionCount: model.questions.length,
	choices: choiceCount(model),
});

export default function TeamView({ lang, models, strings }: Props) {
	const [members, setMembers] = useState<Member[]>([]);
	const [text, setText] = useState('');
	const [report, setReport] = useState<Report | undefined>();
	const [status, setStatus] = useState('');
	const [isHydrated, setHydrated] = useState(false);
	const modelsById = useMemo(() => new Map(models.map((model) => [model.id, model])), [models]);

	/** Decodes a share code for its assessment: the member, or why not. */
	const decode = (entry: TeamEntry): Member | ShareCodeError => {
		const model = modelsById.get(entry.assessmentId);
		if (!model) return 'malformed';
		const decoded = decodeShareCode(codeModelOf(model), entry.code);
		return decoded.ok
			? { ...entry, name: decoded.value.name, answers: decoded.value.answers }
			: decoded.error;
	};

	// The team comes from the address: opening a team link shows the same tables.
	useEffect(() => {
		const state = readTeamFragment(location.hash);
		if (state) {
			const loaded: Member[] = [];
			let unreadable = state.unreadable;
			for (const entry of state.entries) {
				const member = decode(entry);
				if (typeof member === 'string' || isDuplicate(loaded, entry)) unreadable++;
				else loaded.push(member);
			}
			setMembers(loaded);
			if (unreadable > 0) setStatus(plural(lang, strings.addressProblems, unreadable));
		}
		setHydrated(true);
	}, []);

	const update = (next: Member[]) => {
		setMembers(next);
		history.replaceState(null, '', `${location.pathname}${location.search}${teamFragment(next)}`);
	};

	const addLinks = (event: JSX.TargetedEvent<HTMLFormElement>) => {
		event.preventDefault();
		const extraction = extractShareLinks(
			text,
			models.map((model) => model.id)
		);
		const next = [...members];
		const problems: Problem[] = extraction.problems.map((problem) => ({
			line: problem.line,
			reason: problem.problem === 'no-link' ? strings.noLink : strings.unknownAssessment,
			excerpt: problem.excerpt,
		}));
		let duplicates = 0;
		let added = 0;
		for (const link of extraction.links) {
			const member = decode(link);
			if (typeof member === 'string') {
				problems.push({ line: link.line, reason: strings.linkErrors[member] });
			} else if (isDuplicate(next, member)) {
				duplicates++;
			} else {
				next.push(member);
				added++;
			}
		}
		problems.sort((a, b) => a.line - b.line);
		update(next);
		setStatus('');
		setReport({ added, duplicates, problems, isTruncated: extraction.isTruncated });
	};

	const remove = (member: Member, displayName: string) => {
		update(members.filter((candidate) => candidate !== member));
		setReport(undefined);
		setStatus(fill(strings.removed, { name: displayName }));
	};

	const clearAll = () => {
		update([]);
		setReport(undefined);
		setStatus(strings.cleared);
	};

	const groups = models
		.map((model) => ({
			model,
			members: members.filter((member) => member.assessmentId === model.id),
		}))
		.filter((group) => group.members.length > 0);

	return (
		<div class="team-view">
			<form class="paste no-print" onSubmit={addLinks}>
				<label for="team-links">{strings.linksLabel}</label>
				<p class="hint" id="team-links-hint">
					{strings.linksHint}
				</p>
				<textarea
					id="team-links"
					rows={6}
					aria-describedby="team-links-hint"
					value={text}
					onInput={(event) => setText(event.currentTarget.value)}
					spellcheck={false}
				/>
				<div class="actions">
					<button type="submit" class="button" disabled={!isHydrated}>
						{strings.add}
					</button>
					{members.length > 0 && (
						<button type="button" class="button secondary" onClick={clearAll}>
							{strings.clearAll}
						</button>
					)}
				</div>
			</form>

			<div class="report no-print" role="status">
				{report && <ReportView lang={lang} report={report} strings={strings} />}
				{status && <p>{status}</p>}
			</div>

			{groups.length === 0 ? (
				<p class="empty">{strings.empty}</p>
			) : (
				<>
					{groups.map(({ model, members: group }) => (
						<AssessmentGroup
							key={model.id}
							lang={lang}
							model={model}
							members={group}
							strings={strings}
							onRemove={remove}
						/>
					))}
					<TeamLink strings={strings} members={members} />
				</>
			)}
		</div>
	);
}

function ReportView({
	lang,
	report,
	strings,
}: {
	lang: string;
	report: Report;
	strings: TeamStrings;
}) {
	return (
		<>
			{report.added > 0 && <p class="added">{plural(lang, strings.added, report.added)}</p>}
			{report.duplicates > 0 && <p>{plural(lang, strings.duplicates, report.duplicates)}</p>}
			{report.added === 0 && report.duplicates === 0 && report.problems.length === 0 && (
				<p>{strings.nothingFound}</p>
			)}
			{report.isTruncated && <p>{strings.truncated}</p>}
			{report.problems.length > 0 && (
				<div class="problems" role="alert">
					<p class="problems-title">{strings.problemsHeading}</p>
					<ul>
						{report.problems.slice(0, MAX_PROBLEMS_SHOWN).map((problem, index) => (
							<li key={index}>
								{fill(strings.lineProblem, { line: problem.line, reason: problem.reason })}
								{problem.excerpt && (
									<>
										{' '}
										<q>{problem.excerpt}</q>
									</>
								)}
							</li>
						))}
					</ul>
				</div>
			)}
		</>
	);
}

interface GroupProps {
	lang: string;
	model: AssessmentModel;
	members: Member[];
	strings: TeamStrings;
	onRemove: (member: Member, displayName: string) => void;
}

function AssessmentGroup({ lang, model, members, strings, onRemove }: GroupProps) {
	const names = displayNames(members, strings.colleague);
	const summary = summarizeTeam(
		model,
		members.map((member, index) => ({ name: names[index] ?? '', answers: member.answers }))
	);
	const headingId = `team-${model.id}`;
	const disputed = summary.dimensions.filter((dimension) => dimension.isMostDisputed);
	const download = () => downloadCsv(model, summary, strings);
	const chartSummary = fill(strings.chartSummary, {
		scores: summary.dimensions
			.map(
				(dimension) =>
					`${dimension.label}: ${dimension.average} (${dimension.min}–${dimension.max})`
			)
			.join('; '),
	});

	return (
		<section class="team-group" aria-labelledby={headingId}>
			<h2 id={headingId}>{model.title}</h2>
			<p class="group-meta">{plural(lang, strings.people, members.length)}</p>

			{members.length === 1 ? (
				<p class="callout">{strings.onePerson}</p>
			) : disputed.length > 0 ? (
				<div class="callout is-disputed">
					<p>
						<strong>
							{fill(strings.disputed, {
								areas: disputed
									.map((dimension) => `${dimension.label} (${dimension.min}–${dimension.max})`)
									.join(', '),
							})}
						</strong>
					</p>
					<p>{strings.discussion}</p>
				</div>
			) : (
				<p class="callout">{strings.agreement}</p>
			)}

			<div class="table-wrap">
				<table class="team-table">
					<caption>{strings.tableCaption}</caption>
					<thead>
						<tr>
							<th scope="col">{strings.person}</th>
							{summary.dimensions.map((dimension) => (
								<th
									key={dimension.id}
									scope="col"
									class={dimension.isMostDisputed ? 'is-disputed' : undefined}
								>
									{dimension.label}
									{dimension.isMostDisputed && <span class="badge">{strings.disputedBadge}</span>}
								</th>
							))}
							<th scope="col">{strings.overall}</th>
							<th scope="col" class="no-print">
								<span class="sr-only">{strings.remove}</span>
							</th>
						</tr>
					</thead>
					<tbody>
						{summary.people.map((person, index) => (
							<tr key={`${members[index]?.code}-${index}`}>
								<th scope="row">
									<span
										class="swatch"
										style={{ '--series-color': seriesColor(index) }}
										aria-hidden="true"
									/>
									{person.name}
								</th>
								{person.dimensions.map((score, column) => (
									<td
										key={column}
										class={summary.dimensions[column]?.isMostDisputed ? 'is-disputed' : undefined}
									>
										{score}
									</td>
								))}
								<td>{person.overall}</td>
								<td class="no-print">
									<button
										type="button"
										class="remove"
										aria-label={fill(strings.remove, { name: person.name })}
										onClick={() => {
											const member = members[index];
											if (member) onRemove(member, person.name);
										}}
									>
										×
									</button>
								</td>
							</tr>
						))}
					</tbody>
					<tfoot>
						<tr>
							<th scope="row">{strings.average}</th>
							{summary.dimensions.map((dimension) => (
								<td key={dimension.id} class={dimension.isMostDisputed ? 'is-disputed' : undefined}>
									{dimension.average}
								</td>
							))}
							<td>{summary.overallAverage}</td>
							<td class="no-print" />
						</tr>
						<tr>
							<th scope="row">{strings.spread}</th>
							{summary.dimensions.map((dimension) => (
								<td key={dimension.id} class={dimension.isMostDisputed ? 'is-disputed' : undefined}>
									{fill(strings.range, { min: dimension.min, max: dimension.max })}
								</td>
							))}
							<td>
								{fill(strings.range, {
									min: Math.min(...summary.people.map((person) => person.overall)),
									max: Math.max(...summary.people.map((person) => person.overall)),
								})}
							</td>
							<td class="no-print" />
						</tr>
					</tfoot>
				</table>
			</div>

			<figure class="team-chart">
				<ScoreChart
					dimensions={summary.dimensions.map((dimension) => dimension.label)}
					series={[
						...summary.people.map((person) => ({ label: person.name, scores: person.dimensions })),
						...(summary.people.length > 1
							? [
									{
										label: strings.legendAverage,
										scores: summary.dimensions.map((dimension) => dimension.average),
										isAverage: true,
									},
								]
							: []),
					]}
					summary={chartSummary}
				/>
				<figcaption>
					<ul class="legend">
						{summary.people.map((person, index) => (
							<li key={index}>
								<span
									class="swatch"
									style={{ '--series-color': seriesColor(index) }}
									aria-hidden="true"
								/>
								{person.name}
							</li>
						))}
						{summary.people.length > 1 && (
							<li>
								<span class="swatch is-average" aria-hidden="true" />
								{strings.legendAverage}
							</li>
						)}
					</ul>
				</figcaption>
			</figure>

			<p class="no-print">
				<button type="button" class="button secondary" onClick={download}>
					{strings.downloadCsv}
				</button>
			</p>
		</section>
	);
}

function TeamLink({ strings, members }: { strings: TeamStrings; members: Member[] }) {
	const link = `${location.origin}${location.pathname}${teamFragment(members)}`;
	return (
		<div class="team-link no-print">
			<h2>{strings.teamLinkHeading}</h2>
			<p>{strings.teamLinkIntro}</p>
			<CopyLinkField id="team-link" label={strings.teamLink} link={link} strings={strings} />
		</div>
	);
}

/** Names from the links, else "Colleague 1", "Colleague 2"… in order. */
function displayNames(members: Member[], colleague: string): string[] {
	let unnamed = 0;
	return members.map((member) => member.name || fill(colleague, { number: ++unnamed }));
}

function isDuplicate(members: TeamEntry[], entry: TeamEntry): boolean {
	return members.some(
		(member) => member.assessmentId === entry.assessmentId && member.code === entry.code
	);
}

function downloadCsv(model: AssessmentModel, summary: TeamSummary, strings: TeamStrings) {
	const rows = [
		[
			strings.csvName,
			...summary.dimensions.map((dimension) => dimension.label),
			strings.overall,
			strings.csvBand,
		],
		...summary.people.map((person) => [
			person.name,
			...person.dimensions,
			person.overall,
			person.bandTitle,
		]),
	];
	const url = URL.createObjectURL(new Blob([toCsv(rows)], { type: 'text/csv;charset=utf-8' }));
	const link = document.createElement('a');
	link.href = url;
	link.download = `clientship-${model.id}.csv`;
	document.body.append(link);
	link.click();
	link.remove();
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}
