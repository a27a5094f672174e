/**
 * A scored result: the overall score and band with its advice, the chart and the scores table
 * (the chart's text equivalent). Used for the reader's own result and for a shared one.
 */
import type { ComponentChildren, RefObject } from 'preact';
import type { AssessmentModel } from './model';
import { isCorrectlySorted, type AssessmentResult } from './scoring';
import type { AssessmentStrings } from './strings';
import { fill, plural } from '../../i18n/plural';
import ScoreChart from '../chart/ScoreChart';
import './result-view.css';

/** Props of a result view. */
export interface ResultProps {
	model: AssessmentModel;
	strings: AssessmentStrings;
	lang: string;
	result: AssessmentResult;
	answers: readonly number[];
	heading: string;
	headingLevel: 2 | 3;
	headingRef: RefObject<HTMLHeadingElement>;
	children?: ComponentChildren;
}

export default function ResultView({
	model,
	strings,
	lang,
	result,
	answers,
	heading,
	headingLevel,
	headingRef,
	children,
}: ResultProps) {
	const Heading = headingLevel === 2 ? 'h2' : 'h3';
	const labels = model.dimensions.map((dimension) => dimension.label);
	const summary = fill(strings.chartSummary, {
		scores: model.dimensions
			.map((dimension, index) => `${dimension.label}: ${result.dimensions[index]?.score ?? 0}`)
			.join('; '),
	});
	const correctCount = model.questions.filter((question, index) =>
		isCorrectlySorted(model, question, answers[index] ?? 0)
	).length;
	return (
		<section class="result" aria-label={heading}>
			<Heading class="result-heading" tabIndex={-1} ref={headingRef}>
				{heading}
			</Heading>
			<p class="overall">
				<span class="overall-score">{result.overall}</span>
				<span class="overall-label">{fill(strings.overall, { score: result.overall })}</span>
			</p>
			{model.kind === 'sort' && (
				<p>
					{plural(lang, strings.sortedCorrectly, correctCount, { total: model.questions.length })}
				</p>
			)}
			{result.band && (
				<div class="band">
					<p class="band-title">{result.band.title}</p>
					<p>{result.band.advice}</p>
					<p>
						<a href={result.band.sectionHref}>
							{fill(strings.reread, { title: result.band.sectionTitle })}
						</a>
					</p>
				</div>
			)}
			<div class="result-grid">
				<figure class="chart">
					<ScoreChart
						dimensions={labels}
						series={[{ label: heading, scores: result.dimensions.map((d) => d.score) }]}
						summary={summary}
					/>
				</figure>
				<table class="scores">
					<thead>
						<tr>
							<th scope="col">{strings.dimensionColumn}</th>
							<th scope="col">{strings.scoreColumn}</th>
						</tr>
					</thead>
					<tbody>
						{model.dimensions.map((dimension, index) => {
							const score = result.dimensions[index]?.score ?? 0;
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
								</tr>
							);
						})}
					</tbody>
				</table>
			</div>
			{children}
		</section>
	);
}
