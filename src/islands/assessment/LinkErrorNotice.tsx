/**
 * Says why a share link in the address could not be opened, in the reader's language, and what
 * they can do: nothing from the link is shown or saved, and the empty assessment is below.
 */
import type { ShareCodeError } from './share-code';
import type { AssessmentStrings } from './strings';
import { fill } from '../../i18n/plural';

/** A link that could not be opened: why, and for a code of another assessment, where it belongs. */
export type LinkFailure =
	{ error: ShareCodeError } | { error: 'other-assessment'; title: string; href: string };

export interface Props {
	failure: LinkFailure;
	strings: AssessmentStrings;
}

export default function LinkErrorNotice({ failure, strings }: Props) {
	return (
		<div class="notice notice-error" role="alert">
			<p class="notice-title">{strings.linkErrorHeading}</p>
			{'href' in failure ? (
				<p>
					{fill(strings.linkErrors['other-assessment'], { title: failure.title })}{' '}
					<a href={failure.href}>{strings.openThere}</a>
				</p>
			) : (
				<p>{strings.linkErrors[failure.error]}</p>
			)}
			<p>{strings.linkErrorNote}</p>
		</div>
	);
}
