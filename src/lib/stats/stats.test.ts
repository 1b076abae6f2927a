import { describe, expect, it } from 'vitest';
import { State } from 'ts-fsrs';
import {
	cardStates,
	dueForecast,
	retentionByWeek,
	reviewsPerDay,
	topicMastery,
	type StatCard
} from './stats';

const ZONE = 'Asia/Seoul';
const NOW = new Date('2025-03-10T03:00:00Z'); // 12:00 in Seoul
const day = (n: number, hourUtc = 3) => new Date(Date.UTC(2025, 2, 10 + n, hourUtc));

function card(over: Partial<StatCard>): StatCard {
	return { due: NOW, state: State.Review, stability: 5, topic: ['deck', 'A'], ...over };
}

describe('dueForecast', () => {
	it('puts overdue cards on today, future ones on their study day, and skips new/suspended/retired', () => {
		const cards = [
			card({ due: day(-3) }),
			card({ due: day(0) }),
			card({ due: day(1) }),
			card({ due: day(2, 18) }), // 03:00 Seoul on the 13th: still the study day of the 12th
			card({ due: day(40) }),
			card({ state: State.New }),
			card({ suspended: true }),
			card({ retired: true })
		];
		const f = dueForecast(cards, NOW, 30, 4, ZONE);
		expect(f).toHaveLength(30);
		expect(f[0]).toEqual({ day: '2025-03-10', count: 2 });
		expect(f[1]).toEqual({ day: '2025-03-11', count: 1 });
		expect(f[2]).toEqual({ day: '2025-03-12', count: 1 });
		expect(f.reduce((s, d) => s + d.count, 0)).toBe(4);
	});

	it('gives consecutive days across a DST switch', () => {
		const f = dueForecast([], new Date('2025-03-29T12:00:00Z'), 4, 4, 'Europe/Berlin');
		expect(f.map((d) => d.day)).toEqual(['2025-03-29', '2025-03-30', '2025-03-31', '2025-04-01']);
	});
});

describe('reviewsPerDay', () => {
	it('counts reviews per study day, oldest first, inside the window only', () => {
		const reviews = [
			{ reviewedAt: day(0), rating: 3, stateBefore: State.Review },
			{ reviewedAt: day(0), rating: 1, stateBefore: State.New },
			{ reviewedAt: day(-1), rating: 3, stateBefore: State.Review },
			{ reviewedAt: day(-400), rating: 3, stateBefore: State.Review }
		];
		const r = reviewsPerDay(reviews, NOW, 7, 4, ZONE);
		expect(r).toHaveLength(7);
		expect(r.at(-1)).toEqual({ day: '2025-03-10', count: 2 });
		expect(r.at(-2)).toEqual({ day: '2025-03-09', count: 1 });
		expect(r.reduce((s, d) => s + d.count, 0)).toBe(3);
	});
});

describe('retentionByWeek', () => {
	it('is the share of review-card answers that were not Again; null without answers', () => {
		const reviews = [
			{ reviewedAt: day(-1), rating: 3, stateBefore: State.Review },
			{ reviewedAt: day(-2), rating: 1, stateBefore: State.Review },
			{ reviewedAt: day(-2), rating: 4, stateBefore: State.Review },
			{ reviewedAt: day(-2), rating: 1, stateBefore: State.Learning }, // not a review card
			{ reviewedAt: day(-10), rating: 1, stateBefore: State.Review }
		];
		const w = retentionByWeek(reviews, NOW, 3);
		expect(w.map((x) => x.answers)).toEqual([0, 1, 3]);
		expect(w[0]!.retention).toBeNull();
		expect(w[1]!.retention).toBe(0);
		expect(w[2]!.retention).toBeCloseTo(2 / 3);
	});
});

describe('cardStates and topicMastery', () => {
	it('counts states and mastered share per topic', () => {
		const cards = [
			card({ state: State.New, topic: ['d', 'B'] }),
			card({ state: State.Learning, topic: ['d', 'B'] }),
			card({ state: State.Relearning, topic: ['d', 'A'] }),
			card({ state: State.Review, stability: 30, topic: ['d', 'A'] }),
			card({ state: State.Review, stability: 3, topic: ['d', 'A'] }),
			card({ suspended: true, stability: 50, topic: ['d', 'A'] }),
			card({ retired: true, stability: 50 })
		];
		expect(cardStates(cards)).toEqual({ new: 1, learning: 2, review: 2, suspended: 1 });
		expect(topicMastery(cards)).toEqual([
			{ topic: 'd › A', cards: 4, mastered: 2, share: 0.5 },
			{ topic: 'd › B', cards: 2, mastered: 0, share: 0 }
		]);
		expect(
			topicMastery([card({ topic: ['x', 'A'] }), card({ topic: ['y', 'A'] })]).map((t) => t.topic)
		).toEqual(['x › A', 'y › A']);
	});
});
