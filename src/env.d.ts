/** Values `src/integrations/social-cards.ts` defines at build time. */
interface ImportMetaEnv {
	/** The absolute path of the worker thread that draws link-preview cards. */
	readonly SOCIAL_CARD_WORKER: string;
	/** The absolute path of the folder where drawn cards are kept, ending in a slash. */
	readonly SOCIAL_CARD_CACHE: string;
}
