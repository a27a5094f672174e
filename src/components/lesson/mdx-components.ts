/** Components available to every lesson's MDX without an import. */
import H2 from './H2.astro';
import H3 from './H3.astro';
import KeyIdea from './KeyIdea.astro';
import Counterpoint from './Counterpoint.astro';
import Steps from './Steps.astro';
import Quote from './Quote.astro';

/** Passed to a lesson's `<Content components={…} />`. */
// typescript-eslint's program cannot resolve `.astro` modules (astro check can), so their types
// read as errors to it here.
// eslint-disable-next-line @typescript-eslint/no-unsafe-assignment
export const mdxComponents = { h2: H2, h3: H3, KeyIdea, Counterpoint, Steps, Quote };
