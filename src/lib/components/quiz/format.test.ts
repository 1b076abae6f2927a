import { describe, expect, it } from 'vitest';
import {
	formatAttemptDate,
	formatClock,
	formatDuration,
	formatPercent,
	fractionLeft
} from './format';

describe('formatClock', () => {
	it('shows m:ss and rounds up, so 0:00 only when no time is left', () => {
		expect(formatClock(65_000, 'ko')).toBe('1:05');
		expect(formatClock(59_001, 'ko')).toBe('1:00');
		expect(formatClock(1, 'en')).toBe('0:01');
		expect(formatClock(0, 'ko')).toBe('0:00');
		expect(formatClock(-5_000, 'ko')).toBe('0:00');
		expect(formatClock(20 * 60_000, 'en')).toBe('20:00');
	});
});

describe('formatDuration', () => {
	it('falls back to NumberFormat units, leaving zero parts out', () => {
		expect(formatDuration(125_000, 'ko', null)).toBe('2분 5초');
		expect(formatDuration(300_000, 'ko', null)).toBe('5분');
		expect(formatDuration(30_000, 'ko', null)).toBe('30초');
		expect(formatDuration(0, 'ko', null)).toBe('0초');
		expect(formatDuration(65_400, 'en', null)).toBe('1 min 5 sec');
	});

	it('uses Intl.DurationFormat when there is one', () => {
		const calls: unknown[] = [];
		class Fake {
			constructor(
				readonly locale: string,
				readonly options: unknown
			) {
				calls.push([locale, options]);
			}
			format(d: { minutes?: number; seconds?: number }) {
				return JSON.stringify(d);
			}
		}
		expect(formatDuration(61_000, 'ko', Fake)).toBe('{"minutes":1,"seconds":1}');
		expect(calls).toEqual([['ko', { style: 'short' }]]);
	});
});

describe('small formats', () => {
	it('percent, date and the countdown bar', () => {
		expect(formatPercent(4, 5, 'ko')).toBe('80%');
		expect(formatPercent(0, 0, 'en')).toBe('0%');
		const d = formatAttemptDate(new Date('2026-03-02T00:00:00Z'), 'en');
		expect(d).toContain('Mar');
		expect(fractionLeft(15_000, 60_000)).toBe(0.25);
		expect(fractionLeft(-1, 60_000)).toBe(0);
		expect(fractionLeft(90_000, 60_000)).toBe(1);
	});
});
