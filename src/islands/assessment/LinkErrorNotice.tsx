/**
 * Says why a share link in the address could not be opened, in the reader's language, and what
 * they can do: nothing from the link is shown or saved, and the empty assessment is below.
 */
import type { LinkFailure } from './open-shared-link';
import type { LinkErrorStrings } from './strings';
import { fill } from '../../i18n/plural';

export interface Props {
	failure: LinkFailure;
	strings: LinkErrorStrings;
}

export default function LinkErrorNotice({ failure, strings }: Props) {
	return (
		<div class="notice notice-error" role="alert">
			<p class="notice-title">{strings.heading}</p>
			{'href' in failure ? (
				<p>
					{fill(strings.messages['other-assessment'], { title: failure.title })}{' '}
					<a href={failure.href}>{strings.openThere}</a>
				</p>
			) : (
				<p>{strings.messages[failure.error]}</p>
			)}
			<p>{strings.note}</p>
		</div>
	);
}
