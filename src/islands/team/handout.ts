/**
 * What the handout and the export say about the agreed actions: each action with its owner, its
 * day in words (or as `YYYY-MM-DD` for a spreadsheet) and the name of the area it answers, from
 * the assessments in the view. Pure: the page prints it, the CSV writes it.
 */
import type { AssessmentModel } from '../assessment/model';
import {
	statusOf,
	type ActionArea,
	type ActionStatus,
	type AgreedAction,
} from '../../links/actions';
import type { ActionStrings } from './strings';
import type { CsvAction } from './csv-rows';
import { formatDay } from '../../i18n/dates';
import type { Locale } from '../../i18n/locales';

/** What names an area: the assessments in the view, in the page's language. */
export type AreaModels = readonly Pick<AssessmentModel, 'id' | 'title' | 'dimensions'>[];

/** An action as the handout prints it. */
export interface ActionRow {
	number: number;
	what: string;
	who: string;
	/** The day in words, empty when there is none. */
	due: string;
	/** The area's name, empty when there is none or the view has no such area. */
	area: string;
	/** Where it stands, in words ("In progress"). */
	status: string;
}

/** Each status in words, in the page's language. */
export type StatusLabels = Record<ActionStatus, string>;

/**
 * The statuses in words, from the actions' strings.
 * @example statusLabels(strings)['in-progress'] → 'In progress'
 */
export function statusLabels(
	strings: Pick<ActionStrings, 'statusOpen' | 'statusInProgress' | 'statusDone' | 'statusDropped'>
): StatusLabels {
	return {
		open: strings.statusOpen,
		'in-progress': strings.statusInProgress,
		done: strings.statusDone,
		dropped: strings.statusDropped,
	};
}

/**
 * The name of an area: the dimension's label, after the assessment's title when the view holds
 * more than one assessment. Empty for an area no assessment in the view has.
 * @example areaLabel({ assessmentId: 'relationship-health', dimensionId: 'respect' }, models, false) → 'Respect'
 */
export function areaLabel(
	area: ActionArea | undefined,
	models: AreaModels,
	withTitle: boolean
): string {
	if (!area) return '';
	const model = models.find((candidate) => candidate.id === area.assessmentId);
	const dimension = model?.dimensions.find((candidate) => candidate.id === area.dimensionId);
	if (!model || !dimension) return '';
	return withTitle ? `${model.title}: ${dimension.label}` : dimension.label;
}

/**
 * The handout's rows, numbered from 1.
 * @example actionRows([{ what: 'Call Ilze', who: 'Tomás', due: '2027-03-15', area }], models, 'en', labels) → [{ number: 1, what: 'Call Ilze', who: 'Tomás', due: '15 March 2027', area: 'Respect', status: 'Open' }]
 */
export function actionRows(
	actions: readonly AgreedAction[],
	models: AreaModels,
	lang: Locale,
	labels: StatusLabels,
	withTitle = models.length > 1
): ActionRow[] {
	return actions.map((action, index) => ({
		number: index + 1,
		what: action.what,
		who: action.who,
		due: action.due ? formatDay(action.due, lang) : '',
		area: areaLabel(action.area, models, withTitle),
		status: labels[statusOf(action)],
	}));
}

/**
 * The export's action rows: days as `YYYY-MM-DD`, which spreadsheets read as dates; the status in
 * words, and the round it was agreed in.
 * @example csvActions([{ what: 'Call Ilze', who: '', due: '2027-03-15', status: 'done', round: '2027-03-10' }], models, labels) → [{ what: 'Call Ilze', status: 'Done', who: '', due: '2027-03-15', area: '', round: '2027-03-10' }]
 */
export function csvActions(
	actions: readonly AgreedAction[],
	models: AreaModels,
	labels: StatusLabels,
	withTitle = models.length > 1
): CsvAction[] {
	return actions.map((action) => ({
		what: action.what,
		status: labels[statusOf(action)],
		who: action.who,
		due: action.due,
		area: areaLabel(action.area, models, withTitle),
		round: action.round ?? '',
	}));
}
