/**
 * Every text a learner reads comes from messages/{ko,en}.json: no Hangul in the shipped source
 * of src/lib (code, strings or comments), except in the Korean grammar helpers listed below and in
 * the files still PENDING translation by their owners. PENDING lists files one by one (no globs)
 * and may only shrink: a listed file that has no Hangul any more must leave the list.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const HANGUL = /[\u1100-\u11ff\u3130-\u318f\uac00-\ud7a3]/;

/**
 * Korean grammar helpers: particle choice needs the Korean particles themselves. The notes
 * converter (`content/notes/`) reads Korean notes: its rules match Korean particles, copulas,
 * Docker's Korean vocabulary, generic labels and sentences about the notes, and document each
 * rule with the Korean notes it reads. No learner-facing text: its reasons are message ids.
 */
const GRAMMAR_HELPERS: readonly string[] = [
	'src/lib/content/notes/adapter.ts',
	'src/lib/content/notes/classify.ts',
	'src/lib/content/notes/draft.ts',
	'src/lib/content/notes/finalise.ts',
	'src/lib/content/notes/glossary.ts',
	'src/lib/content/notes/html.ts',
	'src/lib/content/notes/inline-fixes.ts',
	'src/lib/content/notes/key-terms.ts',
	'src/lib/content/notes/phrases.ts',
	'src/lib/content/notes/rules/answer-shown.ts',
	'src/lib/content/notes/rules/blank-filters.ts',
	'src/lib/content/notes/rules/code-block.ts',
	'src/lib/content/notes/rules/command-description.ts',
	'src/lib/content/notes/rules/definition.ts',
	'src/lib/content/notes/rules/example-values.ts',
	'src/lib/content/notes/rules/frequent-terms.ts',
	'src/lib/content/notes/rules/heading-definition.ts',
	'src/lib/content/notes/rules/lazy-bullets.ts',
	'src/lib/content/notes/rules/list-items.ts',
	'src/lib/content/notes/rules/meta-sentence.ts',
	'src/lib/content/notes/rules/numbered-headings.ts',
	'src/lib/content/notes/rules/paragraph.ts',
	'src/lib/content/notes/rules/parent-list.ts',
	'src/lib/content/notes/rules/parent-reverse.ts',
	'src/lib/content/notes/rules/sentence-cloze.ts',
	'src/lib/content/notes/rules/sentences.ts',
	'src/lib/content/notes/rules/short-context.ts',
	'src/lib/content/notes/rules/table-rows.ts',
	'src/lib/content/notes/rules/term-definition.ts',
	'src/lib/content/notes/rules/term-heading.ts',
	'src/lib/content/notes/text.ts',
	'src/lib/content/notes/walker.ts'
];

/** Test support modules (imported by tests only; not shipped). */
const TEST_SUPPORT = [
	'src/lib/quiz/test-cards.ts',
	'src/lib/quiz/test-checks.ts',
	'src/lib/content/testing.ts'
];

/**
 * Files whose Korean text their owners are still moving to the message files (or, for the
 * converter, to its own grammar helpers): the notes converter (`content/`) and the quiz domain
 * (`quiz/`).
 */
const PENDING = [
	// converter and corpus (`content/`): Korean words the notes parser and the card lint match
	'src/lib/content/commands.ts',
	'src/lib/content/lint.ts',
	'src/lib/content/types.ts',
	// quizzes (`quiz/`): refusals, shortfall reasons, hand-written file errors, particles
	'src/lib/quiz/attempt.ts',
	'src/lib/quiz/generate.ts',
	'src/lib/quiz/hand-written.ts',
	'src/lib/quiz/spec.ts',
	'src/lib/quiz/types.ts'
];

function shipped(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return name === 'paraglide' ? [] : shipped(path);
		if (!/\.(ts|js|svelte)$/.test(name) || name.endsWith('.test.ts')) return [];
		return TEST_SUPPORT.includes(path) ? [] : [path];
	});
}

const withHangul = (file: string) => HANGUL.test(readFileSync(file, 'utf8'));

describe('no Korean outside the message files', () => {
	const files = shipped('src/lib');

	it('scans the shipped source', () => {
		expect(files.length).toBeGreaterThan(100);
		expect(files).toContain('src/lib/db/backup/parse.ts');
	});

	it('no shipped file outside the listed ones has Hangul', () => {
		const allowed = new Set([...GRAMMAR_HELPERS, ...PENDING]);
		const offenders = files.filter((f) => !allowed.has(f) && withHangul(f));
		expect(offenders).toEqual([]);
	});

	it('the pending list only shrinks: every listed file exists and still has Hangul', () => {
		for (const file of [...PENDING, ...GRAMMAR_HELPERS]) {
			expect(file, file).not.toMatch(/[*?{}[\]]/);
			expect(existsSync(file), file).toBe(true);
			expect(withHangul(file), `${file} has no Hangul any more: take it off the list`).toBe(true);
		}
	});

	it('test support modules are imported by tests only', () => {
		const names = TEST_SUPPORT.map((f) => f.replace(/^src\/lib\//, '').replace(/\.ts$/, ''));
		const importers = files.filter((f) => {
			const text = readFileSync(f, 'utf8');
			return names.some((n) => text.includes(`${n.split('/').pop()}'`));
		});
		expect(importers).toEqual([]);
	});
});
