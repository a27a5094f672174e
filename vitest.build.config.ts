// Slow tests that run Astro itself on broken copies of the project (npm run test:content-errors).
import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		include: ['tests/build/**/*.test.ts'],
		// Two builds at once on a two-core machine are slower than one after the other.
		fileParallelism: false,
	},
});
