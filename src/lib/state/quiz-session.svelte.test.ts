import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { QUEUE, StudyDb, type CardRow } from '$lib/db';
import { generateQuiz, startAttempt, type Attempt, type Question, type TimeLimit } from '$lib/quiz';
import { DOCKER_CARDS } from '$lib/quiz/test-cards';
import { DEFAULT_SCHEDULER_SETTINGS, newMemoryState } from '$lib/scheduling';
import { DRAFT_SAVE_MS, QuizSession } from './quiz-session.svelte';
import { loadAttempt, saveAttempt } from '$lib/services/quiz';
import type { ServiceContext } from '$lib/services/context';

const T0 = new Date('2026-03-02T09:00:00+09:00');
const S = 1000;

/**
 * The device clock and the monotonic clock, moved by hand; nothing happens between `tick`s (like
 * a hidden tab). `advance` is real time passing (both move); `setDevice` is the learner changing
 * the device clock (only it moves).
 */
class FakeClock {
	ms = T0.getTime();
	mono = 1_000;
	now = (): Date => new Date(this.ms);
	monotonic = (): number => this.mono;
	advance(seconds: number): void {
		this.ms += seconds * S;
		this.mono += seconds * S;
	}
	setDevice(seconds: number): void {
		this.ms += seconds * S;
	}
}

function attempt(timeLimit: TimeLimit, count = 5): Attempt {
	const quiz = generateQuiz(DOCKER_CARDS, { count, types: ['mcq', 'truefalse'], timeLimit }, 4242);
	return startAttempt(quiz, T0);
}

function right(q: Question) {
	if (q.type === 'mcq') return { type: 'mcq' as const, choice: q.correctIndex };
	if (q.type === 'truefalse') return { type: 'truefalse' as const, value: q.correct };
	throw new Error(q.type);
}

const memory = (a: Attempt, clock: FakeClock) =>
	new QuizSession(a, { ctx: null, clock: clock.now, monotonic: clock.monotonic });

describe('countdown from the clock (C15)', () => {
	it('C15: hidden from second 5 to second 50 of a 60 s quiz → 10 s left on return', () => {
		const clock = new FakeClock();
		const s = memory(attempt({ kind: 'total', ms: 60 * S }), clock);
		clock.advance(5);
		expect(s.tick()).toBe(true);
		expect(s.secondsLeft).toBe(55);
		clock.advance(45); // no frames while hidden
		expect(s.secondsLeft).toBe(55); // nothing counts on its own…
		expect(s.tick()).toBe(true); // …visibilitychange reads the clock
		expect(s.timeLeftMs).toBe(10 * S);
		expect(s.warning).toBe('normal');
	});

	it('C15: hidden 45 s of a 60 s quiz → 15 s left on return', () => {
		const clock = new FakeClock();
		const s = memory(attempt({ kind: 'total', ms: 60 * S }), clock);
		clock.advance(45);
		s.tick();
		expect(s.secondsLeft).toBe(15);
	});

	it('C15: hidden past the deadline → submitted at the deadline with no extra time', async () => {
		const clock = new FakeClock();
		const a = attempt({ kind: 'total', ms: 60 * S });
		const s = memory(a, clock);
		await s.answer(a.questions[0]!.id, right(a.questions[0]!));
		clock.advance(90);
		expect(s.tick()).toBe(false);
		const outcome = await s.submit();
		expect(outcome.attempt.submittedAt).toEqual(new Date(T0.getTime() + 60 * S));
		expect(outcome.score.timeUsedMs).toBe(60 * S);
		expect(outcome.score.correct).toBe(1);
		expect(s.timeLeftMs).toBe(0);
		expect(s.finished).toBe(true);
		expect(s.timeUp).toBe(true);
		expect(s.outcome).toBe(outcome);
	});

	it('never goes negative and never gives extra time when the clock is set back', () => {
		const clock = new FakeClock();
		const s = memory(attempt({ kind: 'total', ms: 60 * S }), clock);
		clock.setDevice(-30);
		s.tick();
		expect(s.timeLeftMs).toBe(60 * S);
		clock.advance(1000);
		s.tick();
		expect(s.timeLeftMs).toBe(0);
		expect(s.secondsLeft).toBe(0);
	});

	it('warns at 10 % left and announces once when crossing one minute', () => {
		const clock = new FakeClock();
		const s = memory(attempt({ kind: 'total', ms: 5 * 60 * S }), clock);
		clock.advance(239);
		s.tick();
		expect(s.announced).toBe(false);
		clock.advance(1); // exactly 60 s left
		s.tick();
		expect(s.announced).toBe(true);
		expect(s.warning).toBe('normal');
		clock.advance(29); // 31 s left: not yet
		s.tick();
		expect(s.warning).toBe('normal');
		clock.advance(1); // 30 s = 10 % of 5 min
		s.tick();
		expect(s.warning).toBe('warning');
	});

	it('does not announce on every second below one minute', () => {
		const clock = new FakeClock();
		const s = memory(attempt({ kind: 'total', ms: 60 * S }), clock);
		// Starts at exactly 60 s: no crossing from above, so no announcement at all.
		for (let i = 0; i < 30; i++) {
			clock.advance(1);
			s.tick();
		}
		expect(s.announced).toBe(false);
	});
});

describe('answers and questions', () => {
	it('resumes on the first unanswered question and moves freely with a total limit', async () => {
		const clock = new FakeClock();
		const a = attempt({ kind: 'total', ms: 60 * S });
		const s = memory(a, clock);
		expect(s.index).toBe(0);
		clock.advance(2);
		await s.answer(a.questions[0]!.id, right(a.questions[0]!));
		await s.answer(a.questions[1]!.id, right(a.questions[1]!));
		const resumed = memory(s.attempt, clock);
		expect(resumed.index).toBe(2);
		resumed.show(4);
		expect(resumed.question.id).toBe(a.questions[4]!.id);
		resumed.show(99);
		expect(resumed.index).toBe(4);
		expect(resumed.answeredCount).toBe(2);
		expect(resumed.answerTo(a.questions[1]!.id)).toMatchObject({ answeredAt: clock.now() });
	});

	it('per-question limit: moves to the next question on answer and when time runs out', async () => {
		const clock = new FakeClock();
		const a = attempt({ kind: 'perQuestion', ms: 30 * S });
		const s = memory(a, clock);
		expect(s.canNavigate).toBe(false);
		clock.advance(10);
		await s.answer(a.questions[0]!.id, right(a.questions[0]!));
		expect(s.index).toBe(1);
		expect(s.timeLeftMs).toBe(30 * S);
		clock.advance(31); // question 2 ran out unanswered
		s.tick();
		expect(s.index).toBe(2);
		expect(s.timeLeftMs).toBe(29 * S);
		s.show(0); // ignored
		expect(s.index).toBe(2);
		const late = await s.answer(a.questions[1]!.id, right(a.questions[1]!));
		expect(late.ok).toBe(false);
		expect(s.refusal).toEqual({ key: 'quiz_refused_not_current' });
	});

	it('refuses answers after the deadline and submits instead', async () => {
		const clock = new FakeClock();
		const a = attempt({ kind: 'total', ms: 60 * S });
		const s = memory(a, clock);
		clock.advance(61);
		const r = await s.answer(a.questions[0]!.id, right(a.questions[0]!));
		expect(r).toMatchObject({ ok: false, code: 'expired' });
		const outcome = await s.submit();
		expect(outcome.score.correct).toBe(0);
		expect(Object.keys(outcome.attempt.answers)).toEqual([]);
	});

	it('submit is shared: two calls give one outcome', async () => {
		const clock = new FakeClock();
		const s = memory(attempt({ kind: 'total', ms: 60 * S }), clock);
		clock.advance(10);
		const [a, b] = await Promise.all([s.submit(), s.submit()]);
		expect(a).toBe(b);
		expect(s.finished).toBe(true);
		expect(s.timeUp).toBe(false); // submitted by the learner, not by the clock
		expect(a.score.timeUsedMs).toBe(10 * S);
		expect(s.tick()).toBe(false);
	});
});

describe('with the database', () => {
	let db: StudyDb;
	let n = 0;
	const ctx = (): ServiceContext => ({
		db,
		now: () => T0,
		settings: { ...DEFAULT_SCHEDULER_SETTINGS },
		fuzz: false
	});

	beforeEach(async () => {
		db = new StudyDb(`quiz-session-test-${n++}`);
		await db.open();
		await db.cards.bulkPut(
			DOCKER_CARDS.map(
				(c, i) =>
					({
						...newMemoryState(T0),
						...c,
						tags: [],
						position: i,
						queue: QUEUE.new
					}) as CardRow
			)
		);
	});
	afterEach(async () => {
		db.close();
		await db.delete();
	});

	it('saves every answer as it is given, and a new session resumes it with the time left', async () => {
		const clock = new FakeClock();
		const a = attempt({ kind: 'total', ms: 60 * S });
		await saveAttempt(ctx(), a);
		const s = new QuizSession(a, { ctx: ctx(), clock: clock.now, monotonic: clock.monotonic });
		clock.advance(4);
		await s.answer(a.questions[0]!.id, right(a.questions[0]!));
		expect((await loadAttempt(ctx(), a.id))!.attempt.answers).toHaveProperty(a.questions[0]!.id);
		clock.advance(4);
		await s.answer(a.questions[1]!.id, right(a.questions[1]!));
		// The page is killed; the app opens again 20 s later.
		clock.advance(20);
		const stored = (await loadAttempt(ctx(), a.id))!.attempt;
		const resumed = new QuizSession(stored, {
			ctx: ctx(),
			clock: clock.now,
			monotonic: clock.monotonic
		});
		expect(resumed.attempt.questions).toEqual(a.questions);
		expect(Object.keys(resumed.attempt.answers)).toEqual([a.questions[0]!.id, a.questions[1]!.id]);
		expect(resumed.timeLeftMs).toBe(32 * S);
	});

	it('submits through the database: score on the row, wrong cards lapsed, once', async () => {
		const clock = new FakeClock();
		const a = attempt({ kind: 'total', ms: 60 * S });
		await saveAttempt(ctx(), a);
		const s = new QuizSession(a, { ctx: ctx(), clock: clock.now, monotonic: clock.monotonic });
		clock.advance(3);
		await s.answer(a.questions[0]!.id, right(a.questions[0]!));
		clock.advance(2);
		const outcome = await s.submit();
		expect(outcome.score).toMatchObject({ correct: 1, total: 5 });
		expect(outcome.lapsed).toBe(4);
		expect((await db.quizAttempts.get(a.id))!.score).toEqual({ correct: 1, total: 5 });
		expect(await db.reviewLogs.where('cardId').equals(a.questions[0]!.cardId!).count()).toBe(0);
		// Opening the result again (a new session on the submitted attempt) logs nothing more.
		const again = new QuizSession(outcome.attempt, {
			ctx: ctx(),
			clock: clock.now,
			monotonic: clock.monotonic
		});
		expect(again.finished).toBe(true);
		expect((await again.submit()).lapsed).toBe(0);
		expect(await db.reviewLogs.count()).toBe(4);
	});

	it('reports a failed write and keeps the answer in memory', async () => {
		const clock = new FakeClock();
		const a = attempt({ kind: 'total', ms: 60 * S });
		const errors: unknown[] = [];
		db.close();
		const s = new QuizSession(a, {
			ctx: ctx(),
			clock: clock.now,
			monotonic: clock.monotonic,
			onWriteError: (e) => errors.push(e)
		});
		await s.answer(a.questions[0]!.id, right(a.questions[0]!));
		expect(errors).toHaveLength(1);
		expect(s.answeredCount).toBe(1);
		const outcome = await s.submit();
		expect(errors).toHaveLength(2);
		expect(outcome.score.correct).toBe(1);
		await db.open();
	});
});

function fillAttempt(timeLimit: TimeLimit): Attempt {
	const quiz = generateQuiz(DOCKER_CARDS, { count: 5, types: ['fillin'], timeLimit }, 4242);
	return startAttempt(quiz, T0);
}

describe('honest time under device clock changes (C17)', () => {
	it('C17: clock set back 1 h after 20 s, forward 5 min later: the countdown never jumps, ends after 2 real minutes', async () => {
		const clock = new FakeClock();
		const s = memory(attempt({ kind: 'total', ms: 120 * S }), clock);
		clock.advance(20);
		s.tick();
		expect(s.timeLeftMs).toBe(100 * S);
		clock.setDevice(-3600);
		s.tick();
		expect(s.timeLeftMs).toBe(100 * S);
		clock.advance(30);
		s.tick();
		expect(s.timeLeftMs).toBe(70 * S);
		clock.setDevice(300);
		s.tick();
		expect(s.timeLeftMs).toBe(70 * S);
		expect(s.timeLeftMs).toBeLessThanOrEqual(120 * S);
		clock.advance(69);
		expect(s.tick()).toBe(true);
		expect(s.secondsLeft).toBe(1);
		clock.advance(1);
		expect(s.tick()).toBe(false);
		const outcome = await s.submit();
		expect(outcome.score.timeUsedMs).toBe(120 * S);
	});

	it('C17: reopened after the device clock was set back while the page was closed, no used time comes back', async () => {
		const db = new StudyDb(`quiz-session-c17-${Math.random()}`);
		await db.open();
		const clock = new FakeClock();
		const ctx: ServiceContext = { db, now: clock.now, settings: DEFAULT_SCHEDULER_SETTINGS };
		const a = attempt({ kind: 'total', ms: 120 * S });
		await saveAttempt(ctx, a);
		const s = new QuizSession(a, { ctx, clock: clock.now, monotonic: clock.monotonic });
		clock.advance(50);
		await s.checkpoint();
		// The page is closed; the clock is set back an hour; the page is opened 10 s later.
		clock.setDevice(-3600);
		clock.advance(10);
		const stored = (await loadAttempt(ctx, a.id))!.attempt;
		expect(stored.elapsedMs).toBe(50 * S);
		const reopened = new QuizSession(stored, { ctx, clock: clock.now, monotonic: clock.monotonic });
		expect(reopened.timeLeftMs).toBe(70 * S);
		db.close();
	});
});

describe('typed answers are saved as typed (C18)', () => {
	it('C18: a typed answer with no Enter is saved after a short pause', async () => {
		vi.useFakeTimers();
		try {
			const clock = new FakeClock();
			const a = fillAttempt({ kind: 'total', ms: 60 * S });
			const s = memory(a, clock);
			const q = a.questions[0]!;
			s.type(q.id, { type: 'fillin', text: '컨테이' });
			s.type(q.id, { type: 'fillin', text: '컨테이너' });
			expect(s.answerTo(q.id)).toBeUndefined();
			expect(s.typedText(q.id)).toBe('컨테이너');
			await vi.advanceTimersByTimeAsync(DRAFT_SAVE_MS);
			expect(s.answerTo(q.id)).toMatchObject({ type: 'fillin', text: '컨테이너' });
			expect(DRAFT_SAVE_MS).toBeLessThanOrEqual(500);
		} finally {
			vi.useRealTimers();
		}
	});

	it('C18: the deadline passes with the answer still a draft (or composing): the attempt keeps it, at its own time', async () => {
		const clock = new FakeClock();
		const a = fillAttempt({ kind: 'total', ms: 60 * S });
		const s = memory(a, clock);
		const q = a.questions[0]!;
		clock.advance(59);
		s.type(q.id, { type: 'fillin', text: '컨테이너' });
		clock.advance(5);
		expect(s.tick()).toBe(false);
		const outcome = await s.submit();
		const given = outcome.attempt.answers[q.id];
		expect(given).toMatchObject({ type: 'fillin', text: '컨테이너' });
		expect(given?.answeredAt).toEqual(new Date(T0.getTime() + 59 * S));
		expect(outcome.score.perQuestion[0]!.given).toMatchObject({ text: '컨테이너' });
	});

	it('a draft typed after the deadline is not kept', async () => {
		const clock = new FakeClock();
		const a = fillAttempt({ kind: 'total', ms: 60 * S });
		const s = memory(a, clock);
		clock.advance(61);
		s.type(a.questions[0]!.id, { type: 'fillin', text: '늦은 답' });
		const outcome = await s.submit();
		expect(outcome.attempt.answers).toEqual({});
	});
});
