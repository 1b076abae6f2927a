import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { NoteCard } from '$lib/content/types';
import { DEFAULT_SCHEDULER_SETTINGS, Rating, Scheduler, State } from '$lib/scheduling';
import {
	QUEUE,
	StudyDb,
	applyImport,
	deckIdFor,
	gradeCard,
	planImport,
	StaleCardError,
	buryCard,
	syncBundledDecks,
	unburyDue,
	undoReview
} from '$lib/db';
import { countsFor, sessionQueue } from '$lib/services/queue';

const ZONE = 'Asia/Seoul';
const NOW = new Date('2025-03-10T01:00:00Z'); // 10:00 in Seoul
const settings = { ...DEFAULT_SCHEDULER_SETTINGS };

function card(i: number, back = `답 ${i}`): NoteCard {
	return {
		id: `import:test:${i}`,
		anchor: `test/질문 ${i}`,
		kind: 'basic',
		front: `질문 ${i}`,
		back,
		topic: ['test'],
		tags: [],
		source: { file: 'test.md', line: i + 1 }
	};
}

const spec = {
	id: deckIdFor('import', 'test.md'),
	title: 'test',
	origin: 'import' as const,
	file: 'test.md',
	sourceText: ''
};

let db: StudyDb;
let n = 0;
beforeEach(async () => {
	db = new StudyDb(`test-${++n}`);
	await db.open();
});
afterEach(async () => {
	await db.delete();
});

async function importCards(cards: NoteCard[], now = NOW) {
	const plan = await planImport(db, spec, cards, now);
	await applyImport(db, plan, now);
	return plan;
}

describe('import', () => {
	it('stores every card as new, in notes order, in one deck', async () => {
		await importCards([card(1), card(2), card(3)]);
		const rows = await db.cards.orderBy('id').toArray();
		expect(rows.map((r) => r.queue)).toEqual([QUEUE.new, QUEUE.new, QUEUE.new]);
		expect(rows.every((r) => r.state === State.New)).toBe(true);
		expect(await db.decks.count()).toBe(1);
		const queue = await sessionQueue(db, [spec.id], NOW, settings, ZONE);
		expect(queue.map((c) => c.front)).toEqual(['질문 1', '질문 2', '질문 3']);
	});

	it('re-import keeps history of unchanged cards, updates changed text, retires and restores', async () => {
		await importCards([card(1), card(2), card(3)]);
		const scheduler = new Scheduler(settings, { fuzz: false });
		await gradeCard(db, scheduler, card(1).id, Rating.Good, NOW);
		const before = await db.cards.get(card(1).id);

		const plan = await importCards(
			[card(1), card(2, '바뀐 답'), card(4)],
			new Date(NOW.getTime() + 1000)
		);
		expect(plan.added.map((c) => c.id)).toEqual([card(4).id]);
		expect(plan.changed.map((c) => c.id)).toEqual([card(2).id]);
		expect(plan.retired).toEqual([card(3).id]);
		expect(plan.unchanged).toBe(1);
		expect(await db.cards.get(card(1).id)).toEqual(before);
		expect((await db.cards.get(card(2).id))?.back).toBe('바뀐 답');
		expect((await db.cards.get(card(3).id))?.queue).toBe(QUEUE.retired);

		const again = await importCards([card(1), card(2, '바뀐 답'), card(3), card(4)]);
		expect(again.restored.map((c) => c.id)).toEqual([card(3).id]);
		expect((await db.cards.get(card(3).id))?.queue).toBe(QUEUE.new);
	});

	it('C04: 50 cards are written all or none — a failing row rolls every row back', async () => {
		await importCards([card(1)]);
		const cards = Array.from({ length: 50 }, (_, i) => card(100 + i));
		const plan = await planImport(db, spec, cards, NOW);
		// Make the 50th insert collide with a row that appears after planning (another tab).
		await db.cards.add({ ...(await db.cards.get(card(1).id))!, id: cards[49]!.id });
		await expect(applyImport(db, plan, NOW)).rejects.toThrow();
		expect(await db.cards.where('id').startsWith('import:test:1').count()).toBe(2);
		expect(await db.cards.count()).toBe(2);
	});
});

describe('grading', () => {
	it('Good on a new card moves due into the future and writes exactly one log row in the same transaction', async () => {
		await importCards([card(1), card(2)]);
		const scheduler = new Scheduler(settings, { fuzz: false });
		const result = await gradeCard(db, scheduler, card(1).id, Rating.Good, NOW);
		const row = await db.cards.get(card(1).id);
		expect(row!.due.getTime()).toBeGreaterThan(NOW.getTime());
		expect(row!.queue).toBe(QUEUE.learning);
		const logs = await db.reviewLogs.toArray();
		expect(logs).toHaveLength(1);
		expect(logs[0]).toMatchObject({ cardId: card(1).id, rating: Rating.Good, id: result.logId });
		expect(logs[0]!.stateBefore.state).toBe(State.New);
	});

	it('a failing log write rolls the card update back', async () => {
		await importCards([card(1)]);
		const before = await db.cards.get(card(1).id);
		const scheduler = new Scheduler(settings, { fuzz: false });
		db.reviewLogs.hook('creating', () => {
			throw new Error('QuotaExceededError (simulated)');
		});
		await expect(gradeCard(db, scheduler, card(1).id, Rating.Good, NOW)).rejects.toThrow(/Quota/);
		expect(await db.cards.get(card(1).id)).toEqual(before);
		expect(await db.reviewLogs.count()).toBe(0);
	});

	it('two tabs: grading a card that was reviewed elsewhere since it was shown writes nothing', async () => {
		await importCards([card(1)]);
		const scheduler = new Scheduler(settings, { fuzz: false });
		const shown = await db.cards.get(card(1).id); // both tabs show the card with reps 0
		await gradeCard(db, scheduler, card(1).id, Rating.Good, NOW, 'review', shown!.reps);
		const after = await db.cards.get(card(1).id);
		await expect(
			gradeCard(db, scheduler, card(1).id, Rating.Again, NOW, 'review', shown!.reps)
		).rejects.toBeInstanceOf(StaleCardError);
		expect(await db.cards.get(card(1).id)).toEqual(after);
		expect(await db.reviewLogs.count()).toBe(1);
	});

	it('undo restores the identical card and removes its log row', async () => {
		await importCards([card(1)]);
		const scheduler = new Scheduler(settings, { fuzz: false });
		const first = await gradeCard(db, scheduler, card(1).id, Rating.Good, NOW);
		const mid = await db.cards.get(card(1).id);
		const second = await gradeCard(
			db,
			scheduler,
			card(1).id,
			Rating.Again,
			new Date(NOW.getTime() + 60_000)
		);
		await undoReview(db, second.logId);
		expect(await db.cards.get(card(1).id)).toEqual(mid);
		expect(await db.reviewLogs.toCollection().primaryKeys()).toEqual([first.logId]);
	});

	it('counts fall as cards are studied, and the new-card limit counts today only', async () => {
		await importCards(Array.from({ length: 25 }, (_, i) => card(i)));
		let counts = await countsFor(db, [spec.id], NOW, settings, ZONE);
		expect(counts).toMatchObject({ new: 20, learning: 0, review: 0, total: 25 });
		const scheduler = new Scheduler(settings, { fuzz: false });
		for (let i = 0; i < 3; i++) await gradeCard(db, scheduler, card(i).id, Rating.Easy, NOW);
		counts = await countsFor(db, [spec.id], NOW, settings, ZONE);
		expect(counts.new).toBe(17);
		expect(counts.review).toBe(0);
		const tomorrow = new Date(NOW.getTime() + 24 * 3600_000);
		counts = await countsFor(db, [spec.id], tomorrow, settings, ZONE);
		expect(counts.new).toBe(20);
	});
});

describe('re-import and bundled decks', () => {
	it('a re-import that changes a card keeps the leech tag the app gave it', async () => {
		await importCards([card(1)]);
		await db.cards.update(card(1).id, { tags: ['leech'], suspended: true });
		await importCards([{ ...card(1, '고친 답'), tags: ['노트태그'] }]);
		const row = await db.cards.get(card(1).id);
		expect(row?.back).toBe('고친 답');
		expect(row?.tags.sort()).toEqual(['leech', '노트태그'].sort());
	});

	it('decks written together keep deck order, then notes order, in the new-card queue', async () => {
		const deckCards = (deck: string, n: number): NoteCard[] =>
			Array.from({ length: n }, (_, i) => ({
				...card(i),
				id: `${deck}:${i}`,
				front: `${deck} ${i}`
			}));
		const decks = ['01-a.md', '02-b.md'].map((file) => ({
			file,
			title: file,
			cards: deckCards(file, 3),
			warnings: []
		}));
		await syncBundledDecks(db, decks, 'v1', NOW);
		const queue = await sessionQueue(db, ['bundled:a', 'bundled:b'], NOW, settings, ZONE);
		expect(queue.map((c) => c.front)).toEqual([
			'01-a.md 0',
			'01-a.md 1',
			'01-a.md 2',
			'02-b.md 0',
			'02-b.md 1',
			'02-b.md 2'
		]);
	});

	it('unburyDue counts only the cards it brought back', async () => {
		await importCards([card(1), card(2)]);
		await buryCard(db, card(1).id, new Date(NOW.getTime() - 1000));
		await buryCard(db, card(2).id, new Date(NOW.getTime() + 86_400_000));
		expect(await unburyDue(db, NOW)).toBe(1);
		expect((await db.cards.get(card(1).id))?.queue).toBe(QUEUE.new);
		expect((await db.cards.get(card(2).id))?.queue).toBe(QUEUE.buried);
	});
});
