/**
 * Reads behind today's queue and the home screen's counts, each from an index range on
 * `[deckId+queue+due]` / `[deckId+queue+position]` / `[deckId+reviewedAt]` — never a scan of the
 * cards table. Daily limits and the session order are the services' (`$lib/services/queue`).
 */
import { QUEUE, queueOf, type QueueValue } from '$lib/cards';
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

/** Cards of `deckId` in `queue` due before `until` (exclusive), earliest first, at most `limit`. */
export function readDue(
	db: StudyDb,
	deckId: string,
	queue: QueueValue,
	until: Date,
	limit = Infinity
): Promise<CardRow[]> {
	const range = rangeDue(db, deckId, queue, until);
	return (Number.isFinite(limit) ? range.limit(limit) : range).toArray();
}

/** How many new cards `deckId` has. */
export function countNew(db: StudyDb, deckId: string): Promise<number> {
	return rangeNew(db, deckId).count();
}

/** The first `limit` new cards of `deckId`, in notes order. */
export function readNew(db: StudyDb, deckId: string, limit = Infinity): Promise<CardRow[]> {
	const range = rangeNew(db, deckId);
	return (Number.isFinite(limit) ? range.limit(limit) : range).toArray();
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
