/**
 * The form for one agreed action: what (at most 140 characters), who (at most 40), by when and the
 * area it answers. Text longer than its limit is cut as it is typed or pasted, and the form says
 * so; nothing typed is ever read as markup.
 */
import { useRef, useState } from 'preact/hooks';
import type { JSX } from 'preact';
import {
	MAX_WHAT_LENGTH,
	MAX_WHO_LENGTH,
	limitInput,
	normalizeAction,
	type AgreedAction,
} from '../../links/actions';
import type { AreaModels } from './handout';
import type { ActionStrings } from './strings';
import { fill } from '../../i18n/plural';

export interface Props {
	/** The action being edited, or undefined for a new one. */
	initial?: AgreedAction | undefined;
	/** Its number in the list, when editing. */
	number?: number | undefined;
	models: AreaModels;
	strings: ActionStrings;
	/** Whether a new action may be added (the list is not full). */
	canAdd: boolean;
	onSubmit: (action: AgreedAction) => void;
	onCancel: () => void;
}

const AREA_SEPARATOR = '_';

export default function ActionForm({
	initial,
	number,
	models,
	strings,
	canAdd,
	onSubmit,
	onCancel,
}: Props) {
	const [what, setWhat] = useState(initial?.what ?? '');
	const [who, setWho] = useState(initial?.who ?? '');
	const [due, setDue] = useState(initial?.due ?? '');
	const [area, setArea] = useState(
		initial?.area ? `${initial.area.assessmentId}${AREA_SEPARATOR}${initial.area.dimensionId}` : ''
	);
	const [note, setNote] = useState('');
	const whatField = useRef<HTMLInputElement>(null);
	const isEditing = initial !== undefined;
	const prefix = isEditing ? `action-edit` : 'action-new';

	const limited =
		(max: number, set: (value: string) => void) => (event: JSX.TargetedEvent<HTMLInputElement>) => {
			const input = event.currentTarget;
			const { text, isCut } = limitInput(input.value, max);
			// Set the field too: Preact leaves a controlled field alone when its state does not change.
			if (isCut) input.value = text;
			set(text);
			setNote(isCut ? fill(strings.cut, { limit: max }) : '');
		};

	const submit = (event: JSX.TargetedEvent<HTMLFormElement>) => {
		event.preventDefault();
		if (!isEditing && !canAdd) return;
		const [assessmentId = '', dimensionId = ''] = area.split(AREA_SEPARATOR);
		const action = normalizeAction({
			what,
			who,
			due,
			area: area ? { assessmentId, dimensionId } : undefined,
		});
		if (!action) {
			setNote(strings.whatMissing);
			whatField.current?.focus();
			return;
		}
		onSubmit(action);
		if (!isEditing) {
			setWhat('');
			setWho('');
			setDue('');
			setArea('');
			setNote('');
			whatField.current?.focus();
		}
	};

	return (
		<form class="action-form no-print" onSubmit={submit}>
			<fieldset>
				<legend>{isEditing ? fill(strings.editing, { number: number ?? 0 }) : strings.new}</legend>
				<div class="action-field is-wide">
					<label for={`${prefix}-what`}>{strings.what}</label>
					<input
						id={`${prefix}-what`}
						ref={whatField}
						type="text"
						value={what}
						aria-describedby={`${prefix}-what-hint ${prefix}-note`}
						onInput={limited(MAX_WHAT_LENGTH, setWhat)}
					/>
					<p class="hint" id={`${prefix}-what-hint`}>
						{fill(strings.whatHint, { limit: MAX_WHAT_LENGTH })}
					</p>
				</div>
				<div class="action-field">
					<label for={`${prefix}-who`}>{strings.who}</label>
					<input
						id={`${prefix}-who`}
						type="text"
						value={who}
						aria-describedby={`${prefix}-who-hint`}
						onInput={limited(MAX_WHO_LENGTH, setWho)}
					/>
					<p class="hint" id={`${prefix}-who-hint`}>
						{fill(strings.whoHint, { limit: MAX_WHO_LENGTH })}
					</p>
				</div>
				<div class="action-field">
					<label for={`${prefix}-due`}>{strings.due}</label>
					<input
						id={`${prefix}-due`}
						type="date"
						value={due}
						aria-describedby={`${prefix}-due-hint`}
						onInput={(event) => setDue(event.currentTarget.value)}
					/>
					<p class="hint" id={`${prefix}-due-hint`}>
						{strings.dueHint}
					</p>
				</div>
				<div class="action-field">
					<label for={`${prefix}-area`}>{strings.area}</label>
					<select
						id={`${prefix}-area`}
						value={area}
						onChange={(event) => setArea(event.currentTarget.value)}
					>
						<option value="">{strings.noArea}</option>
						{models.length === 1
							? areaOptions(models[0])
							: models.map((model) => (
									<optgroup key={model.id} label={model.title}>
										{areaOptions(model)}
									</optgroup>
								))}
					</select>
				</div>
				<p class="action-note" id={`${prefix}-note`} role="status">
					{note}
				</p>
				<div class="action-buttons">
					<button type="submit" class="button" aria-disabled={!isEditing && !canAdd}>
						{isEditing ? strings.save : strings.add}
					</button>
					{isEditing && (
						<button type="button" class="button secondary" onClick={onCancel}>
							{strings.cancel}
						</button>
					)}
				</div>
			</fieldset>
		</form>
	);
}

function areaOptions(model: AreaModels[number] | undefined) {
	return model?.dimensions.map((dimension) => (
		<option key={dimension.id} value={`${model.id}${AREA_SEPARATOR}${dimension.id}`}>
			{dimension.label}
		</option>
	));
}
