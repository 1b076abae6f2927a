/**
 * Today's queue and the home screen's counts, read from index ranges on
 * `[deckId+queue+due]` / `[deckId+queue+position]` — never a scan of the cards table.
 */
import { State } from 'ts-fsrs';
import {
	buildSessionQueue,
	nextStudyDayStart,
	studyDayStart,
	type DoneToday,
	type MemoryState,
	type SchedulerSettings
} from '$lib/scheduling';
import { memoryOf } from './memory';
import { QUEUE, type CardRow, type QueueValue, type StudyDb } from './schema';

/**
 * The queue a card belongs in, from its flags and memory state.
 * Suspended wins over buried; retired is only set by imports and never derived here.
 */
export function queueOf(
	row: MemoryState & { suspended?: boolean; buriedUntil?: Date }
): QueueValue {
	if (row.suspended) return QUEUE.suspended;
	if (row.buriedUntil) return QUEUE.buried;
	if (row.state === State.New) return QUEUE.new;
	if (row.state === State.Learning || row.state === State.Relearning) return QUEUE.learning;
	return QUEUE.review;
}

/** Counts shown per deck: cards to study now, with the daily limits applied. */
export interface DeckCounts {
	new: number;
	learning: number;
	review: number;
	/** Total cards in the deck that are not retired. */
	total: number;
}

/**
 * Count what was studied since the start of the study day for a deck (or every deck).
 * A "new studied" is a log row whose card was New before; a "review done" one that was Review.
 */
export async function doneToday(
	db: StudyDb,
	deckIds: string[],
	now: Date,
	settings: SchedulerSettings,
	timeZone?: string
): Promise<DoneToday> {
	const start = studyDayStart(now, settings.dayStartHour, timeZone);
	let newStudied = 0;
	let reviewsDone = 0;
	for (const deckId of deckIds) {
		await db.reviewLogs
			.where('[deckId+reviewedAt]')
			.between([deckId, start], [deckId, now], true, true)
			.each((log) => {
				if (log.origin !== 'review') return;
				if (log.stateBefore.state === State.New) newStudied++;
				else if (log.stateBefore.state === State.Review) reviewsDone++;
			});
	}
	return { newStudied, reviewsDone };
}

function rangeDue(db: StudyDb, deckId: string, queue: QueueValue, until: Date) {
	return db.cards
		.where('[deckId+queue+due]')
		.between([deckId, queue, new Date(0)], [deckId, queue, until], true, false);
}

/** Limits left for today after what was already done. */
function remaining(settings: SchedulerSettings, done: DoneToday) {
	return {
		newLeft: Math.max(0, settings.newPerDay - done.newStudied),
		reviewsLeft: Math.max(0, settings.reviewsPerDay - done.reviewsDone)
	};
}

/**
 * Counts for the home screen. Limits are applied across the given decks together, as a
 * session over them would (a deck's counts are the counts for `[deckId]`).
 */
export async function countsFor(
	db: StudyDb,
	deckIds: string[],
	now: Date,
	settings: SchedulerSettings,
	timeZone?: string
): Promise<DeckCounts> {
	const learnAhead = new Date(now.getTime() + settings.learnAheadMinutes * 60_000);
	const dayEnd = nextStudyDayStart(now, settings.dayStartHour, timeZone);
	const done = await doneToday(db, deckIds, now, settings, timeZone);
	const { newLeft, reviewsLeft } = remaining(settings, done);
	let learning = 0;
	let review = 0;
	let fresh = 0;
	let total = 0;
	for (const deckId of deckIds) {
		learning += await rangeDue(db, deckId, QUEUE.learning, learnAhead).count();
		review += await rangeDue(db, deckId, QUEUE.review, dayEnd).count();
		fresh += await db.cards
			.where('[deckId+queue+position]')
			.between([deckId, QUEUE.new, -Infinity], [deckId, QUEUE.new, Infinity])
			.count();
		total += await db.cards.where('deckId').equals(deckId).count();
		total -= await db.cards
			.where('[deckId+queue+due]')
			.between([deckId, QUEUE.retired, new Date(0)], [deckId, QUEUE.retired, new Date(8.64e15)])
			.count();
	}
	return {
		new: Math.min(fresh, newLeft),
		learning,
		review: Math.min(review, reviewsLeft),
		total
	};
}

/**
 * The cards of today's session, in the scheduler's order (learning due now, reviews due today,
 * new cards in notes order, then learn-ahead learning cards), daily limits applied.
 * Only the candidate rows are read, each from an index range; `buildSessionQueue` orders them.
 * Learning cards that become due later in the session are picked up by calling this again.
 */
export async function sessionQueue(
	db: StudyDb,
	deckIds: string[],
	now: Date,
	settings: SchedulerSettings,
	timeZone?: string
): Promise<CardRow[]> {
	const learnAhead = new Date(now.getTime() + settings.learnAheadMinutes * 60_000);
	const dayEnd = nextStudyDayStart(now, settings.dayStartHour, timeZone);
	const done = await doneToday(db, deckIds, now, settings, timeZone);
	const { newLeft, reviewsLeft } = remaining(settings, done);
	const rows: CardRow[] = [];
	for (const deckId of deckIds) {
		rows.push(...(await rangeDue(db, deckId, QUEUE.learning, learnAhead).toArray()));
		rows.push(...(await rangeDue(db, deckId, QUEUE.review, dayEnd).limit(reviewsLeft).toArray()));
		rows.push(
			...(await db.cards
				.where('[deckId+queue+position]')
				.between([deckId, QUEUE.new, -Infinity], [deckId, QUEUE.new, Infinity])
				.limit(newLeft)
				.toArray())
		);
	}
	// New cards across decks in notes order (positions are import timestamps + index).
	rows.sort((a, b) => a.position - b.position);
	const wrapped = rows.map((row) => ({ state: memoryOf(row), row }));
	return buildSessionQueue(wrapped, now, settings, done, timeZone).map((w) => w.row);
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
