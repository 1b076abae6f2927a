/** Custom study (extra new cards, review ahead, forgotten cards) on fake IndexedDB, fixed clock. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { State } from 'ts-fsrs';
import type { NoteCard } from '$lib/cards';
import { StudyDb, applyImport, planImport } from '$lib/db';
import { DEFAULT_SCHEDULER_SETTINGS, Rating } from '$lib/scheduling';
import type { ServiceContext } from './context';
import { deckOverview } from './decks';
import { gradeReview } from './review';
import { aheadCards, customSource, extendToday, forgottenCards, studyDays } from './review-custom';

const ZONE = 'Asia/Seoul';
const NOW = new Date('2025-03-10T01:00:00Z');
const DAY = 86_400_000;
const DECK = 'import:custom';

let db: StudyDb;
let n = 0;
let now = NOW;
const ctx = (): ServiceContext => ({
	db,
	now: () => now,
	settings: { ...DEFAULT_SCHEDULER_SETTINGS },
	timeZone: ZONE,
	fuzz: false
});

beforeEach(async () => {
	now = NOW;
	db = new StudyDb(`custom-${++n}`);
	await db.open();
	const cards: NoteCard[] = Array.from({ length: 30 }, (_, i) => ({
		id: `k${i}`,
		anchor: `k${i}`,
		kind: 'basic',
		front: `질문 ${i}`,
		back: `답 ${i}`,
		topic: ['t'],
		tags: [],
		source: { file: 'custom.md', line: i + 1 }
	}));
	const spec = {
		id: DECK,
		title: 't',
		origin: 'import' as const,
		file: 'custom.md',
		sourceText: ''
	};
	await applyImport(db, await planImport(db, spec, cards, NOW), NOW);
});
afterEach(async () => {
	await db.delete();
});

/** Make card `id` a review card due `days` from now. */
async function reviewDueIn(id: string, days: number) {
	await db.cards.update(id, {
		state: State.Review,
		queue: 2,
		stability: 10,
		difficulty: 5,
		reps: 3,
		scheduledDays: 10,
		lastReview: new Date(now.getTime() - 5 * DAY),
		due: new Date(now.getTime() + days * DAY)
	});
}

describe('custom study', () => {
	it('extra new cards today raise this deck’s count, add up, and end with the study day', async () => {
		expect((await deckOverview(ctx())).all.new).toBe(20);
		await extendToday(ctx(), DECK, { new: 5 });
		expect(await extendToday(ctx(), DECK, { new: 5 })).toEqual({ new: 10, review: 0 });
		expect((await deckOverview(ctx())).all.new).toBe(30);
		now = new Date(NOW.getTime() + DAY);
		expect((await deckOverview(ctx())).all.new).toBe(20);
	});

	it('review ahead gathers cards due in the next N study days; they use up no daily limit', async () => {
		await reviewDueIn('k1', 2);
		await reviewDueIn('k2', 6);
		expect((await aheadCards(ctx(), DECK, 1)).map((c) => c.id)).toEqual([]);
		expect((await aheadCards(ctx(), DECK, 3)).map((c) => c.id)).toEqual(['k1']);
		expect((await aheadCards(ctx(), DECK, 7)).map((c) => c.id)).toEqual(['k1', 'k2']);
		const before = await deckOverview(ctx());
		const source = customSource(DECK, 'ahead', 7);
		const { queue } = await source.load(ctx(), new Set());
		await gradeReview(ctx(), queue[0]!.id, Rating.Good, { burySiblings: true });
		const after = await deckOverview(ctx());
		expect(after.all.review).toBe(before.all.review);
		expect(after.all.new).toBe(before.all.new);
	});

	it('forgotten cards: those rated Again in the last N study days, newest first', async () => {
		await gradeReview(ctx(), 'k3', Rating.Again);
		now = new Date(NOW.getTime() + DAY);
		await gradeReview(ctx(), 'k4', Rating.Again);
		await gradeReview(ctx(), 'k5', Rating.Good);
		expect((await forgottenCards(ctx(), DECK, 1)).map((c) => c.id)).toEqual(['k4']);
		expect((await forgottenCards(ctx(), DECK, 2)).map((c) => c.id)).toEqual(['k4', 'k3']);
		// A card finished in the session does not come back; one still learning does when due.
		const source = customSource(DECK, 'forgotten', 2);
		expect((await source.load(ctx(), new Set(['k4']))).queue.map((c) => c.id)).toEqual(['k3']);
	});

	it('day counts are whole numbers 1–365', () => {
		expect([studyDays('7'), studyDays(0), studyDays('x'), studyDays(400), studyDays(3)]).toEqual([
			7, 1, 1, 1, 3
		]);
	});
});
