/**
 * A card's FSRS memory state: our camelCase mirror of ts-fsrs's `Card`, and the conversions both
 * ways. Part of the card model because every layer that holds a card holds this state.
 */
import { createEmptyCard, State, type Card } from 'ts-fsrs';

/**
 * The FSRS memory state of one card, as stored in the database.
 * Field-for-field the ts-fsrs `Card` (see `node_modules/ts-fsrs/dist/index.d.ts`), in camelCase.
 */
export interface MemoryState {
	/** When the card is next due. For review cards this is the middle of the due study day (see `reviewDueAt`). */
	due: Date;
	/** FSRS stability, in days (interval at which recall probability is 90 %). 0 for a new card. */
	stability: number;
	/** FSRS difficulty, 1–10. 0 for a new card. */
	difficulty: number;
	/** ts-fsrs `elapsed_days`: whole UTC-calendar days between the last two reviews. */
	elapsedDays: number;
	/** ts-fsrs `scheduled_days`: whole days of the current interval (0 while in (re)learning). */
	scheduledDays: number;
	/** ts-fsrs `learning_steps`: index of the current (re)learning step. */
	learningSteps: number;
	/** Number of reviews. */
	reps: number;
	/** Number of lapses (Again on a review card). */
	lapses: number;
	/** ts-fsrs `State`: New 0, Learning 1, Review 2, Relearning 3. */
	state: State;
	/** Time of the last review, null for a new card. */
	lastReview: Date | null;
}

/** Memory state of a card never studied, due at `now` (ts-fsrs `createEmptyCard`). */
export function newMemoryState(now: Date): MemoryState {
	return fromFsrsCard(createEmptyCard(now));
}

/** Deep copy (Dates copied too), so a stored record never shares objects with live state. */
export function cloneMemoryState(s: MemoryState): MemoryState {
	return {
		due: new Date(s.due.getTime()),
		stability: s.stability,
		difficulty: s.difficulty,
		elapsedDays: s.elapsedDays,
		scheduledDays: s.scheduledDays,
		learningSteps: s.learningSteps,
		reps: s.reps,
		lapses: s.lapses,
		state: s.state,
		lastReview: s.lastReview ? new Date(s.lastReview.getTime()) : null
	};
}

/** MemoryState → ts-fsrs Card (fresh object). */
export function toFsrsCard(s: MemoryState): Card {
	const card: Card = {
		due: new Date(s.due.getTime()),
		stability: s.stability,
		difficulty: s.difficulty,
		elapsed_days: s.elapsedDays,
		scheduled_days: s.scheduledDays,
		learning_steps: s.learningSteps,
		reps: s.reps,
		lapses: s.lapses,
		state: s.state
	};
	if (s.lastReview) card.last_review = new Date(s.lastReview.getTime());
	return card;
}

/** ts-fsrs Card → MemoryState (fresh object). */
export function fromFsrsCard(c: Card): MemoryState {
	return {
		due: new Date(c.due.getTime()),
		stability: c.stability,
		difficulty: c.difficulty,
		elapsedDays: c.elapsed_days,
		scheduledDays: c.scheduled_days,
		learningSteps: c.learning_steps,
		reps: c.reps,
		lapses: c.lapses,
		state: c.state,
		lastReview: c.last_review ? new Date(c.last_review.getTime()) : null
	};
}

/** The memory-state part of a card row (what FSRS reads and writes), as a fresh object. */
export function memoryOf(row: MemoryState): MemoryState {
	return {
		due: row.due,
		stability: row.stability,
		difficulty: row.difficulty,
		elapsedDays: row.elapsedDays,
		scheduledDays: row.scheduledDays,
		learningSteps: row.learningSteps,
		reps: row.reps,
		lapses: row.lapses,
		state: row.state,
		lastReview: row.lastReview
	};
}
