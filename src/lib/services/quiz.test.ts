import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { QUEUE, StudyDb, type CardRow } from '$lib/db';
import {
	HandWrittenQuizError,
	StoredAttemptError,
	answer,
	generateQuiz,
	isSeed,
	type Attempt,
	type Question,
	type QuizSpec
} from '$lib/quiz';
import { DOCKER_CARDS } from '$lib/quiz/test-cards';
import { DEFAULT_SCHEDULER_SETTINGS, newMemoryState } from '$lib/scheduling';
import type { ServiceContext } from './context';
import {
	MissingAttemptError,
	attemptRow,
	checkRunningAttempts,
	finaliseAttempt,
	listAttempts,
	loadAttempt,
	bundledDeckTitles,
	loadBundledQuestions,
	openAttempt,
	loadQuizCards,
	newSeed,
	retakeQuiz,
	saveAttempt,
	startQuiz,
	toQuizSource,
	topicOptions
} from './quiz';

const T0 = new Date('2026-03-02T09:00:00+09:00');
const at = (seconds: number): Date => new Date(T0.getTime() + seconds * 1000);
/** The service context at a fixed instant (no fuzz, so due dates are exact). */
const ctxAt = (now: Date): ServiceContext => ({
	db,
	now: () => now,
	settings: { ...DEFAULT_SCHEDULER_SETTINGS },
	fuzz: false
});
const SPEC: QuizSpec = {
	count: 5,
	types: ['mcq', 'truefalse'],
	timeLimit: { kind: 'total', ms: 60_000 }
};

let db: StudyDb;
let n = 0;

function cardRow(i: number): CardRow {
	const c = DOCKER_CARDS[i]!;
	return {
		...newMemoryState(at(-86_400)),
		...c,
		tags: [],
		position: i,
		queue: QUEUE.new
	} as CardRow;
}

beforeEach(async () => {
	db = new StudyDb(`quiz-state-test-${n++}`);
	await db.open();
	await db.cards.bulkPut(DOCKER_CARDS.map((_, i) => cardRow(i)));
});

afterEach(async () => {
	db.close();
	await db.delete();
});

async function started(spec = SPEC, seed = 7, now = T0): Promise<Attempt> {
	const quiz = generateQuiz(await loadQuizCards(ctxAt(T0)), spec, seed);
	return startQuiz(ctxAt(now), quiz);
}

/** The wrong choice for a multiple-choice or true/false question. */
function wrong(q: Question) {
	if (q.type === 'mcq') return { type: 'mcq' as const, choice: (q.correctIndex + 1) % 4 };
	if (q.type === 'truefalse') return { type: 'truefalse' as const, value: !q.correct };
	throw new Error(`unexpected ${q.type}`);
}
function right(q: Question) {
	if (q.type === 'mcq') return { type: 'mcq' as const, choice: q.correctIndex };
	if (q.type === 'truefalse') return { type: 'truefalse' as const, value: q.correct };
	throw new Error(`unexpected ${q.type}`);
}

function mustAnswer(a: Attempt, q: Question, value: ReturnType<typeof right>, now: Date) {
	const r = answer(a, q.id, value, now);
	if (!r.ok) throw new Error(r.reason.key);
	return r.attempt;
}

describe('cards and seeds', () => {
	it('uses the learner’s edited text and leaves retired cards out', async () => {
		const edited = { ...cardRow(0), override: { back: '내가 고친 답' } };
		await db.cards.put(edited);
		await db.cards.put({ ...cardRow(1), queue: QUEUE.retired });
		const cards = await loadQuizCards(ctxAt(T0));
		expect(cards).toHaveLength(DOCKER_CARDS.length - 1);
		expect(cards.find((c) => c.id === edited.id)?.back).toBe('내가 고친 답');
		expect(cards.some((c) => c.id === DOCKER_CARDS[1]!.id)).toBe(false);
		expect(toQuizSource(cardRow(2))).not.toHaveProperty('tags');
	});

	it('draws seeds from the random source as unsigned 32-bit integers', () => {
		const fake = {
			getRandomValues: <T extends ArrayBufferView | null>(a: T): T => {
				(a as unknown as Uint32Array)[0] = 0xfffffffe;
				return a;
			}
		};
		expect(newSeed(fake)).toBe(0xfffffffe);
		expect(isSeed(newSeed())).toBe(true);
	});

	it('loads the bundled hand-written questions, and reports file:line problems', async () => {
		const titles = bundledDeckTitles(
			[
				'docker-basics',
				'images-and-layers',
				'dockerfile',
				'container-commands',
				'volumes-and-networks',
				'compose',
				'operations-and-security'
			].map((name) => ({ id: `bundled:${name}`, title: name, origin: 'bundled' as const }))
		);
		const questions = await loadBundledQuestions(titles);
		expect(questions.length).toBeGreaterThan(5);
		expect(questions.every((q) => q.source.file.startsWith('questions/quizzes/'))).toBe(true);
		expect(questions.every((q) => titles.has(q.source.deckId ?? ''))).toBe(true);
		await expect(
			loadBundledQuestions(titles, {
				'/questions/quizzes/bad.md': () => Promise.resolve('# 제목\n')
			})
		).rejects.toThrow(HandWrittenQuizError);
		// A deck the device does not have is a problem, with its file and line.
		await expect(loadBundledQuestions(new Map())).rejects.toThrow(/quiz_hw_unknown_deck/);
	});

	it('lists topics one and two levels deep, children under their parent, with counts', () => {
		const topics = topicOptions(DOCKER_CARDS, []);
		const top = topics.filter((t) => t.path.length === 1).map((t) => t.path[0]);
		expect(top).toEqual([...new Set(DOCKER_CARDS.map((c) => c.topic[0]))]);
		expect(top).toContain('컨테이너 명령어');
		const basics = topics.find((t) => t.path.join('/') === '도커 기초')!;
		expect(basics.cards).toBe(DOCKER_CARDS.filter((c) => c.topic[0] === '도커 기초').length);
		const i = topics.indexOf(basics);
		expect(topics[i + 1]!.path[0]).toBe('도커 기초');
		expect(topics[i + 1]!.path).toHaveLength(2);
		const onlyCommands = topicOptions(DOCKER_CARDS, ['bundled:container-commands.md']);
		expect(onlyCommands.every((t) => t.path[0] === '컨테이너 명령어')).toBe(true);
	});
});

describe('storing attempts', () => {
	it('saves after every answer and reads the same attempt back (questions, order, answers)', async () => {
		const a0 = await started();
		const q = a0.questions;
		const a1 = mustAnswer(a0, q[0]!, right(q[0]!), at(5));
		expect(await saveAttempt(ctxAt(T0), a1)).toBe('saved');
		const a2 = mustAnswer(a1, q[1]!, wrong(q[1]!), at(9));
		expect(await saveAttempt(ctxAt(T0), a2)).toBe('saved');
		const back = await loadAttempt(ctxAt(T0), a0.id);
		expect(back).toEqual({ attempt: a2, score: null });
		expect(await db.quizAttempts.get(a0.id)).toMatchObject({ status: 'running', startedAt: T0 });
	});

	it('returns null for an unknown id and throws on a broken row', async () => {
		expect(await loadAttempt(ctxAt(T0), 'nope')).toBeNull();
		await db.quizAttempts.put({ id: 'bad', status: 'running', startedAt: T0, data: { x: 1 } });
		await expect(loadAttempt(ctxAt(T0), 'bad')).rejects.toThrow(StoredAttemptError);
	});

	it('openAttempt tells a page what it found, without throwing', async () => {
		const a0 = await started();
		expect(await openAttempt(ctxAt(T0), a0.id)).toMatchObject({
			ok: true,
			stored: { attempt: a0 }
		});
		expect(await openAttempt(ctxAt(T0), null)).toEqual({ ok: false, problem: 'not-found' });
		expect(await openAttempt(null, a0.id)).toEqual({ ok: false, problem: 'not-found' });
		expect(await openAttempt(ctxAt(T0), 'nope')).toEqual({ ok: false, problem: 'not-found' });
		await db.quizAttempts.put({ id: 'bad', status: 'running', startedAt: T0, data: { x: 1 } });
		expect(await openAttempt(ctxAt(T0), 'bad')).toMatchObject({ ok: false, problem: 'unreadable' });
	});

	it('finalises once: score on the row, one quiz lapse per wrong card, nothing twice', async () => {
		const a0 = await started();
		const [q0, q1, q2] = a0.questions as [Question, Question, Question];
		let a = mustAnswer(a0, q0, right(q0), at(3));
		a = mustAnswer(a, q1, wrong(q1), at(6));
		a = mustAnswer(a, q2, wrong(q2), at(8));
		await saveAttempt(ctxAt(T0), a);
		const done = await finaliseAttempt(ctxAt(at(20)), a.id);
		expect(done.score).toMatchObject({ correct: 1, total: 5 });
		expect(done.attempt.submittedAt).toEqual(at(20));
		// Two wrong + two unanswered questions, each from its own card.
		expect(done.lapsed).toHaveLength(4);
		const row = await db.quizAttempts.get(a.id);
		expect(row).toMatchObject({ status: 'submitted', score: { correct: 1, total: 5 } });
		const logs = await db.reviewLogs.toArray();
		expect(logs.map((l) => l.cardId).sort()).toEqual([...done.lapsed].sort());
		expect(logs.every((l) => l.origin === 'quiz' && l.rating === 1)).toBe(true);
		const card = await db.cards.get(q1.cardId!);
		expect(card!.due.getTime() - at(20).getTime()).toBeLessThanOrEqual(10 * 60_000);

		const again = await finaliseAttempt(ctxAt(at(500)), a.id);
		expect(again.lapsed).toEqual([]);
		expect(again.attempt.submittedAt).toEqual(at(20));
		expect(await db.reviewLogs.count()).toBe(4);
	});

	it('submits at the deadline, not later, when finalised after it', async () => {
		const a = await started();
		const done = await finaliseAttempt(ctxAt(at(3600)), a.id);
		expect(done.attempt.submittedAt).toEqual(at(60));
		expect(done.score.timeUsedMs).toBe(60_000);
	});

	it('skips cards deleted since the quiz started', async () => {
		const a = await started();
		await db.cards.delete(a.questions[0]!.cardId!);
		const done = await finaliseAttempt(ctxAt(at(10)), a.id);
		expect(done.lapsed).toHaveLength(4);
		expect(done.lapsed).not.toContain(a.questions[0]!.cardId);
	});

	it('throws MissingAttemptError for an unknown attempt', async () => {
		await expect(finaliseAttempt(ctxAt(T0), 'nope')).rejects.toThrow(MissingAttemptError);
	});

	it('never turns a submitted row back into a running one', async () => {
		const a0 = await started();
		await finaliseAttempt(ctxAt(at(10)), a0.id);
		const late = mustAnswer(a0, a0.questions[0]!, right(a0.questions[0]!), at(5));
		expect(await saveAttempt(ctxAt(T0), late)).toBe('already-submitted');
		expect((await db.quizAttempts.get(a0.id))!.status).toBe('submitted');
	});
});

describe('resume and history', () => {
	it('finds the running attempt and submits the ones whose time ran out', async () => {
		const old = await started(SPEC, 1, at(-600));
		// Put the old one back as running (startQuiz of the next one would submit it).
		const fresh = await started(SPEC, 2, T0);
		await db.quizAttempts.put(attemptRow(old));
		const check = await checkRunningAttempts(ctxAt(at(30)));
		expect(check.running?.id).toBe(fresh.id);
		expect(check.submitted).toEqual([old.id]);
		expect((await db.quizAttempts.get(old.id))!.status).toBe('submitted');
		const none = await checkRunningAttempts(ctxAt(at(61)));
		expect(none).toEqual({ running: null, submitted: [fresh.id] });
	});

	it('starting a quiz submits the one still running', async () => {
		const first = await started(SPEC, 1, T0);
		await started(SPEC, 2, at(10));
		expect((await db.quizAttempts.get(first.id))!.status).toBe('submitted');
		expect(await db.quizAttempts.where('status').equals('running').count()).toBe(1);
	});

	it('lists attempts newest first with score and time used', async () => {
		const first = await started(SPEC, 1, T0);
		await finaliseAttempt(ctxAt(at(42)), first.id);
		const second = await started(SPEC, 2, at(100));
		await db.quizAttempts.put({ id: 'broken', status: 'running', startedAt: at(200), data: 1 });
		const list = await listAttempts(ctxAt(T0));
		expect(list.map((s) => s.id)).toEqual([second.id, first.id]);
		expect(list[1]).toMatchObject({ status: 'submitted', timeUsedMs: 42_000, seed: 1 });
		expect(list[1]!.score).toEqual({ correct: 0, total: 5 });
		expect(list[0]).toMatchObject({ status: 'running', score: null, timeUsedMs: null });
	});

	it('retakes the same quiz: same seed and spec give the same questions', async () => {
		const first = await started(SPEC, 99, T0);
		await finaliseAttempt(ctxAt(at(30)), first.id);
		const retake = await retakeQuiz(ctxAt(at(100)), first.id, []);
		expect(retake.id).not.toBe(first.id);
		expect(retake.seed).toBe(99);
		expect(retake.questions).toEqual(first.questions);
		expect(retake.startedAt).toEqual(at(100));
	});
});
