import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// Issue 6: no eval, no Function, no dynamic import of anything typed, no network from a drill.
const DIR = join(process.cwd(), 'src', 'lib', 'drill');
const SOURCES = (readdirSync(DIR, { recursive: true }) as string[])
	.filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
	.map((f) => ({ file: f, text: readFileSync(join(DIR, f), 'utf8') }));

describe('drill sources', () => {
	it('are all scanned', () => {
		expect(SOURCES.map((s) => s.file)).toEqual(
			expect.arrayContaining([
				'parse/index.ts',
				'parse/scan.ts',
				'judge/index.ts',
				'host/run.ts',
				'programs/docker/index.ts',
				'template/compile.ts',
				'programs/index.ts'
			])
		);
	});

	it.each([
		['eval(', /\beval\s*\(/],
		['Function constructor', /\bnew\s+Function\b|\bFunction\s*\(/],
		['dynamic import', /\bimport\s*\(/],
		['network access', /\bfetch\s*\(|XMLHttpRequest|WebSocket|sendBeacon|EventSource/],
		['child processes', /child_process|\bspawn\s*\(|\bexecSync\b/]
	])('contain no %s', (_name, pattern) => {
		const hits = SOURCES.filter((s) => pattern.test(s.text)).map((s) => s.file);
		expect(hits).toEqual([]);
	});
});
