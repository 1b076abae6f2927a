/**
 * Vite plugin: loads the drills in `questions/drills/*.md` (README.md excepted) at build time and
 * serves them to the app as the virtual module `virtual:drills`:
 *
 * - `default`: the drills (`Drill[]`, as {@link loadDrills} returns them), in file-name order;
 * - `version`: a content hash of those drills, so start-up can tell whether the drill deck in
 *   the database was written from this build (also served alone as `virtual:drills-version`,
 *   the default export, so that check loads no drill code).
 *
 * The browser never reads the Markdown. Any drill file error fails the build with every problem
 * as `file:line: reason`, so a broken drill never ships silently.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { contentHash } from './content-hash';
import { runnerImport, type Plugin } from 'vite';
import type { Drill } from '../src/lib/drill';

// The drill code is loaded through Vite's module runner when the plugin runs, not imported here:
// a static import would pull the whole drill module graph into the bundled Vite config (and its
// extension-less imports make Vite warn on every run, Vitest included).
type DrillModule = typeof import('../src/lib/drill');

const VIRTUAL_ID = 'virtual:drills';
const RESOLVED_ID = '\0' + VIRTUAL_ID;
/** A tiny module with only the version, so start-up can check it without loading any drill code. */
const VERSION_ID = 'virtual:drills-version';
const RESOLVED_VERSION_ID = '\0' + VERSION_ID;

/** The drill files in `dir` (paths relative to `root`), README.md excepted, by file name. */
function drillFiles(dir: string, root: string): { path: string; text: string }[] {
	return readdirSync(dir)
		.filter((f) => f.endsWith('.md') && f.toLowerCase() !== 'readme.md')
		.sort()
		.map((f) => ({
			path: relative(root, join(dir, f)),
			text: readFileSync(join(dir, f), 'utf8')
		}));
}

/**
 * Load every drill in `dir` (default `root/questions/drills`); file paths in drills and errors
 * are relative to `root`, the project root the drill code is loaded from.
 * @throws Error whose message lists each drill file problem as `file:line: reason`, one a line.
 */
export async function loadDrillsForBuild(
	root = process.cwd(),
	dir = join(root, 'questions', 'drills')
): Promise<{ drills: Drill[]; version: string }> {
	const { module } = await runnerImport<DrillModule>(
		join(root, 'src', 'lib', 'drill', 'index.ts'),
		{
			root,
			configFile: false,
			logLevel: 'silent'
		}
	);
	const { loadDrills, formatDrillError } = module;
	const { drills, errors } = loadDrills(drillFiles(dir, root));
	if (errors.length > 0) throw new Error(errors.map(formatDrillError).join('\n'));
	return { drills, version: contentHash(JSON.stringify(drills)) };
}

/** The plugin; register it in `vite.config.ts`. */
export function drillsPlugin(): Plugin {
	let root = process.cwd();
	// Both virtual modules come from one load per build (the module runner takes a second or two);
	// a change to a drill file starts over.
	let loading: Promise<{ drills: Drill[]; version: string }> | null = null;
	const load = () => (loading ??= loadDrillsForBuild(root));
	return {
		name: 'study-docker:drills',
		configResolved(config) {
			root = config.root;
		},
		watchChange(id) {
			if (id.startsWith(join(root, 'questions', 'drills'))) loading = null;
		},
		resolveId(id) {
			if (id === VIRTUAL_ID) return RESOLVED_ID;
			if (id === VERSION_ID) return RESOLVED_VERSION_ID;
			return undefined;
		},
		async load(id) {
			if (id === RESOLVED_VERSION_ID) {
				const { version } = await load();
				return `export default ${JSON.stringify(version)};\n`;
			}
			if (id !== RESOLVED_ID) return undefined;
			const dir = join(root, 'questions', 'drills');
			for (const f of readdirSync(dir)) if (f.endsWith('.md')) this.addWatchFile(join(dir, f));
			const { drills, version } = await load();
			return (
				`export default ${JSON.stringify(drills)};\n` +
				`export const version = ${JSON.stringify(version)};\n`
			);
		}
	};
}
