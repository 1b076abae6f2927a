/**
 * Lint self-check of the dependency arrows (eslint.boundaries.js): every fixture in
 * tests/fixtures/arrows (`.txt`, so nothing else type-checks or lints them where they lie) is
 * linted as if it were the file its first line names, and must fail
 * (`expect: error`) or pass (`expect: ok`) the boundary rule. The exception list may only shrink.
 */
import { ESLint } from 'eslint';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ARROW_EXCEPTIONS } from '../../eslint.boundaries.js';

const RULE = '@typescript-eslint/no-restricted-imports';
const DIR = 'tests/fixtures/arrows';

// The real config, without type-aware parsing (the fixtures' virtual paths are in no project).
const eslint = new ESLint({
	overrideConfig: [
		{
			files: ['**/*.ts', '**/*.svelte'],
			languageOptions: { parserOptions: { projectService: false, project: null } },
			rules: {
				'@typescript-eslint/no-floating-promises': 'off',
				'@typescript-eslint/no-misused-promises': 'off'
			}
		}
	]
});

function fixture(name: string) {
	const text = readFileSync(join(DIR, name), 'utf8');
	const as = /as: (\S+)/.exec(text)?.[1];
	const expected = /expect: (error|ok)/.exec(text)?.[1];
	if (!as || !expected) throw new Error(`${name}: needs "as: <path>" and "expect: error|ok"`);
	return { text, as, expected };
}

async function boundaryErrors(text: string, filePath: string): Promise<string[]> {
	const [result] = await eslint.lintText(text, { filePath });
	const fatal = result?.messages.filter((m) => m.fatal) ?? [];
	if (fatal.length) throw new Error(`${filePath}: ${fatal.map((m) => m.message).join('; ')}`);
	return (result?.messages ?? []).filter((m) => m.ruleId === RULE).map((m) => m.message);
}

describe('dependency arrows are enforced by ESLint', () => {
	const names = readdirSync(DIR)
		.filter((n) => n.endsWith('.txt'))
		.sort();

	it('has fixtures for both outcomes', () => {
		const outcomes = new Set(names.map((n) => fixture(n).expected));
		expect([...outcomes].sort()).toEqual(['error', 'ok']);
	});

	for (const name of names) {
		it(`${name}`, async () => {
			const { text, as, expected } = fixture(name);
			const errors = await boundaryErrors(text, as);
			if (expected === 'error') expect(errors.length, as).toBeGreaterThan(0);
			else expect(errors, as).toEqual([]);
		});
	}
});

describe('the exception list only shrinks', () => {
	const files = Object.keys(ARROW_EXCEPTIONS);

	it('lists files one by one (no globs), each still present', () => {
		expect(files.filter((f) => /[*?{}[\]]/.test(f) || !existsSync(f))).toEqual([]);
	});

	it('every listed file still breaks an arrow (else it must leave the list)', async () => {
		const mended: string[] = [];
		for (const file of files) {
			const text = readFileSync(file, 'utf8');
			// Lint it as an unlisted file of the same layer.
			const stand = file.replace(/\/([^/]+)$/, '/__unlisted__$1');
			if ((await boundaryErrors(text, stand)).length === 0) mended.push(file);
		}
		expect(mended).toEqual([]);
	});
});
