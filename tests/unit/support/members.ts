/** People in the team view, made from real share codes the way the view makes them. */
import type { AssessmentModel } from '../../../src/islands/assessment/model';
import type { Side } from '../../../src/links/share-code';
import { encodeShareCode, signShareCode, type ShareCodeModel } from '../../../src/links/share-code';
import { shareCodeModelOf } from '../../../src/islands/assessment/model';
import { codeModels, decodeEntry, type Member } from '../../../src/islands/team/team-merge';
import { assessmentModels } from '../../../scripts/lib/assessment-models';
import { sampleAnswers } from './codes';

/** A reader's today late enough for every day the tests give their results. */
export const LATER = '2027-12-31';

const MODELS_BY_LANG: Partial<Record<'en' | 'ru', AssessmentModel[]>> = {};

/**
 * Both sides of an assessment in one language: the real client's side, or, for an assessment that
 * has none yet, the agency's statements marked as the client's (same dimensions and bands).
 */
export function sidesOf(
	id: string,
	lang: 'en' | 'ru' = 'en'
): { agency: AssessmentModel; client: AssessmentModel } {
	const models = (MODELS_BY_LANG[lang] ??= assessmentModels(lang));
	const agency = models.find((model) => model.id === id && model.side === 'agency');
	if (!agency) throw new Error(`no assessment ${id}`);
	const client = models.find((model) => model.id === id && model.side === 'client') ?? {
		...agency,
		side: 'client' as const,
	};
	return { agency, client };
}

/** Options for one person's result. */
export interface MemberOptions {
	side?: Side;
	name?: string;
	/** The day it was made; omitted for a format-1 code. */
	date?: string;
	/** Picks the answers (see `sampleAnswers`). */
	seed?: number;
	answers?: number[];
	roundDay?: number | undefined;
	/** A code to use as it is (a frozen format-1 link). */
	code?: string;
}

/**
 * One person's result for assessment `id`, decoded as the team view decodes pasted links.
 * Without a date the code is format 1 (undated, made before 2026-11-30), for the oldest
 * statements the assessment still reads, as real format-1 links are.
 */
export function member(id: string, options: MemberOptions = {}): Member {
	const { agency, client } = sidesOf(id);
	const side = options.side ?? 'agency';
	const model: ShareCodeModel = shareCodeModelOf(side === 'client' ? client : agency);
	const models = codeModels([shareCodeModelOf(agency), shareCodeModelOf(client)]);
	const oldest = model.earlier[0] ?? model;
	const code =
		options.code ??
		(options.date === undefined
			? formatOneCode(
					model.id,
					oldest.version,
					options.answers ?? sampleAnswers({ ...model, ...oldest }, options.seed ?? 0),
					options.name ?? ''
				)
			: encodeShareCode(
					model,
					options.answers ?? sampleAnswers(model, options.seed ?? 0),
					options.date,
					options.name ?? ''
				));
	const decoded = decodeEntry({ assessmentId: id, code, roundDay: options.roundDay }, models);
	if (!decoded.ok) throw new Error(`${id} ${code}: ${decoded.problem}`);
	return decoded.member;
}

/** A format-1 code: `1.<version>.<answers>.<name>.<check>`. */
export function formatOneCode(id: string, version: number, answers: number[], name = ''): string {
	const encodedName = name ? Buffer.from(name, 'utf8').toString('base64url') : '';
	return signShareCode(id, `1.${version}.${answers.join('')}.${encodedName}`);
}
