/**
 * The form for one agreed action: what (at most 140 characters), who (at most 40), by when and the
 * area it answers. Text longer than its limit is cut as it is typed or pasted, and the form says
 * so; nothing typed is ever read as markup. "By when" is typed as the reader writes dates
 * (`due-date.ts`), shown back in words as it is read; a date typed only in part, or one that does
 * not exist, is named beside the field, which keeps focus, and nothing is added until it is fixed
 * or cleared (#26).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { JSX } from 'preact';
import {
	MAX_WHAT_LENGTH,
	MAX_WHO_LENGTH,
	limitInput,
	normalizeAction,
	type AgreedAction,
} from '../../links/actions';
import { dateOrder, dueExample, dueText, readDue, typingLocale } from './due-date';
import type { AreaModels } from './handout';
import type { ActionStrings } from './strings';
import { formatDay } from '../../i18n/dates';
import { LOCALE_TAGS, type Locale } from '../../i18n/locales';
import { fill } from '../../i18n/plural';

export interface Props {
	/** The action being edited, or undefined for a new one. */
	initial?: AgreedAction | undefined;
	/** Its number in the list, when editing. */
	number?: number | undefined;
	/** The page's language. */
	lang: Locale;
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
	lang,
	models,
	strings,
	canAdd,
	onSubmit,
	onCancel,
}: Props) {
	const [what, setWhat] = useState(initial?.what ?? '');
	const [who, setWho] = useState(initial?.who ?? '');
	const isEditing = initial !== undefined;
	// Dates typed the reader's way: their browser's format when it is of the page's language. The
	// page's HTML shows the page's format; the browser's is known once the island runs (an edit
	// form only ever opens there).
	const pageLocale = LOCALE_TAGS[lang].intl;
	const [locale, setLocale] = useState(() => (isEditing ? readerLocale(pageLocale) : pageLocale));
	useEffect(() => setLocale(readerLocale(pageLocale)), [pageLocale]);
	const [dueInput, setDueInput] = useState(() =>
		initial?.due ? dueText(initial.due, readerLocale(pageLocale)) : ''
	);
	const reading = readDue(dueInput, dateOrder(locale), locale);
	const [area, setArea] = useState(
		initial?.area ? `${initial.area.assessmentId}${AREA_SEPARATOR}${initial.area.dimensionId}` : ''
	);
	const [note, setNote] = useState('');
	const [dueProblem, setDueProblem] = useState('');
	const whatField = useRef<HTMLInputElement>(null);
	const dueField = useRef<HTMLInputElement>(null);
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
			due: reading.ok ? reading.due : '',
			area: area ? { assessmentId, dimensionId } : undefined,
			// An edit keeps where the action stands and the round it was agreed in (#22).
			status: initial?.status,
			round: initial?.round,
		});
		if (!action) {
			setNote(strings.whatMissing);
			whatField.current?.focus();
			return;
		}
		if (!reading.ok) {
			const example = dueExample(locale);
			setDueProblem(
				reading.problem === 'incomplete'
					? fill(strings.dueIncomplete, { example })
					: fill(strings.dueNotADate, { text: dueInput.trim(), example })
			);
			setNote('');
			dueField.current?.focus();
			return;
		}
		onSubmit(action);
		if (!isEditing) {
			setWhat('');
			setWho('');
			setDueInput('');
			setArea('');
			setNote('');
			whatField.current?.focus();
		}
	};

	return (
		<form class="action-form no-print" noValidate onSubmit={submit}>
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
						ref={dueField}
						type="text"
						autocomplete="off"
						value={dueInput}
						aria-invalid={dueProblem !== ''}
						aria-describedby={`${prefix}-due-hint${dueProblem ? ` ${prefix}-due-error` : ''}`}
						onInput={(event) => {
							setDueInput(event.currentTarget.value);
							setDueProblem('');
						}}
					/>
					<p class="hint" id={`${prefix}-due-hint`}>
						{reading.ok && reading.due
							? fill(strings.dueReads, { date: formatDay(reading.due, lang) })
							: fill(strings.dueHint, { example: dueExample(locale) })}
					</p>
					{dueProblem && (
						<p class="action-error" id={`${prefix}-due-error`}>
							{dueProblem}
						</p>
					)}
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

/** The locale whose dates this browser's reader types (see `typingLocale()`); browser only. */
function readerLocale(pageLocale: string): string {
	return typingLocale(
		pageLocale,
		navigator.languages.length > 0 ? navigator.languages : [navigator.language]
	);
}

function areaOptions(model: AreaModels[number] | undefined) {
	return model?.dimensions.map((dimension) => (
		<option key={dimension.id} value={`${model.id}${AREA_SEPARATOR}${dimension.id}`}>
			{dimension.label}
		</option>
	));
}
