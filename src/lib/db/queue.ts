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

/** How many new cards `deckId` has; at most `cap` (the count stops there). */
export function countNew(db: StudyDb, deckId: string, cap = Infinity): Promise<number> {
	return countUpTo(rangeNew(db, deckId), cap);
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
 * When each database next needs the buried cards read: the earliest `buriedUntil` left after the
 * last full read, at most an hour after it (a card buried in another tab is seen within the
 * hour), lowered by every bury made here (`noteBuried`). Before that time no buried card can
 * be due, so `unburyDue` reads nothing; at 100 000 cards a full read of the buried ones is tens
 * of milliseconds, paid on every review screen opening before this.
 */
const nextUnbury = new WeakMap<StudyDb, number>();
const RECHECK_MS = 3_600_000;

/** Tell `unburyDue` that a card of `db` was buried until `until` (call after writing it). */
export function noteBuried(db: StudyDb, until: Date): void {
	const next = nextUnbury.get(db);
	if (next !== undefined) nextUnbury.set(db, Math.min(next, until.getTime()));
}

/** Make the next `unburyDue` read every buried card (after a restore, or to time it). */
export function forgetUnburyCheck(db: StudyDb): void {
	nextUnbury.delete(db);
}

/**
 * Bring buried cards back when their study day has come. Run at the start of a session.
 * Reads the buried cards only when one can be due (see `nextUnbury`).
 * @returns how many cards were unburied.
 */
export async function unburyDue(db: StudyDb, now: Date): Promise<number> {
	const next = nextUnbury.get(db);
	if (next !== undefined && now.getTime() < next) return 0;
	let unburied = 0;
	let earliest = now.getTime() + RECHECK_MS;
	await db.cards
		.where('queue')
		.equals(QUEUE.buried)
		.modify((row) => {
			// Returning false tells Dexie not to write the row back (cards still buried).
			if (!row.buriedUntil || row.buriedUntil.getTime() > now.getTime()) {
				if (row.buriedUntil) earliest = Math.min(earliest, row.buriedUntil.getTime());
				return false;
			}
			delete row.buriedUntil;
			row.queue = queueOf(row);
			unburied++;
		});
	nextUnbury.set(db, earliest);
	return unburied;
}
