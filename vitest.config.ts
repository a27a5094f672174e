/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

export default getViteConfig({
	test: {
		// A limit, not a wait: property tests run hundreds of cases, and on a machine busy with other
		// work one that takes 1 s alone can take ten times as long. No test may fail for time alone.
		testTimeout: 60_000,
		projects: [
			// Logic, without a build: `npm run test:unit`.
			{ extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
			// Search quality against the built index (`dist/pagefind`): `npm run test:search`, after the build.
			{ extends: true, test: { name: 'search', include: ['tests/search/**/*.test.ts'] } },
			// The main flows in Firefox ESR and WebKitGTK against the built site: `npm run
			// test:engines`, after the build. One browser per engine walks every flow, the two
			// engines side by side; a first Firefox launch takes about half a minute.
			{
				extends: true,
				test: {
					name: 'engines',
					include: ['tests/engines/**/*.test.ts'],
					globalSetup: ['tests/engines/support/serve.ts'],
					testTimeout: 120_000,
					hookTimeout: 180_000,
				},
			},
			// Astro run on broken copies of the project: `npm run test:content-errors`. Two builds at
			// once on a two-core machine are slower than one after the other.
			{
				test: {
					name: 'content-errors',
					include: ['tests/build/**/*.test.ts'],
					fileParallelism: false,
				},
			},
		],
	},
});
