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
 * The quiz domain's helper holds the particles a swapped-in term needs and the Korean field
 * labels of the hand-written quiz format (words of the format, not text for the learner).
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
	'src/lib/content/notes/walker.ts',
	'src/lib/quiz/korean.ts',
	// The notes' placeholder words (`<이미지명>` → image) and the card lint's Korean patterns
	// (ordinal prompts `2번째`, alt words an editor fills in): vocabulary matched in notes.
	'src/lib/content/commands.ts',
	'src/lib/content/lint.ts',
	'src/lib/content/lint-text.ts'
];

/** Test support modules (imported by tests only; not shipped). */
const TEST_SUPPORT = [
	'src/lib/quiz/test-cards.ts',
	'src/lib/quiz/test-checks.ts',
	'src/lib/content/testing.ts'
];

/**
 * Files whose Korean text their owners are still moving to the message files (or, for the
 * converter, to its own grammar helpers): the notes converter (`content/`).
 */
const PENDING: readonly string[] = [];

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
		const stale = [...PENDING, ...GRAMMAR_HELPERS].filter(
			(file) => /[*?{}[\]]/.test(file) || !existsSync(file) || !withHangul(file)
		);
		expect(stale, 'globs, missing files, or files with no Hangul any more: take them off').toEqual(
			[]
		);
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
