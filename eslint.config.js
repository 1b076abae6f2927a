import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';
import { boundaries } from './eslint.boundaries.js';

export default ts.config(
	{
		ignores: [
			'build/',
			'.e2e-build-*/',
			'.svelte-kit-*/',
			'screenshots/',
			'.svelte-kit/',
			'dev-dist/',
			'node_modules/',
			'src/lib/paraglide/',
			'test-results/'
		]
	},
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		rules: {
			'no-undef': 'off',
			'no-eval': 'error',
			'no-implied-eval': 'error',
			'no-new-func': 'error',
			// The app is served from the root (no `paths.base`), and links carry query strings that
			// `resolve()` does not take; plain hrefs are right here.
			'svelte/no-navigation-without-resolve': 'off',
			// Dates here are immutable values (clock readings), never mutated in place.
			'svelte/prefer-svelte-reactivity': 'off',
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_' }
			]
		}
	},
	{
		files: ['**/*.ts', '**/*.svelte.ts'],
		languageOptions: {
			parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname }
		},
		rules: {
			'@typescript-eslint/no-floating-promises': 'error',
			'@typescript-eslint/no-misused-promises': 'error'
		}
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	},
	...boundaries
);
