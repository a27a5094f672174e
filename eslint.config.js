// @ts-check
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
	{
		ignores: [
			'dist/',
			'dist-base/',
			'dist-one-thread/',
			'.astro/',
			'test-results/',
			'playwright-report/',
			'screenshots/',
		],
	},
	js.configs.recommended,
	tseslint.configs.recommendedTypeChecked,
	{
		languageOptions: {
			parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
			globals: { ...globals.browser, ...globals.node },
		},
	},
	astro.configs.recommended,
	{
		// Preact hooks follow React's rules: a hook's dependencies must be listed, hooks called
		// unconditionally. (The plugin's React-compiler rules stay off: the islands are Preact.)
		files: ['src/islands/**/*.tsx'],
		// The plugin's own types describe rules in a shape ESLint 10's `Plugin` type no longer
		// accepts; the rules themselves run fine, so the plugin is passed as ESLint's type.
		plugins: {
			'react-hooks': /** @type {import('eslint').ESLint.Plugin} */ (
				/** @type {unknown} */ (reactHooks)
			),
		},
		rules: {
			'react-hooks/rules-of-hooks': 'error',
			'react-hooks/exhaustive-deps': 'error',
		},
	},
	{
		// Astro's parser does not hand ESLint a TypeScript program for `.astro` files, and the
		// plain `.js`/`.mjs` scripts are not part of the TypeScript project: lint them untyped.
		files: ['**/*.astro', '**/*.astro/*.ts', '**/*.js', '**/*.mjs'],
		extends: [tseslint.configs.disableTypeChecked],
	},
	prettier
);
