/**
 * Bundle `bench/browser/entry.ts` for the browser with esbuild (installed with vite/tsx), with
 * `$lib` resolved to `src/lib` as SvelteKit does, so the page runs the app's own database code.
 */
import { build, type Plugin } from 'esbuild';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

const libAlias: Plugin = {
	name: 'lib-alias',
	setup(b) {
		b.onResolve({ filter: /^\$lib(\/|$)/ }, (args) =>
			b.resolve('./src/lib' + args.path.slice('$lib'.length), {
				kind: args.kind,
				resolveDir: ROOT
			})
		);
	}
};

/** Build the browser entry; returns the JavaScript (an ES module, minified like the app's build). */
export async function bundleBrowserEntry(): Promise<string> {
	const result = await build({
		entryPoints: [fileURLToPath(new URL('./browser/entry.ts', import.meta.url))],
		bundle: true,
		format: 'esm',
		platform: 'browser',
		target: 'es2022',
		minify: true,
		write: false,
		logLevel: 'silent',
		plugins: [libAlias]
	});
	const file = result.outputFiles[0];
	if (!file) throw new Error('esbuild produced no output');
	return file.text;
}
