/**
 * Every version of an assessment that has been published keeps the scoring key it was published
 * with (#25 item 7, content/README.md "Versions"). A share link carries answers by position and
 * its version, so a wrong key in `earlierVersions` silently changes an old link's numbers, and a
 * current statement whose area or direction changes without a new `version` does the same to
 * every link made so far. The frozen links in tests/fixtures/ are all version 1; this pins the
 * later ones too.
 *
 * RELEASED is read off the repository's history (each version's questions, in order: area, and
 * ` reversed` where agreeing is the bad sign), not copied from the YAML it checks. When you raise
 * a version, add the new one here; never change an entry that is already here.
 */
import { describe, expect, test } from 'vitest';
import { assessmentSchema } from '../../../src/schemas/assessment';
import { readAssessmentFiles } from '../../../scripts/lib/content-files';

type Keys = Record<number, string[]>;

const R = ' reversed';

/** `key('respect respect* …')`: each statement's area in order, `*` where it is reversed. */
function key(compact: string): string[] {
	return compact.split(' ').map((word) => (word.endsWith('*') ? word.slice(0, -1) + R : word));
}

const RELEASED: Record<string, { agency: Keys; client?: Keys }> = {
	'doing-or-being': {
		agency: {
			1: key('doing being being doing being doing doing being doing being doing being'),
		},
	},
	'partnership-check': {
		agency: {
			1: key(
				'shared-goals shared-goals shared-goals shared-goals* standing standing* standing standing* conflict conflict conflict conflict*'
			),
			2: key(
				'shared-goals shared-goals shared-goals shared-goals* standing standing* standing standing* conflict conflict conflict conflict*'
			),
			3: key(
				'shared-goals shared-goals shared-goals shared-goals* standing standing* standing standing* conflict conflict conflict conflict*'
			),
			// v4: standing-jump and conflict-beyond-allowance count only requests beyond what was agreed.
			4: key(
				'shared-goals shared-goals shared-goals shared-goals* standing standing* standing standing* conflict conflict conflict conflict*'
			),
		},
	},
	'relationship-health': {
		agency: {
			1: key(
				'respect respect* respect respect belief belief* belief belief growth growth growth* growth attention attention attention* attention'
			),
			2: key(
				'respect respect* respect respect belief belief* belief belief growth growth growth* growth attention attention attention* attention'
			),
			3: key(
				'respect respect* respect respect belief belief* belief belief growth growth growth* growth attention attention attention* attention'
			),
			// v4 (client v3) mirrors 'genuinely like the product' on both sides: same key, new meaning.
			4: key(
				'respect respect* respect respect belief belief* belief belief growth growth growth* growth attention attention attention* attention'
			),
		},
		client: {
			1: key(
				'respect respect* respect respect belief belief belief* belief growth growth growth* growth attention attention attention* attention'
			),
			2: key(
				'respect respect* respect respect belief belief* belief belief growth growth growth* growth attention attention attention* attention'
			),
			3: key(
				'respect respect* respect respect belief belief* belief belief growth growth growth* growth attention attention attention* attention'
			),
		},
	},
	'client-level': {
		agency: {
			1: key(
				'adapting adapting* adapting adapting access access* access access* front-line front-line front-line* front-line'
			),
			2: key(
				'adapting adapting* adapting adapting access access access* access access* front-line front-line front-line* front-line'
			),
			3: key(
				'adapting adapting* adapting adapting access access access* access access* front-line front-line front-line* front-line'
			),
		},
	},
	'pushing-too-hard': {
		agency: {
			1: key(
				'readiness readiness readiness* readiness restraint* restraint* restraint* restraint enjoyment enjoyment* enjoyment enjoyment'
			),
			// v2 made 'let a turned-down idea go' agreeable and the risk statement reversed: not v1's key.
			2: key(
				'readiness readiness readiness* readiness restraint* restraint restraint* restraint enjoyment enjoyment* enjoyment enjoyment*'
			),
			3: key(
				'readiness readiness readiness* readiness restraint* restraint restraint* restraint enjoyment enjoyment* enjoyment enjoyment* enjoyment enjoyment'
			),
			// v4: the area 'enjoyment' keeps its id but holds only commitment (the unraised risk,
			// improving unasked, the client's numbers); enjoying the account moved to restraint.
			4: key(
				'readiness readiness readiness* readiness restraint* restraint restraint* restraint restraint restraint* restraint enjoyment* enjoyment enjoyment'
			),
			// v5: 'I can name the client's goal it serves' became 'ideas wait in the ideas file with
			// their signal' (lesson 5 step 4): same area and direction, new meaning.
			5: key(
				'readiness readiness readiness* readiness restraint* restraint restraint* restraint restraint restraint* restraint enjoyment* enjoyment enjoyment'
			),
		},
	},
};

const keyOf = (
	questions: readonly { dimension: string; reversed?: boolean | undefined }[]
): string[] => questions.map((question) => question.dimension + (question.reversed ? R : ''));

const files = readAssessmentFiles().map((file) => ({
	id: file.id,
	data: assessmentSchema.parse(file.data),
}));

test('every assessment has its released keys listed here', () => {
	expect(files.map((file) => file.id).sort()).toEqual(Object.keys(RELEASED).sort());
});

describe.each(files.map((file) => [file.id, file.data] as const))('%s', (id, data) => {
	const released = RELEASED[id];
	const sides = [
		{ side: 'agency', current: data, keys: released?.agency ?? {} },
		...(data.client
			? [{ side: 'client', current: data.client, keys: released?.client ?? {} }]
			: []),
	];

	test.each(sides.map((side) => [side.side, side] as const))(
		'%s: each earlier version keeps the key it was published with',
		(_, { current, keys }) => {
			for (const earlier of current.earlierVersions) {
				const published = keys[earlier.version];
				if (published) expect(earlier.key, `version ${earlier.version}`).toEqual(published);
			}
			for (const version of Object.keys(keys).map(Number)) {
				if (version === current.version) continue;
				expect(
					current.earlierVersions.map((earlier) => earlier.version),
					`version ${version} was published; its key must stay in earlierVersions`
				).toContain(version);
			}
		}
	);

	test.each(sides.map((side) => [side.side, side] as const))(
		'%s: the current statements keep the key of the version they claim',
		(_, { current, keys }) => {
			const published = keys[current.version];
			if (published) {
				expect(
					keyOf(current.questions),
					`version ${current.version} was published with this key: raise the version instead`
				).toEqual(published);
			}
		}
	);
});
