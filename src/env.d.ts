/** Values the build's integrations define. */
interface ImportMetaEnv {
	/** The absolute path of the folder where drawn link-preview cards are kept, ending in a slash (`src/social-cards/integration.ts`). */
	readonly SOCIAL_CARD_CACHE: string;
	/** Where the island scripts files go, in `astro build` only (`src/integrations/island-markup.ts`). */
	readonly ISLAND_MARKUP: import('./integrations/island-markup').IslandMarkupPaths;
}

/** The assessment island's strings in one language (`src/integrations/island-strings.ts`). */
declare module 'virtual:clientship/assessment-strings-*' {
	const strings: import('./islands/assessment/strings').AssessmentStrings;
	export default strings;
}
