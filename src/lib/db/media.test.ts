/**
 * Stored images no card refers to any more are deleted (after a deck is deleted, or its notes
 * re-imported without the image); an image still on a card, or in a local edit, stays.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { NoteCard } from '$lib/content/types';
import {
	StudyDb,
	applyImport,
	deckIdFor,
	deleteUnusedMedia,
	planImport,
	type MediaRow
} from '$lib/db';

const NOW = new Date('2025-03-10T01:00:00Z');
const A = 'a'.repeat(64);
const B = 'b'.repeat(64);
const C = 'c'.repeat(64);

const media = (hash: string): MediaRow => ({
	hash,
	blob: new Blob([new Uint8Array([0x89, 0x50, 0x4e, 0x47])], { type: 'image/png' }),
	type: 'image/png',
	size: 4,
	name: `${hash[0]}.png`,
	addedAt: NOW
});

function card(file: string, i: number, hash: string): NoteCard {
	return {
		id: `${deckIdFor('import', file)}:${i}`,
		anchor: `t/${i}`,
		kind: 'basic',
		front: `질문 ${i}`,
		back: `답 ${i}\n\n![](<media:${hash}>)`,
		topic: ['t'],
		tags: [],
		source: { file, line: i + 1 }
	};
}

async function importDeck(file: string, cards: NoteCard[], rows: MediaRow[]) {
	const id = deckIdFor('import', file);
	const plan = await planImport(
		db,
		{ id, title: file, origin: 'import', file, sourceText: '' },
		cards,
		NOW
	);
	plan.media = rows;
	await applyImport(db, plan, NOW);
	return id;
}

let db: StudyDb;
let n = 0;
beforeEach(async () => {
	db = new StudyDb(`media-prune-${++n}`);
	await db.open();
});
afterEach(async () => {
	await db.delete();
});

describe('deleteUnusedMedia', () => {
	it('keeps images on cards and in local edits, deletes the rest', async () => {
		const one = await importDeck(
			'one.md',
			[card('one.md', 1, A), card('one.md', 2, B)],
			[media(A), media(B)]
		);
		await importDeck('two.md', [card('two.md', 1, A)], [media(A)]);
		await db.media.add(media(C));
		expect(await deleteUnusedMedia(db)).toEqual([C]);

		// A local edit that still shows B keeps it when its deck's cards go.
		const [first] = await db.cards.where('deckId').equals(one).sortBy('id');
		await db.cards.update(first!.id, { override: { back: `고친 답\n\n![](<media:${B}>)` } });
		await db.cards
			.where('deckId')
			.equals(one)
			.and((c) => c.id !== first!.id)
			.delete();
		expect(await deleteUnusedMedia(db)).toEqual([]);

		await db.cards.where('deckId').equals(one).delete();
		expect(await deleteUnusedMedia(db)).toEqual([B]);
		expect((await db.media.toCollection().primaryKeys()).sort()).toEqual([A]);
	});
});
