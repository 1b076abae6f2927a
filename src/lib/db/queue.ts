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

/**
 * Count a range, or only up to `cap` keys: IndexedDB's `count()` walks the whole range (Dexie
 * applies a limit after counting), while reading at most `cap` primary keys stops early — the
 * screens never show more than the daily limit.
 */
function countUpTo(range: ReturnType<typeof rangeNew>, cap: number): Promise<number> {
	if (!Number.isFinite(cap)) return range.count();
	return range
		.limit(Math.max(0, Math.floor(cap)))
		.primaryKeys()
		.then((keys) => keys.length);
}

/**
 * How many cards of `deckId` in `queue` are due before `until` (exclusive); at most `cap` (the
 * count stops there, see `countUpTo`).
 */
export function countDue(
	db: StudyDb,
	deckId: string,
	queue: QueueValue,
	until: Date,
	cap = Infinity
): Promise<number> {
	return countUpTo(rangeDue(db, deckId, queue, until), cap);
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

/** How many new cards `deckId` has; at most `cap` (the count stops there). */
export function countNew(db: StudyDb, deckId: string, cap = Infinity): Promise<number> {
	return countUpTo(rangeNew(db, deckId), cap);
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

/**
 * How many cards of `deckId` are not retired: one count over `[deckId+queue+due]` from the
 * lowest queue value after retired (buried) to the highest (review); retired is the lowest.
 */
export function countLive(db: StudyDb, deckId: string): Promise<number> {
	return db.cards
		.where('[deckId+queue+due]')
		.between([deckId, QUEUE.retired + 1, EPOCH], [deckId, QUEUE.review, FAR_FUTURE], true, true)
		.count();
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
 * Call `visit` for each review of any deck logged from `start` to `end` (both inclusive): one
 * read on `reviewedAt` for the logs of a study day of every deck.
 */
export function forEachReviewOfAll(
	db: StudyDb,
	start: Date,
	end: Date,
	visit: (log: ReviewLogRow) => void
): Promise<void> {
	return db.reviewLogs.where('reviewedAt').between(start, end, true, true).each(visit);
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
