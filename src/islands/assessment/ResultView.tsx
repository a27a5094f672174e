/**
 * A scored result: the overall score and band with its advice, the weakest and strongest area
 * named with the lesson section to reread, the chart and the scores table (the chart's text
 * equivalent), what each area looks like healthy and not (a low one linked to the lesson's step
 * that works on it), and for the reader's own result the change since their previous one and the
 * trend. Used for the reader's own result and for a shared one.
 */
import type { ComponentChildren, RefObject } from 'preact';
import type { AssessmentModel } from './model';
import { isCorrectlySorted, type AssessmentResult, type ScoringModel } from './scoring';
import type { AssessmentStrings } from './strings';
import type { Change, ScoredResult } from './history';
import { signedPoints } from '../shared/points';
import { areaNotes } from './area-notes';
import { formatDay } from '../../i18n/dates';
import { fill, plural, type PluralForms } from '../../i18n/plural';
import ScoreChart from '../chart/ScoreChart';
import Sparkline from '../chart/Sparkline';
import './result-view.css';
import type { Locale } from '../../i18n/locales';

/**
 * Whose result it speaks of: the reader's own ("your weakest area") by default, or a colleague's,
 * with their name already filled in (`{{area}}`, `{{score}}`, `{{count}}`, `{{total}}` left).
 */
export interface Voice {
	weakest: string;
	strongest: string;
	sortedCorrectly: PluralForms;
}

/** The reader's own result set beside a colleague's: its label, scores and overall. */
export interface Comparison {
	/** The series' name in the chart and the table's column header. */
	label: string;
	column: string;
	scores: readonly number[];
	/** The line that says which result it is and compares the overall scores. */
	note: string;
}

/** Props of a result view. */
export interface ResultProps {
	/** The result's id, for links to it. */
	id?: string;
	model: AssessmentModel;
	/** The key the answers were scored with (an earlier version's for old links). */
	scoring: ScoringModel;
	strings: AssessmentStrings;
	lang: Locale;
	result: AssessmentResult;
	answers: readonly number[];
	heading: string;
	headingLevel: 2 | 3;
	headingRef: RefObject<HTMLHeadingElement>;
	/** Lines under the heading: when it was made, which statements, whose view. */
	notes?: string[];
	/** The reader's own results over time, oldest first, this one last. */
	history?: readonly ScoredResult[];
	change?: Change | undefined;
	/** Whose result it is, when not the reader's own. */
	voice?: Voice | undefined;
	/** The reader's own result, beside a colleague's. */
	comparison?: Comparison | undefined;
	/** Right under the score: the result's first action (sharing it). */
	actions?: ComponentChildren;
	children?: ComponentChildren;
}

export default function ResultView({
	id,
	model,
	scoring,
	strings,
	lang,
	result,
	answers,
	heading,
	headingLevel,
	headingRef,
	notes = [],
	history = [],
	change,
	voice = strings,
	comparison,
	actions,
	children,
}: ResultProps) {
	const Heading = headingLevel === 2 ? 'h2' : 'h3';
	const labels = model.dimensions.map((dimension) => dimension.label);
	const summary = fill(strings.chartSummary, {
		scores: model.dimensions
			.map((dimension, index) => `${dimension.label}: ${result.dimensions[index]?.score ?? 0}`)
			.join('; '),
	});
	const correctCount = scoring.questions.filter((question, index) =>
		isCorrectlySorted(model, question, answers[index] ?? 0)
	).length;
	const showTrend = history.length >= 3;
	const areas = areaNotes(model, result.dimensions);
	const AreasHeading = headingLevel === 2 ? 'h3' : 'h4';
	return (
		<section class="result" aria-label={heading} id={id}>
			<Heading class="result-heading" tabIndex={-1} ref={headingRef}>
				{heading}
			</Heading>
			{notes.map((note) => (
				<p class="result-note" key={note}>
					{note}
				</p>
			))}
			<p class="overall">
				<span class="overall-score">{result.overall}</span>
				<span class="overall-label">{fill(strings.overall, { score: result.overall })}</span>
			</p>
			{actions}
			{comparison && <p class="comparison">{comparison.note}</p>}
			{model.kind === 'sort' && (
				<p>
					{plural(lang, voice.sortedCorrectly, correctCount, {
						total: scoring.questions.length,
					})}
				</p>
			)}
			{result.band && (
				<div class="band">
					<p class="band-title">{result.band.title}</p>
					<p>{result.band.advice}</p>
					{model.kind === 'likert' && (
						<Extremes model={model} result={result} strings={strings} voice={voice} />
					)}
					{!(model.kind === 'likert' && sameAsWeakest(model, result)) && (
						<p>
							<a href={result.band.sectionHref}>
								{fill(strings.reread, { title: result.band.sectionTitle })}
							</a>
						</p>
					)}
				</div>
			)}
			{change && (
				<p class="change">
					<strong>
						{change.since
							? fill(strings.since, { date: formatDay(change.since, lang) })
							: strings.sincePrevious}
					</strong>{' '}
					{model.dimensions
						.map(
							(dimension, index) => `${dimension.label} ${signedPoints(change.deltas[index] ?? 0)}`
						)
						.join(', ')}
				</p>
			)}
			<div class="result-grid">
				<figure class="chart">
					<ScoreChart
						dimensions={labels}
						series={[
							{ label: heading, scores: result.dimensions.map((d) => d.score) },
							...(comparison ? [{ label: comparison.label, scores: [...comparison.scores] }] : []),
						]}
						summary={summary}
					/>
				</figure>
				<table class="scores">
					<thead>
						<tr>
							<th scope="col">{strings.dimensionColumn}</th>
							<th scope="col">{strings.scoreColumn}</th>
							{comparison && <th scope="col">{comparison.column}</th>}
							{showTrend && <th scope="col">{strings.trendColumn}</th>}
						</tr>
					</thead>
					<tbody>
						{model.dimensions.map((dimension, index) => {
							const score = result.dimensions[index]?.score ?? 0;
							const series = history.map((past) => past.scores[index] ?? 0);
							return (
								<tr key={dimension.id}>
									<th scope="row">
										{dimension.sectionHref ? (
											<a href={dimension.sectionHref}>{dimension.label}</a>
										) : (
											dimension.label
										)}
									</th>
									<td>
										<span class="score-value">{fill(strings.scoreOutOf, { score })}</span>
										<span class="score-bar" aria-hidden="true">
											<span style={{ width: `${score}%` }} />
										</span>
									</td>
									{comparison && (
										<td class="compared">
											{fill(strings.scoreOutOf, { score: comparison.scores[index] ?? 0 })}
										</td>
									)}
									{showTrend && (
										<td class="trend">
											<Sparkline values={series} />
											<span class="trend-text">{series.join(' → ')}</span>
										</td>
									)}
								</tr>
							);
						})}
					</tbody>
				</table>
			</div>
			{areas.length > 0 && (
				<div class="areas">
					<AreasHeading class="areas-heading">{strings.areasHeading}</AreasHeading>
					<dl class="area-notes">
						{areas.map((note) => (
							<div class={note.isLow ? 'area-note is-low' : 'area-note'} key={note.id}>
								<dt>{fill(strings.areaScore, { area: note.label, score: note.score })}</dt>
								<dd>
									<p>
										<strong>{strings.healthy}</strong> {note.healthy}
									</p>
									<p>
										<strong>{strings.unhealthy}</strong> {note.unhealthy}
									</p>
									{note.practice && (
										<p class="area-practice">
											<a href={note.practice.href}>
												{fill(strings.practice, { title: note.practice.title })}
											</a>
										</p>
									)}
								</dd>
							</div>
						))}
					</dl>
				</div>
			)}
			{children}
		</section>
	);
}

/** Names the weakest area (where to start) and the strongest, with the section to reread. */
function Extremes({
	model,
	result,
	strings,
	voice,
}: {
	model: AssessmentModel;
	result: AssessmentResult;
	strings: AssessmentStrings;
	voice: Voice;
}) {
	const scored = model.dimensions.map((dimension, index) => ({
		dimension,
		score: result.dimensions[index]?.score ?? 0,
	}));
	if (scored.length < 2) return null;
	const sorted = [...scored].sort((a, b) => a.score - b.score);
	const weakest = sorted[0];
	const strongest = sorted[sorted.length - 1];
	if (!weakest || !strongest || weakest.score === strongest.score) return null;
	const weakSection = weakest.dimension.sectionHref && weakest.dimension.sectionTitle;
	return (
		<>
			<p class="extremes">
				{fill(voice.weakest, { area: weakest.dimension.label, score: weakest.score })}{' '}
				{fill(voice.strongest, { area: strongest.dimension.label, score: strongest.score })}
			</p>
			{weakSection && (
				<p>
					<a href={weakest.dimension.sectionHref}>
						{fill(strings.reread, { title: weakest.dimension.sectionTitle ?? '' })}
					</a>
				</p>
			)}
		</>
	);
}

/** Whether the band's section is the one already offered for the weakest area. */
function sameAsWeakest(model: AssessmentModel, result: AssessmentResult): boolean {
	const lowest = [...result.dimensions].sort((a, b) => a.score - b.score)[0];
	const dimension = model.dimensions.find((candidate) => candidate.id === lowest?.id);
	return dimension?.sectionHref === result.band?.sectionHref;
}
