import { describe, expect, it } from 'vitest';
import { State } from 'ts-fsrs';
import { DEFAULT_SCHEDULER_SETTINGS } from './settings';
import { isDueNow } from './queue';
import { newMemoryState, type MemoryState } from './memory-state';
import { Scheduler } from './scheduler';
import {
	instantAtWallTime,
	nextStudyDayStart,
	reviewDueAt,
	studyDayKey,
	studyDayStart,
	wallTimeAt
} from './study-day';

const HOUR = 3_600_000;

function reviewCardDue(due: Date): MemoryState {
	return {
		...newMemoryState(new Date('2025-01-01T00:00:00Z')),
		due,
		stability: 10,
		difficulty: 5,
		scheduledDays: 3,
		reps: 5,
		state: State.Review,
		lastReview: new Date(due.getTime() - 3 * 24 * HOUR)
	};
}

describe('studyDayStart / nextStudyDayStart', () => {
	it('starts the study day at 04:00 local in Asia/Seoul, before 04:00 it is still yesterday', () => {
		const zone = 'Asia/Seoul';
		expect(studyDayStart(new Date('2025-03-10T03:30:00+09:00'), 4, zone)).toEqual(
			new Date('2025-03-09T04:00:00+09:00')
		);
		expect(studyDayStart(new Date('2025-03-10T04:00:00+09:00'), 4, zone)).toEqual(
			new Date('2025-03-10T04:00:00+09:00')
		);
		expect(nextStudyDayStart(new Date('2025-03-10T03:59:59+09:00'), 4, zone)).toEqual(
			new Date('2025-03-10T04:00:00+09:00')
		);
		expect(nextStudyDayStart(new Date('2025-03-10T23:00:00+09:00'), 4, zone)).toEqual(
			new Date('2025-03-11T04:00:00+09:00')
		);
	});

	it('C12: the Europe/Berlin study day that contains the spring DST switch lasts 23 hours', () => {
		const zone = 'Europe/Berlin';
		// 2025-03-30 02:00 CET → 03:00 CEST.
		const start = studyDayStart(new Date('2025-03-29T12:00:00+01:00'), 4, zone);
		const next = nextStudyDayStart(new Date('2025-03-29T12:00:00+01:00'), 4, zone);
		expect(start).toEqual(new Date('2025-03-29T04:00:00+01:00'));
		expect(next).toEqual(new Date('2025-03-30T04:00:00+02:00'));
		expect(next.getTime() - start.getTime()).toBe(23 * HOUR);
		// 03:30 CEST on the switch night is after the jump and still belongs to 2025-03-29.
		expect(studyDayKey(new Date('2025-03-30T03:30:00+02:00'), 4, zone)).toBe('2025-03-29');
		expect(studyDayKey(new Date('2025-03-30T04:00:00+02:00'), 4, zone)).toBe('2025-03-30');
	});

	it('C12: the Europe/Berlin study day that contains the autumn DST switch lasts 25 hours', () => {
		const zone = 'Europe/Berlin';
		const at = new Date('2025-10-25T12:00:00+02:00');
		const length = nextStudyDayStart(at, 4, zone).getTime() - studyDayStart(at, 4, zone).getTime();
		expect(length).toBe(25 * HOUR);
	});

	it('follows the configured hour, including midnight and 23:00', () => {
		const zone = 'Asia/Seoul';
		const at = new Date('2025-03-10T22:30:00+09:00');
		expect(studyDayStart(at, 0, zone)).toEqual(new Date('2025-03-10T00:00:00+09:00'));
		expect(studyDayStart(at, 23, zone)).toEqual(new Date('2025-03-09T23:00:00+09:00'));
		expect(nextStudyDayStart(at, 23, zone)).toEqual(new Date('2025-03-10T23:00:00+09:00'));
	});

	it('rejects an unknown zone and a bad hour with RangeError', () => {
		const at = new Date('2025-03-10T00:00:00Z');
		expect(() => studyDayStart(at, 4, 'Mars/Olympus')).toThrow(RangeError);
		expect(() => studyDayStart(at, 24, 'Asia/Seoul')).toThrow(RangeError);
		expect(() => nextStudyDayStart(at, 1.5, 'Asia/Seoul')).toThrow(RangeError);
	});
});

describe('wall-time conversion', () => {
	it('round-trips every hour around the 2025 DST switches in three zones', () => {
		const ranges = [
			[Date.UTC(2025, 2, 1), Date.UTC(2025, 3, 1)],
			[Date.UTC(2025, 9, 20), Date.UTC(2025, 10, 10)]
		] as const;
		for (const zone of ['Asia/Seoul', 'Europe/Berlin', 'America/New_York']) {
			for (const [from, to] of ranges)
				for (let t = from; t < to; t += HOUR) {
					const wall = wallTimeAt(new Date(t), zone);
					expect(instantAtWallTime(wall, zone).getTime(), `${zone} ${t}`).toBe(
						// Ambiguous (fall-back) hours resolve to the earlier instant.
						t - (wallTimeAt(new Date(t - HOUR), zone).hour === wall.hour ? HOUR : 0)
					);
				}
		}
	});

	it('shifts a wall time inside the spring-forward gap forward by the gap', () => {
		const wall = { year: 2025, month: 3, day: 30, hour: 2, minute: 30, second: 0 };
		expect(instantAtWallTime(wall, 'Europe/Berlin')).toEqual(new Date('2025-03-30T03:30:00+02:00'));
	});
});

describe('C12: due at the 04:00 study-day boundary', () => {
	const settings = { ...DEFAULT_SCHEDULER_SETTINGS };

	// Every instant of study day 2025-03-10 in `zone` is "a card due on 2025-03-10".
	function instantsOnStudyDay(date: string, offset: string): Date[] {
		return ['04:00', '09:15', '16:00', '23:59'].map((t) => new Date(`${date}T${t}:00${offset}`));
	}

	it('C12: Asia/Seoul — a card due on 2025-03-10 is not due at 03:30 and is due at 04:00', () => {
		const zone = 'Asia/Seoul';
		for (const due of instantsOnStudyDay('2025-03-10', '+09:00')) {
			const card = reviewCardDue(due);
			expect(isDueNow(card, new Date('2025-03-10T03:30:00+09:00'), settings, zone)).toBe(false);
			expect(isDueNow(card, new Date('2025-03-10T04:00:00+09:00'), settings, zone)).toBe(true);
		}
	});

	it('C12: Europe/Berlin on 2025-03-30 (DST switch) — not due at 03:30, due at 04:00', () => {
		const zone = 'Europe/Berlin';
		for (const due of instantsOnStudyDay('2025-03-30', '+02:00')) {
			const card = reviewCardDue(due);
			expect(isDueNow(card, new Date('2025-03-30T03:30:00+02:00'), settings, zone)).toBe(false);
			expect(isDueNow(card, new Date('2025-03-30T04:00:00+02:00'), settings, zone)).toBe(true);
		}
	});

	it('C12: a card scheduled by the scheduler for 2025-03-10 in Seoul follows the same rule', () => {
		const zone = 'Asia/Seoul';
		const scheduler = new Scheduler(settings, { fuzz: false, timeZone: zone });
		// Review times around the clock, including before the 04:00 rollover.
		for (const hour of ['01:30', '03:59', '04:00', '12:00', '23:30']) {
			const reviewedAt = new Date(`2025-03-07T${hour}:00+09:00`);
			const card = { ...reviewCardDue(reviewedAt), stability: 3.2 };
			const outcome = scheduler.grade(card, 3, reviewedAt);
			const dueKey = studyDayKey(outcome.state.due, 4, zone);
			const reviewKey = studyDayKey(reviewedAt, 4, zone);
			const expected = new Date(`${reviewKey}T12:00:00Z`);
			expected.setUTCDate(expected.getUTCDate() + outcome.state.scheduledDays);
			expect(dueKey).toBe(expected.toISOString().slice(0, 10));
			const dueDay = dueKey;
			expect(isDueNow(outcome.state, new Date(`${dueDay}T03:30:00+09:00`), settings, zone)).toBe(
				false
			);
			expect(isDueNow(outcome.state, new Date(`${dueDay}T04:00:00+09:00`), settings, zone)).toBe(
				true
			);
		}
	});

	it('C12: a 1-day interval across the autumn DST switch in Berlin is not due again the same study day', () => {
		const zone = 'Europe/Berlin';
		const scheduler = new Scheduler(
			{ ...settings, maximumIntervalDays: 1 },
			{ fuzz: false, timeZone: zone }
		);
		// 04:30 CEST on 2025-10-25; +24 h would be 03:30 CET on 10-26, still study day 10-25.
		const reviewedAt = new Date('2025-10-25T04:30:00+02:00');
		// Hard: ts-fsrs itself gives exactly 1 day here (Good would be forced to Hard + 1).
		const outcome = scheduler.grade(reviewCardDue(reviewedAt), 2, reviewedAt);
		expect(outcome.state.scheduledDays).toBe(1);
		expect(studyDayKey(outcome.state.due, 4, zone)).toBe('2025-10-26');
		expect(isDueNow(outcome.state, new Date('2025-10-26T03:30:00+01:00'), settings, zone)).toBe(
			false
		);
		expect(isDueNow(outcome.state, new Date('2025-10-26T04:00:00+01:00'), settings, zone)).toBe(
			true
		);
	});

	it('C12: a card scheduled in Berlin for 2025-03-10, checked after moving to Asia/Tokyo', () => {
		const berlin = new Scheduler(settings, { fuzz: false, timeZone: 'Europe/Berlin' });
		// Reviewed late in the evening in Berlin: ts-fsrs' raw "+N × 24 h" would land on the next
		// Tokyo date; the study-day due does not.
		for (const hour of ['05:00', '12:00', '22:30']) {
			const reviewedAt = new Date(`2025-03-07T${hour}:00+01:00`);
			const outcome = berlin.grade({ ...reviewCardDue(reviewedAt), stability: 3.2 }, 3, reviewedAt);
			const dueDay = studyDayKey(outcome.state.due, 4, 'Europe/Berlin');
			const tokyo = 'Asia/Tokyo';
			expect(studyDayKey(outcome.state.due, 4, tokyo)).toBe(dueDay);
			expect(isDueNow(outcome.state, new Date(`${dueDay}T03:30:00+09:00`), settings, tokyo)).toBe(
				false
			);
			expect(isDueNow(outcome.state, new Date(`${dueDay}T04:00:00+09:00`), settings, tokyo)).toBe(
				true
			);
			// And back west: the same card in Berlin.
			const berlinZone = 'Europe/Berlin';
			expect(
				isDueNow(outcome.state, new Date(`${dueDay}T03:30:00+01:00`), settings, berlinZone)
			).toBe(false);
			expect(
				isDueNow(outcome.state, new Date(`${dueDay}T04:00:00+01:00`), settings, berlinZone)
			).toBe(true);
		}
	});

	it('reviewDueAt puts a review due at the middle (dayStartHour + 12 h) of the target study day', () => {
		expect(reviewDueAt(new Date('2025-03-07T03:00:00+09:00'), 3, 4, 'Asia/Seoul')).toEqual(
			new Date('2025-03-09T16:00:00+09:00')
		);
		expect(reviewDueAt(new Date('2025-03-29T23:00:00+01:00'), 1, 4, 'Europe/Berlin')).toEqual(
			new Date('2025-03-30T16:00:00+02:00')
		);
		expect(reviewDueAt(new Date('2025-03-10T20:00:00+09:00'), 1, 23, 'Asia/Seoul')).toEqual(
			new Date('2025-03-11T11:00:00+09:00')
		);
	});
});
