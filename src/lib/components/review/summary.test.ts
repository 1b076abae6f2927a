import { describe, expect, it } from 'vitest';
import { summarise } from '$lib/services/review-summary';
import { summaryFigures } from './summary';

describe('session summary in both languages', () => {
	// 4 answers, one Again; 20 s + 30 s + 2 min (counted as 60 s) + 5 s = 115 s.
	const summary = summarise([
		{ rating: 3, ms: 20_000 },
		{ rating: 1, ms: 30_000 },
		{ rating: 4, ms: 120_000 },
		{ rating: 3, ms: 5_000 }
	]);

	it('Korean: cards, minutes and seconds, again-rate with its count', () => {
		expect(summaryFigures(summary, 'ko').map((f) => [f.label, f.value, f.detail])).toEqual([
			['카드', '4장', undefined],
			['시간', '1분 55초', undefined],
			['다시 비율', '25%', '다시 1번']
		]);
	});

	it('English: the same figures in English words', () => {
		expect(summaryFigures(summary, 'en').map((f) => [f.label, f.value, f.detail])).toEqual([
			['Cards', '4', undefined],
			['Time', '1 min 55 s', undefined],
			['Again rate', '25%', '1 Again']
		]);
	});

	it('under a minute shows seconds only', () => {
		const short = summarise([{ rating: 1, ms: 9_400 }]);
		expect(summaryFigures(short, 'ko')[1]!.value).toBe('9초');
		expect(summaryFigures(short, 'en')[2]).toMatchObject({ value: '100%', detail: '1 Again' });
	});
});
