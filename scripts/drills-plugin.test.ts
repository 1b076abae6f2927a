import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadDrillsForBuild } from './drills-plugin';

const root = process.cwd();
let dir = '';

afterEach(() => {
	if (dir) rmSync(dir, { recursive: true, force: true });
	dir = '';
});

function drillsDir(files: Record<string, string>): string {
	dir = mkdtempSync(join(tmpdir(), 'drills-'));
	for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
	return dir;
}

const GOOD = [
	'## docker-version',
	'- kind: recall',
	'- prompt: 버전을 확인하세요.',
	'- prompt-en: Check the version.',
	'- expected: `docker version`',
	''
].join('\n');

describe('loadDrillsForBuild', () => {
	it('loads the drills of the project, each with its file, and a stable version', async () => {
		const a = await loadDrillsForBuild(root);
		const b = await loadDrillsForBuild(root);
		expect(a.drills.length).toBeGreaterThan(0);
		expect(a.drills.every((d) => d.source.file.startsWith('questions/drills/'))).toBe(true);
		expect(a.version).toBe(b.version);
		expect(a.version).toMatch(/^[0-9a-z]+$/);
	}, 30_000);

	it('skips README.md and changes the version when a drill changes', async () => {
		const one = await loadDrillsForBuild(root, drillsDir({ 'a.md': GOOD, 'README.md': '# x' }));
		expect(one.drills.map((d) => d.id)).toEqual(['docker-version']);
		rmSync(dir, { recursive: true, force: true });
		const two = await loadDrillsForBuild(
			root,
			drillsDir({ 'a.md': GOOD.replace('버전을', '도커 버전을') })
		);
		expect(two.version).not.toBe(one.version);
	}, 30_000);

	it('a broken drill file fails with file:line: reason for every problem', async () => {
		const broken = [
			GOOD,
			'## bad-one',
			'- kind: recall',
			'- prompt: x',
			'- prompt-en: x',
			'- expected: `usermod --frobnicate`',
			'',
			'## bad-two',
			'- colour: blue',
			''
		].join('\n');
		const error = await loadDrillsForBuild(root, drillsDir({ 'bad.md': broken })).then(
			() => null,
			(e: unknown) => e as Error
		);
		const lines = error?.message.split('\n') ?? [];
		expect(lines.some((l) => /bad\.md:11: expected: usermod: unrecognized option/.test(l))).toBe(
			true
		);
		expect(lines.some((l) => /bad\.md:14: unknown key 'colour'/.test(l))).toBe(true);
	}, 30_000);
});
