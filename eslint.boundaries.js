/**
 * The dependency arrows of the app, enforced by ESLint (see ARCHITECTURE.md):
 *
 *   routes → state, ui        state → services, domain        services → db, domain
 *   db, domain → cards → core                                  ui never db
 *
 * `ui` is `src/lib/components`; the domain is `content`, `scheduling`, `quiz`, `drill`, `stats`, `search`.
 * Each layer gets a `no-restricted-imports` rule listing the folders it must not import (by
 * `$lib/…` or by a relative path). Type-only imports of state and services are allowed in the UI
 * and the routes: a component may name the shape of the data it is handed, never fetch it.
 * Tests may cross layers to arrange data (they are not part of the shipped graph).
 *
 * ARROW_EXCEPTIONS lists files, one by one (no globs), that still break an arrow because their
 * owners have not moved them yet; the list may only shrink (a test fails on a listed file that no
 * longer breaks an arrow, or that no longer exists).
 */

/** Files that still break an arrow, and why. Never add to this list; move the code instead. */
export const ARROW_EXCEPTIONS = {};

const FOLDERS = {
	core: 'core',
	cards: 'cards',
	domain: '(content|scheduling|quiz|drill|stats|search)',
	db: 'db',
	services: 'services',
	state: 'state',
	ui: 'components',
	paraglide: 'paraglide'
};

/**
 * A pattern for imports of `folder` by `$lib/<folder>` or by `../…/<folder>`.
 * @param {string} name @param {string} message @param {boolean} [allowTypeImports]
 */
function folder(name, message, allowTypeImports = false) {
	return {
		regex: `^(\\$lib/|(\\.\\./)+)${name}(/|$)`,
		message,
		allowTypeImports
	};
}

/**
 * A pattern for a package or a SvelteKit module.
 * @param {string} regex @param {string} message
 */
function module(regex, message) {
	return { regex, message };
}

const SVELTE = module('^(svelte|svelte/.*|\\$app/.*)$', 'only state, UI and routes use Svelte');
const DEXIE = module('^dexie$', 'only the database layer uses Dexie');

/** @param {...object} patterns */
function rule(...patterns) {
	return { '@typescript-eslint/no-restricted-imports': ['error', { patterns }] };
}

const up = (/** @type {string} */ layer) => `${layer} must not depend on a layer above it`;

/** One config block per layer: what its files must not import. */
const LAYERS = [
	{
		files: ['src/lib/core/**'],
		rules: rule(
			...['cards', 'domain', 'db', 'services', 'state', 'ui', 'paraglide'].map((f) =>
				folder(FOLDERS[/** @type {keyof typeof FOLDERS} */ (f)], up('core'))
			),
			SVELTE,
			DEXIE
		)
	},
	{
		files: ['src/lib/cards/**'],
		rules: rule(
			...['domain', 'db', 'services', 'state', 'ui', 'paraglide'].map((f) =>
				folder(
					FOLDERS[/** @type {keyof typeof FOLDERS} */ (f)],
					'the card model depends on core only'
				)
			),
			SVELTE,
			DEXIE
		)
	},
	{
		files: [
			'src/lib/content/**',
			'src/lib/scheduling/**',
			'src/lib/quiz/**',
			'src/lib/drill/**',
			'src/lib/stats/**',
			'src/lib/search/**'
		],
		rules: rule(
			...['db', 'services', 'state', 'ui', 'paraglide'].map((f) =>
				folder(
					FOLDERS[/** @type {keyof typeof FOLDERS} */ (f)],
					'the domain is plain TypeScript: cards and core only'
				)
			),
			SVELTE,
			DEXIE
		)
	},
	{
		files: ['src/lib/db/**'],
		rules: rule(
			...['domain', 'services', 'state', 'ui', 'paraglide'].map((f) =>
				folder(
					FOLDERS[/** @type {keyof typeof FOLDERS} */ (f)],
					'the database layer depends on cards and core only'
				)
			),
			SVELTE
		)
	},
	{
		files: ['src/lib/services/**'],
		rules: rule(
			...['state', 'ui', 'paraglide'].map((f) =>
				folder(
					FOLDERS[/** @type {keyof typeof FOLDERS} */ (f)],
					'services return data and message ids; state and UI are above them'
				)
			),
			SVELTE,
			DEXIE
		)
	},
	{
		files: ['src/lib/state/**'],
		ignores: ['src/lib/state/live.svelte.ts'],
		rules: rule(
			folder(FOLDERS.db, 'state goes through the services, never the database'),
			folder(FOLDERS.ui, 'state never imports components'),
			module('^dexie$', 'liveQuery is bridged to runes in one place: state/live.svelte.ts')
		)
	},
	{
		// The one bridge from Dexie's liveQuery to runes.
		files: ['src/lib/state/live.svelte.ts'],
		rules: rule(
			folder(FOLDERS.db, 'state goes through the services, never the database'),
			folder(FOLDERS.ui, 'state never imports components')
		)
	},
	{
		files: ['src/lib/components/**'],
		rules: rule(
			folder(FOLDERS.db, 'components never touch the database'),
			folder(FOLDERS.services, 'components are handed data and callbacks', true),
			folder(FOLDERS.state, 'components are handed data and callbacks', true),
			DEXIE
		)
	},
	{
		files: ['src/routes/**'],
		rules: rule(
			folder(FOLDERS.db, 'routes use state classes, never the database'),
			folder(FOLDERS.services, 'routes use state classes, never the services', true),
			DEXIE
		)
	}
];

/** The arrow rules, then the listed exceptions; test files are exempt. */
export const boundaries = [
	...LAYERS.map((/** @type {{ files: string[]; ignores?: string[]; rules: object }} */ layer) => ({
		...layer,
		ignores: [...(layer.ignores ?? []), '**/*.test.ts', ...Object.keys(ARROW_EXCEPTIONS)]
	}))
];
