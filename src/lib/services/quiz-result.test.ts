/**
 * Issue 15 on the result page and the builder, through the database: the "I was right" override
 * (stored, counted in the row's score, visible in the history, its quiz lapse taken back), the
 * retake of the missed questions (no lapse logged twice), the note sentence behind a question,
 * and the builder's remembered settings.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { QUEUE, StudyDb, type CardRow } from '$lib/db';
import { answer, generateQuiz, type Attempt, type QuizSpec } from '$lib/quiz';
import { DOCKER_CARDS } from '$lib/quiz/test-cards';
import { DEFAULT_SCHEDULER_SETTINGS, newMemoryState } from '$lib/scheduling';
import type { ServiceContext } from './context';
import { finaliseAttempt, listAttempts, loadQuizCards, saveAttempt, startQuiz } from './quiz';
import { noteSentences, overrideQuizAnswer, retakeMissed, sentenceAt } from './quiz-result';
import { QUIZ_BUILDER_KEY, loadBuilderSpec, saveBuilderSpec } from './quiz-settings';

const T0 = new Date('2026-03-02T09:00:00+09:00');
const at = (seconds: number): Date => new Date(T0.getTime() + seconds * 1000);
const ctxAt = (now: Date): ServiceContext => ({
	db,
	now: () => now,
	settings: { ...DEFAULT_SCHEDULER_SETTINGS },
	fuzz: false
});
const FILL: QuizSpec = { count: 5, types: ['fillin'], timeLimit: { kind: 'total', ms: 120_000 } };

let db: StudyDb;
let n = 0;

beforeEach(async () => {
	db = new StudyDb(`quiz-result-test-${n++}`);
	await db.open();
	await db.cards.bulkPut(
		DOCKER_CARDS.map(
			(c, i) =>
				({
					...newMemoryState(at(-86_400)),
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

/** A fill-in attempt with every answer typed wrong, submitted and finalised at second 30. */
async function allWrong(): Promise<Attempt> {
	const quiz = generateQuiz(await loadQuizCards(ctxAt(T0)), FILL, 5);
	let a = await startQuiz(ctxAt(T0), quiz);
	for (const q of a.questions) {
		const r = answer(a, q.id, { type: 'fillin', text: `${q.type}-오답` }, at(5));
		if (!r.ok) throw new Error(r.code);
		a = r.attempt;
	}
	await saveAttempt(ctxAt(T0), a);
	return (await finaliseAttempt(ctxAt(at(30)), a.id)).attempt;
}

describe('"I was right" override, stored', () => {
	it('counts in the row score and the history, and takes the quiz lapse back', async () => {
		const done = await allWrong();
		expect(await db.reviewLogs.count()).toBe(5);
		const q = done.questions[0]!;
		const changed = await overrideQuizAnswer(ctxAt(at(60)), done.id, q.id);
		expect(changed?.overrides).toEqual({ [q.id]: at(60) });
		const row = await db.quizAttempts.get(done.id);
		expect(row?.score).toEqual({ correct: 1, total: 5 });
		expect(await db.reviewLogs.count()).toBe(4);
		expect((await db.reviewLogs.toArray()).map((l) => l.cardId)).not.toContain(q.cardId);
		const [summary] = await listAttempts(ctxAt(at(60)));
		expect(summary).toMatchObject({ id: done.id, overrides: 1, score: { correct: 1, total: 5 } });
		// Twice, or on a question that is not wrong: nothing changes.
		expect(await overrideQuizAnswer(ctxAt(at(70)), done.id, q.id)).toBeNull();
		expect((await db.quizAttempts.get(done.id))?.score).toEqual({ correct: 1, total: 5 });
	});

	it('keeps a later review of the card (only an untouched lapse is taken back)', async () => {
		const done = await allWrong();
		const q = done.questions[1]!;
		await db.cards.update(q.cardId!, { reps: 99 });
		await overrideQuizAnswer(ctxAt(at(60)), done.id, q.id);
		expect(await db.reviewLogs.count()).toBe(5);
		expect((await db.quizAttempts.get(done.id))?.score).toEqual({ correct: 1, total: 5 });
	});
});

describe('retake only the missed questions, stored', () => {
	it('starts a new attempt of the missed ones, marked in the history, logging no lapse twice', async () => {
		const done = await allWrong();
		await overrideQuizAnswer(ctxAt(at(60)), done.id, done.questions[0]!.id);
		const retake = await retakeMissed(ctxAt(at(100)), done.id);
		expect(retake?.origin).toEqual({ kind: 'missed', from: done.id });
		expect(retake?.questions.map((q) => q.id).sort()).toEqual(
			done.questions
				.slice(1)
				.map((q) => q.id)
				.sort()
		);
		const logs = await db.reviewLogs.count();
		const finished = await finaliseAttempt(ctxAt(at(130)), retake!.id);
		expect(finished.lapsed).toEqual([]);
		expect(await db.reviewLogs.count()).toBe(logs);
		const history = await listAttempts(ctxAt(at(130)));
		expect(history.find((h) => h.id === retake!.id)).toMatchObject({ missedRetake: true });
	});
});

describe('the note sentence behind a question', () => {
	const NOTES = [
		'# 도커',
		'',
		'## 기본',
		'',
		'- 컨테이너',
		'  - 이미지를 실행한 **프로세스**다.',
		'',
		'이미지는 읽기 전용 층으로 되어 있다.',
		'이어지는 줄.',
		''
	].join('\n');

	it('is the block starting on the line: a bullet without its children, a whole paragraph', () => {
		expect(sentenceAt(NOTES, 5)).toBe('컨테이너');
		expect(sentenceAt(NOTES, 6)).toBe('이미지를 실행한 **프로세스**다.');
		expect(sentenceAt(NOTES, 8)).toBe('이미지는 읽기 전용 층으로 되어 있다.\n이어지는 줄.');
		expect(sentenceAt(NOTES, 3)).toBe('## 기본');
		expect(sentenceAt(NOTES, 2)).toBeNull();
	});

	it('shows a cloze sentence with its terms, without the cloze markers (inline code kept)', () => {
		const text =
			'- 인자를 덮어쓰는 것은 {{c1::CMD}}이고, 덧붙는 것은 {{c2::`ENTRYPOINT`::명령어}}이다.\n- ==볼륨==에 둔다. `{{c1::x}}`\n';
		expect(sentenceAt(text, 1)).toBe('인자를 덮어쓰는 것은 CMD이고, 덧붙는 것은 `ENTRYPOINT`이다.');
		expect(sentenceAt(text, 2)).toBe('볼륨에 둔다. `{{c1::x}}`');
	});

	it('is read from the deck’s notes for card questions, with the card to link to', async () => {
		const deckId = DOCKER_CARDS[0]!.deckId;
		await db.decks.put({
			id: deckId,
			title: '도커',
			origin: 'import',
			file: 'notes.md',
			sourceText: NOTES,
			createdAt: T0,
			updatedAt: T0
		});
		const quiz = generateQuiz(await loadQuizCards(ctxAt(T0)), FILL, 5);
		const [q] = quiz.questions;
		const moved = { ...q!, source: { ...q!.source, deckId, line: 6 } };
		const hand = { ...q!, id: 'hw:x.md:1', cardId: null };
		const notes = await noteSentences(ctxAt(T0), [moved, hand]);
		expect(notes).toEqual({
			[moved.id]: { markdown: '이미지를 실행한 **프로세스**다.', cardId: moved.cardId }
		});
	});
});

describe('the builder remembers its last settings', () => {
	it('round-trips the spec, and forgets one that no longer validates', async () => {
		expect(await loadBuilderSpec(ctxAt(T0))).toBeNull();
		const spec: QuizSpec = {
			count: 12,
			types: ['mcq', 'fillin'],
			timeLimit: { kind: 'perQuestion', ms: 30_000 },
			deckIds: ['bundled:docker-basics.md'],
			topic: ['도커'],
			includeHandWritten: true
		};
		await saveBuilderSpec(ctxAt(T0), spec);
		expect(await loadBuilderSpec(ctxAt(T0))).toEqual(spec);
		await db.settings.put({ key: QUIZ_BUILDER_KEY, value: { count: 0, types: [] } });
		expect(await loadBuilderSpec(ctxAt(T0))).toBeNull();
	});
});
