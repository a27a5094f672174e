/**
 * The self-assessment island on English pages: `Assessment` with its strings in English, which
 * this entry imports so that they make one file with it, the same for every lesson and assessment
 * page and cached by the browser, instead of props written into each page's HTML (#15).
 */
import strings from 'virtual:clientship/assessment-strings-en';
import Assessment, { type IslandProps } from './Assessment';

export default function AssessmentEn(props: IslandProps) {
	return <Assessment {...props} strings={strings} />;
}
