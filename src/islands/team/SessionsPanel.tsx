/**
 * The sessions kept on this device: each with when it last changed, how many results it holds
 * and of which assessments, to open or delete (DESIGN.md "Remembered on this device"). A deleted
 * session can be brought back from the same place.
 */
import type { SessionSummary } from './session-store';
import type { SessionStrings } from './strings';
import { fill, plural } from '../../i18n/plural';
import { formatMoment } from '../../i18n/dates';
import type { Locale } from '../../i18n/locales';
import UndoNote from './UndoNote';

export interface Props {
	lang: Locale;
	sessions: readonly SessionSummary[];
	/** The session this tab runs, marked in the list. */
	currentId: string;
	/** Assessment titles by id, in the page's language. */
	titles: ReadonlyMap<string, string>;
	strings: SessionStrings;
	undoLabel: string;
	/** The session just deleted, to bring back. */
	deleted?: SessionSummary | undefined;
	onOpen: (id: string) => void;
	onDelete: (id: string) => void;
	onUndoDelete: () => void;
	onNew: () => void;
	/** Whether the view shows anything: an empty view needs no "new session". */
	hasContent: boolean;
}

export default function SessionsPanel({
	lang,
	sessions,
	currentId,
	titles,
	strings,
	undoLabel,
	deleted,
	onOpen,
	onDelete,
	onUndoDelete,
	onNew,
	hasContent,
}: Props) {
	if (sessions.length === 0 && !deleted && !hasContent) return null;
	return (
		<section class="team-sessions no-print" aria-labelledby="team-sessions-heading">
			<h2 id="team-sessions-heading">{strings.heading}</h2>
			<p class="hint">{strings.intro}</p>
			{deleted && (
				<UndoNote
					message={fill(strings.deleted, { date: formatMoment(deleted.updated, lang) })}
					undoLabel={undoLabel}
					onUndo={onUndoDelete}
					takesFocus
				/>
			)}
			{sessions.length > 0 && (
				<ul class="session-list">
					{sessions.map((session) => {
						const date = formatMoment(session.updated, lang);
						const isCurrent = session.id === currentId;
						return (
							<li key={session.id} class={isCurrent ? 'is-current' : undefined}>
								<span class="session-what">
									{session.name && (
										<>
											<strong>{fill(strings.name, { name: session.name })}</strong> ·{' '}
										</>
									)}
									<strong>{date}</strong>
									{isCurrent && <> ({strings.current})</>} ·{' '}
									{plural(lang, strings.results, session.results)}
									{session.assessmentIds.length > 0 && (
										<> · {session.assessmentIds.map((id) => titles.get(id) ?? id).join(', ')}</>
									)}
								</span>
								<span class="session-buttons">
									{!isCurrent && (
										<button
											type="button"
											class="button secondary small"
											aria-label={fill(strings.openLabel, { date })}
											onClick={() => onOpen(session.id)}
										>
											{strings.open}
										</button>
									)}
									<button
										type="button"
										class="button secondary small"
										aria-label={fill(strings.deleteLabel, { date })}
										onClick={() => onDelete(session.id)}
									>
										{strings.delete}
									</button>
								</span>
							</li>
						);
					})}
				</ul>
			)}
			{hasContent && (
				<p>
					<button type="button" class="button secondary" onClick={onNew}>
						{strings.newSession}
					</button>
				</p>
			)}
		</section>
	);
}
