import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS_DIR, rawUrl, readManifest, sha256Hex } from './corpus-fetch';

const root = resolve(import.meta.dirname, '..');
const manifest = readManifest(root);
const dir = join(root, CORPUS_DIR);

describe('corpus manifest', () => {
	it('lists at least 14 files taken from public notes, each pinned to a commit', () => {
		const real = manifest.entries.filter((e) => e.upstream);
		expect(real.length).toBeGreaterThanOrEqual(14);
		for (const e of real) expect(e.upstream?.commit).toMatch(/^[0-9a-f]{40}$/);
	});

	it('every committed file has the hash the manifest gives; copied files are the upstream bytes', () => {
		for (const e of manifest.entries) {
			expect(sha256Hex(readFileSync(join(dir, e.file))), e.file).toBe(e.sha256);
			if (e.origin === 'copied') expect(e.upstream?.sha256, e.file).toBe(e.sha256);
			if (e.origin === 'same-shape') expect(e.upstream?.sha256, e.file).not.toBe(e.sha256);
		}
	});

	it('a copied file carries its licence text; a same-shape file is ours and fetchable', () => {
		for (const e of manifest.entries) {
			if (e.origin === 'copied') {
				expect(e.upstream?.licence).toMatch(
					/^(MIT|Apache-2\.0|BSD-[23]-Clause|CC-BY|CC0|Unlicense)/
				);
				expect(existsSync(join(dir, e.licenceFile ?? '-')), e.file).toBe(true);
			} else {
				expect(e.file).toMatch(/^ours-/);
				if (e.origin === 'same-shape') expect(e.fetchTo).toMatch(/^upstream\//);
			}
			expect(readFileSync(join(dir, 'SOURCES.md'), 'utf8')).toContain(`\`${e.file}\``);
		}
	});

	it('builds the raw address of a pinned file with each path segment encoded', () => {
		expect(rawUrl({ repo: 'a/b', commit: 'c'.repeat(40), path: 'docker/docker CLI.md' })).toBe(
			`https://raw.githubusercontent.com/a/b/${'c'.repeat(40)}/docker/docker%20CLI.md`
		);
	});
});
