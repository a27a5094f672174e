/**
 * Turns a validated assessment definition into the island's model in one language: texts resolved,
 * section ids turned into links by the caller's resolver. Pure, so unit tests build the real models
 * from the YAML files without a build.
 */
import type { AssessmentDefinition } from '../schemas/assessment';
import type { AssessmentModel } from '../islands/assessment/model';
import type { Locale } from '../i18n/locales';

/** A link to a lesson section and the section's heading text. */
export interface SectionLink {
	href: string;
	title: string;
}

/**
 * Resolves a section id of the assessment's lesson into a link; throws, naming `field`, when the
 * lesson has no such heading.
 */
export type SectionResolver = (sectionId: string, field: string) => SectionLink;

/**
 * The island's model of an assessment in one language.
 * @example buildAssessmentModel('client-level', data, 'ru', resolve).title → 'Какой у вас клиент?'
 */
export function buildAssessmentModel(
	id: string,
	data: AssessmentDefinition,
	lang: Locale,
	resolveSection: SectionResolver
): AssessmentModel {
	return {
		id,
		kind: data.kind,
		version: data.version,
		title: data.title[lang],
		dimensions: data.dimensions.map((dimension, index) => ({
			id: dimension.id,
			label: dimension.label[lang],
			sectionHref: dimension.section
				? resolveSection(dimension.section[lang], `dimensions[${index}].section.${lang}`).href
				: undefined,
		})),
		questions: data.questions.map((question) => ({
			id: question.id,
			dimension: question.dimension,
			text: question.text[lang],
			reversed: question.reversed,
			reason: question.reason?.[lang],
		})),
		bands: data.bands.map((band, index) => {
			const target = resolveSection(band.section[lang], `bands[${index}].section.${lang}`);
			return {
				min: band.min,
				max: band.max,
				title: band.title[lang],
				advice: band.advice[lang],
				sectionHref: target.href,
				sectionTitle: target.title,
			};
		}),
	};
}
