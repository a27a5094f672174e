/** The strings of the site's small browser scripts, declared once (see `src/i18n/string-areas.ts`). */
import { stringArea } from '../i18n/string-areas';

/** The reader's progress on the home page (`home-progress.ts`). */
export const HOME_PROGRESS_STRINGS = stringArea(
	'home.',
	['assessmentDone', 'assessmentDoneOn'],
	['progress']
);

/** The copy button of a block of text to send (`copy-block.ts`). */
export const COPY_BLOCK_STRINGS = stringArea('training.', ['copied', 'copyFailed']);

/** "Continue: lesson 3, “Where this breaks down”, 3 min left" (`continue-reading.ts`, #24). */
export const CONTINUE_STRINGS = stringArea('continue.', [], ['home', 'lesson']);
