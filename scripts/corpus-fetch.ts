/**
 * `npx tsx scripts/corpus-fetch.ts [--check]`: bring the upstream originals of the notes corpus
 * (`tests/fixtures/corpus/manifest.json`) onto this machine and verify them.
 *
 * - `copied` entries: the committed file must hash to the pinned upstream SHA-256 (checked with no
 *   network at all; nothing is downloaded).
 * - `same-shape` entries: the original may not be committed, so it is downloaded from the pinned
 *   commit to `tests/fixtures/corpus/<fetchTo>` (ignored by git), and its SHA-256 is verified; a
 *   file whose hash differs is deleted again.
 *
 * `--check` only verifies what is already there. Needs a machine with internet for the download;
 * never run by the tests. Exit code 0 when every entry verifies, 1 otherwise.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/** One file of the corpus as `manifest.json` lists it. */
export interface CorpusEntry {
	/** File name inside `tests/fixtures/corpus/`. */
	file: string;
	/** `copied`: upstream bytes; `same-shape`: our text in the upstream's shape; `ours`: our text. */
	origin: 'copied' | 'same-shape' | 'ours';
	/** SHA-256 (hex) of the committed file. */
	sha256: string;
	/** Style ids the file exercises (see SOURCES.md). */
	styles: string[];
	upstream?: { repo: string; commit: string; path: string; sha256: string; licence: string };
	/** Where the licence text of a copied file lies, relative to the corpus folder. */
	licenceFile?: string;
	/** Where a same-shape entry's original is downloaded to, relative to the corpus folder. */
	fetchTo?: string;
}

/** The corpus manifest. */
export interface CorpusManifest {
	description: string;
	entries: CorpusEntry[];
}

/** Folder of the corpus, from the repository root. */
export const CORPUS_DIR = 'tests/fixtures/corpus';

/** SHA-256 of bytes, lowercase hex. */
export function sha256Hex(bytes: Uint8Array): string {
	return createHash('sha256').update(bytes).digest('hex');
}

/** The raw-file address of a pinned upstream file (each path segment URL-encoded). */
export function rawUrl(upstream: { repo: string; commit: string; path: string }): string {
	const path = upstream.path.split('/').map(encodeURIComponent).join('/');
	return `https://raw.githubusercontent.com/${upstream.repo}/${upstream.commit}/${path}`;
}

/** Read and parse the manifest below `root` (the repository root). */
export function readManifest(root: string): CorpusManifest {
	return JSON.parse(
		readFileSync(join(root, CORPUS_DIR, 'manifest.json'), 'utf8')
	) as CorpusManifest;
}

async function main(argv: string[]): Promise<number> {
	const check = argv.includes('--check');
	const root = resolve(dirname(new URL(import.meta.url).pathname), '..');
	const dir = join(root, CORPUS_DIR);
	const manifest = readManifest(root);
	let failed = 0;
	for (const e of manifest.entries) {
		const local = join(dir, e.file);
		if (!existsSync(local) || sha256Hex(readFileSync(local)) !== e.sha256) {
			console.error(`${e.file}: committed file is missing or its hash differs from the manifest`);
			failed++;
			continue;
		}
		if (!e.upstream) continue;
		if (e.origin === 'copied') {
			if (e.upstream.sha256 !== e.sha256) {
				console.error(`${e.file}: a copied file must hash like its upstream`);
				failed++;
			}
			continue;
		}
		const target = join(dir, e.fetchTo ?? `upstream/${e.file}`);
		if (!existsSync(target)) {
			if (check) {
				console.log(`${e.file}: original not downloaded (run without --check)`);
				continue;
			}
			const response = await fetch(rawUrl(e.upstream));
			if (!response.ok) {
				console.error(`${e.file}: download failed (${response.status})`);
				failed++;
				continue;
			}
			mkdirSync(dirname(target), { recursive: true });
			writeFileSync(target, new Uint8Array(await response.arrayBuffer()));
		}
		if (sha256Hex(readFileSync(target)) !== e.upstream.sha256) {
			console.error(`${e.file}: original at ${e.upstream.repo}@${e.upstream.commit} changed hash`);
			if (!check) rmSync(target);
			failed++;
			continue;
		}
		console.log(`${e.file}: original verified (${e.upstream.repo} ${e.upstream.path})`);
	}
	return failed ? 1 : 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
	void main(process.argv.slice(2)).then((code) => (process.exitCode = code));
}
