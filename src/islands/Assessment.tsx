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
import { browserStorage } from '../client/browser-storage';
import {
	clearAnswers,
	emptyAnswers,
	loadAnswers,
	saveAnswers,
	type SavedAnswers,
} from './assessment/answer-store';
import { isComplete, type AssessmentModel } from './assessment/model';
import { scoreAnswers } from './assessment/scoring';
import {
	decodeShareCode,
	readShareFragment,
	shareCodeModelOf,
	type ShareCodeError,
} from './assessment/share-code';
import type { AssessmentStrings } from './assessment/strings';
import { fill, plural } from '../i18n/plural';
import QuestionFieldset from './assessment/QuestionFieldset';
import ResultView from './assessment/ResultView';
import SharePanel from './assessment/SharePanel';
import './assessment/assessment.css';

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
	const codeModel = useMemo(() => shareCodeModelOf(model), [model]);
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
					{plural(lang, strings.progress, answeredCount, { total: model.questions.length })}
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
