/**
 * Reading the whole cards table in pieces, and hearing which cards changed — for an in-memory
 * copy of the cards (the card browser's search index) that follows the database.
 */
import Dexie, { RangeSet, type IntervalTree, type ObservabilitySet } from 'dexie';
import type { CardRow } from '$lib/cards';
import type { StudyDb } from './schema';

/**
 * Up to `limit` stored cards (retired ones included) with ids after `afterId`, in id order; the
 * first ones when `afterId` is null. One request, so a large table can be read in pieces.
 */
export function cardsAfter(db: StudyDb, afterId: string | null, limit: number): Promise<CardRow[]> {
	const range = afterId === null ? db.cards.toCollection() : db.cards.where(':id').above(afterId);
	return range.limit(limit).toArray();
}

/** Number of stored cards (retired ones included). */
export function countCards(db: StudyDb): Promise<number> {
	return db.cards.count();
}

/** The stored cards with these ids, in the same order (undefined where none is stored). */
export function cardsById(db: StudyDb, ids: readonly string[]): Promise<(CardRow | undefined)[]> {
	return db.cards.bulkGet([...ids]);
}

/**
 * Cards written (added, changed or deleted) by one committed transaction: their ids, or `all`
 * when the change is not known card by card (Dexie reports writes of 50 rows and more, a
 * `clear()` or a range delete as a range of keys).
 */
export type CardChanges = { all: true } | { all: false; ids: string[] };

/** The changes a set of mutated parts holds for the cards table of `dbName`, if any. */
export function cardChangesOf(parts: ObservabilitySet, dbName: string): CardChanges | null {
	const tree: IntervalTree | undefined = parts[`idb://${dbName}/cards/`];
	if (!tree || tree.d === 0) return null;
	const ids: string[] = [];
	for (const range of RangeSet(tree)) {
		if (typeof range.from !== 'string' || range.from !== range.to) return { all: true };
		ids.push(range.from);
	}
	return ids.length > 0 ? { all: false, ids } : null;
}

/**
 * Call `onChange` after every committed transaction that wrote cards, in this tab or in another
 * one (Dexie's `storagemutated` event, which Dexie also broadcasts between tabs and workers).
 * @returns a function that stops listening
 */
export function watchCards(db: StudyDb, onChange: (changes: CardChanges) => void): () => void {
	const listener = (parts: ObservabilitySet) => {
		const changes = cardChangesOf(parts, db.name);
		if (changes) onChange(changes);
	};
	Dexie.on('storagemutated', listener);
	return () => Dexie.on.storagemutated.unsubscribe(listener);
}
