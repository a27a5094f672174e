/**
 * The English and Russian versions of a lesson have the same structure (#12): examples may be
 * localised, but both have the same number of key ideas, steps, counterpoints, takeaways, team
 * questions, exercise stages (with the same minutes) and materials, and a pull quote in both or
 * in neither.
 */
import { describe, expect, test } from 'vitest';
import { readLessonFiles, type LessonFile } from '../../../scripts/lib/content-files';

/** What is counted in a lesson, and how. */
interface LessonShape {
	keyIdeas: number;
	steps: number;
	counterpoints: number;
	quotes: number;
	takeaways: number;
	teamQuestions: number;
	exerciseStages: number;
	stageMinutes: string;
	materials: number;
}

const count = (text: string, pattern: RegExp) => text.match(pattern)?.length ?? 0;
const lengthOf = (value: unknown) => (Array.isArray(value) ? value.length : 0);

/** The structure of one lesson file. */
function shapeOf(lesson: Pick<LessonFile, 'body' | 'frontmatter'>): LessonShape {
	const forTeams = (lesson.frontmatter['forTeams'] ?? {}) as {
		questions?: unknown;
		exercise?: { stages?: { minutes?: unknown }[]; materials?: unknown };
	};
	const stages = forTeams.exercise?.stages ?? [];
	// Steps are the top-level items of the numbered list inside <Steps>.
	const stepsBlocks = [...lesson.body.matchAll(/<Steps>([\s\S]*?)<\/Steps>/g)].map((m) => m[1]);
	return {
		keyIdeas: count(lesson.body, /<KeyIdea[\s>]/g),
		steps: stepsBlocks.reduce((sum, block = '') => sum + count(block, /^\d+\.\s/gm), 0),
		counterpoints: count(lesson.body, /<Counterpoint[\s>]/g),
		quotes: count(lesson.body, /<Quote[\s>]/g),
		takeaways: lengthOf(lesson.frontmatter['takeaways']),
		teamQuestions: lengthOf(forTeams.questions),
		exerciseStages: stages.length,
		stageMinutes: stages.map((stage) => String(stage.minutes)).join(' + '),
		materials: lengthOf(forTeams.exercise?.materials),
	};
}

/** Where two shapes differ, one line per difference. */
function differences(en: LessonShape, ru: LessonShape): string[] {
	return (Object.keys(en) as (keyof LessonShape)[])
		.filter((key) => en[key] !== ru[key])
		.map((key) => `${key}: en ${en[key]}, ru ${ru[key]}`);
}

const lessons = readLessonFiles();
const slugs = [...new Set(lessons.map((lesson) => lesson.slug))].sort();

describe.each(slugs)('%s in English and Russian', (slug) => {
	test('has the same structure', () => {
		const en = lessons.find((lesson) => lesson.slug === slug && lesson.lang === 'en');
		const ru = lessons.find((lesson) => lesson.slug === slug && lesson.lang === 'ru');
		if (!en || !ru) throw new Error(`${slug} is missing a language (see lessons.test.ts)`);
		expect(differences(shapeOf(en), shapeOf(ru))).toEqual([]);
	});
});

describe('shapeOf()', () => {
	const body = [
		'## Scenario',
		'<KeyIdea>\n### One\nText.\n</KeyIdea>',
		'<KeyIdea>\n### Two\nText.\n</KeyIdea>',
		'<Quote author="A" source="B">\n> Line.\n</Quote>',
		'<Steps>\n1. **Do.** Now.\n   1. nested, not a step\n2. **Then.** Later.\n</Steps>',
		'1. A numbered list outside Steps is not counted.',
		'<Counterpoint from="seed-003/x">\n### Limit\nText.\n</Counterpoint>',
		'<Counterpoint>\n### Own\nText.\n</Counterpoint>',
	].join('\n\n');
	const frontmatter = {
		takeaways: ['a', 'b', 'c'],
		forTeams: {
			questions: ['1?', '2?', '3?'],
			exercise: { stages: [{ minutes: 5 }, { minutes: 15 }], materials: ['card'] },
		},
	};

	test('counts each part of a lesson', () => {
		expect(shapeOf({ body, frontmatter })).toEqual({
			keyIdeas: 2,
			steps: 2,
			counterpoints: 2,
			quotes: 1,
			takeaways: 3,
			teamQuestions: 3,
			exerciseStages: 2,
			stageMinutes: '5 + 15',
			materials: 1,
		});
	});

	test('names every difference between two versions', () => {
		const en = shapeOf({ body, frontmatter });
		const ru = shapeOf({
			body: body.replace(/<Quote[\s\S]*?<\/Quote>/, ''),
			frontmatter: {
				...frontmatter,
				takeaways: ['a', 'b', 'c', 'd'],
				forTeams: {
					...frontmatter.forTeams,
					exercise: { stages: [{ minutes: 5 }, { minutes: 20 }], materials: ['card'] },
				},
			},
		});
		expect(differences(en, ru)).toEqual([
			'quotes: en 1, ru 0',
			'takeaways: en 3, ru 4',
			'stageMinutes: en 5 + 15, ru 5 + 20',
		]);
	});
});
