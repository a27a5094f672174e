/**
 * JavaScript budgets (#2, #4): prose pages load only the site-wide header script (<= 4 KB gzip),
 * a lesson with its island loads <= 25 KB. The figures are printed for the closing notes and the
 * benchmark; the assertions only guard the ceilings.
 */
import { test, expect } from './support/fixtures';
import { measureScripts } from '../../scripts/lib/script-budget';
import { LANGS, LESSON_SLUGS, ASSESSMENT_IDS } from './support/site';

const KB = 1024;

/**
 * The island's result views, sharing and link reader (`result-kit`) load when they are needed: a
 * fresh reader's page loads the form alone (src/islands/assessment/load-result-kit.ts).
 */
const isResultKit = (file: string) => file.includes('result-kit');

for (const lang of LANGS) {
	for (const path of ['about/', 'training/']) {
		test(`/${lang}/${path} loads only the header script, at most 4 KB`, async ({ page }) => {
			const budget = await measureScripts(page, `/${lang}/${path}`);
			console.log(
				`/${lang}/${path}: ${budget.gzipBytes} B gzip (${budget.rawBytes} B raw): ${budget.files.join(', ')}`
			);
			expect(budget.gzipBytes).toBeLessThanOrEqual(4 * KB);
		});
	}

	for (const slug of LESSON_SLUGS) {
		test(`/${lang}/lessons/${slug}/ loads at most 25 KB of JavaScript, island included`, async ({
			page,
		}) => {
			const budget = await measureScripts(page, `/${lang}/lessons/${slug}/`);
			console.log(
				`/${lang}/lessons/${slug}/: ${budget.gzipBytes} B gzip (${budget.rawBytes} B raw): ${budget.files.join(', ')}`
			);
			expect(budget.files.some((file) => file.includes('Assessment'))).toBe(true);
			expect(budget.files.filter(isResultKit)).toEqual([]);
			expect(budget.gzipBytes).toBeLessThanOrEqual(25 * KB);
		});
	}

	for (const id of ASSESSMENT_IDS.slice(0, 1)) {
		test(`/${lang}/assessments/${id}/ stays within the lesson budget`, async ({ page }) => {
			const budget = await measureScripts(page, `/${lang}/assessments/${id}/`);
			console.log(
				`/${lang}/assessments/${id}/: ${budget.gzipBytes} B gzip (${budget.rawBytes} B raw): ${budget.files.join(', ')}`
			);
			expect(budget.files.filter(isResultKit)).toEqual([]);
			expect(budget.gzipBytes).toBeLessThanOrEqual(25 * KB);
		});
	}
}
