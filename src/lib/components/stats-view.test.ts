import { describe, expect, it } from 'vitest';
import { heatLevel, shortDay } from './stats-view';

describe('stats view helpers', () => {
	it('maps counts to heat levels 0–4, 0 only without reviews', () => {
		expect([0, 1, 25, 50, 75, 100].map((c) => heatLevel(c, 100))).toEqual([0, 1, 1, 2, 3, 4]);
		expect(heatLevel(3, 0)).toBe(0);
	});
	it('formats day keys per locale without shifting the date', () => {
		expect(shortDay('2025-03-10', 'en-US')).toBe('3/10');
		expect(shortDay('2025-03-10', 'ko')).toBe('3. 10.');
	});
});
