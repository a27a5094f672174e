/**
 * A self-assessment: the questions, the reader's result, and sharing it by a link. Renders both
 * kinds (likert and sort). On an assessment's own page it also opens share links (`#r=…`) and shows
 * that person's result, read-only.
 *
 * Logic lives in the modules beside it (scoring, share codes, storage); this file only wires state
 * to markup. All strings come in through props; link content is only ever rendered as text.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { JSX } from 'preact';
import { browserStorage } from '../lib/browser-storage';
import {
	clearAnswers,
	emptyAnswers,
	loadAnswers,
	saveAnswers,
	type SavedAnswers,
} from './assessment/answer-store';
import { choiceCount, isComplete, type AssessmentModel } from './assessment/model';
import { isCorrectlySorted, scoreAnswers, type AssessmentResult } from './assessment/scoring';
import {
	MAX_NAME_LENGTH,
	decodeShareCode,
	encodeShareCode,
	readShareFragment,
	shareFragment,
	type ShareCodeError,
	type ShareCodeModel,
} from './assessment/share-code';
import type { AssessmentStrings } from './assessment/strings';
import { fill, plural } from './plural';
import ScoreChart from './chart/ScoreChart';
import CopyLinkField from './shared/CopyLinkField';

export interface Props {
	lang: string;
	model: AssessmentModel;
	strings: AssessmentStrings;
	/** The assessment's own page (share links point there), relative to the site. */
	pageHref: string;
	/** In a lesson: share links in the address are not read here. */
	embedded?: boolean;
	/** Level of the result heading, under the heading that introduces the assessment. */
	headingLevel?: 2 | 3;
}

type View = { kind: 'own' } | { kind: 'shared'; name: string; answers: number[] };

export default function Assessment({
	lang,
	model,
	strings,
	pageHref,
	embedded = false,
	headingLevel = 2,
}: Props) {
	const codeModel: ShareCodeModel = useMemo(
		() => ({
			id: model.id,
			version: model.version,
			questionCount: model.questions.length,
			choices: choiceCount(model),
		}),
		[model]
	);
	const [isHydrated, setHydrated] = useState(false);
	const [saved, setSaved] = useState<SavedAnswers>(() => emptyAnswers(model.questions.length));
	const [view, setView] = useState<View>({ kind: 'own' });
	const [linkError, setLinkError] = useState<ShareCodeError | undefined>();
	const [missing, setMissing] = useState<number[]>([]);
	const [status, setStatus] = useState('');
	const resultHeading = useRef<HTMLHeadingElement>(null);
	const missingNotice = useRef<HTMLDivElement>(null);
	const idPrefix = `${model.id}${embedded ? '-embedded' : ''}`;

	// Storage and the address are read only in the browser, after the server-rendered form is live.
	useEffect(() => {
		const storage = browserStorage();
		setSaved(loadAnswers(storage, codeModel));
		const openSharedLink = () => {
			const code = readShareFragment(location.hash);
			if (code === undefined) return;
			const decoded = decodeShareCode(codeModel, code);
			if (decoded.ok) {
				setLinkError(undefined);
				setView({ kind: 'shared', name: decoded.value.name, answers: decoded.value.answers });
			} else {
				setLinkError(decoded.error);
				setView({ kind: 'own' });
			}
		};
		if (!embedded) {
			openSharedLink();
			addEventListener('hashchange', openSharedLink);
		}
		setHydrated(true);
		return () => removeEventListener('hashchange', openSharedLink);
	}, [codeModel, embedded]);

	const update = (next: SavedAnswers) => {
		setSaved(next);
		saveAnswers(browserStorage(), codeModel, next);
	};

	const choose = (questionIndex: number, choice: number) => {
		const answers = saved.answers.map((answer, index) =>
			index === questionIndex ? choice : answer
		);
		setMissing((current) => current.filter((index) => index !== questionIndex));
		// Changing an answer after seeing the result keeps the result, recomputed.
		update({
			...saved,
			answers,
			submitted: saved.submitted && isComplete(answers, model.questions.length),
		});
	};

	const submit = (event: JSX.TargetedEvent<HTMLFormElement>) => {
		event.preventDefault();
		const unanswered = saved.answers.flatMap((answer, index) => (answer > 0 ? [] : [index]));
		setMissing(unanswered);
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
		update({ ...saved, submitted: true });
		const result = scoreAnswers(model, saved.answers);
		setStatus(fill(strings.resultReady, { score: result.overall, band: result.band?.title ?? '' }));
		requestAnimationFrame(() => resultHeading.current?.focus());
	};

	const clear = () => {
		clearAnswers(browserStorage(), codeModel);
		setSaved(emptyAnswers(model.questions.length));
		setMissing([]);
		setStatus(strings.cleared);
	};

	const takeYourself = () => {
		history.replaceState(null, '', location.pathname + location.search);
		setView({ kind: 'own' });
		setLinkError(undefined);
		requestAnimationFrame(() =>
			document.getElementById(`${idPrefix}-${model.questions[0]?.id}-1`)?.focus()
		);
	};

	if (view.kind === 'shared') {
		const result = scoreAnswers(model, view.answers);
		return (
			<div class="assessment" data-kind={model.kind}>
				<ResultView
					model={model}
					strings={strings}
					lang={lang}
					result={result}
					answers={view.answers}
					heading={
						view.name
							? fill(strings.sharedHeading, { name: view.name })
							: strings.sharedHeadingAnonymous
					}
					headingLevel={headingLevel}
					headingRef={resultHeading}
				>
					<p class="shared-note">{strings.sharedNote}</p>
					<button type="button" class="button" onClick={takeYourself}>
						{strings.takeYourself}
					</button>
				</ResultView>
			</div>
		);
	}

	const answeredCount = saved.answers.filter((answer) => answer > 0).length;
	const result = saved.submitted ? scoreAnswers(model, saved.answers) : undefined;

	return (
		<div class="assessment" data-kind={model.kind}>
			{linkError && (
				<div class="notice notice-error" role="alert">
					<p class="notice-title">{strings.linkErrorHeading}</p>
					<p>{strings.linkErrors[linkError]}</p>
					<p>{strings.linkErrorNote}</p>
				</div>
			)}
			<form class="questions" noValidate onSubmit={submit} aria-label={model.title}>
				<p class="progress">
					{fill(strings.progress, { count: answeredCount, total: model.questions.length })}
				</p>
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
					<button type="button" class="button secondary" onClick={clear} disabled={!isHydrated}>
						{strings.clear}
					</button>
				</div>
				<p class="status" role="status">
					{status}
				</p>
			</form>
			{result && (
				<ResultView
					model={model}
					strings={strings}
					lang={lang}
					result={result}
					answers={saved.answers}
					heading={strings.resultHeading}
					headingLevel={headingLevel}
					headingRef={resultHeading}
				>
					<SharePanel
						strings={strings}
						codeModel={codeModel}
						answers={saved.answers}
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

interface QuestionProps {
	model: AssessmentModel;
	strings: AssessmentStrings;
	index: number;
	idPrefix: string;
	answer: number;
	isMissing: boolean;
	isDisabled: boolean;
	onChoose: (index: number, choice: number) => void;
}

function QuestionFieldset({
	model,
	strings,
	index,
	idPrefix,
	answer,
	isMissing,
	isDisabled,
	onChoose,
}: QuestionProps) {
	const question = model.questions[index];
	if (!question) return null;
	const labels =
		model.kind === 'likert' ? strings.scale : model.dimensions.map((dimension) => dimension.label);
	const name = `${idPrefix}-${question.id}`;
	const correctPile = model.dimensions.find((dimension) => dimension.id === question.dimension);
	return (
		<fieldset id={name} class={isMissing ? 'question is-missing' : 'question'}>
			<legend>
				<span class="question-number">{index + 1}</span>
				<span class="question-text">{question.text}</span>
			</legend>
			<div class={`choices choices-${labels.length}`}>
				{labels.map((label, choiceIndex) => {
					const choice = choiceIndex + 1;
					return (
						<label key={choice} class="choice">
							<input
								type="radio"
								id={`${name}-${choice}`}
								name={name}
								value={String(choice)}
								checked={answer === choice}
								disabled={isDisabled}
								onChange={() => onChoose(index, choice)}
							/>
							<span>{label}</span>
						</label>
					);
				})}
			</div>
			{model.kind === 'sort' && (
				<p class="feedback" aria-live="polite">
					{answer > 0 && correctPile && (
						<>
							<strong class={isCorrectlySorted(model, question, answer) ? 'is-right' : 'is-wrong'}>
								{fill(
									isCorrectlySorted(model, question, answer)
										? strings.sortRight
										: strings.sortWrong,
									{
										pile: correctPile.label,
									}
								)}
							</strong>{' '}
							{question.reason}
						</>
					)}
				</p>
			)}
		</fieldset>
	);
}

interface ResultProps {
	model: AssessmentModel;
	strings: AssessmentStrings;
	lang: string;
	result: AssessmentResult;
	answers: readonly number[];
	heading: string;
	headingLevel: 2 | 3;
	headingRef: preact.RefObject<HTMLHeadingElement>;
	children?: preact.ComponentChildren;
}

function ResultView({
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

interface ShareProps {
	strings: AssessmentStrings;
	codeModel: ShareCodeModel;
	answers: readonly number[];
	name: string;
	pageHref: string;
	idPrefix: string;
	onNameChange: (name: string) => void;
}

function SharePanel({
	strings,
	codeModel,
	answers,
	name,
	pageHref,
	idPrefix,
	onNameChange,
}: ShareProps) {
	const link = `${new URL(pageHref, location.href).href}${shareFragment(encodeShareCode(codeModel, answers, name))}`;
	return (
		<div class="share">
			<p class="share-title">{strings.shareHeading}</p>
			<p>{strings.shareIntro}</p>
			<div class="field">
				<label for={`${idPrefix}-name`}>{strings.nameLabel}</label>
				<input
					id={`${idPrefix}-name`}
					type="text"
					value={name}
					maxLength={MAX_NAME_LENGTH}
					autoComplete="name"
					aria-describedby={`${idPrefix}-name-hint`}
					onInput={(event) => onNameChange(event.currentTarget.value)}
				/>
				<p class="hint" id={`${idPrefix}-name-hint`}>
					{strings.nameHint}
				</p>
			</div>
			{/* Keyed by the link, so a "copied" message goes when the name, and so the link, changes. */}
			<CopyLinkField
				key={link}
				id={`${idPrefix}-link`}
				label={strings.shareLink}
				link={link}
				strings={strings}
			/>
		</div>
	);
}
