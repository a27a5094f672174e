/**
 * The title of every assessment in one language, by id: `/{lang}/assessments/titles.json`. An
 * assessment page fetches it only when a share link is not its own, to tell whose it is and name
 * it (#15): every page then carries its own assessment and nothing of the others', however many
 * lessons the series has.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { type Locale, localeStaticPaths } from '../../../i18n/i18n';
import { assessmentText, getAssessments } from '../../../lib/assessments';

export const getStaticPaths = localeStaticPaths satisfies GetStaticPaths;

export const GET: APIRoute<{ lang: Locale }> = async ({ props: { lang } }) => {
	const titles = Object.fromEntries(
		(await getAssessments()).map(({ entry }) => [entry.id, assessmentText(entry.data.title, lang)])
	);
	return new Response(JSON.stringify(titles), {
		headers: { 'content-type': 'application/json; charset=utf-8' },
	});
};
