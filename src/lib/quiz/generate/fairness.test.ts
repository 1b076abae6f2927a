/**
 * Issue 15's fairness properties over real notes, as the converter turns them into cards: the
 * bundled deck (`questions/*.md`) and the user's notes (`study_Docker.md`). Every multiple-choice
 * question of many seeded quizzes is checked from the cards' own text: no wrong option is also a
 * right answer to the stem, no option is a heading or label, no cloze distractor completes the
 * sentence into a stated fact, and "pick the longest option" wins no more often than chance.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { deckIdFor } from '$lib/cards';
import { parseNotes } from '$lib/content/parse';
import { notesPath } from '../../../../tests/notes-path';
import { fairnessReport, violations } from '../test-checks';
import type { Quiz, QuizSourceCard, QuizSpec } from '../types';
import { generateQuiz } from './index';

function deck(path: string, origin: 'bundled' | 'import'): QuizSourceCard[] {
	const file = path.split('/').at(-1) as string;
	const deckId = deckIdFor(origin, file);
	return parseNotes(readFileSync(path, 'utf8'), path, { deck: deckId }).cards.map((c) => ({
		...c,
		deckId
	}));
}

const BUNDLED = readdirSync('questions')
	.filter((f) => f.endsWith('.md') && f !== 'README.md')
	.sort()
	.flatMap((f) => deck(`questions/${f}`, 'bundled'));
const USER = deck(notesPath(), 'import');
const LIMIT = { kind: 'total', ms: 600_000 } as const;

/** Multiple-choice quizzes over every deck alone and all together, for many seeds. */
function quizzes(cards: readonly QuizSourceCard[], seeds: number): Quiz[] {
	const decks = [...new Set(cards.map((c) => c.deckId))];
	const specs: QuizSpec[] = [undefined, ...decks].map((d) => ({
		count: 50,
		types: ['mcq'],
		timeLimit: LIMIT,
		...(d ? { deckIds: [d] } : {})
	}));
	const out: Quiz[] = [];
	for (let seed = 1; seed <= seeds; seed++) {
		for (const spec of specs) {
			try {
				out.push(generateQuiz(cards, spec, seed * 7919));
			} catch {
				// a deck too small for a multiple-choice question: nothing to check
			}
		}
	}
	return out;
}

describe.each([
	['the bundled deck', BUNDLED, 12],
	["the user's notes", USER, 40]
])('issue 15 fairness over %s', (_name, cards, seeds) => {
	const made = quizzes(cards, seeds);
	const report = fairnessReport(made, cards);

	it('makes multiple-choice questions to check', () => {
		console.log(
			_name,
			JSON.stringify({
				mcqs: report.mcqs,
				longest: report.longestRate,
				shortest: report.shortestRate,
				byOptions: report.byOptions
			})
		);
		expect(report.mcqs).toBeGreaterThan(50);
	});

	it('no wrong option is also a right answer to the stem (same front or subject)', () => {
		expect(report.alsoCorrect).toEqual([]);
	});

	it('no option is a heading or a parent label', () => {
		expect(report.headings).toEqual([]);
	});

	it('no cloze distractor completes the sentence into a fact the notes state', () => {
		expect(report.statedFacts).toEqual([]);
	});

	it('"pick the longest option" wins no more often than chance (1 in 4)', () => {
		expect(report.longestRate).toBeLessThanOrEqual(0.25);
		expect(report.shortestRate).toBeLessThanOrEqual(0.3);
		for (const [k, { longestRate }] of Object.entries(report.byOptions)) {
			expect(longestRate, `${k} options`).toBeLessThanOrEqual(1 / Number(k));
		}
	});

	it('keeps the general invariants', () => {
		expect(made.flatMap((q) => violations(q, cards))).toEqual([]);
	});
});
