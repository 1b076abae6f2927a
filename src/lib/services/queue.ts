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
	forEachReviewOfAll,
	readDue,
	readNew,
	type ReviewLogRow,
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
	const done: DoneToday = { newStudied: 0, reviewsDone: 0 };
	for (const deckId of deckIds) {
		await forEachReview(db, deckId, start, now, (log) => countStudied(done, log));
	}
	return done;
}

/** Add one log row to what was studied (the rule of {@link doneToday}). */
function countStudied(done: DoneToday, log: ReviewLogRow): void {
	if (log.origin !== 'review') return;
	if (log.stateBefore.state === State.New) done.newStudied++;
	else if (log.stateBefore.state === State.Review) done.reviewsDone++;
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
	const tallies = await tallyAll(db, deckIds, now, settings, timeZone);
	return countsOf(tallies, settings);
}

/**
 * Counts for each deck and for all of them together, reading each deck's index ranges once
 * (what the home screen shows).
 * @returns `decks[i]` for `deckIds[i]`, and `all` (the limits applied across every deck)
 */
export async function countsPerDeck(
	db: StudyDb,
	deckIds: string[],
	now: Date,
	settings: SchedulerSettings,
	timeZone?: string
): Promise<{ decks: DeckCounts[]; all: DeckCounts }> {
	const tallies = await tallyAll(db, deckIds, now, settings, timeZone);
	return {
		decks: tallies.map((t) => countsOf([t], settings)),
		all: countsOf(tallies, settings)
	};
}

/**
 * What one deck has now, before the daily limits: new and review cards are counted only up to
 * the daily limit (no set of decks can show more), learning cards and the total in full.
 */
interface DeckTally {
	done: DoneToday;
	new: number;
	learning: number;
	review: number;
	total: number;
}

/**
 * The tallies of `deckIds`. Every read is started at once (IndexedDB answers them in order
 * without a round trip per read; a live query sees them all, as they start in its zone).
 */
function tallyAll(
	db: StudyDb,
	deckIds: string[],
	now: Date,
	settings: SchedulerSettings,
	timeZone?: string
): Promise<DeckTally[]> {
	const { learnAhead, dayEnd } = horizons(now, settings, timeZone);
	// What was studied today in every deck, from one read of today's logs.
	const done = new Map<string, DoneToday>(
		deckIds.map((id) => [id, { newStudied: 0, reviewsDone: 0 }])
	);
	const start = studyDayStart(now, settings.dayStartHour, timeZone);
	const logs = forEachReviewOfAll(db, start, now, (log) => {
		const d = done.get(log.deckId);
		if (d) countStudied(d, log);
	});
	return Promise.all([
		logs,
		Promise.all(
			deckIds.map((deckId) =>
				Promise.all([
					countDue(db, deckId, QUEUE.learning, learnAhead),
					countDue(db, deckId, QUEUE.review, dayEnd, settings.reviewsPerDay),
					countNew(db, deckId, settings.newPerDay),
					countLive(db, deckId)
				])
			)
		)
	]).then(([, counts]) =>
		counts.map(([learning, review, fresh, total], i) => ({
			done: done.get(deckIds[i] as string) as DoneToday,
			learning,
			review,
			new: fresh,
			total
		}))
	);
}

/**
 * Counts of several decks together: the sums, with what is left of the daily limits after what
 * was done in all of them. Summing counts capped at the limit gives the same result as summing
 * the full counts, since the limit left is never above the limit.
 */
function countsOf(tallies: readonly DeckTally[], settings: SchedulerSettings): DeckCounts {
	const sum = (f: (t: DeckTally) => number) => tallies.reduce((n, t) => n + f(t), 0);
	const { newLeft, reviewsLeft } = remaining(settings, {
		newStudied: sum((t) => t.done.newStudied),
		reviewsDone: sum((t) => t.done.reviewsDone)
	});
	return {
		new: Math.min(
			sum((t) => t.new),
			newLeft
		),
		learning: sum((t) => t.learning),
		review: Math.min(
			sum((t) => t.review),
			reviewsLeft
		),
		total: sum((t) => t.total)
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
