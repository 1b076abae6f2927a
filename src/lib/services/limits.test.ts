/**
 * Daily limits and sibling burying through the use cases, on fake IndexedDB with a fixed clock:
 * what home promises is what the sessions give, across decks and across study days.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Grade } from 'ts-fsrs';
import { QUEUE, type NoteCard } from '$lib/cards';
import { StudyDb, applyImport, planImport, setSetting } from '$lib/db';
import { DEFAULT_SCHEDULER_SETTINGS, Rating, nextStudyDayStart } from '$lib/scheduling';
import type { ServiceContext } from './context';
import { deckOverview } from './decks';
import { createPreset, loadPresetBook, savePreset, setDeckPreset } from './presets';
import { gradeReview, openReviewQueue, reviewDecks, undoReview } from './review';

const ZONE = 'Asia/Seoul';
const NOW = new Date('2025-03-10T01:00:00Z'); // 10:00 in Seoul, study day 2025-03-10
const DAY = 86_400_000;

let db: StudyDb;
let n = 0;
let now = NOW;
let collection = { ...DEFAULT_SCHEDULER_SETTINGS, newPerDay: 10 };
const base = (): ServiceContext => ({
	db,
	now: () => now,
	settings: collection,
	timeZone: ZONE,
	fuzz: false
});
/** The context as the app builds it: with the stored presets. */
async function ctx(): Promise<ServiceContext> {
	return { ...base(), presets: await loadPresetBook(db, collection) };
}

beforeEach(async () => {
	now = NOW;
	collection = { ...DEFAULT_SCHEDULER_SETTINGS, newPerDay: 10 };
	db = new StudyDb(`limits-${++n}`);
	await db.open();
});
afterEach(async () => {
	await db.delete();
});

/** A deck of `notes` notes, each making `perNote` cards on one line (forward, reverse, …). */
async function importDeck(name: string, notes: number, perNote = 1, position = 0) {
	const id = `import:${name}`;
	const cards: NoteCard[] = [];
	for (let i = 0; i < notes; i++) {
		for (let k = 0; k < perNote; k++) {
			cards.push({
				id: `${name}-${i}-${k}`,
				anchor: `${name}/${i}/${k}`,
				kind: k === 0 ? 'basic' : 'reversed',
				front: `${name} ${i} ${k === 0 ? '앞' : '뒤'}`,
				back: `답 ${i}`,
				topic: [name],
				tags: [],
				source: { file: `${name}.md`, line: 10 + i }
			});
		}
	}
	const spec = { id, title: name, origin: 'import' as const, file: `${name}.md`, sourceText: '' };
	await applyImport(db, await planImport(db, spec, cards, NOW), NOW, position);
	return id;
}

/** Study every card of a session with `rating`, reloading as the screen does; returns the ids. */
async function studyAll(deckIds: string[], rating: Grade = Rating.Easy): Promise<string[]> {
	const seen: string[] = [];
	for (let guard = 0; guard < 500; guard++) {
		const c = await ctx();
		const { queue } = await openReviewQueue(c, deckIds);
		const card = queue[0];
		if (!card) return seen;
		seen.push(card.id);
		await gradeReview(c, card.id, rating, { expectedReps: card.reps, burySiblings: true });
	}
	throw new Error('session did not end');
}

describe('collection and deck limits together', () => {
	it('day one, three decks: home’s counts add up to the collection limit and sessions give them', async () => {
		const ids = [
			await importDeck('a', 30, 1, 0),
			await importDeck('b', 30, 1, 1000),
			await importDeck('c', 30, 1, 2000)
		];
		const home = await deckOverview(await ctx());
		const perDeck = home.decks.map((d) => d.counts.new);
		expect(perDeck.reduce((s, x) => s + x, 0)).toBe(10);
		expect(home.all.new).toBe(10);
		expect(perDeck).toEqual([4, 3, 3]);
		// Each deck alone gives what its row says.
		for (const [i, id] of ids.entries()) {
			expect((await openReviewQueue(await ctx(), [id])).queue.length).toBe(perDeck[i]);
		}
		// "Study all" gives exactly what home promised, then nothing.
		const all = await reviewDecks(await ctx(), null);
		const studied = await studyAll(all.deckIds);
		expect(studied).toHaveLength(10);
		expect(await db.reviewLogs.count()).toBe(10);
		const after = await deckOverview(await ctx());
		expect(after.all.new).toBe(0);
		expect(after.decks.map((d) => d.counts.new)).toEqual([0, 0, 0]);
		// The next study day, the collection allows 10 again.
		now = new Date(NOW.getTime() + DAY);
		expect((await deckOverview(await ctx())).all.new).toBe(10);
	});

	it('studying one deck leaves the others’ counts as home showed them', async () => {
		const [a, b, c] = [
			await importDeck('a', 30, 1, 0),
			await importDeck('b', 30, 1, 1000),
			await importDeck('c', 30, 1, 2000)
		];
		const before = (await deckOverview(await ctx())).decks.map((d) => d.counts.new);
		expect(await studyAll([c!])).toHaveLength(before[2]!);
		const after = (await deckOverview(await ctx())).decks.map((d) => d.counts.new);
		expect(after).toEqual([before[0], before[1], 0]);
		void a;
		void b;
	});

	it('a deck’s preset caps it inside the collection limit; what it cannot use goes to the others', async () => {
		const a = await importDeck('a', 30, 1, 0);
		const b = await importDeck('b', 30, 1, 1000);
		const slow = await createPreset(base(), '천천히');
		await savePreset(base(), { ...slow, newPerDay: 2 });
		await setDeckPreset(base(), b, slow.id);
		const home = await deckOverview(await ctx());
		expect(home.decks.map((d) => [d.deck.id, d.counts.new])).toEqual([
			[a, 8],
			[b, 2]
		]);
		// With a collection limit above the decks’ limits, each deck gives its own.
		collection = { ...collection, newPerDay: 100 };
		const wide = await deckOverview(await ctx());
		expect(wide.decks.map((d) => d.counts.new)).toEqual([20, 2]);
		expect(wide.all.new).toBe(22);
	});

	it('extra new cards today (custom study) add to that deck only', async () => {
		const a = await importDeck('a', 30, 1, 0);
		await importDeck('b', 30, 1, 1000);
		const day = '2025-03-10';
		await setSetting(db, 'studyExtras', { day, decks: { [a]: { new: 5, review: 0 } } });
		const home = await deckOverview(await ctx());
		expect(home.decks.map((d) => d.counts.new)).toEqual([10, 5]);
		// Another study day's extension counts for nothing.
		await setSetting(db, 'studyExtras', { day: '2025-03-09', decks: { [a]: { new: 5 } } });
		expect((await deckOverview(await ctx())).decks.map((d) => d.counts.new)).toEqual([5, 5]);
	});

	it('a hidden deck is left out of home and "study all"', async () => {
		const a = await importDeck('a', 30, 1, 0);
		const b = await importDeck('b', 30, 1, 1000);
		await setSetting(db, 'hiddenDecks', [a]);
		const home = await deckOverview(await ctx());
		expect(home.decks.map((d) => d.deck.id)).toEqual([b]);
		expect(home.hidden.map((d) => d.id)).toEqual([a]);
		expect(home.all.new).toBe(10);
		expect((await reviewDecks(await ctx(), null)).deckIds).toEqual([b]);
	});
});

describe('siblings across study days', () => {
	it('forward then reverse are never shown on one day; the reverse comes the next study day', async () => {
		const deck = await importDeck('s', 3, 2);
		collection = { ...collection, newPerDay: 20 };
		const first = await openReviewQueue(await ctx(), [deck]);
		// One card per note today, in notes order.
		expect(first.queue.map((c) => c.id)).toEqual(['s-0-0', 's-1-0', 's-2-0']);
		expect((await deckOverview(await ctx())).all.new).toBe(3);

		const c = await ctx();
		const graded = await gradeReview(c, 's-0-0', Rating.Good, { burySiblings: true });
		expect(graded.buried).toEqual(['s-0-1']);
		const buried = await db.cards.get('s-0-1');
		expect(buried?.queue).toBe(QUEUE.buried);
		expect(buried?.buriedUntil).toEqual(nextStudyDayStart(NOW, 4, ZONE));

		const day1 = await studyAll([deck], Rating.Easy);
		expect(day1).not.toContain('s-0-1');
		expect(day1.filter((id) => id.endsWith('-1'))).toEqual([]);

		// 03:59 the next morning is still the same study day; 04:00 starts the next one.
		now = new Date(nextStudyDayStart(NOW, 4, ZONE).getTime() - 60_000);
		expect((await openReviewQueue(await ctx(), [deck])).queue.map((q) => q.id)).not.toContain(
			's-0-1'
		);
		now = nextStudyDayStart(NOW, 4, ZONE);
		const day2 = (await openReviewQueue(await ctx(), [deck])).queue.map((q) => q.id);
		expect(day2).toEqual(expect.arrayContaining(['s-0-1', 's-1-1', 's-2-1']));
	});

	it('a review due today keeps its note’s new sibling out of today’s queue', async () => {
		const deck = await importDeck('r', 2, 2);
		collection = { ...collection, newPerDay: 20 };
		await gradeReview(await ctx(), 'r-0-0', Rating.Easy);
		// Make the forward card due today, as if it had been studied days ago.
		await db.cards.update('r-0-0', { due: new Date(NOW.getTime() + 3_600_000) });
		now = new Date(NOW.getTime() + DAY);
		await db.cards.update('r-0-0', { due: new Date(now.getTime() - 3_600_000) });
		const queue = (await openReviewQueue(await ctx(), [deck])).queue.map((q) => q.id);
		expect(queue).toContain('r-0-0');
		expect(queue).not.toContain('r-0-1');
	});

	it('undo brings the buried siblings back', async () => {
		const deck = await importDeck('u', 1, 2);
		const graded = await gradeReview(await ctx(), 'u-0-0', Rating.Good, { burySiblings: true });
		expect((await db.cards.get('u-0-1'))?.queue).toBe(QUEUE.buried);
		await undoReview(await ctx(), graded.logId, graded.buried);
		expect((await db.cards.get('u-0-1'))?.queue).toBe(QUEUE.new);
		expect((await openReviewQueue(await ctx(), [deck])).queue.map((q) => q.id)).toEqual(['u-0-0']);
	});

	it('with burying off both cards come the same day, spread apart', async () => {
		const deck = await importDeck('o', 3, 2);
		const open = await createPreset(base(), 'together');
		await savePreset(base(), { ...open, buryNew: false, buryReviews: false });
		await setDeckPreset(base(), deck, open.id);
		const queue = (await openReviewQueue(await ctx(), [deck])).queue.map((q) => q.id);
		expect(queue).toEqual(['o-0-0', 'o-1-0', 'o-2-0', 'o-0-1', 'o-1-1', 'o-2-1']);
		const graded = await gradeReview(await ctx(), 'o-0-0', Rating.Good, { burySiblings: true });
		expect(graded.buried).toEqual([]);
	});
});
