/**
 * A broken content file fails the build with a message that names the file and the field (#2, #4).
 * Each case copies the project to a temporary folder, breaks one file and runs Astro there.
 */
import { execFile } from 'node:child_process';
import { readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify, stripVTControlCharacters } from 'node:util';
import { describe, expect, test } from 'vitest';
import { copyProject } from '../../scripts/lib/project-copy';

const run = promisify(execFile);
const root = join(import.meta.dirname, '..', '..');

/** Copies the project, lets `breakIt` damage it, runs `astro <command>` and returns its output. */
async function astroOutput(
	command: 'sync' | 'build',
	breakIt: (copy: string) => void
): Promise<{ failed: boolean; output: string }> {
	const copy = copyProject(root, 'clientship-broken-');
	try {
		breakIt(copy);
		// Astro colours its messages (field names in bold) when it thinks it talks to a CI log.
		const env = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' };
		try {
			const { stdout, stderr } = await run('npx', ['astro', command], {
				cwd: copy,
				env,
				maxBuffer: 20_000_000,
			});
			return { failed: false, output: stripVTControlCharacters(stdout + stderr) };
		} catch (error) {
			const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
			return { failed: true, output: stripVTControlCharacters(stdout + stderr) };
		}
	} finally {
		rmSync(copy, { recursive: true, force: true });
	}
}

const edit = (copy: string, file: string, change: (text: string) => string) => {
	const path = join(copy, file);
	writeFileSync(path, change(readFileSync(path, 'utf8')));
};

describe('a broken content file', { timeout: 120_000 }, () => {
	test('a lesson without its Russian pair fails the build, naming the file', async () => {
		const { failed, output } = await astroOutput('build', (copy) =>
			unlinkSync(join(copy, 'content/lessons/ru/marriage-or-mess.mdx'))
		);
		expect(failed).toBe(true);
		expect(output).toContain('content/lessons/en/marriage-or-mess.mdx has no ru version');
	});

	test('a description over 160 characters names the file and the field', async () => {
		const { failed, output } = await astroOutput('sync', (copy) =>
			edit(copy, 'content/lessons/en/partners-not-customers.mdx', (text) =>
				text.replace(/^description: .*$/m, `description: ${'x'.repeat(170)}`)
			)
		);
		expect(failed).toBe(true);
		expect(output).toContain('content/lessons/en/partners-not-customers.mdx');
		expect(output).toContain('description: 170 characters, at most 160 allowed');
	});

	test('an unknown assessment id names the file and the field', async () => {
		const { failed, output } = await astroOutput('build', (copy) => {
			for (const lang of ['en', 'ru']) {
				edit(copy, `content/lessons/${lang}/taking-clients-too-seriously.mdx`, (text) =>
					text.replace(/^assessment: .*$/m, 'assessment: quiz')
				);
			}
		});
		expect(failed).toBe(true);
		expect(output).toContain(
			'content/lessons/en/taking-clients-too-seriously.mdx: assessment "quiz" does not exist'
		);
	});

	test('an assessment text without its Russian names the file and the field', async () => {
		const { failed, output } = await astroOutput('sync', (copy) =>
			edit(copy, 'content/assessments/client-level.yaml', (text) =>
				text.replace(/^title:\n {2}en: (.*)\n {2}ru: .*$/m, 'title:\n  en: $1')
			)
		);
		expect(failed).toBe(true);
		expect(output).toContain('content/assessments/client-level.yaml');
		expect(output).toMatch(/title\.ru: /);
	});

	test('assessment bands that leave a gap name the file and the field', async () => {
		const { failed, output } = await astroOutput('sync', (copy) =>
			edit(copy, 'content/assessments/client-level.yaml', (text) =>
				text.replace(
					/^ {2}- min: 0\n {4}max: (\d+)$/m,
					(_, max: string) => `  - min: 0\n    max: ${Number(max) - 5}`
				)
			)
		);
		expect(failed).toBe(true);
		expect(output).toContain('content/assessments/client-level.yaml');
		expect(output).toMatch(/bands: scores \d+–\d+ fall in no band/);
	});

	test('a result linking to a heading the lesson does not have fails the build, naming the file', async () => {
		const { failed, output } = await astroOutput('build', (copy) =>
			edit(copy, 'content/assessments/pushing-too-hard.yaml', (text) =>
				text.replace(/section: \{ en: [^,]+/, 'section: { en: no-such-heading')
			)
		);
		expect(failed).toBe(true);
		expect(output).toMatch(
			/content\/assessments\/pushing-too-hard\.yaml: .*links to #no-such-heading, which is not a heading of content\/lessons\/en\/taking-clients-too-seriously\.mdx/
		);
	});
});
