/** Values the build's integrations define. */
interface ImportMetaEnv {
	/** The absolute path of the folder where drawn link-preview cards are kept, ending in a slash (`src/social-cards/integration.ts`). */
	readonly SOCIAL_CARD_CACHE: string;
	/** Where the island scripts files go, in `astro build` only (`src/integrations/island-markup.ts`). */
	readonly ISLAND_MARKUP: import('./integrations/island-markup').IslandMarkupPaths;
}

/** The assessment island's strings in one language (`src/integrations/string-modules.ts`). */
declare module 'virtual:clientship/assessment-strings-*' {
	const strings: import('./islands/assessment/strings').AssessmentStrings;
	export default strings;
}

declare namespace Astro {
	interface ClientDirectives {
		/**
		 * Hydrates the island when the browser is idle; if its code cannot load, shows this text
		 * beside it and tries again once the browser is back online (`src/client/offline/idle-retry.ts`).
		 */
		'client:idleRetry'?: string;
	}
}

/** What `src/middleware.ts` sets for every page. */
declare namespace App {
	interface Locals {
		/** The page's language, from its address (the default language on pages in no single one). */
		lang: import('./i18n/locales').Locale;
		/** The translate function of that language (`useTranslations`). */
		t: import('i18next').TFunction;
	}
}
