/**
 * The deck screen's use cases on fake IndexedDB with a fixed clock: one deck's detail (the same
 * counts as home), rename (kept across re-imports), delete (everything of the deck, nothing else,
 * in one transaction), hide, and start over.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { NoteCard } from '$lib/cards';
import { StudyDb, applyImport, getSetting, planImport } from '$lib/db';
import { DEFAULT_SCHEDULER_SETTINGS, Rating } from '$lib/scheduling';
import type { ServiceContext } from './context';
import {
	DeckNameError,
	MissingDeckError,
	deckDetail,
	deckOverview,
	deleteDeck,
	renameDeck,
	resetDeck,
	setDeckHidden
} from './decks';
import { createPreset, loadPresetBook, setDeckPreset } from './presets';
import { gradeReview, openReviewQueue } from './review';

const ZONE = 'Asia/Seoul';
const NOW = new Date('2025-03-10T01:00:00Z');
const collection = { ...DEFAULT_SCHEDULER_SETTINGS, newPerDay: 10 };

let db: StudyDb;
let n = 0;
const base = (): ServiceContext => ({
	db,
	now: () => NOW,
	settings: collection,
	timeZone: ZONE,
	fuzz: false
});
const ctx = async (): Promise<ServiceContext> => ({
	...base(),
	presets: await loadPresetBook(db, collection)
});

beforeEach(async () => {
	db = new StudyDb(`decks-${++n}`);
	await db.open();
});
afterEach(async () => {
	await db.delete();
});

function cardsOf(name: string, count: number): NoteCard[] {
	return Array.from({ length: count }, (_, i) => ({
		id: `${name}-${i}`,
		anchor: `${name}/${i}`,
		kind: 'basic' as const,
		front: `${name} 질문 ${i}`,
		back: `답 ${i}`,
		topic: [name],
		tags: [],
		source: { file: `${name}.md`, line: i + 1 }
	}));
}

async function importDeck(
	name: string,
	count: number,
	position = 0,
	origin: 'import' | 'bundled' = 'import'
) {
	const id = `${origin}:${name}`;
	const spec = { id, title: name, origin, file: `${name}.md`, sourceText: '' };
	await applyImport(db, await planImport(db, spec, cardsOf(name, count), NOW), NOW, position);
	return id;
}

describe('deck screen', () => {
	it('a deck’s detail shows the counts home shows for it, and its preset with its users', async () => {
		const a = await importDeck('a', 30, 0);
		const b = await importDeck('b', 30, 1000);
		const preset = await createPreset(base(), '집중');
		await setDeckPreset(base(), b, preset.id);
		const home = await deckOverview(await ctx());
		for (const id of [a, b]) {
			const detail = (await deckDetail(await ctx(), id))!;
			const row = home.decks.find((d) => d.deck.id === id)!;
			expect(detail.counts).toEqual(row.counts);
		}
		const detail = (await deckDetail(await ctx(), b))!;
		expect(detail.counts.new).toBeGreaterThan(0);
		expect(detail.preset.id).toBe(preset.id);
		expect(detail.usage[preset.id]).toBe(1);
		expect(detail.states).toEqual({ new: 30, learning: 0, review: 0, suspended: 0, buried: 0 });
		expect(await deckDetail(await ctx(), 'import:none')).toBeNull();
	});

	it('rename: NFC, trimmed, validated; the name survives a re-import of the notes', async () => {
		const a = await importDeck('a', 3);
		expect(await renameDeck(base(), a, '  도커 기초\u0020')).toBe('도커 기초');
		expect((await db.decks.get(a))?.title).toBe('도커 기초');
		// Decomposed Hangul is stored composed.
		expect(await renameDeck(base(), a, '도커'.normalize('NFD'))).toBe('도커');
		await expect(renameDeck(base(), a, '   ')).rejects.toBeInstanceOf(DeckNameError);
		await expect(renameDeck(base(), a, 'x'.repeat(101))).rejects.toMatchObject({
			reason: { key: 'deck_rename_error_long', params: { max: 100 } }
		});
		expect((await db.decks.get(a))?.title).toBe('도커');
		await expect(renameDeck(base(), 'import:gone', '이름')).rejects.toBeInstanceOf(
			MissingDeckError
		);
		// Importing the same notes again keeps the learner's name.
		await importDeck('a', 4);
		expect((await db.decks.get(a))?.title).toBe('도커');
		expect(await db.cards.where('deckId').equals(a).count()).toBe(4);
	});

	it('delete removes the deck, its cards, its history and options — and nothing of another deck', async () => {
		const a = await importDeck('a', 5, 0);
		const b = await importDeck('b', 5, 1000);
		for (const id of [a, b]) {
			const c = await ctx();
			const card = (await openReviewQueue(c, [id])).queue[0]!;
			await gradeReview(c, card.id, Rating.Good, { expectedReps: card.reps });
		}
		const preset = await createPreset(base(), '삭제될 덱');
		await setDeckPreset(base(), a, preset.id);
		await renameDeck(base(), a, '지울 덱');
		await setDeckHidden(base(), a, true);

		const deck = (await db.decks.get(a))!;
		expect(await deleteDeck(base(), deck)).toEqual({ cards: 5, reviews: 1 });
		expect(await db.decks.get(a)).toBeUndefined();
		expect(await db.cards.where('deckId').equals(a).count()).toBe(0);
		expect(await db.reviewLogs.where('deckId').equals(a).count()).toBe(0);
		expect(await getSetting(db, 'deckPresets', null)).toEqual({});
		expect(await getSetting(db, 'deckTitles', null)).toEqual({});
		expect(await getSetting(db, 'hiddenDecks', null)).toEqual([]);
		// The other deck is untouched.
		expect(await db.cards.where('deckId').equals(b).count()).toBe(5);
		expect(await db.reviewLogs.where('deckId').equals(b).count()).toBe(1);
		await expect(deleteDeck(base(), deck)).rejects.toBeInstanceOf(MissingDeckError);
	});

	it('delete also removes the images only its cards showed, and keeps those another deck shows', async () => {
		const a = await importDeck('a', 2, 0);
		const b = await importDeck('b', 2, 1000);
		const only = 'a'.repeat(64);
		const shared = 'b'.repeat(64);
		const [ca, cb] = [
			await db.cards.where('deckId').equals(a).first(),
			await db.cards.where('deckId').equals(b).first()
		];
		await db.cards.update(ca!.id, { back: `![](media:${only}) ![](media:${shared})` });
		await db.cards.update(cb!.id, { back: `![](media:${shared})` });
		const row = (hash: string) => ({
			hash,
			blob: new Blob(['x']),
			type: 'image/png',
			size: 1,
			name: 'x.png',
			addedAt: new Date(0)
		});
		await db.media.bulkPut([row(only), row(shared)]);

		await deleteDeck(base(), (await db.decks.get(a))!);
		expect(await db.media.toCollection().primaryKeys()).toEqual([shared]);
	});

	it('the bundled deck is not deleted (it ships with the app): hidden or started over instead', async () => {
		const bundled = await importDeck('basics', 4, 0, 'bundled');
		const deck = (await db.decks.get(bundled))!;
		expect(deck.origin).toBe('bundled');
		await expect(deleteDeck(base(), deck)).rejects.toBeInstanceOf(RangeError);
		expect(await db.cards.where('deckId').equals(bundled).count()).toBe(4);

		await setDeckHidden(base(), bundled, true);
		expect((await deckOverview(await ctx())).decks).toEqual([]);
		expect((await deckDetail(await ctx(), bundled))?.hidden).toBe(true);
		await setDeckHidden(base(), bundled, false);
		expect((await deckOverview(await ctx())).decks.map((d) => d.deck.id)).toEqual([bundled]);

		const c = await ctx();
		const card = (await openReviewQueue(c, [bundled])).queue[0]!;
		await gradeReview(c, card.id, Rating.Easy, { expectedReps: card.reps });
		expect((await db.cards.get(card.id))?.reps).toBe(1);
		expect(await resetDeck(base(), bundled)).toBe(4);
		expect((await db.cards.get(card.id))?.reps).toBe(0);
		expect((await deckDetail(await ctx(), bundled))?.states.new).toBe(4);
		// The history is kept.
		expect(await db.reviewLogs.count()).toBe(1);
	});
});
