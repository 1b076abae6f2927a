/**
 * The FSRS scheduler: ts-fsrs glue plus the guarantees our review screen relies on.
 *
 * ts-fsrs does the memory model (stability, difficulty, intervals, learning steps, fuzz). On top of
 * it this module:
 *  - turns review intervals into study days (due = middle of the due study day, C12),
 *  - guards that Good/Easy never lower stability and a review stays ≥ 1 study day away (C11),
 *  - records each review with the exact state before it, so undo is a plain restore,
 *  - flags the review that makes a card a leech.
 */
import {
	fsrs,
	generatorParameters,
	Rating,
	State,
	type FSRS,
	type Grade,
	type RecordLogItem,
	type StepUnit
} from 'ts-fsrs';
import { formatInterval, formatIntervalDays } from './format';
import { cloneMemoryState, fromFsrsCard, toFsrsCard, type MemoryState } from './memory-state';
import { validateSchedulerSettings, type SchedulerSettings } from './settings';
import { MINUTE_MS, reviewDueAt } from './study-day';

/** A review as stored in the log table. `rating` is the ts-fsrs Rating value 1..4, never a button index. */
export interface ReviewRecord {
	rating: Grade;
	/** The instant of the review (the `now` passed to {@link Scheduler.grade}). */
	reviewedAt: Date;
	/** Deep copy of the state before the review: undo restores exactly this. */
	stateBefore: MemoryState;
	/** Deep copy of the state after the review. */
	stateAfter: MemoryState;
	/** ts-fsrs elapsed days since the previous review (whole UTC-calendar days; 0 for a new card). */
	elapsedDays: number;
	/** Whole days of the interval just scheduled (0 for a (re)learning step). */
	scheduledDays: number;
}

/** What one rating would do (preview) or did (grade). */
export interface GradeOutcome {
	/** The new memory state to store on the card. */
	state: MemoryState;
	/** The row to append to the review log. */
	record: ReviewRecord;
	/** Short label of the next interval: `'1m'`, `'10m'`, `'1h'`, `'3d'`, `'2mo'`, `'1.2y'`. */
	intervalLabel: string;
	/** True only on the review that brings the lapse count up to `leechThreshold`. */
	becameLeech: boolean;
}

/** Options of {@link Scheduler}. */
export interface SchedulerOptions {
	/** ts-fsrs interval fuzz; the app uses true (default), tests pass false. */
	fuzz?: boolean;
	/** IANA zone for study days; default: the runtime's zone at each call. */
	timeZone?: string;
	/**
	 * FSRS weights (ts-fsrs `w`, 19 or 21 numbers: personal parameters from the optimiser);
	 * default FSRS's own.
	 */
	parameters?: readonly number[];
}

/** The four grades in Rating order. */
export const GRADES: readonly Grade[] = [Rating.Again, Rating.Hard, Rating.Good, Rating.Easy];

/** True if `value` is a ts-fsrs Grade (Rating 1..4). */
export function isGrade(value: unknown): value is Grade {
	return value === 1 || value === 2 || value === 3 || value === 4;
}

/**
 * Safety guards applied to every ts-fsrs result (exported for tests; pure).
 *
 * 1. C11 — Good/Easy never lower stability. In ts-fsrs 5.4.2 a same-day repeat uses the
 *    short-term formula with the increase clamped at ≥ 1 for Hard and above, and a later repeat
 *    uses the recall formula whose increase is ≥ 1 too, so this guard should not fire; it is kept
 *    because earlier FSRS versions did lower stability on same-day reviews (FSRS-4.5 had no
 *    short-term clamp) and a parameter change must not silently reintroduce it.
 * 2. C11 — a pass (Hard/Good/Easy) on a review card stays a review at least 1 day away.
 * 3. The maximum interval holds for every rating: ts-fsrs 5.4.2 forces Good ≥ Hard + 1 day and
 *    Easy ≥ Good + 1 day *after* clamping to `maximum_interval`, so with a 1-day maximum Good
 *    would be 2 days. Anki clamps all buttons; so do we.
 * 4. Due is always after the review time (overdue cards included): a review due that is not
 *    later than `now` is moved to the next study day's middle.
 * @param dueForDays the due instant of a review `days` study days after `now` (see `reviewDueAt`)
 */
export function applyGuards(
	before: MemoryState,
	after: MemoryState,
	rating: Grade,
	now: Date,
	limits: { maximumIntervalDays: number; dueForDays: (days: number) => Date }
): MemoryState {
	const { maximumIntervalDays, dueForDays } = limits;
	const out = cloneMemoryState(after);
	if (before.state !== State.New && rating >= Rating.Good && out.stability < before.stability) {
		out.stability = before.stability;
	}
	if (before.state === State.Review && rating >= Rating.Hard) {
		out.state = State.Review;
		out.learningSteps = 0;
		if (out.scheduledDays < 1) out.scheduledDays = 1;
	}
	if (out.scheduledDays > maximumIntervalDays) out.scheduledDays = maximumIntervalDays;
	if (out.state === State.Review && out.scheduledDays >= 1) {
		out.due = dueForDays(out.scheduledDays);
	}
	if (out.due.getTime() <= now.getTime()) {
		out.due = out.state === State.Review ? dueForDays(1) : new Date(now.getTime() + MINUTE_MS);
	}
	return out;
}

/**
 * FSRS scheduler for one set of settings. Stateless between calls: every method takes the card's
 * state and the clock, and returns new objects (inputs are never mutated).
 */
export class Scheduler {
	readonly settings: SchedulerSettings;
	readonly #fsrs: FSRS;
	readonly #timeZone: string | undefined;

	/**
	 * @param settings validated again here (cheap), so a bad value fails early
	 * @throws SettingsError if `settings` is invalid
	 */
	constructor(settings: SchedulerSettings, opts: SchedulerOptions = {}) {
		this.settings = validateSchedulerSettings(settings);
		this.#timeZone = opts.timeZone;
		this.#fsrs = fsrs(
			generatorParameters({
				request_retention: this.settings.desiredRetention,
				maximum_interval: this.settings.maximumIntervalDays,
				...(opts.parameters ? { w: [...opts.parameters] } : {}),
				enable_fuzz: opts.fuzz ?? true,
				enable_short_term: true,
				learning_steps: this.settings.learningSteps as StepUnit[],
				relearning_steps: this.settings.relearningSteps as StepUnit[]
			})
		);
	}

	/**
	 * Outcomes of all four ratings at `now`, for the answer-button labels. `preview(s, now)[g]` is
	 * identical to `grade(s, g, now)` (fuzz is seeded from the card and the time by ts-fsrs).
	 * @throws RangeError if `now` is an invalid Date
	 */
	preview(state: MemoryState, now: Date): Record<Grade, GradeOutcome> {
		const log = this.#fsrs.repeat(this.#inputCard(state, now), now);
		return {
			[Rating.Again]: this.#outcome(state, log[Rating.Again], Rating.Again, now),
			[Rating.Hard]: this.#outcome(state, log[Rating.Hard], Rating.Hard, now),
			[Rating.Good]: this.#outcome(state, log[Rating.Good], Rating.Good, now),
			[Rating.Easy]: this.#outcome(state, log[Rating.Easy], Rating.Easy, now)
		};
	}

	/**
	 * Grade a card at `now` with a ts-fsrs Rating (1 Again … 4 Easy).
	 * @throws RangeError if `rating` is not 1..4 or `now` is an invalid Date
	 */
	grade(state: MemoryState, rating: Grade, now: Date): GradeOutcome {
		if (!isGrade(rating)) throw new RangeError(`Invalid rating ${String(rating)}, expected 1..4`);
		const item = this.#fsrs.next(this.#inputCard(state, now), now, rating);
		return this.#outcome(state, item, rating, now);
	}

	/**
	 * Reset a card to new (Anki "Reset"/"Forget"), due at `now`. Keeps reps and lapses unless
	 * `resetCounts` (ts-fsrs `forget`).
	 */
	forget(state: MemoryState, now: Date, resetCounts = false): MemoryState {
		assertDate(now);
		return fromFsrsCard(this.#fsrs.forget(toFsrsCard(state), now, resetCounts).card);
	}

	#inputCard(state: MemoryState, now: Date) {
		assertDate(now);
		const card = toFsrsCard(state);
		// A clock that went backwards (or a review synced from a device ahead in time) would give
		// ts-fsrs a negative elapsed time, which it rejects; count it as a same-day repeat instead.
		if (card.last_review && card.last_review.getTime() > now.getTime()) {
			card.last_review = new Date(now.getTime());
		}
		return card;
	}

	#outcome(before: MemoryState, item: RecordLogItem, rating: Grade, now: Date): GradeOutcome {
		const { dayStartHour, leechThreshold } = this.settings;
		const after = applyGuards(before, fromFsrsCard(item.card), rating, now, {
			maximumIntervalDays: this.settings.maximumIntervalDays,
			dueForDays: (days) => reviewDueAt(now, days, dayStartHour, this.#timeZone)
		});
		const intervalLabel =
			after.state === State.Review && after.scheduledDays >= 1
				? formatIntervalDays(after.scheduledDays)
				: formatInterval(after.due.getTime() - now.getTime());
		return {
			state: after,
			record: {
				rating,
				reviewedAt: new Date(now.getTime()),
				stateBefore: cloneMemoryState(before),
				stateAfter: cloneMemoryState(after),
				elapsedDays: item.card.elapsed_days,
				scheduledDays: after.scheduledDays
			},
			intervalLabel,
			becameLeech: before.lapses < leechThreshold && after.lapses >= leechThreshold
		};
	}
}

/** The state to put back when the review in `record` is undone (a deep copy of `stateBefore`). */
export function undoReview(record: ReviewRecord): MemoryState {
	return cloneMemoryState(record.stateBefore);
}

/** True if the card has reached the leech threshold (Anki: tagged "leech" and suspended). */
export function isLeech(state: MemoryState, settings: SchedulerSettings): boolean {
	return state.lapses >= settings.leechThreshold;
}

function assertDate(now: Date): void {
	if (!(now instanceof Date) || Number.isNaN(now.getTime())) {
		throw new RangeError('now must be a valid Date');
	}
}
