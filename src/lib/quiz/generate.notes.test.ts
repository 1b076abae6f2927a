/**
 * The generator on cards parsed from the real notes by the notes converter: the user's
 * `study_Docker.md` and the bundled deck in `questions/`.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseNotes } from '$lib/content/parse';
import { generateQuiz } from './generate';
import { mulberry32, shuffle } from './random';
import { QuizSpecError } from './spec';
import { violations } from './test-checks';
import { plainText } from './text';
import type { QuestionType, Quiz, QuizSourceCard } from './types';

const FILES = [
	'/work/shared/notes/study_Docker.md',
	...readdirSync('questions')
		.filter((f) => f.endsWith('.md') && f !== 'README.md')
		.map((f) => `questions/${f}`)
];
const CARDS: QuizSourceCard[] = FILES.flatMap((path) => {
	const file = path.split('/').at(-1) as string;
	return parseNotes(readFileSync(path, 'utf8'), file).cards.map((c) => ({
		...c,
		deckId: `bundled:${file}`
	}));
});
const TYPES: QuestionType[] = ['mcq', 'truefalse', 'fillin', 'command'];
const LIMIT = { kind: 'total', ms: 600_000 } as const;

describe('generateQuiz on the real notes', () => {
	it('has cards of every kind to work with', () => {
		expect(CARDS.length).toBeGreaterThan(300);
		expect(new Set(CARDS.map((c) => c.kind))).toEqual(
			new Set(
				['basic', 'reversed', 'cloze', 'command', 'typein'].filter((k) =>
					CARDS.some((c) => c.kind === k)
				)
			)
		);
		expect(CARDS.some((c) => c.kind === 'cloze')).toBe(true);
	});

	it('makes a full 50-question quiz of every type, deterministic per seed', () => {
		const a = generateQuiz(CARDS, { count: 50, types: TYPES, timeLimit: LIMIT }, 2026);
		expect(a.questions).toHaveLength(50);
		expect(a.shortfall).toBeNull();
		expect(generateQuiz(CARDS, { count: 50, types: TYPES, timeLimit: LIMIT }, 2026)).toEqual(a);
	});

	it('never shows the converter’s opening-words cue or a reversed card’s cue as an answer', () => {
		const quiz = generateQuiz(
			CARDS,
			{ count: 50, types: ['mcq', 'truefalse'], timeLimit: LIMIT },
			5
		);
		for (const q of quiz.questions) {
			expect(plainText(q.prompt).endsWith('…')).toBe(false);
			if (q.type === 'mcq')
				for (const o of q.options) expect(o).not.toContain('(무엇에 대한 설명인가요?)');
		}
	});

	it('keeps every invariant over 30 seeded quizzes of random specs and decks', () => {
		const rng = mulberry32(0x5eed);
		const decks = [...new Set(CARDS.map((c) => c.deckId))];
		const failures: string[] = [];
		for (let run = 0; run < 30; run++) {
			const seed = Math.floor(rng() * 2 ** 32);
			const types = shuffle(TYPES, rng).slice(0, 1 + Math.floor(rng() * 4));
			const deckIds = shuffle(decks, rng).slice(0, 1 + Math.floor(rng() * decks.length));
			let quiz: Quiz;
			try {
				quiz = generateQuiz(
					CARDS,
					{ count: 5 + Math.floor(rng() * 46), types, deckIds, timeLimit: LIMIT },
					seed
				);
			} catch (e) {
				if (e instanceof QuizSpecError && e.field === 'cards') continue;
				throw e;
			}
			for (const v of violations(quiz, CARDS)) failures.push(`seed ${seed}: ${v}`);
		}
		expect(failures).toEqual([]);
	}, 60_000);
});
