/**
 * The FSRS optimiser on a seeded history: the training set read from review logs, then the code
 * the Web Worker runs (`optimise`) on the real fsrs-browser WASM (initialised synchronously in
 * Node). The parameters it returns are 21 finite numbers, predict the history better than the
 * defaults (lower log loss), and change the intervals the scheduler gives.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateHistory } from '../../../tests/review-history';
import { MIN_TRAINING_ITEMS, isFsrsParameters, trainingSet, type HistoryReview } from './optimise';
import { optimise, type FsrsConstructor } from './optimiser-core';
import { Scheduler } from './scheduler';
import { DEFAULT_SCHEDULER_SETTINGS } from './settings';
import { Rating, State } from 'ts-fsrs';

const DAY = 86_400_000;
const dayOf = (at: Date) => Math.floor(at.getTime() / DAY);
const history = (seed: number, size?: { cards: number; days: number }): HistoryReview[] =>
	generateHistory(seed, size).map((r) => ({
		cardId: r.cardId,
		rating: r.rating,
		reviewedAt: r.reviewedAt,
		fromNew: r.stateBefore.state === State.New
	}));

let Fsrs: FsrsConstructor;
beforeAll(async () => {
	// fsrs-browser's thread helper listens on `self` at load; Node has no worker global.
	(globalThis as { self?: unknown }).self ??= new EventTarget();
	const dir = dirname(createRequire(import.meta.url).resolve('fsrs-browser'));
	const mod = await import('fsrs-browser');
	mod.initSync({ module: readFileSync(join(dir, 'fsrs_browser_bg.wasm')) });
	Fsrs = mod.Fsrs as unknown as FsrsConstructor;
});

describe('the training set', () => {
	it('an item per review on a later study day, with the history before it; a reset starts again', () => {
		const at = (day: number, hour = 10) => new Date(day * DAY + hour * 3_600_000);
		const r = (day: number, rating: number, fromNew = false, hour = 10): HistoryReview => ({
			cardId: 'a',
			rating,
			reviewedAt: at(day, hour),
			fromNew
		});
		const set = trainingSet(
			[r(0, 1, true), r(0, 3, false, 11), r(1, 3), r(4, 1), r(10, 3, true), r(13, 4), r(13, 9)],
			dayOf
		);
		expect(set.lengths).toEqual([3, 4, 2]);
		expect(set.ratings).toEqual([1, 3, 3, 1, 3, 3, 1, 3, 4]);
		expect(set.deltaDays).toEqual([0, 0, 1, 0, 0, 1, 3, 0, 3]);
		expect(set).toMatchObject({ reviews: 6, cards: 1 });
	});
});

describe('optimise (what the worker runs) on a seeded history', () => {
	it('returns 21 finite parameters that fit better than the defaults and drive the scheduler', () => {
		const set = trainingSet(history(20250301), dayOf);
		expect(set.lengths.length).toBeGreaterThanOrEqual(MIN_TRAINING_ITEMS);
		const out = optimise(Fsrs, { set, current: null });
		if (!out.ok) throw new Error(out.error);
		expect(out.parameters).toHaveLength(21);
		expect(out.parameters.every(Number.isFinite)).toBe(true);
		expect(isFsrsParameters(out.parameters)).toBe(true);
		// The learner forgets faster than the defaults assume: the fit improves, first-day
		// stability (Good) goes down.
		expect(out.after.logLoss).toBeLessThan(out.before.logLoss);
		expect(out.after.rmse).toBeLessThan(out.before.rmse);
		expect(out.parameters[2]!).toBeLessThan(2.3065);

		const now = new Date('2025-04-01T03:00:00Z');
		const review = {
			due: now,
			stability: 10,
			difficulty: 5,
			elapsedDays: 10,
			scheduledDays: 10,
			learningSteps: 0,
			reps: 4,
			lapses: 0,
			state: State.Review,
			lastReview: new Date(now.getTime() - 10 * DAY)
		};
		const days = (s: Scheduler) => s.grade(review, Rating.Good, now).state.scheduledDays;
		const plain = new Scheduler(DEFAULT_SCHEDULER_SETTINGS, { fuzz: false, timeZone: 'UTC' });
		const personal = new Scheduler(DEFAULT_SCHEDULER_SETTINGS, {
			fuzz: false,
			timeZone: 'UTC',
			parameters: out.parameters
		});
		expect(days(personal)).not.toBe(days(plain));
	});

	it('the same seed gives the same parameters', () => {
		const set = trainingSet(history(7, { cards: 60, days: 45 }), dayOf);
		const a = optimise(Fsrs, { set, current: null });
		const b = optimise(Fsrs, { set, current: null });
		expect(a.ok && b.ok && a.parameters).toEqual(b.ok && b.parameters);
	});
});
