/**
 * Sharing a result: the reader's display name (one for every assessment, kept in this browser),
 * then the share link that carries the answers in its fragment, with Copy and (on phones) Share;
 * the link follows the name as it is typed. After two or more assessments, one more link carries
 * the latest result of each.
 */
import { limitName } from '../../links/share-name';
import type { AssessmentStrings } from './strings';
import CopyLinkField from '../shared/CopyLinkField';
import { fill, plural } from '../../i18n/plural';
import type { Locale } from '../../i18n/locales';
import './share-panel.css';

/** Props of the share panel. */
export interface ShareProps {
	lang: Locale;
	strings: AssessmentStrings;
	title: string;
	/** The line the share sheet sends with the link. */
	text: string;
	/** The share link, the name in it. */
	link: string;
	/** The name as typed. */
	name: string;
	idPrefix: string;
	linkFieldId: string;
	/** One link to the latest result of every assessment taken, when there are two or more. */
	allResults?: { link: string; count: number } | undefined;
	onNameChange: (name: string) => void;
}

export default function SharePanel({
	lang,
	strings,
	title,
	text,
	link,
	name,
	idPrefix,
	linkFieldId,
	allResults,
	onNameChange,
}: ShareProps) {
	const isCut = limitName(name).isCut;
	return (
		<div class="share">
			<p class="share-title">{strings.shareHeading}</p>
			<p>{strings.shareIntro}</p>
			<div class="field">
				<label for={`${idPrefix}-name`}>{strings.nameLabel}</label>
				<input
					id={`${idPrefix}-name`}
					type="text"
					value={name}
					autoComplete="name"
					aria-describedby={`${idPrefix}-name-hint`}
					onInput={(event) => onNameChange(event.currentTarget.value)}
				/>
				<p class="hint" id={`${idPrefix}-name-hint`}>
					{isCut ? <strong>{strings.nameCut}</strong> : strings.nameHint}
				</p>
			</div>
			<CopyLinkField
				id={linkFieldId}
				label={strings.shareLink}
				link={link}
				strings={strings.copyLink}
				share={{ title, text }}
			/>
			{allResults && (
				<div class="all-results">
					<p class="share-title">{strings.allResults}</p>
					<p>{plural(lang, strings.allResultsIntro, allResults.count)}</p>
					<CopyLinkField
						id={`${idPrefix}-all-link`}
						label={strings.allResultsLink}
						link={allResults.link}
						strings={strings.copyLink}
						share={{
							title,
							text: fill(strings.allResultsText, { count: allResults.count }),
						}}
					/>
				</div>
			)}
		</div>
	);
}
