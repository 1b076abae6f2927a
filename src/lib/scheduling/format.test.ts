import { describe, expect, it } from 'vitest';
import { intervalOf, intervalOfDays, type Interval } from './format';

const S = 1000;
const M = 60 * S;
const H = 60 * M;
const D = 24 * H;

const SHORT: Record<Interval['unit'], string> = {
	second: 's',
	minute: 'm',
	hour: 'h',
	day: 'd',
	month: 'mo',
	year: 'y'
};
const short = (i: Interval) => `${i.value}${SHORT[i.unit]}`;

describe('intervalOf', () => {
	const cases: Array<[number, string]> = [
		[0, '0s'],
		[30 * S, '30s'],
		[59.7 * S, '1m'],
		[1 * M, '1m'],
		[6 * M, '6m'],
		[10 * M, '10m'],
		[59.6 * M, '1h'],
		[1 * H, '1h'],
		[1.5 * H, '1.5h'],
		[23.96 * H, '1d'],
		[3 * D, '3d'],
		[29 * D, '29d'],
		[30 * D, '1mo'],
		[45 * D, '1.5mo'],
		[60 * D, '2mo'],
		[365 * D, '1y'],
		[438 * D, '1.2y'],
		[36500 * D, '100y']
	];
	for (const [ms, label] of cases) {
		it(`${ms} ms → ${label}`, () => {
			expect(short(intervalOf(ms))).toBe(label);
		});
	}

	it('whole days', () => {
		expect(intervalOfDays(3)).toEqual({ value: 3, unit: 'day' });
		expect(intervalOfDays(60)).toEqual({ value: 2, unit: 'month' });
	});

	it('rejects negative and non-finite durations', () => {
		expect(() => intervalOf(-1)).toThrow(RangeError);
		expect(() => intervalOf(Number.NaN)).toThrow(RangeError);
		expect(() => intervalOf(Number.POSITIVE_INFINITY)).toThrow(RangeError);
	});
});
