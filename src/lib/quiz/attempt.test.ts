import { DEFAULT_USER } from '$lib/drill';
import { describe, expect, it } from 'vitest';
import {
	announceAt,
	answer,
	checkFillIn,
	currentQuestionIndex,
	endsAt,
	isExpired,
	QuizAttemptError,
	score,
	startAttempt,
	submit,
	submitIfExpired,
	timeLeftMs,
	warningState
} from './attempt';
import { generateQuiz } from './generate';
import { DOCKER_CARDS } from './test-cards';
import type { AnswerValue, Attempt, Question, Quiz, TimeLimit } from './types';

const T0 = new Date('2026-03-02T09:00:00+09:00');
const at = (seconds: number): Date => new Date(T0.getTime() + seconds * 1000);
const S = 1000;

function quiz(timeLimit: TimeLimit, count = 5): Quiz {
	return generateQuiz(
		DOCKER_CARDS,
		{ count, types: ['mcq', 'truefalse', 'fillin', 'command'], timeLimit },
		31337
	);
}

/** A right answer for any question (what a perfect learner would give). */
function rightAnswer(q: Question): AnswerValue {
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

function wrongAnswer(q: Question): AnswerValue {
	switch (q.type) {
		case 'mcq':
			return { type: 'mcq', choice: (q.correctIndex + 1) % q.options.length };
		case 'truefalse':
			return { type: 'truefalse', value: !q.correct };
		case 'fillin':
			return { type: 'fillin', text: '모르겠음' };
		case 'command':
			return { type: 'command', text: 'ls -l' };
	}
}

function mustAnswer(a: Attempt, q: Question, value: AnswerValue, now: Date): Attempt {
	const r = answer(a, q.id, value, now);
	if (!r.ok) throw new Error(`refused: ${r.code}`);
	return r.attempt;
}

/**
 * The quiz screen as the issue asks for it: the countdown is recomputed from the clock on every
 * animation frame while the page is visible and on `visibilitychange`; a hidden page gets no
 * frames at all (and no timer ticks). Also keeps a naive tick counter, the bug of case C15.
 */
function simulateScreen(attempt: Attempt, hidden: [number, number], until: number) {
	let shownMs = timeLeftMs(attempt, at(0));
	let naiveSeconds = 60;
	for (let ms = 0; ms <= until * S; ms += 250) {
		const visible = ms < hidden[0] * S || ms >= hidden[1] * S;
		if (!visible) continue;
		shownMs = timeLeftMs(attempt, new Date(T0.getTime() + ms));
		if (ms % S === 0 && ms > 0) naiveSeconds -= 1; // setInterval(…, 1000) only fires while visible
	}
	return { shownMs, naiveSeconds };
}

describe('deadline and countdown (C15)', () => {
	const attempt = startAttempt(quiz({ kind: 'total', ms: 60_000 }), T0);

	it('C15: 60 s quiz, page hidden from second 5 to second 50 → 10 ± 1 s left on return', () => {
		expect(attempt.deadline).toEqual(at(60));
		const { shownMs, naiveSeconds } = simulateScreen(attempt, [5, 50], 50);
		expect(Math.abs(shownMs - 10_000)).toBeLessThanOrEqual(1000);
		// The tick-counting countdown would still show 55 s: the fake page really got no ticks.
		expect(naiveSeconds).toBe(55);
	});

	it('C15: tab hidden 45 s of a 60 s quiz (seconds 0 to 45) → 15 s left on return', () => {
		const { shownMs } = simulateScreen(attempt, [0, 45], 45);
		expect(shownMs).toBe(15_000);
	});

	it('C15: hidden past the deadline → submitted at the deadline with the answers given so far, no extra time', () => {
		const [q1, q2, q3] = attempt.questions as [Question, Question, Question];
		let a = mustAnswer(attempt, q1, rightAnswer(q1), at(2));
		a = mustAnswer(a, q2, wrongAnswer(q2), at(4));
		// Hidden from second 5; the learner comes back at second 95.
		const back = at(95);
		expect(timeLeftMs(a, back)).toBe(0);
		expect(isExpired(a, back)).toBe(true);
		expect(warningState(a, back)).toBe('expired');
		const late = answer(a, q3.id, rightAnswer(q3), back);
		expect(late).toMatchObject({ ok: false, code: 'expired' });
		const done = submitIfExpired(a, back);
		expect(done.submittedAt).toEqual(at(60));
		expect(Object.keys(done.answers)).toEqual([q1.id, q2.id]);
		const result = score(done);
		expect(result).toMatchObject({ correct: 1, total: 5, timeUsedMs: 60_000 });
		expect(result.perQuestion.map((r) => r.verdict)).toEqual([
			'correct',
			'wrong',
			'unanswered',
			'unanswered',
			'unanswered'
		]);
	});

	it('never goes negative, never above the limit (clock set back), 0 from the deadline on', () => {
		expect(timeLeftMs(attempt, at(-30))).toBe(60_000);
		expect(timeLeftMs(attempt, at(59.999))).toBe(1);
		expect(timeLeftMs(attempt, at(60))).toBe(0);
		expect(timeLeftMs(attempt, at(3600))).toBe(0);
		expect(isExpired(attempt, at(59.999))).toBe(false);
		expect(isExpired(attempt, at(60))).toBe(true);
	});

	it('accepts an answer 1 ms before the deadline and refuses one at the deadline', () => {
		const q = attempt.questions[0]!;
		expect(answer(attempt, q.id, rightAnswer(q), new Date(at(60).getTime() - 1)).ok).toBe(true);
		expect(answer(attempt, q.id, rightAnswer(q), at(60))).toMatchObject({
			ok: false,
			code: 'expired'
		});
	});

	it('submitting early keeps the submission time; submitting twice changes nothing', () => {
		const a = submit(attempt, at(20));
		expect(a.submittedAt).toEqual(at(20));
		expect(submit(a, at(40))).toBe(a);
		expect(timeLeftMs(a, at(21))).toBe(0);
		expect(answer(a, a.questions[0]!.id, rightAnswer(a.questions[0]!), at(21))).toMatchObject({
			ok: false,
			code: 'submitted',
			reason: { key: 'quiz_refused_submitted' }
		});
	});
});

describe('warning and screen-reader announcement', () => {
	it('warns at 10 % of the limit left', () => {
		const a = startAttempt(quiz({ kind: 'total', ms: 600_000 }), T0);
		expect(warningState(a, at(0))).toBe('normal');
		expect(warningState(a, at(539.999))).toBe('normal');
		expect(warningState(a, at(540))).toBe('warning');
		expect(warningState(a, at(599))).toBe('warning');
		expect(warningState(a, at(600))).toBe('expired');
	});

	it('announces once when crossing one minute left, not every second', () => {
		const a = startAttempt(quiz({ kind: 'total', ms: 300_000 }), T0);
		const announced: number[] = [];
		for (let ms = 250; ms <= 300_000; ms += 250) {
			if (announceAt(a, T0.getTime() + ms - 250, T0.getTime() + ms)) announced.push(ms);
		}
		expect(announced).toEqual([240_000]);
	});

	it('announces on return from a hidden tab that crossed the minute, not at or after the end', () => {
		const a = startAttempt(quiz({ kind: 'total', ms: 300_000 }), T0);
		expect(announceAt(a, at(100).getTime(), at(270).getTime())).toBe(true);
		expect(announceAt(a, at(100).getTime(), at(300).getTime())).toBe(false);
		expect(announceAt(a, at(250).getTime(), at(251).getTime())).toBe(false);
	});

	it('never announces in a quiz that starts with one minute or less', () => {
		const a = startAttempt(quiz({ kind: 'total', ms: 60_000 }), T0);
		let count = 0;
		for (let s = 1; s <= 60; s++) if (announceAt(a, at(s - 1).getTime(), at(s).getTime())) count++;
		expect(count).toBe(0);
	});
});

describe('per-question limit', () => {
	const a0 = startAttempt(quiz({ kind: 'perQuestion', ms: 30_000 }), T0);
	const qs = a0.questions;

	it('runs each question on its own clock, starting when the previous one ended', () => {
		expect(a0.deadline).toEqual(at(150));
		expect(currentQuestionIndex(a0, at(0))).toBe(0);
		expect(timeLeftMs(a0, at(0))).toBe(30_000);
		const a1 = mustAnswer(a0, qs[0]!, rightAnswer(qs[0]!), at(10));
		expect(currentQuestionIndex(a1, at(10))).toBe(1);
		expect(timeLeftMs(a1, at(10))).toBe(30_000);
		// Question 1 ran out at second 40, unanswered; question 2 started then.
		expect(currentQuestionIndex(a1, at(45))).toBe(2);
		expect(timeLeftMs(a1, at(45))).toBe(25_000);
		expect(warningState(a1, at(67))).toBe('warning');
		expect(answer(a1, qs[1]!.id, rightAnswer(qs[1]!), at(45))).toMatchObject({
			ok: false,
			code: 'not-current'
		});
		expect(answer(a1, qs[3]!.id, rightAnswer(qs[3]!), at(45))).toMatchObject({
			ok: false,
			code: 'not-current'
		});
		// Hidden from second 45 to 500: questions 2–4 ran out at 70, 100, 130.
		expect(endsAt(a1)).toEqual(at(130));
		const done = submitIfExpired(a1, at(500));
		expect(done.submittedAt).toEqual(at(130));
		expect(score(done).correct).toBe(1);
	});

	it('ends when the last question is answered', () => {
		let a = a0;
		qs.forEach((q, i) => {
			a = mustAnswer(a, q, rightAnswer(q), at(5 * (i + 1)));
		});
		expect(isExpired(a, at(25))).toBe(true);
		expect(submit(a, at(26)).submittedAt).toEqual(at(25));
		expect(score(submit(a, at(26)))).toMatchObject({ correct: 5, total: 5, wrongCardIds: [] });
	});
});

describe('answers, scoring and resume', () => {
	const a0 = startAttempt(quiz({ kind: 'total', ms: 300_000 }, 8), T0);

	it('records answers without changing the old attempt, and lets them be changed before the deadline', () => {
		const q = a0.questions[0]!;
		const a1 = mustAnswer(a0, q, wrongAnswer(q), at(3));
		expect(a0.answers).toEqual({});
		const a2 = mustAnswer(a1, q, rightAnswer(q), at(9));
		expect(a2.answers[q.id]).toEqual({ ...rightAnswer(q), answeredAt: at(9) });
		expect(score(a2).perQuestion[0]?.verdict).toBe('correct');
	});

	it('throws a typed error for programming mistakes', () => {
		const q = a0.questions.find((x) => x.type === 'mcq')!;
		expect(() => answer(a0, 'nope', { type: 'mcq', choice: 0 }, at(1))).toThrow(QuizAttemptError);
		expect(() => answer(a0, q.id, { type: 'truefalse', value: true }, at(1))).toThrow(/is mcq/);
		expect(() => answer(a0, q.id, { type: 'mcq', choice: 4 }, at(1))).toThrow(/out of range/);
		const empty = { ...quiz({ kind: 'total', ms: 60_000 }), questions: [] };
		expect(() => startAttempt(empty, T0)).toThrow(QuizAttemptError);
	});

	it('scores every type; unanswered is wrong; wrong answers list their cards once', () => {
		let a = a0;
		a0.questions.forEach((q, i) => {
			if (i < 4) a = mustAnswer(a, q, rightAnswer(q), at(i + 1));
			else if (i < 6) a = mustAnswer(a, q, wrongAnswer(q), at(i + 1));
		});
		const result = score(submit(a, at(100)));
		expect(result.correct).toBe(4);
		expect(result.total).toBe(8);
		expect(result.timeUsedMs).toBe(100_000);
		expect(result.wrongCardIds).toEqual(a0.questions.slice(4).map((q) => q.cardId));
		expect(new Set(a0.questions.map((q) => q.type))).toEqual(
			new Set(['mcq', 'truefalse', 'fillin', 'command'])
		);
		for (const r of result.perQuestion) {
			expect(r.explanation.length).toBeGreaterThan(0);
			expect(r.source.file).toMatch(/\.md$/);
			expect(r.expected.length).toBeGreaterThan(0);
		}
	});

	it('judges command answers with the drill matcher (same meaning, other spelling)', () => {
		const q = a0.questions.find((x) => x.type === 'command')!;
		expect(q.type).toBe('command');
		if (q.type !== 'command') return;
		const good = mustAnswer(
			a0,
			q,
			{ type: 'command', text: `  ${q.expected.replaceAll(/\{[a-z]+\}/g, 'web')}  ` },
			at(1)
		);
		const bad = mustAnswer(a0, q, { type: 'command', text: 'docker images' }, at(1));
		const rGood = score(good).perQuestion.find((r) => r.questionId === q.id)!;
		const rBad = score(bad).perQuestion.find((r) => r.questionId === q.id)!;
		expect(rGood.correct).toBe(true);
		expect(rBad).toMatchObject({ correct: false, verdict: 'wrong' });
		expect(rBad.reasons?.length).toBeGreaterThan(0);
	});

	it('survives a structured clone (IndexedDB) mid-attempt and resumes with the same state', () => {
		const q = a0.questions[0]!;
		const a1 = mustAnswer(a0, q, rightAnswer(q), at(30));
		const stored = structuredClone(a1);
		expect(stored).toEqual(a1);
		expect(stored.deadline).toBeInstanceOf(Date);
		// Reopened at second 200: same questions and answers, 100 s left.
		expect(timeLeftMs(stored, at(200))).toBe(100_000);
		expect(score(stored)).toEqual(score(a1));
	});
});

describe('checkFillIn', () => {
	it('compares NFC-normalised: decomposed Hangul matches composed', () => {
		const nfd = '네임스페이스'.normalize('NFD');
		expect(nfd.length).toBeGreaterThan('네임스페이스'.length);
		expect(checkFillIn(nfd, '네임스페이스')).toBe(true);
		expect(checkFillIn('네임스페이스', nfd)).toBe(true);
	});

	it('folds Latin case, trims and collapses whitespace', () => {
		expect(checkFillIn('  dockerFILE ', 'Dockerfile')).toBe(true);
		expect(checkFillIn('호스트   포트', '호스트 포트')).toBe(true);
		expect(checkFillIn('호스트포트', '호스트 포트')).toBe(false);
		expect(checkFillIn('Dockerfiles', 'Dockerfile')).toBe(false);
	});

	it('accepts any of several texts and never an empty answer', () => {
		expect(
			checkFillIn('namespaces', ['네임스페이스(namespaces)', '네임스페이스', 'namespaces'])
		).toBe(true);
		expect(checkFillIn('   ', '')).toBe(false);
	});
});
