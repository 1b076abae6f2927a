/**
 * Property tests over random grade sequences. The PRNG is seeded, so a failure names its seed and
 * replays exactly.
 */
import { describe, expect, it } from 'vitest';
import { Rating, State, type Grade } from 'ts-fsrs';
import { cloneMemoryState, newMemoryState, type MemoryState } from './memory-state';
import { GRADES, Scheduler, storedInterval, undoReview, type ReviewRecord } from './scheduler';
import { DEFAULT_SCHEDULER_SETTINGS } from './settings';
import { mulberry32 } from '$lib/core/random';

const ZONES = ['Asia/Seoul', 'Europe/Berlin', 'America/New_York', 'Asia/Tokyo'];
const MIN = 60_000;
const DAY = 86_400_000;

function pick<T>(rand: () => number, items: readonly T[]): T {
	return items[Math.floor(rand() * items.length)] as T;
}

/** A random starting state: new, or a review card with random memory. */
function randomState(rand: () => number, now: Date): MemoryState {
	if (rand() < 0.4) return newMemoryState(now);
	const stability = 0.1 + rand() * 400;
	const last = new Date(now.getTime() - Math.floor(rand() * 2 * stability * DAY));
	return {
		due: new Date(last.getTime() + Math.ceil(stability) * DAY),
		stability,
		difficulty: 1 + rand() * 9,
		elapsedDays: Math.floor(rand() * 30),
		scheduledDays: Math.ceil(stability),
		learningSteps: 0,
		reps: 1 + Math.floor(rand() * 40),
		lapses: Math.floor(rand() * 10),
		state: State.Review,
		lastReview: last
	};
}

/** A random gap before the next review: seconds, minutes, hours or days (often near the due date). */
function randomGap(rand: () => number, state: MemoryState, now: Date): number {
	const r = rand();
	if (r < 0.2) return Math.floor(rand() * 10 * MIN);
	if (r < 0.4) return Math.floor(rand() * DAY);
	if (r < 0.8) return Math.max(0, state.due.getTime() - now.getTime()) + Math.floor(rand() * DAY);
	return Math.floor(rand() * 200 * DAY);
}

describe('Scheduler properties (seeded)', () => {
	it('stateBefore equals the state before grading; undo restores identical states and records', () => {
		const runs = 60;
		for (let seed = 1; seed <= runs; seed++) {
			const rand = mulberry32(seed);
			const zone = pick(rand, ZONES);
			const fuzz = rand() < 0.5;
			const settings = {
				...DEFAULT_SCHEDULER_SETTINGS,
				leechThreshold: 1 + Math.floor(rand() * 8)
			};
			const scheduler = new Scheduler(settings, { fuzz, timeZone: zone });
			let now = new Date(Date.UTC(2025, 0, 1) + Math.floor(rand() * 365 * DAY));
			let state = randomState(rand, now);
			const initial = cloneMemoryState(state);
			const log: ReviewRecord[] = [];
			const logSnapshots: ReviewRecord[] = [];
			const times: Date[] = [];
			const steps = 5 + Math.floor(rand() * 25);
			let leechFlags = 0;

			for (let i = 0; i < steps; i++) {
				now = new Date(now.getTime() + randomGap(rand, state, now));
				const rating = pick(rand, GRADES);
				const before = cloneMemoryState(state);
				const out = scheduler.grade(state, rating, now);
				const where = `seed ${seed} step ${i} rating ${rating}`;

				expect(out.record.stateBefore, where).toEqual(before);
				expect(state, `${where}: input unchanged`).toEqual(before);
				expect(out.record.rating, where).toBe(rating);
				expect(out.record.stateAfter, where).toEqual(out.state);
				expect(Number.isFinite(out.state.stability) && out.state.stability > 0, where).toBe(true);
				expect(out.state.difficulty, where).toBeGreaterThanOrEqual(1);
				expect(out.state.difficulty, where).toBeLessThanOrEqual(10);
				expect(out.state.due.getTime(), where).toBeGreaterThan(now.getTime());
				expect(out.state.scheduledDays, where).toBeLessThanOrEqual(settings.maximumIntervalDays);
				if (before.state !== State.New && rating >= Rating.Good) {
					expect(out.state.stability, where).toBeGreaterThanOrEqual(before.stability);
				}
				if (out.becameLeech) {
					leechFlags += 1;
					expect(out.state.lapses, where).toBe(settings.leechThreshold);
				}

				log.push(out.record);
				logSnapshots.push(structuredClone(out.record));
				times.push(now);
				state = out.state;
			}
			// Records stored earlier were not changed by later reviews.
			expect(log, `seed ${seed}`).toEqual(logSnapshots);
			expect(leechFlags, `seed ${seed}`).toBeLessThanOrEqual(1);

			// Undo everything, newest first: each undo gives back the state before that review, and
			// grading again at the same time with the same rating gives back the identical record.
			for (let i = log.length - 1; i >= 0; i--) {
				const record = log.pop() as ReviewRecord;
				const restored = undoReview(record);
				const replay = scheduler.grade(restored, record.rating as Grade, times[i] as Date);
				expect(replay.record, `seed ${seed} replay ${i}`).toEqual(logSnapshots[i]);
				expect(restored, `seed ${seed} undo ${i}`).toEqual(
					i > 0 ? (logSnapshots[i - 1] as ReviewRecord).stateAfter : initial
				);
				state = restored;
			}
			expect(state, `seed ${seed}`).toEqual(initial);
			expect(log).toHaveLength(0);
		}
	});

	it('shown = stored: with fuzz on, each button’s preview is exactly the grade at the same instant', () => {
		const differ: string[] = [];
		for (let seed = 1; seed <= 200; seed++) {
			const rand = mulberry32(seed);
			const zone = pick(rand, ZONES);
			const scheduler = new Scheduler(DEFAULT_SCHEDULER_SETTINGS, { fuzz: true, timeZone: zone });
			const now = new Date(Date.UTC(2025, 0, 1) + Math.floor(rand() * 365 * DAY));
			const state = randomState(rand, now);
			const at = new Date(now.getTime() + randomGap(rand, state, now));
			const shown = scheduler.preview(state, at);
			for (const rating of GRADES) {
				const stored = scheduler.grade(state, rating, at);
				if (JSON.stringify(shown[rating]) !== JSON.stringify(stored))
					differ.push(`${seed}/${rating}`);
				const kept = storedInterval(stored.state, at);
				if (JSON.stringify(kept) !== JSON.stringify(shown[rating].interval))
					differ.push(`${seed}/${rating} interval`);
			}
		}
		expect(differ).toEqual([]);
	});
});
