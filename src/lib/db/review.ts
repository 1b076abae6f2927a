/**
 * Writing reviews: the card's new memory state and its log row go in ONE transaction, so a
 * killed tab never leaves a card scheduled without its log (or a log without its card).
 */
import type { Grade } from 'ts-fsrs';
import {
	QUEUE,
	isLeechCard,
	memoryOf,
	newMemoryState,
	queueOf,
	withLeechTag,
	withoutLeechTag,
	type MemoryState
} from '$lib/cards';
import type { CardRow, ReviewLogRow, ReviewOrigin, StudyDb } from './schema';

/** What the review write needs from a scheduling outcome (`GradeOutcome` of `$lib/scheduling`). */
export interface GradedReview {
	/** The memory state after the review. */
	state: MemoryState;
	/** ts-fsrs's fractional days since the previous review and until the next due. */
	record: { elapsedDays: number; scheduledDays: number };
	/** True on the review that makes the card a leech. */
	becameLeech: boolean;
}

/**
 * What grades a card inside the write's transaction: the `Scheduler` of `$lib/scheduling`
 * (structurally; the database layer does not import scheduling). Pure: no await, no I/O.
 */
export interface ReviewGrader<O extends GradedReview = GradedReview> {
	grade(state: MemoryState, rating: Grade, now: Date): O;
}

/** Thrown when a card or log row that an action needs is not stored (e.g. deleted in another tab). */
export class MissingRowError extends Error {
	constructor(
		readonly table: 'cards' | 'reviewLogs',
		readonly key: string | number
	) {
		super(`${table} has no row ${String(key)}`);
		this.name = 'MissingRowError';
	}
}

/**
 * Thrown when the card changed since it was shown (another tab reviewed it): grading it again
 * would apply a second review the learner never saw. Nothing is written.
 */
export class StaleCardError extends Error {
	constructor(readonly cardId: string) {
		super(`card ${cardId} was reviewed elsewhere since it was shown`);
		this.name = 'StaleCardError';
	}
}

/** Result of grading: what was written, and the log row id to undo it. */
export interface GradeResult<O extends GradedReview = GradedReview> {
	outcome: O;
	logId: number;
	card: CardRow;
}

/**
 * Grade a card: schedule it with `scheduler` at `now` and write card + log row in one transaction.
 * A card that reaches the leech threshold is tagged `leech` and suspended in the same write.
 * @param rating ts-fsrs Rating value (Again=1 … Easy=4).
 * @param expectedReps the card's `reps` when it was shown; when given and the stored card has
 *   moved on (reviewed in another tab), nothing is written and StaleCardError is thrown.
 * @throws MissingRowError when the card is gone; StaleCardError as above.
 */
export async function gradeCard<O extends GradedReview>(
	db: StudyDb,
	scheduler: ReviewGrader<O>,
	cardId: string,
	rating: Grade,
	now: Date,
	origin: ReviewOrigin = 'review',
	expectedReps?: number
): Promise<GradeResult<O>> {
	return db.transaction('rw', db.cards, db.reviewLogs, async () => {
		const row = await db.cards.get(cardId);
		if (!row) throw new MissingRowError('cards', cardId);
		if (expectedReps !== undefined && row.reps !== expectedReps) throw new StaleCardError(cardId);
		const before = memoryOf(row);
		const outcome = scheduler.grade(before, rating, now);
		const leech = outcome.becameLeech;
		const updated: CardRow = {
			...row,
			...outcome.state,
			tags: leech ? withLeechTag(row.tags) : row.tags,
			suspended: row.suspended || leech
		};
		updated.queue = queueOf(updated);
		const log: ReviewLogRow = {
			cardId,
			deckId: row.deckId,
			rating,
			reviewedAt: now,
			origin,
			stateBefore: before,
			stateAfter: outcome.state,
			queueBefore: row.queue,
			elapsedDays: outcome.record.elapsedDays,
			scheduledDays: outcome.record.scheduledDays
		};
		await db.cards.put(updated);
		const logId = (await db.reviewLogs.add(log)) as number;
		return { outcome, logId, card: updated };
	});
}

/**
 * Undo one review: restore the card exactly as it was before (memory state, queue, tags,
 * suspension) and delete the log row, in one transaction.
 * @throws MissingRowError when the log row or its card is gone.
 */
export async function undoReview(db: StudyDb, logId: number): Promise<CardRow> {
	return db.transaction('rw', db.cards, db.reviewLogs, async () => {
		const log = await db.reviewLogs.get(logId);
		if (!log) throw new MissingRowError('reviewLogs', logId);
		const row = await db.cards.get(log.cardId);
		if (!row) throw new MissingRowError('cards', log.cardId);
		const restored: CardRow = { ...row, ...log.stateBefore, queue: log.queueBefore };
		if (log.stateAfter.lapses !== log.stateBefore.lapses && isLeechCard(row)) {
			// The leech tag and suspension came from this review: take them back too.
			restored.tags = withoutLeechTag(row.tags);
			restored.suspended = log.queueBefore === QUEUE.suspended;
		}
		await db.cards.put(restored);
		await db.reviewLogs.delete(logId);
		return restored;
	});
}

/** Suspend or unsuspend a card (out of every queue until unsuspended). */
export async function setSuspended(db: StudyDb, cardId: string, suspended: boolean): Promise<void> {
	await db.transaction('rw', db.cards, async () => {
		const row = await db.cards.get(cardId);
		if (!row) throw new MissingRowError('cards', cardId);
		const next = { ...row, suspended };
		if (!suspended) next.tags = withoutLeechTag(row.tags);
		next.queue = queueOf(next);
		await db.cards.put(next);
	});
}

/** Bury a card until `until` (the start of the next study day). */
export async function buryCard(db: StudyDb, cardId: string, until: Date): Promise<void> {
	await db.transaction('rw', db.cards, async () => {
		const row = await db.cards.get(cardId);
		if (!row) throw new MissingRowError('cards', cardId);
		await db.cards.put({ ...row, buriedUntil: until, queue: QUEUE.buried });
	});
}

/** Forget a card: back to new, history kept in the log. */
export async function resetCard(db: StudyDb, cardId: string, now: Date): Promise<void> {
	await db.transaction('rw', db.cards, async () => {
		const row = await db.cards.get(cardId);
		if (!row) throw new MissingRowError('cards', cardId);
		const next: CardRow = { ...row, ...newMemoryState(now), suspended: false };
		delete next.buriedUntil;
		next.tags = withoutLeechTag(row.tags);
		next.queue = queueOf(next);
		await db.cards.put(next);
	});
}

/** How many reviews are logged in all. */
export function countReviews(db: StudyDb): Promise<number> {
	return db.reviewLogs.count();
}

/** Visit every review logged at or after `since`, oldest first. */
export function forEachReviewSince(
	db: StudyDb,
	since: Date,
	visit: (log: ReviewLogRow) => void
): Promise<void> {
	return db.reviewLogs.where('reviewedAt').aboveOrEqual(since).each(visit);
}

/**
 * Every logged rating of one origin (e.g. `'review'`: flashcard reviews), optionally only those
 * of some decks, in no particular order (the optimiser sorts per card).
 */
export async function reviewHistory(
	db: StudyDb,
	origin: ReviewOrigin,
	deckIds?: readonly string[]
): Promise<ReviewLogRow[]> {
	const rows = await db.reviewLogs.filter((r) => r.origin === origin).toArray();
	if (!deckIds) return rows;
	const decks = new Set(deckIds);
	return rows.filter((r) => decks.has(r.deckId));
}
