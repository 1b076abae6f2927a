import { describe, expect, it } from 'vitest';
import { Rating, State, type Grade } from 'ts-fsrs';
import { cloneMemoryState, newMemoryState, type MemoryState } from './memory-state';
import { applyGuards, GRADES, isLeech, Scheduler, undoReview } from './scheduler';
import { DEFAULT_SCHEDULER_SETTINGS, SettingsError } from './settings';
import { nextStudyDayStart, studyDayKey } from './study-day';
import { intervalOfDays } from './format';

const ZONE = 'Asia/Seoul';
const MIN = 60_000;
const DAY = 86_400_000;
const T0 = new Date('2025-03-03T09:00:00+09:00');

function scheduler(overrides: Partial<typeof DEFAULT_SCHEDULER_SETTINGS> = {}): Scheduler {
	return new Scheduler(
		{ ...DEFAULT_SCHEDULER_SETTINGS, ...overrides },
		{ fuzz: false, timeZone: ZONE }
	);
}

function reviewCard(reviewedAt: Date, stability = 10, difficulty = 5, lapses = 0): MemoryState {
	return {
		due: new Date(reviewedAt.getTime() + 10 * DAY),
		stability,
		difficulty,
		elapsedDays: 0,
		scheduledDays: 10,
		learningSteps: 0,
		reps: 6,
		lapses,
		state: State.Review,
		lastReview: reviewedAt
	};
}

describe('Scheduler: new → learning → review', () => {
	it('walks a new card through the default steps 1m, 10m into review', () => {
		const s = scheduler();
		const fresh = newMemoryState(T0);
		expect(fresh.state).toBe(State.New);
		expect(fresh.lastReview).toBeNull();

		const first = s.grade(fresh, Rating.Good, T0);
		expect(first.state.state).toBe(State.Learning);
		expect(first.state.due.getTime() - T0.getTime()).toBe(10 * MIN);
		expect(first.interval).toEqual({ value: 10, unit: 'minute' });
		expect(first.state.reps).toBe(1);

		const t1 = first.state.due;
		const second = s.grade(first.state, Rating.Good, t1);
		expect(second.state.state).toBe(State.Review);
		expect(second.state.scheduledDays).toBeGreaterThanOrEqual(1);
		expect(studyDayKey(second.state.due, 4, ZONE)).not.toBe(studyDayKey(t1, 4, ZONE));
		expect(second.interval).toEqual(intervalOfDays(second.state.scheduledDays));
	});

	it('labels the four buttons of a new card with the step intervals', () => {
		const labels = Object.values(scheduler().preview(newMemoryState(T0), T0)).map(
			(o) => `${o.interval.value}${o.interval.unit}`
		);
		// Again = first step, Hard = mean of the first two steps (ts-fsrs), Good = second step.
		expect(labels.slice(0, 3)).toEqual(['1minute', '6minute', '10minute']);
		expect(labels[3]).toMatch(/^\d+day$/);
	});

	it('uses custom learning steps', () => {
		const s = scheduler({ learningSteps: ['5m', '1h'] });
		const again = s.grade(newMemoryState(T0), Rating.Again, T0);
		expect(again.state.due.getTime() - T0.getTime()).toBe(5 * MIN);
		const good = s.grade(newMemoryState(T0), Rating.Good, T0);
		expect(good.interval).toEqual({ value: 1, unit: 'hour' });
	});

	it('Again on a learning card goes back to the first step', () => {
		const s = scheduler();
		const a = s.grade(newMemoryState(T0), Rating.Good, T0);
		const b = s.grade(a.state, Rating.Again, a.state.due);
		expect(b.state.state).toBe(State.Learning);
		expect(b.state.due.getTime() - a.state.due.getTime()).toBe(MIN);
		expect(b.state.lapses).toBe(0);
	});
});

describe('Scheduler: lapses and leeches', () => {
	it('Again on a review card → relearning at the 10m relearning step, one lapse counted', () => {
		const s = scheduler();
		const card = reviewCard(T0);
		const now = card.due;
		const out = s.grade(card, Rating.Again, now);
		expect(out.state.state).toBe(State.Relearning);
		expect(out.state.lapses).toBe(1);
		expect(out.state.due.getTime() - now.getTime()).toBe(10 * MIN);
		expect(out.interval).toEqual({ value: 10, unit: 'minute' });
		expect(out.state.stability).toBeLessThan(card.stability);
		// Good after the relearning step graduates back to review.
		const back = s.grade(out.state, Rating.Good, out.state.due);
		expect(back.state.state).toBe(State.Review);
		expect(back.state.lapses).toBe(1);
	});

	it('becameLeech is true exactly once, on the lapse that reaches leechThreshold', () => {
		const s = scheduler({ leechThreshold: 3 });
		let state = reviewCard(T0);
		let now = state.due;
		const flags: boolean[] = [];
		for (let i = 0; i < 5; i++) {
			const lapse = s.grade(state, Rating.Again, now);
			flags.push(lapse.becameLeech);
			// Passing answers never make a leech.
			const relearned = s.grade(lapse.state, Rating.Good, lapse.state.due);
			expect(relearned.becameLeech).toBe(false);
			state = relearned.state;
			now = state.due;
		}
		expect(flags).toEqual([false, false, true, false, false]);
		expect(state.lapses).toBe(5);
		expect(isLeech(state, s.settings)).toBe(true);
	});

	it('the default leech threshold is 8 lapses', () => {
		const s = scheduler();
		const out = s.grade(reviewCard(T0, 10, 5, 7), Rating.Again, new Date(T0.getTime() + 10 * DAY));
		expect(out.becameLeech).toBe(true);
		expect(isLeech(reviewCard(T0, 10, 5, 7), s.settings)).toBe(false);
	});
});

describe('C11: same-day repeats', () => {
	it('C11: Good, then Good 5 minutes later, never lowers stability; next due ≥ 1 day away', () => {
		const s = scheduler();
		const card = reviewCard(new Date(T0.getTime() - 10 * DAY));
		const first = s.grade(card, Rating.Good, T0);
		expect(first.state.stability).toBeGreaterThanOrEqual(card.stability);
		const later = new Date(T0.getTime() + 5 * MIN);
		const second = s.grade(first.state, Rating.Good, later);
		expect(second.state.stability).toBeGreaterThanOrEqual(first.state.stability);
		expect(second.state.state).toBe(State.Review);
		expect(second.state.scheduledDays).toBeGreaterThanOrEqual(1);
		expect(second.state.due.getTime() - later.getTime()).toBeGreaterThanOrEqual(DAY);
		expect(second.state.due.getTime()).toBeGreaterThanOrEqual(
			nextStudyDayStart(later, 4, ZONE).getTime()
		);
	});

	it('C11: Good and Easy never lower stability for any repeat gap from 1 minute to 30 days', () => {
		const s = scheduler();
		for (const gapMin of [1, 5, 60, 600, 1439, 1441, 3 * 1440, 30 * 1440]) {
			const card = reviewCard(T0, 10, 5);
			const now = new Date(T0.getTime() + gapMin * MIN);
			for (const g of [Rating.Good, Rating.Easy] as const) {
				const out = s.grade(card, g, now);
				expect(out.state.stability, `${gapMin}m grade ${g}`).toBeGreaterThanOrEqual(10);
				expect(out.state.due.getTime() - now.getTime()).toBeGreaterThanOrEqual(DAY / 2);
				expect(out.state.due.getTime()).toBeGreaterThanOrEqual(
					nextStudyDayStart(now, 4, ZONE).getTime()
				);
			}
		}
	});

	it('C11: the guard restores stability if the model lowered it on Good/Easy (not on Again/Hard)', () => {
		const before = reviewCard(T0, 10, 5);
		const lowered: MemoryState = { ...cloneMemoryState(before), stability: 4, scheduledDays: 0 };
		const limits = {
			maximumIntervalDays: 36500,
			dueForDays: (d: number) => new Date(T0.getTime() + d * DAY)
		};
		expect(applyGuards(before, lowered, Rating.Good, T0, limits).stability).toBe(10);
		expect(applyGuards(before, lowered, Rating.Easy, T0, limits).stability).toBe(10);
		const good = applyGuards(before, lowered, Rating.Good, T0, limits);
		expect(good.scheduledDays).toBe(1);
		expect(good.due.getTime()).toBe(T0.getTime() + DAY);
		const againAfter = { ...lowered, state: State.Relearning };
		expect(applyGuards(before, againAfter, Rating.Again, T0, limits).stability).toBe(4);
	});

	it('an overdue card: every rating gives a due after the review time', () => {
		const s = scheduler();
		const card = reviewCard(T0);
		for (const overdueDays of [0, 1, 30, 400]) {
			const now = new Date(card.due.getTime() + overdueDays * DAY);
			for (const [g, out] of Object.entries(s.preview(card, now))) {
				expect(out.state.due.getTime(), `overdue ${overdueDays} grade ${g}`).toBeGreaterThan(
					now.getTime()
				);
			}
		}
	});
});

describe('Scheduler: API guarantees', () => {
	it('preview(state, now)[g] equals grade(state, g, now) for every grade, with fuzz on too', () => {
		for (const fuzz of [false, true]) {
			const s = new Scheduler(DEFAULT_SCHEDULER_SETTINGS, { fuzz, timeZone: ZONE });
			for (const card of [newMemoryState(T0), reviewCard(T0, 30, 6)]) {
				const now = new Date(T0.getTime() + 33 * DAY);
				const preview = s.preview(card, now);
				for (const g of GRADES) expect(s.grade(card, g, now)).toEqual(preview[g]);
			}
		}
	});

	it('records the rating as the ts-fsrs Rating value, and stateBefore as a deep copy of the input', () => {
		const s = scheduler();
		const card = reviewCard(T0);
		const snapshot = cloneMemoryState(card);
		const now = new Date(T0.getTime() + 10 * DAY);
		const out = s.grade(card, Rating.Hard, now);
		expect(out.record.rating).toBe(2);
		expect(out.record.reviewedAt).toEqual(now);
		expect(out.record.stateBefore).toEqual(snapshot);
		expect(out.record.stateBefore).not.toBe(card);
		expect(out.record.stateBefore.due).not.toBe(card.due);
		expect(out.record.stateAfter).toEqual(out.state);
		expect(out.record.stateAfter).not.toBe(out.state);
		expect(out.record.elapsedDays).toBe(10);
		expect(out.record.scheduledDays).toBe(out.state.scheduledDays);
		// The input is never mutated.
		expect(card).toEqual(snapshot);
		expect(undoReview(out.record)).toEqual(snapshot);
	});

	it('rejects a rating outside 1..4 and an invalid clock', () => {
		const s = scheduler();
		expect(() => s.grade(newMemoryState(T0), 0 as Grade, T0)).toThrow(RangeError);
		expect(() => s.grade(newMemoryState(T0), 5 as Grade, T0)).toThrow(RangeError);
		expect(() => s.grade(newMemoryState(T0), Rating.Good, new Date(Number.NaN))).toThrow(
			RangeError
		);
	});

	it('treats a clock that went backwards as a same-day repeat instead of throwing', () => {
		const s = scheduler();
		const card = reviewCard(T0);
		const earlier = new Date(T0.getTime() - 2 * 3_600_000);
		const out = s.grade(card, Rating.Good, earlier);
		expect(out.state.stability).toBeGreaterThanOrEqual(card.stability);
		expect(out.state.due.getTime()).toBeGreaterThan(earlier.getTime());
	});

	it('respects desired retention: higher retention gives shorter intervals', () => {
		const card = reviewCard(T0, 20, 5);
		const now = new Date(T0.getTime() + 20 * DAY);
		const low = scheduler({ desiredRetention: 0.8 }).grade(card, Rating.Good, now);
		const high = scheduler({ desiredRetention: 0.95 }).grade(card, Rating.Good, now);
		expect(high.state.scheduledDays).toBeLessThan(low.state.scheduledDays);
	});

	it('caps every button at maximumIntervalDays (ts-fsrs alone lets Good/Easy exceed it)', () => {
		const s = scheduler({ maximumIntervalDays: 3 });
		const preview = s.preview(reviewCard(T0, 50, 3), new Date(T0.getTime() + 50 * DAY));
		for (const g of [Rating.Hard, Rating.Good, Rating.Easy] as const) {
			expect(preview[g].state.scheduledDays).toBeLessThanOrEqual(3);
		}
	});

	it('fuzz spreads intervals but keeps them within the maximum, and is deterministic', () => {
		const fuzzy = new Scheduler(DEFAULT_SCHEDULER_SETTINGS, { fuzz: true, timeZone: ZONE });
		const card = reviewCard(T0, 30, 5);
		const days = new Set<number>();
		for (let i = 0; i < 20; i++) {
			const now = new Date(T0.getTime() + 30 * DAY + i * MIN);
			const a = fuzzy.grade(card, Rating.Good, now);
			expect(fuzzy.grade(card, Rating.Good, now)).toEqual(a);
			days.add(a.state.scheduledDays);
		}
		expect(days.size).toBeGreaterThan(1);
	});

	it('forget resets a card to new and due now', () => {
		const s = scheduler();
		const now = new Date(T0.getTime() + DAY);
		const reset = s.forget(reviewCard(T0, 10, 5, 2), now, true);
		expect(reset.state).toBe(State.New);
		expect(reset.due).toEqual(now);
		expect(reset.lapses).toBe(0);
		expect(s.forget(reviewCard(T0, 10, 5, 2), now).lapses).toBe(2);
	});

	it('throws SettingsError for invalid settings', () => {
		expect(() => scheduler({ desiredRetention: 0.5 })).toThrow(SettingsError);
	});
});
