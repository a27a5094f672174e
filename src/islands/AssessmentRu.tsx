/**
 * The self-assessment island on Russian pages: `Assessment` with its strings in Russian, which
 * this entry imports so that they make one file with it, the same for every lesson and assessment
 * page and cached by the browser, instead of props written into each page's HTML (#15).
 */
import strings from 'virtual:clientship/assessment-strings-ru';
import Assessment, { type IslandProps } from './Assessment';

export default function AssessmentRu(props: IslandProps) {
	return <Assessment {...props} strings={strings} />;
}
