/**
 * The runtime-zone path: every other test passes the IANA zone explicitly, which covers the zone
 * arithmetic itself. This file covers the remaining piece — that with no zone argument the
 * functions read the runtime's zone at call time (no cached offset, C12), so a device that travels
 * gets the new zone's boundaries on the next call.
 *
 * Node applies an assignment to `process.env.TZ` immediately (to `Date` and to the default zone
 * of `Intl`), so the zone is switched inside the test instead of in a separate `TZ=…` process;
 * the original value is restored afterwards. Vitest runs each test file in its own worker, so
 * other files do not see the change.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { State } from 'ts-fsrs';
import { newMemoryState, type MemoryState } from './memory-state';
import { isDueNow } from './queue';
import { Scheduler } from './scheduler';
import { DEFAULT_SCHEDULER_SETTINGS } from './settings';
import { nextStudyDayStart, runtimeTimeZone, studyDayKey, studyDayStart } from './study-day';

let savedTz: string | undefined;
beforeEach(() => {
	savedTz = process.env.TZ;
});
afterEach(() => {
	if (savedTz === undefined) delete process.env.TZ;
	else process.env.TZ = savedTz;
});

function useZone(zone: string): void {
	process.env.TZ = zone;
	// Guard the premise: if the runtime ignored the assignment, the test would prove nothing.
	expect(runtimeTimeZone()).toBe(zone);
}

describe('C12: study day from the runtime zone (TZ)', () => {
	it('C12: TZ=Asia/Seoul — a card due on 2025-03-10 is not due at 03:30, due at 04:00', () => {
		useZone('Asia/Seoul');
		const card: MemoryState = {
			...newMemoryState(new Date('2025-03-01T00:00:00Z')),
			state: State.Review,
			stability: 3,
			difficulty: 5,
			due: new Date('2025-03-10T16:00:00+09:00'),
			lastReview: new Date('2025-03-07T09:00:00+09:00')
		};
		const settings = DEFAULT_SCHEDULER_SETTINGS;
		expect(isDueNow(card, new Date('2025-03-10T03:30:00+09:00'), settings)).toBe(false);
		expect(isDueNow(card, new Date('2025-03-10T04:00:00+09:00'), settings)).toBe(true);
	});

	it('C12: the device moves Berlin → Tokyo: boundaries follow the new zone on the next call', () => {
		useZone('Europe/Berlin');
		const berlin = new Scheduler(DEFAULT_SCHEDULER_SETTINGS, { fuzz: false });
		const reviewedAt = new Date('2025-03-07T22:30:00+01:00');
		const card: MemoryState = {
			...newMemoryState(new Date('2025-03-01T00:00:00Z')),
			state: State.Review,
			stability: 3.2,
			difficulty: 5,
			due: reviewedAt,
			lastReview: new Date('2025-03-04T22:30:00+01:00')
		};
		const due = berlin.grade(card, 3, reviewedAt).state;
		const dueDay = studyDayKey(due.due, 4);
		expect(studyDayStart(new Date('2025-03-10T12:00:00+01:00'), 4)).toEqual(
			new Date('2025-03-10T04:00:00+01:00')
		);

		useZone('Asia/Tokyo');
		expect(nextStudyDayStart(new Date('2025-03-10T03:30:00+09:00'), 4)).toEqual(
			new Date('2025-03-10T04:00:00+09:00')
		);
		const settings = DEFAULT_SCHEDULER_SETTINGS;
		expect(isDueNow(due, new Date(`${dueDay}T03:30:00+09:00`), settings)).toBe(false);
		expect(isDueNow(due, new Date(`${dueDay}T04:00:00+09:00`), settings)).toBe(true);
	});
});
