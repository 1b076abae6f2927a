/**
 * Honest quiz time under device clock changes (case C17): the rule, in one place.
 *
 * An attempt keeps its times on its own **timeline**: `startedAt` is the device clock when it
 * started, and every later instant (an answer's `answeredAt`, `submittedAt`, the deadline test) is
 * `startedAt + elapsed`, where `elapsed` is real time used so far. How `elapsed` is known:
 *
 * 1. **While the page lives**, elapsed time is counted with the monotonic clock
 *    (`performance.now()`), which no change of the device clock moves. The page opens the
 *    attempt at `base = resumeElapsedMs(attempt, deviceNow)` and from then on
 *    `elapsed = base + (monotonic − monotonic at open)` ({@link attemptClock}). Setting the device
 *    clock back an hour or forward five minutes mid-quiz changes nothing: the countdown goes on
 *    second by second and the quiz ends when the limit of real time has passed.
 * 2. **Across a closed page** there is no monotonic clock, so the stored deadline decides:
 *    `elapsed = deviceNow − startedAt`, but never less than the `elapsedMs` saved with the
 *    attempt (the page checkpoints it on every save), so a clock set back while the page was
 *    closed never gives back time already used ({@link resumeElapsedMs}). A clock set forward
 *    while closed cannot be told apart from time really passing, and counts as such.
 * 3. **Always**: time left is clamped to `[0, limit]` (`timeLeftMs`), so it never exceeds the limit
 *    and never goes negative.
 *
 * The price of rule 1: a device that suspends while the page stays open (some phones stop the
 * monotonic clock in deep sleep) pauses the quiz for that time. A hidden page is still counted by
 * rule 1: on a phone the clock is changed in the settings app, with the quiz page hidden, and
 * that change must not count as time passing either.
 *
 * Everything here is plain arithmetic; the monotonic source is passed in (`performance.now` in
 * the browser, a fake in tests).
 */
import type { Clock } from '$lib/core/clock';
import type { Attempt } from './types';

/**
 * Real time the attempt has used, ms, as known when the page opens it at device time `deviceNow`:
 * `max(deviceNow − startedAt, attempt.elapsedMs ?? 0, 0)` (rule 2).
 */
export function resumeElapsedMs(attempt: Attempt, deviceNow: Date): number {
	return Math.max(0, deviceNow.getTime() - attempt.startedAt.getTime(), attempt.elapsedMs ?? 0);
}

/** The attempt's timeline instant at device time `deviceNow` when no page is counting (rule 2). */
export function timelineNow(attempt: Attempt, deviceNow: Date): Date {
	return new Date(attempt.startedAt.getTime() + resumeElapsedMs(attempt, deviceNow));
}

/**
 * The clock a page uses while it shows the attempt (rule 1): starts at
 * {@link timelineNow}`(attempt, deviceNow)` and advances with `monotonicMs` only.
 * @param deviceNow the device clock when the page opens the attempt
 * @param monotonicMs a monotonic millisecond source, e.g. `() => performance.now()`; a value lower
 *   than at opening (never seen from a real monotonic clock) counts as no time passed
 */
export function attemptClock(attempt: Attempt, deviceNow: Date, monotonicMs: () => number): Clock {
	const base = attempt.startedAt.getTime() + resumeElapsedMs(attempt, deviceNow);
	const opened = monotonicMs();
	return () => new Date(base + Math.max(0, monotonicMs() - opened));
}

/** The attempt with its time-used checkpoint set from the timeline instant `now` (never lowered). */
export function withElapsed(attempt: Attempt, now: Date): Attempt {
	const used = Math.max(attempt.elapsedMs ?? 0, now.getTime() - attempt.startedAt.getTime());
	return used === attempt.elapsedMs ? attempt : { ...attempt, elapsedMs: used };
}
