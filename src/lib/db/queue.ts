/**
 * Reads behind today's queue and the home screen's counts, each from an index range on
 * `[deckId+queue+due]` / `[deckId+queue+position]` / `[deckId+reviewedAt]` — never a scan of the
 * cards table. Daily limits and the session order are the services' (`$lib/services/queue`).
 */
import { QUEUE, lineOfSiblingKey, queueOf, siblingKeyOf, type QueueValue } from '$lib/cards';
import type { CardRow, ReviewLogRow, StudyDb } from './schema';

const EPOCH = new Date(0);
const FAR_FUTURE = new Date(8.64e15);

function rangeDue(db: StudyDb, deckId: string, queue: QueueValue, until: Date) {
	return db.cards
		.where('[deckId+queue+due]')
		.between([deckId, queue, EPOCH], [deckId, queue, until], true, false);
}

function rangeNew(db: StudyDb, deckId: string) {
	return db.cards
		.where('[deckId+queue+position]')
		.between([deckId, QUEUE.new, -Infinity], [deckId, QUEUE.new, Infinity]);
}

/** How many cards of `deckId` in `queue` are due before `until` (exclusive). */
export function countDue(
	db: StudyDb,
	deckId: string,
	queue: QueueValue,
	until: Date
): Promise<number> {
	return rangeDue(db, deckId, queue, until).count();
}

/** Keeps a candidate row (called in index order, once per row, while the cursor walks). */
export type RowFilter = (row: CardRow) => boolean;

function take(
	range: ReturnType<typeof rangeDue>,
	limit: number,
	accept?: RowFilter
): Promise<CardRow[]> {
	if (limit <= 0) return Promise.resolve([]);
	const kept = accept ? range.filter(accept) : range;
	return (Number.isFinite(limit) ? kept.limit(limit) : kept).toArray();
}

/**
 * Cards of `deckId` in `queue` due before `until` (exclusive), earliest first, at most `limit`
 * of those `accept` keeps (the cursor stops once `limit` rows are kept).
 */
export function readDue(
	db: StudyDb,
	deckId: string,
	queue: QueueValue,
	until: Date,
	limit = Infinity,
	accept?: RowFilter
): Promise<CardRow[]> {
	return take(rangeDue(db, deckId, queue, until), limit, accept);
}

/** Cards of `deckId` in `queue` due from `from` (inclusive) to `until` (exclusive), earliest first. */
export function readDueBetween(
	db: StudyDb,
	deckId: string,
	queue: QueueValue,
	from: Date,
	until: Date,
	limit = Infinity
): Promise<CardRow[]> {
	const range = db.cards
		.where('[deckId+queue+due]')
		.between([deckId, queue, from], [deckId, queue, until], true, false);
	return take(range, limit);
}

/** How many new cards `deckId` has. */
export function countNew(db: StudyDb, deckId: string): Promise<number> {
	return rangeNew(db, deckId).count();
}

/** The first `limit` new cards of `deckId` that `accept` keeps, in notes order. */
export function readNew(
	db: StudyDb,
	deckId: string,
	limit = Infinity,
	accept?: RowFilter
): Promise<CardRow[]> {
	return take(rangeNew(db, deckId), limit, accept);
}

/**
 * The cards of `card`'s sibling group (itself included): by the `[deckId+source.line]` index for
 * a line key, else by scanning its deck's cards for the converter's note key (see `siblingKeyOf`).
 */
export function readSiblings(db: StudyDb, card: CardRow): Promise<CardRow[]> {
	const key = siblingKeyOf(card);
	const line = lineOfSiblingKey(key);
	if (line !== null) {
		return db.cards.where('[deckId+source.line]').equals([card.deckId, line]).toArray();
	}
	return db.cards
		.where('deckId')
		.equals(card.deckId)
		.filter((row) => siblingKeyOf(row) === key)
		.toArray();
}

/** The stored cards among `ids`, in the order of `ids` (missing ones left out). */
export function readCards(db: StudyDb, ids: readonly string[]): Promise<CardRow[]> {
	return db.cards
		.bulkGet([...ids])
		.then((rows) => rows.filter((r): r is CardRow => r !== undefined));
}

/** How many cards of `deckId` sit in each queue (one index count per queue). */
export function countQueues(db: StudyDb, deckId: string): Promise<Record<QueueValue, number>> {
	const queues: QueueValue[] = [
		QUEUE.new,
		QUEUE.learning,
		QUEUE.review,
		QUEUE.suspended,
		QUEUE.buried,
		QUEUE.retired
	];
	return Promise.all(queues.map((q) => rangeDue(db, deckId, q, FAR_FUTURE).count())).then(
		(counts) =>
			Object.fromEntries(queues.map((q, i) => [q, counts[i]])) as Record<QueueValue, number>
	);
}

// The reads below return Dexie's own promises (no `async` wrapper): inside a liveQuery, Dexie
// follows its zone through a limited number of native awaits only, so every extra async layer
// risks a read that the live query does not watch (the home screen would stop following writes
// made in another tab).

/** How many cards of `deckId` are not retired. */
export function countLive(db: StudyDb, deckId: string): Promise<number> {
	return db.cards
		.where('deckId')
		.equals(deckId)
		.count()
		.then((all) =>
			rangeDue(db, deckId, QUEUE.retired, FAR_FUTURE)
				.count()
				.then((retired) => all - retired)
		);
}

/** Call `visit` for each review of `deckId` logged from `start` to `end` (both inclusive). */
export function forEachReview(
	db: StudyDb,
	deckId: string,
	start: Date,
	end: Date,
	visit: (log: ReviewLogRow) => void
): Promise<void> {
	return db.reviewLogs
		.where('[deckId+reviewedAt]')
		.between([deckId, start], [deckId, end], true, true)
		.each(visit);
}

/**
 * Bring buried cards back when their study day has come. Run at the start of a session.
 * @returns how many cards were unburied.
 */
export async function unburyDue(db: StudyDb, now: Date): Promise<number> {
	let unburied = 0;
	await db.cards
		.where('queue')
		.equals(QUEUE.buried)
		.modify((row) => {
			// Returning false tells Dexie not to write the row back (cards still buried).
			if (!row.buriedUntil || row.buriedUntil.getTime() > now.getTime()) return false;
			delete row.buriedUntil;
			row.queue = queueOf(row);
			unburied++;
		});
	return unburied;
}
