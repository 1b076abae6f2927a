/** Hearing which cards a transaction wrote (Dexie's storagemutated event), and reading in pieces. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CardRow } from '$lib/cards';
import { StudyDb } from './schema';
import { cardsAfter, watchCards, type CardChanges } from './card-watch';

let db: StudyDb;
let other: StudyDb;
let n = 0;
beforeEach(async () => {
	db = new StudyDb(`card-watch-${++n}`);
	other = new StudyDb(`card-watch-other-${n}`);
	await Promise.all([db.open(), other.open()]);
});
afterEach(async () => {
	await Promise.all([db.delete(), other.delete()]);
});

const row = (i: number) =>
	({ id: `c${String(i).padStart(3, '0')}`, deckId: 'd', queue: 0, tags: [] }) as unknown as CardRow;

/** The changes heard while `write` runs (and its transaction commits). */
async function heard(write: () => Promise<unknown>): Promise<CardChanges[]> {
	const out: CardChanges[] = [];
	const stop = watchCards(db, (c) => out.push(c));
	await write();
	await new Promise((r) => setTimeout(r, 10));
	stop();
	return out;
}

describe('watchCards', () => {
	it('names the cards of a small write, reports a large one or a clear as all', async () => {
		expect(await heard(() => db.cards.bulkPut([row(1), row(2)]))).toEqual([
			{ all: false, ids: ['c001', 'c002'] }
		]);
		expect(await heard(() => db.cards.delete('c001'))).toEqual([{ all: false, ids: ['c001'] }]);
		const many = Array.from({ length: 60 }, (_, i) => row(i + 10));
		expect(await heard(() => db.cards.bulkPut(many))).toEqual([{ all: true }]);
		expect(await heard(() => db.cards.clear())).toEqual([{ all: true }]);
		// Other tables and other databases are not the cards of this one.
		expect(await heard(() => db.settings.put({ key: 'x', value: 1 }))).toEqual([]);
		expect(await heard(() => other.cards.put(row(1)))).toEqual([]);
	});

	it('reads the table in pieces in id order', async () => {
		await db.cards.bulkPut([row(3), row(1), row(2)]);
		const first = await cardsAfter(db, null, 2);
		expect(first.map((r) => r.id)).toEqual(['c001', 'c002']);
		expect((await cardsAfter(db, 'c002', 2)).map((r) => r.id)).toEqual(['c003']);
	});
});
