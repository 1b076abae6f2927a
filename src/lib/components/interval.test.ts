import { describe, expect, it } from 'vitest';
import { intervalOf } from '$lib/scheduling';
import { intervalText } from './interval';

const MIN = 60_000;
const DAY = 86_400_000;

describe('interval labels in both languages', () => {
	const cases: Array<[number, string, string]> = [
		[30_000, '30초', '30s'],
		[1 * MIN, '1분', '1m'],
		[6 * MIN, '6분', '6m'],
		[10 * MIN, '10분', '10m'],
		[90 * MIN, '1.5시간', '1.5h'],
		[10 * DAY, '10일', '10d'],
		[90 * DAY, '3개월', '3mo'],
		[438 * DAY, '1.2년', '1.2y']
	];
	for (const [ms, ko, en] of cases) {
		it(`${ms} ms → ${ko} / ${en}`, () => {
			expect(intervalText(intervalOf(ms), 'ko')).toBe(ko);
			expect(intervalText(intervalOf(ms), 'en')).toBe(en);
		});
	}

	it('no Latin unit in Korean and no Hangul in English', () => {
		for (let ms = 0; ms < 3000 * DAY; ms = ms * 1.7 + 7_000) {
			expect(intervalText(intervalOf(ms), 'ko')).not.toMatch(/[a-z]/);
			expect(intervalText(intervalOf(ms), 'en')).not.toMatch(/[\uac00-\ud7a3]/);
		}
	});
});
