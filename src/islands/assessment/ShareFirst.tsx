/**
 * The result's first action, right under the score: one button that hands the link to the
 * phone's share sheet with a line that says the score and the weakest area, or copies it where
 * there is no sheet (or the sheet refuses), saying so.
 */
import type { AssessmentStrings } from './strings';
import { useLinkSharing } from '../shared/useLinkSharing';

export interface Props {
	link: string;
	strings: AssessmentStrings;
	title: string;
	/** The line sent with the link. */
	text: string;
	/** The share panel's link field, selected when nothing could be copied. */
	linkFieldId: string;
}

export default function ShareFirst({ link, strings, title, text, linkFieldId }: Props) {
	const sharing = useLinkSharing(link, strings.copyLink, () => {
		const field = document.getElementById(linkFieldId);
		field?.scrollIntoView({ block: 'center' });
		field?.focus();
	});
	return (
		<div class="share-first">
			<button
				type="button"
				class="button"
				onClick={() => void (sharing.canShare ? sharing.share({ title, text }) : sharing.copy())}
			>
				{sharing.canShare ? strings.shareFirst : strings.copyLink.copy}
			</button>
			<p class="status" role="status">
				{sharing.status}
			</p>
		</div>
	);
}
