/**
 * Sharing a result: an optional display name first, then the share link that carries the answers
 * in its fragment, with Copy and (on phones) Share. The link follows the name as it is typed.
 */
import { encodeShareCode, shareFragment, type ShareCodeModel } from '../../links/share-code';
import { MAX_NAME_LENGTH } from '../../links/share-name';
import type { AssessmentStrings } from './strings';
import CopyLinkField from '../shared/CopyLinkField';
import { fill } from '../../i18n/plural';
import './share-panel.css';

/** Props of the share panel. */
export interface ShareProps {
	strings: AssessmentStrings;
	codeModel: ShareCodeModel;
	title: string;
	answers: readonly number[];
	/** The day of the result, `YYYY-MM-DD`. */
	date: string;
	name: string;
	pageHref: string;
	idPrefix: string;
	onNameChange: (name: string) => void;
}

export default function SharePanel({
	strings,
	codeModel,
	title,
	answers,
	date,
	name,
	pageHref,
	idPrefix,
	onNameChange,
}: ShareProps) {
	const link = `${new URL(pageHref, location.href).href}${shareFragment(encodeShareCode(codeModel, answers, date, name))}`;
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
					maxLength={MAX_NAME_LENGTH}
					autoComplete="name"
					aria-describedby={`${idPrefix}-name-hint`}
					onInput={(event) => onNameChange(event.currentTarget.value)}
				/>
				<p class="hint" id={`${idPrefix}-name-hint`}>
					{strings.nameHint}
				</p>
			</div>
			{/* Keyed by the link, so a "copied" message goes when the name, and so the link, changes. */}
			<CopyLinkField
				key={link}
				id={`${idPrefix}-link`}
				label={strings.shareLink}
				link={link}
				strings={strings.copyLink}
				share={{ title, text: fill(strings.shareText, { title }) }}
			/>
		</div>
	);
}
