/**
 * Issue 15, Quizlet habits in the domain: "I was right" overrides of typed answers (stored as an
 * override, counted in the score, the judged verdict kept) and "retake only the missed questions".
 */
import { DEFAULT_USER } from '$lib/drill';
import { describe, expect, it } from 'vitest';
import { answer, overrideAnswer, score, startAttempt, submit } from './attempt';
import { generateQuiz } from './generate';
import { missedQuestions, missedQuiz } from './retake';
import { readStoredAttempt } from './stored';
import { DOCKER_CARDS } from './test-cards';
import type { AnswerValue, Attempt, Question } from './types';

const T0 = new Date('2026-03-02T09:00:00+09:00');
const at = (seconds: number): Date => new Date(T0.getTime() + seconds * 1000);

function attempt(): Attempt {
	const quiz = generateQuiz(
		DOCKER_CARDS,
		{
			count: 8,
			types: ['mcq', 'truefalse', 'fillin', 'command'],
			timeLimit: { kind: 'total', ms: 300_000 }
		},
		31337
	);
	return startAttempt(quiz, T0);
}

function right(q: Question): AnswerValue {
	switch (q.type) {
		case 'mcq':
			return { type: 'mcq', choice: q.correctIndex };
		case 'truefalse':
			return { type: 'truefalse', value: q.correct };
		case 'fillin':
			return { type: 'fillin', text: q.expected };
		case 'command':
			return {
				type: 'command',
				text: q.expected.replaceAll('{user}', DEFAULT_USER).replaceAll(/\{[a-z]+\}/g, 'web')
			};
	}
}

function wrong(q: Question): AnswerValue {
	switch (q.type) {
		case 'mcq':
			return { type: 'mcq', choice: (q.correctIndex + 1) % q.options.length };
		case 'truefalse':
			return { type: 'truefalse', value: !q.correct };
		case 'fillin':
			return { type: 'fillin', text: '컨테이너들' };
		case 'command':
			return { type: 'command', text: 'ls -l' };
	}
}

/** Every question answered wrong except the first two, submitted at second 100. */
function submitted(): Attempt {
	let a = attempt();
	a.questions.forEach((q, i) => {
		const r = answer(a, q.id, i < 2 ? right(q) : wrong(q), at(i + 1));
		if (!r.ok) throw new Error(r.code);
		a = r.attempt;
	});
	return submit(a, at(100));
}

describe('"I was right" override of a typed answer', () => {
	const done = submitted();
	const typedWrong = done.questions.filter(
		(q, i) => i >= 2 && (q.type === 'fillin' || q.type === 'command')
	);

	it('counts in the score, keeps the judged verdict, and takes the card off the lapse list', () => {
		const q = typedWrong[0]!;
		const before = score(done);
		const r = overrideAnswer(done, q.id, at(200));
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		expect(r.attempt.overrides).toEqual({ [q.id]: at(200) });
		const after = score(r.attempt);
		expect(after.correct).toBe(before.correct + 1);
		expect(after.overridden).toBe(1);
		const item = after.perQuestion.find((x) => x.questionId === q.id)!;
		expect(item).toMatchObject({ verdict: 'wrong', correct: true, overridden: true });
		expect(before.wrongCardIds).toContain(q.cardId);
		expect(after.wrongCardIds).not.toContain(q.cardId);
		expect(overrideAnswer(r.attempt, q.id, at(300))).toEqual({
			ok: false,
			code: 'already-overridden'
		});
		// Stored and read back, the override is still there (history shows it).
		expect(score(readStoredAttempt(structuredClone(r.attempt))).overridden).toBe(1);
	});

	it('is refused for a choice question, a right answer, or before submission', () => {
		const choice = done.questions.find((q, i) => i >= 2 && q.type === 'mcq');
		if (choice)
			expect(overrideAnswer(done, choice.id, at(200))).toEqual({ ok: false, code: 'not-typed' });
		const rightOne = done.questions
			.slice(0, 2)
			.find((q) => q.type === 'fillin' || q.type === 'command');
		if (rightOne)
			expect(overrideAnswer(done, rightOne.id, at(200))).toEqual({ ok: false, code: 'not-wrong' });
		const running = { ...done, submittedAt: undefined };
		expect(overrideAnswer(running, typedWrong[0]!.id, at(50))).toEqual({
			ok: false,
			code: 'not-submitted'
		});
		expect(typedWrong.length).toBeGreaterThan(0);
	});
});

describe('retake only the missed questions', () => {
	const done = submitted();

	it('takes the wrong and unanswered questions, not the right or overridden ones', () => {
		const missed = missedQuestions(done).map((q) => q.id);
		expect(missed).toEqual(done.questions.slice(2).map((q) => q.id));
		const typed = done.questions.find(
			(q, i) => i >= 2 && (q.type === 'fillin' || q.type === 'command')
		)!;
		const r = overrideAnswer(done, typed.id, at(200));
		if (!r.ok) throw new Error(r.code);
		expect(missedQuestions(r.attempt).map((q) => q.id)).not.toContain(typed.id);
		expect(missedQuestions(r.attempt)).toHaveLength(missed.length - 1);
	});

	it('makes a new quiz of them: same questions, options reshuffled with the answer kept, time scaled, origin noted', () => {
		const retake = missedQuiz(done, 77)!;
		expect(retake.origin).toEqual({ kind: 'missed', from: done.id });
		expect(retake.questions.map((q) => q.id).sort()).toEqual(
			done.questions
				.slice(2)
				.map((q) => q.id)
				.sort()
		);
		for (const q of retake.questions) {
			const old = done.questions.find((o) => o.id === q.id)!;
			if (q.type === 'mcq' && old.type === 'mcq') {
				expect(q.options.slice().sort()).toEqual(old.options.slice().sort());
				expect(q.options[q.correctIndex]).toBe(old.options[old.correctIndex]);
			} else expect(q).toEqual(old);
		}
		// 6 of 8 questions of a 5-minute quiz: 3.75 min, rounded up to 4.
		expect(retake.spec.timeLimit).toEqual({ kind: 'total', ms: 4 * 60_000 });
		expect(missedQuiz(done, 77)).toEqual(retake);
		const again = startAttempt(retake, at(300));
		expect(again.origin).toEqual({ kind: 'missed', from: done.id });
	});

	it('is null when nothing was missed', () => {
		let a = attempt();
		for (const q of a.questions) {
			const r = answer(a, q.id, right(q), at(1));
			if (!r.ok) throw new Error(r.code);
			a = r.attempt;
		}
		expect(missedQuiz(submit(a, at(10)), 1)).toBeNull();
	});
});
