/**
 * Turns a validated assessment definition into the island's model in one language: texts resolved,
 * typeset, section ids turned into links by the caller's resolver. Pure, so unit tests build the real models
 * from the YAML files without a build.
 */
import type { AssessmentDefinition, Localized } from '../schemas/assessment';
import type { AssessmentModel, ScoringKey } from '../islands/assessment/model';
import type { Side } from '../links/share-code';
import type { Locale } from '../i18n/locales';
import { typeset } from '../i18n/typography';

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
 * Resolves a dimension's `practice` (`step-3`, `exercise`) into a link to that step or exercise of
 * the lesson, titled for the result view (`step 3, “See the plant…”`); throws, naming `field`, when
 * the lesson has no such step.
 */
export type PracticeResolver = (practice: string, field: string) => SectionLink;

/**
 * The scoring keys of earlier statement versions, as the island reads them (`reversed` only where
 * it is, like the statements themselves: every field goes into the page, #15).
 * @example scoringKeys([{ version: 1, key: ['respect', 'respect reversed'] }]) → [{ version: 1, questions: [{ dimension: 'respect' }, { dimension: 'respect', reversed: true }] }]
 */
export function scoringKeys(earlier: AssessmentDefinition['earlierVersions']): ScoringKey[] {
	return [...earlier]
		.sort((a, b) => a.version - b.version)
		.map(({ version, key }) => ({
			version,
			questions: key.map((entry) => ({
				dimension: entry.replace(/ reversed$/, ''),
				...(entry.endsWith(' reversed') && { reversed: true }),
			})),
		}));
}

/**
 * The island's model of one side of an assessment in one language. Throws if `side` is `client`
 * and the assessment has no client's side. What each dimension looks like, healthy and not, goes
 * to both sides; the link to the lesson's step that works on a dimension goes to the agency's side
 * only, because the lesson's steps are written for the agency.
 * @example buildAssessmentModel('client-level', data, 'ru', 'agency', resolve).title → 'Какой у вас клиент?'
 */
export function buildAssessmentModel(
	id: string,
	data: AssessmentDefinition,
	lang: Locale,
	side: Side,
	resolveSection: SectionResolver,
	resolvePractice: PracticeResolver = resolveSection
): AssessmentModel {
	const own = side === 'client' ? data.client : data;
	if (!own) throw new Error(`content/assessments/${id}.yaml has no client side`);
	const field = (name: string) => (side === 'client' ? `client.${name}` : name);
	// Russian texts get their no-break spaces here, once, for every page and island (#12).
	const text = (value: Localized) => typeset(lang, value[lang]);
	return {
		id,
		kind: data.kind,
		side,
		version: own.version,
		earlierKeys: scoringKeys(own.earlierVersions),
		title: text(own.title),
		// Fields without a value are left out rather than set to undefined: Astro writes every
		// field of an island's props into the page (#15).
		dimensions: data.dimensions.map((dimension, index) => {
			const section = dimension.section
				? resolveSection(dimension.section[lang], `dimensions[${index}].section.${lang}`)
				: undefined;
			const practice =
				side === 'agency' && dimension.practice
					? resolvePractice(dimension.practice, `dimensions[${index}].practice`)
					: undefined;
			return {
				id: dimension.id,
				label: text(dimension.label),
				...(section && { sectionHref: section.href, sectionTitle: section.title }),
				...(dimension.healthy && { healthy: text(dimension.healthy) }),
				...(dimension.unhealthy && { unhealthy: text(dimension.unhealthy) }),
				...(practice && { practiceHref: practice.href, practiceTitle: practice.title }),
			};
		}),
		questions: own.questions.map((question) => ({
			id: question.id,
			dimension: question.dimension,
			text: text(question.text),
			...(question.reversed && { reversed: true }),
			...(question.reason && { reason: text(question.reason) }),
		})),
		bands: own.bands.map((band, index) => {
			const target = resolveSection(band.section[lang], field(`bands[${index}].section.${lang}`));
			return {
				min: band.min,
				max: band.max,
				...(band.when && {
					when: band.when.map((condition) => ({
						dimension: condition.dimension,
						...(condition.min !== undefined && { min: condition.min }),
						...(condition.max !== undefined && { max: condition.max }),
					})),
				}),
				title: text(band.title),
				advice: text(band.advice),
				sectionHref: target.href,
				sectionTitle: target.title,
			};
		}),
	};
}

/**
 * The model with its links to sections of `lessonHref` made relative (`#key-ideas`), for the
 * assessment shown inside that lesson.
 * @example inPageSections(model, '/en/lessons/marriage-or-mess/').bands[0].sectionHref → '#key-ideas'
 */
export function inPageSections(model: AssessmentModel, lessonHref: string): AssessmentModel {
	const local = (href: string) =>
		href.startsWith(`${lessonHref}#`) ? href.slice(lessonHref.length) : href;
	return {
		...model,
		dimensions: model.dimensions.map((dimension) => ({
			...dimension,
			...(dimension.sectionHref !== undefined && { sectionHref: local(dimension.sectionHref) }),
			...(dimension.practiceHref !== undefined && { practiceHref: local(dimension.practiceHref) }),
		})),
		bands: model.bands.map((band) => ({ ...band, sectionHref: local(band.sectionHref) })),
	};
}
