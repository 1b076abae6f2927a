import { describe, expect, it } from 'vitest';
import { answer, startAttempt, submit } from './attempt';
import { generateQuiz } from './generate';
import { attemptStatus, readStoredAttempt, StoredAttemptError } from './stored';
import { DOCKER_CARDS } from './test-cards';

const T0 = new Date('2026-03-02T09:00:00+09:00');
const quiz = generateQuiz(
	DOCKER_CARDS,
	{
		count: 8,
		types: ['mcq', 'truefalse', 'fillin', 'command'],
		timeLimit: { kind: 'total', ms: 300_000 }
	},
	4242
);

describe('readStoredAttempt', () => {
	it('round-trips an attempt through a structured clone (what IndexedDB stores)', () => {
		const a0 = startAttempt(quiz, T0);
		const q = a0.questions[0]!;
		const r = answer(
			a0,
			q.id,
			q.type === 'mcq'
				? { type: 'mcq', choice: 0 }
				: q.type === 'truefalse'
					? { type: 'truefalse', value: true }
					: { type: q.type, text: 'x' },
			new Date(T0.getTime() + 5000)
		);
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		const stored = structuredClone(r.attempt);
		expect(readStoredAttempt(stored)).toEqual(r.attempt);
		expect(attemptStatus(r.attempt)).toBe('running');
		expect(attemptStatus(submit(r.attempt, new Date(T0.getTime() + 9000)))).toBe('submitted');
	});

	it('rejects data that lost its dates or its questions, naming the path', () => {
		const a = startAttempt(quiz, T0);
		const asJson = JSON.parse(JSON.stringify(a)) as unknown;
		expect(() => readStoredAttempt(asJson)).toThrow(StoredAttemptError);
		expect(() => readStoredAttempt(asJson)).toThrow(/startedAt/);
		expect(() => readStoredAttempt({ ...a, questions: [] })).toThrow(/questions/);
		expect(() =>
			readStoredAttempt({ ...a, answers: { nope: { type: 'mcq', choice: 0, answeredAt: T0 } } })
		).toThrow(/unknown question/);
		expect(() => readStoredAttempt(null)).toThrow(StoredAttemptError);
	});
});
