/** The strings of the views both islands share, declared once (see `src/i18n/string-areas.ts`). */
import { stringArea, type Bundle } from '../../i18n/string-areas';

/** The copy-and-share link field (`CopyLinkField.tsx`). */
export const COPY_LINK_STRINGS = stringArea('copyLink.', [
	'copy',
	'copied',
	'copyFailed',
	'share',
	'changed',
	'sharedInstead',
	'shareFailed',
]);
export type CopyLinkStrings = Bundle<typeof COPY_LINK_STRINGS>;
