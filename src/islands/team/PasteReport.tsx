/**
 * What the last paste did: results added, links already there, and each link that could not be
 * read, named by its line and the text before it, with what happened to it. Lines without a link
 * (chat headers, "thanks!") are only counted: a paste is shown on a projector, and chat is private.
 */
import type { MergeOutcome } from './team-merge';
import type { TeamStrings } from './strings';
import { fill, plural } from '../../i18n/plural';
import type { Locale } from '../../i18n/locales';

/** A paste of a thousand broken lines lists the first ones; the rest add nothing. */
const MAX_PROBLEMS_SHOWN = 50;

export interface Props {
	lang: Locale;
	report: MergeOutcome;
	strings: TeamStrings;
	/** The most results the view holds (`MAX_TEAM_ENTRIES`), to say so when a paste went past it. */
	limit: number;
}

export default function PasteReport({ lang, report, strings, limit }: Props) {
	const nothing =
		report.added === 0 &&
		report.duplicates === 0 &&
		report.broken.length === 0 &&
		report.overLimit === 0;
	return (
		<>
			{report.added > 0 && <p class="added">{plural(lang, strings.added, report.added)}</p>}
			{report.duplicates > 0 && <p>{plural(lang, strings.duplicates, report.duplicates)}</p>}
			{nothing && <p>{strings.nothingFound}</p>}
			{report.linesWithoutLinks > 0 && !nothing && (
				<p class="quiet">{plural(lang, strings.linesWithoutLinks, report.linesWithoutLinks)}</p>
			)}
			{report.isTruncated && <p>{strings.truncated}</p>}
			{report.overLimit > 0 && (
				<p class="notice">
					{plural(lang, strings.overLimit, report.overLimit, {
						max: new Intl.NumberFormat(lang).format(limit),
					})}
				</p>
			)}
			{report.broken.length > 0 && (
				<div class="problems" role="alert">
					<p class="problems-title">{plural(lang, strings.brokenHeading, report.broken.length)}</p>
					<ul>
						{report.broken.slice(0, MAX_PROBLEMS_SHOWN).map((broken, index) => (
							<li key={index}>
								{fill(broken.label ? strings.brokenLineNamed : strings.brokenLine, {
									line: broken.line,
									label: broken.label,
									reason: strings.linkProblems[broken.problem],
								})}
							</li>
						))}
					</ul>
				</div>
			)}
		</>
	);
}
