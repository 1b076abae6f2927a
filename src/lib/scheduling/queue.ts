/**
 * Which cards are due, and the order of today's session (Anki's v3 queue order, simplified).
 */
import { State } from 'ts-fsrs';
import type { MemoryState } from './memory-state';
import type { SchedulerSettings } from './settings';
import { MINUTE_MS, nextStudyDayStart } from './study-day';

/** The queue a card belongs to; (re)learning cards share the `learning` queue, as in Anki. */
export type QueueKind = 'new' | 'learning' | 'review';

/** Queue of a card from its ts-fsrs state: New → new, Learning/Relearning → learning, Review → review. */
export function queueKind(state: MemoryState): QueueKind {
	switch (state.state) {
		case State.New:
			return 'new';
		case State.Learning:
		case State.Relearning:
			return 'learning';
		default:
			return 'review';
	}
}

/**
 * Whether a card counts as due at `now`.
 *  - learning: `due <= now + learnAheadMinutes` (minute precision, Anki's learn-ahead limit);
 *  - review: `due < nextStudyDayStart(now)` — due any time today counts from the study day's start,
 *    so a card due on 2025-03-10 is not due at 03:30 local and is due from 04:00 (C12);
 *  - new: always false — new cards are not "due", they are introduced under `newPerDay`.
 * Suspended and buried cards are the caller's to filter out.
 * @param timeZone IANA zone; default: the runtime's zone at call time
 */
export function isDueNow(
	state: MemoryState,
	now: Date,
	settings: SchedulerSettings,
	timeZone?: string
): boolean {
	const kind = queueKind(state);
	if (kind === 'new') return false;
	if (kind === 'learning') {
		return state.due.getTime() <= now.getTime() + settings.learnAheadMinutes * MINUTE_MS;
	}
	return state.due.getTime() < nextStudyDayStart(now, settings.dayStartHour, timeZone).getTime();
}

/** Counts of what the learner already did in the current study day. */
export interface DoneToday {
	/** New cards introduced today (first reviews of New cards). */
	newStudied: number;
	/** Review-card reviews done today. */
	reviewsDone: number;
}

const byDue = <T extends { state: MemoryState }>(a: T, b: T): number =>
	a.state.due.getTime() - b.state.due.getTime();

/**
 * Today's session at `now`, in Anki's order:
 *  1. learning cards already due (`due <= now`), earliest first;
 *  2. review cards due today, earliest first, at most `reviewsPerDay - doneToday.reviewsDone`;
 *  3. new cards in the given order, at most `newPerDay - doneToday.newStudied`;
 *  4. learning cards due within the learn-ahead limit, earliest first — Anki shows these only
 *     when nothing else is left, so they go last.
 * Learning cards are not limited. Call again after each answer (with the updated card and
 * counts): a card answered Again re-enters at step 1 as soon as its step is due, so learning
 * cards come back within the session. Pure: the input array is not changed.
 * @param timeZone IANA zone for the study day; default: the runtime's zone at call time
 */
export function buildSessionQueue<T extends { state: MemoryState }>(
	cards: T[],
	now: Date,
	settings: SchedulerSettings,
	doneToday: DoneToday,
	timeZone?: string
): T[] {
	const nowMs = now.getTime();
	const aheadEnd = nowMs + settings.learnAheadMinutes * MINUTE_MS;
	const dayEnd = nextStudyDayStart(now, settings.dayStartHour, timeZone).getTime();
	const learningNow: T[] = [];
	const learningAhead: T[] = [];
	const reviews: T[] = [];
	const fresh: T[] = [];
	for (const card of cards) {
		const due = card.state.due.getTime();
		switch (queueKind(card.state)) {
			case 'new':
				fresh.push(card);
				break;
			case 'learning':
				if (due <= nowMs) learningNow.push(card);
				else if (due <= aheadEnd) learningAhead.push(card);
				break;
			case 'review':
				if (due < dayEnd) reviews.push(card);
				break;
		}
	}
	const reviewLimit = Math.max(0, settings.reviewsPerDay - doneToday.reviewsDone);
	const newLimit = Math.max(0, settings.newPerDay - doneToday.newStudied);
	return [
		...learningNow.sort(byDue),
		...reviews.sort(byDue).slice(0, reviewLimit),
		...fresh.slice(0, newLimit),
		...learningAhead.sort(byDue)
	];
}

/** Remaining counts for the review screen header (new / learning / review), from a built queue. */
export function queueCounts<T extends { state: MemoryState }>(
	queue: T[]
): Record<QueueKind, number> {
	const counts: Record<QueueKind, number> = { new: 0, learning: 0, review: 0 };
	for (const card of queue) counts[queueKind(card.state)] += 1;
	return counts;
}
