/**
 * Today's queue and the home screen's counts: the database's index reads (`$lib/db` queue
 * reads) with the study day, the daily limits and the session order of `$lib/scheduling`.
 */
import { State } from 'ts-fsrs';
import { QUEUE, memoryOf, type CardRow } from '$lib/cards';
import {
	countDue,
	countLive,
	countNew,
	forEachReview,
	readDue,
	readNew,
	type StudyDb
} from '$lib/db';
import {
	buildSessionQueue,
	nextStudyDayStart,
	studyDayStart,
	type DoneToday,
	type SchedulerSettings
} from '$lib/scheduling';

/** Counts shown per deck: cards to study now, with the daily limits applied. */
export interface DeckCounts {
	new: number;
	learning: number;
	review: number;
	/** Total cards in the deck that are not retired. */
	total: number;
}

/**
 * Count what was studied since the start of the study day for the given decks.
 * A "new studied" is a review-screen log row whose card was New before; a "review done" one
 * that was Review. Quiz lapses and drill grades do not use up the day's limits.
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
		await forEachReview(db, deckId, start, now, (log) => {
			if (log.origin !== 'review') return;
			if (log.stateBefore.state === State.New) newStudied++;
			else if (log.stateBefore.state === State.Review) reviewsDone++;
		});
	}
	return { newStudied, reviewsDone };
}

/** Limits left for today after what was already done. */
function remaining(settings: SchedulerSettings, done: DoneToday) {
	return {
		newLeft: Math.max(0, settings.newPerDay - done.newStudied),
		reviewsLeft: Math.max(0, settings.reviewsPerDay - done.reviewsDone)
	};
}

/** The learn-ahead limit and the end of the study day at `now`. */
function horizons(now: Date, settings: SchedulerSettings, timeZone?: string) {
	return {
		learnAhead: new Date(now.getTime() + settings.learnAheadMinutes * 60_000),
		dayEnd: nextStudyDayStart(now, settings.dayStartHour, timeZone)
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
	const { learnAhead, dayEnd } = horizons(now, settings, timeZone);
	const { newLeft, reviewsLeft } = remaining(
		settings,
		await doneToday(db, deckIds, now, settings, timeZone)
	);
	const counts = { new: 0, learning: 0, review: 0, total: 0 };
	for (const deckId of deckIds) {
		counts.learning += await countDue(db, deckId, QUEUE.learning, learnAhead);
		counts.review += await countDue(db, deckId, QUEUE.review, dayEnd);
		counts.new += await countNew(db, deckId);
		counts.total += await countLive(db, deckId);
	}
	return {
		new: Math.min(counts.new, newLeft),
		learning: counts.learning,
		review: Math.min(counts.review, reviewsLeft),
		total: counts.total
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
	const { learnAhead, dayEnd } = horizons(now, settings, timeZone);
	const done = await doneToday(db, deckIds, now, settings, timeZone);
	const { newLeft, reviewsLeft } = remaining(settings, done);
	const rows: CardRow[] = [];
	for (const deckId of deckIds) {
		rows.push(...(await readDue(db, deckId, QUEUE.learning, learnAhead)));
		rows.push(...(await readDue(db, deckId, QUEUE.review, dayEnd, reviewsLeft)));
		rows.push(...(await readNew(db, deckId, newLeft)));
	}
	// New cards across decks in notes order (positions are import timestamps + index).
	rows.sort((a, b) => a.position - b.position);
	const wrapped = rows.map((row) => ({ state: memoryOf(row), row }));
	return buildSessionQueue(wrapped, now, settings, done, timeZone).map((w) => w.row);
}
