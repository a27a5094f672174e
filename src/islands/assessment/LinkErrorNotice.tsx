/**
 * Says why a share link in the address could not be opened, in the reader's language, and what
 * they can do: nothing from the link is shown or saved, and the empty assessment is below.
 */
import type { LinkFailure } from './open-shared-link';
import type { AssessmentStrings } from './strings';
import { fill } from '../../i18n/plural';

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
