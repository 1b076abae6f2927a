import { describe, expect, it } from 'vitest';
import { formatInterval, formatIntervalDays } from './format';

const S = 1000;
const M = 60 * S;
const H = 60 * M;
const D = 24 * H;

describe('formatInterval', () => {
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
			expect(formatInterval(ms)).toBe(label);
		});
	}

	it('formats whole days', () => {
		expect(formatIntervalDays(3)).toBe('3d');
		expect(formatIntervalDays(60)).toBe('2mo');
	});

	it('rejects negative and non-finite durations', () => {
		expect(() => formatInterval(-1)).toThrow(RangeError);
		expect(() => formatInterval(Number.NaN)).toThrow(RangeError);
		expect(() => formatInterval(Number.POSITIVE_INFINITY)).toThrow(RangeError);
	});
});
