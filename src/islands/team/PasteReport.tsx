/**
 * What the last paste did: results added, links already there, each link that could not be read,
 * named by its line and the text before it, with what happened to it, and the results made for
 * another session, held back with a button to add them anyway. Lines without a link (chat
 * headers, "thanks!") are only counted: a paste is shown on a projector, and chat is private.
 */
import type { HeldResult, MergeOutcome } from './team-merge';
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
	/** Adds the results held back for naming another session. */
	onAddHeld: () => void;
}

export default function PasteReport({ lang, report, strings, limit, onAddHeld }: Props) {
	const nothing =
		report.added === 0 &&
		report.duplicates === 0 &&
		report.broken.length === 0 &&
		report.overLimit === 0 &&
		report.held.length === 0;
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
			{report.held.length > 0 && (
				<div class="problems held" role="alert">
					<p class="problems-title">{plural(lang, strings.heldHeading, report.held.length)}</p>
					<ul>
						{heldLines(report.held)
							.slice(0, MAX_PROBLEMS_SHOWN)
							.map((held, index) => (
								<li key={index}>
									{fill(held.label ? strings.heldLineNamed : strings.heldLine, {
										line: held.line,
										label: held.label,
										session: held.session,
									})}
								</li>
							))}
					</ul>
					<p class="hint">{strings.heldHint}</p>
					<p>
						<button type="button" class="button secondary" onClick={onAddHeld}>
							{strings.addHeld}
						</button>
					</p>
				</div>
			)}
		</>
	);
}

/** One line per line and session: a team link's results held back together are one line. */
function heldLines(held: readonly HeldResult[]): HeldResult[] {
	return held.filter(
		(item, index) =>
			held.findIndex((other) => other.line === item.line && other.session === item.session) ===
			index
	);
}
