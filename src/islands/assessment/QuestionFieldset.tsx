/**
 * One statement of an assessment as a native radio group: a `<fieldset>` whose `<legend>` is the
 * statement, one radio per choice (the Likert scale, or the piles of a sort), and for sort
 * assessments immediate feedback with the reason.
 */
import type { AssessmentModel } from './model';
import { isCorrectlySorted } from './scoring';
import { likertScale, type AssessmentStrings } from './strings';
import { fill } from '../../i18n/plural';

/** Props of one statement's fieldset. */
export interface QuestionProps {
	model: AssessmentModel;
	strings: AssessmentStrings;
	index: number;
	idPrefix: string;
	answer: number;
	isMissing: boolean;
	isDisabled: boolean;
	onChoose: (index: number, choice: number) => void;
}

export default function QuestionFieldset({
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
		model.kind === 'likert'
			? likertScale(strings)
			: model.dimensions.map((dimension) => dimension.label);
	const correctPile = model.dimensions.find((dimension) => dimension.id === question.dimension);
	return (
		<fieldset
			id={`${idPrefix}-${question.id}`}
			class={isMissing ? 'question is-missing' : 'question'}
		>
			<legend>
				<span class="question-number">{index + 1}</span>
				<span class="question-text">{question.text}</span>
			</legend>
			<div class={`choices choices-${labels.length}`}>
				{labels.map((label, choiceIndex) => {
					const choice = choiceIndex + 1;
					return (
						<label key={choice} class="choice">
							{/* Named by the statement alone: a radio group is one form's, and its label wraps it. */}
							<input
								type="radio"
								name={question.id}
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
