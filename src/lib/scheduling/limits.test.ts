import { describe, expect, it } from 'vitest';
import { mulberry32 } from '$lib/core/random';
import { shareDailyLimits, waterFill, type DeckDay } from './limits';

const deck = (over: Partial<DeckDay> = {}): DeckDay => ({
	newPerDay: 20,
	reviewsPerDay: 200,
	newDone: 0,
	reviewsDone: 0,
	extraNew: 0,
	extraReviews: 0,
	newAvailable: 1000,
	reviewsAvailable: 0,
	...over
});
const COLLECTION = { newPerDay: 20, reviewsPerDay: 200 };
const news = (decks: DeckDay[], collection = COLLECTION) =>
	shareDailyLimits(collection, decks).map((s) => s.new);

describe('waterFill', () => {
	it('shares equally, caps at the ceilings, gives what one deck cannot use to the others', () => {
		expect(waterFill(20, [0, 0, 0], [100, 100, 100])).toEqual([7, 7, 6]);
		expect(waterFill(20, [0, 0, 0], [100, 2, 100])).toEqual([9, 2, 9]);
		expect(waterFill(20, [0, 0, 0], [3, 3, 3])).toEqual([3, 3, 3]);
		expect(waterFill(0, [0, 0], [5, 5])).toEqual([0, 0]);
		expect(waterFill(5, [4, 4], [9, 9])).toEqual([4, 4]); // floors over the target: kept
	});
});

describe('collection and deck limits together (Anki v3, the collection as the top deck)', () => {
	it('day one, three decks of 20/day under a collection limit of 20: 20 in all, not 60', () => {
		const shares = news([deck(), deck(), deck()]);
		expect(shares).toEqual([7, 7, 6]);
		expect(shares.reduce((a, b) => a + b, 0)).toBe(20);
	});

	it('a deck’s own limit caps it inside the collection’s; the rest goes to the others', () => {
		expect(news([deck(), deck({ newPerDay: 2 }), deck()])).toEqual([9, 2, 9]);
		expect(news([deck({ newPerDay: 5 }), deck({ newPerDay: 5 })])).toEqual([5, 5]);
		expect(news([deck({ newAvailable: 3 }), deck(), deck()])).toEqual([3, 9, 8]);
		expect(news([deck({ newPerDay: 0 }), deck({ newAvailable: 0 })])).toEqual([0, 0]);
	});

	it('studying one deck’s share leaves the other decks’ shares as they were', () => {
		const before = news([deck(), deck(), deck()]);
		const after = news([deck({ newDone: 7, newAvailable: 993 }), deck(), deck()]);
		expect(after).toEqual([0, before[1], before[2]]);
		const half = news([deck({ newDone: 3, newAvailable: 997 }), deck(), deck()]);
		expect(half).toEqual([4, 7, 6]);
	});

	it('the review limit bounds new cards: 190 reviews waiting under 200 leave 10 new', () => {
		const [share] = shareDailyLimits(COLLECTION, [deck({ reviewsAvailable: 190 })]);
		expect(share).toEqual({ review: 190, new: 10 });
		const full = shareDailyLimits(COLLECTION, [deck({ reviewsAvailable: 500 })]);
		expect(full).toEqual([{ review: 200, new: 0 }]);
		// The collection's review limit bounds every deck's new cards together.
		const shared = shareDailyLimits({ newPerDay: 20, reviewsPerDay: 50 }, [
			deck({ reviewsAvailable: 45 }),
			deck()
		]);
		expect(shared.reduce((s, d) => s + d.review + d.new, 0)).toBe(50);
	});

	it('a today-only extension adds to its deck’s share and leaves the other decks’ alone', () => {
		// Deck A studied its 7, then asked for 10 more.
		const shares = news([deck({ newDone: 7, extraNew: 10 }), deck(), deck()]);
		expect(shares).toEqual([10, 7, 6]);
		// Using the extension moves no other deck.
		expect(news([deck({ newDone: 12, extraNew: 10, newAvailable: 995 }), deck(), deck()])).toEqual([
			5, 7, 6
		]);
		// An extension is not bounded by the review limit; the share still is.
		const [full] = shareDailyLimits(COLLECTION, [deck({ reviewsAvailable: 500, extraNew: 5 })]);
		expect(full).toEqual({ review: 200, new: 5 });
	});

	it('property: never over a limit, and every deck gives exactly what it promised (seeded)', () => {
		const broken: number[] = [];
		for (let seed = 1; seed <= 200; seed++) {
			const rand = mulberry32(seed);
			const int = (n: number) => Math.floor(rand() * n);
			const collection = { newPerDay: int(40), reviewsPerDay: int(300) };
			let decks = Array.from({ length: 1 + int(5) }, () =>
				deck({
					newPerDay: int(30),
					reviewsPerDay: int(250),
					newAvailable: int(40),
					reviewsAvailable: int(150),
					extraNew: rand() < 0.2 ? int(10) : 0
				})
			);
			let shares = shareDailyLimits(collection, decks);
			const extra = decks.reduce((s, d) => s + d.extraNew, 0);
			expect(shares.reduce((s, d) => s + d.new, 0)).toBeLessThanOrEqual(
				collection.newPerDay + extra
			);
			expect(shares.reduce((s, d) => s + d.review, 0)).toBeLessThanOrEqual(
				collection.reviewsPerDay
			);
			shares.forEach((s, i) => {
				const d = decks[i]!;
				expect(s.new).toBeLessThanOrEqual(Math.min(d.newAvailable, d.newPerDay + d.extraNew));
				expect(s.review).toBeLessThanOrEqual(Math.min(d.reviewsAvailable, d.reviewsPerDay));
				expect(s.new + s.review).toBeLessThanOrEqual(d.reviewsPerDay + d.extraNew);
				expect(s.new).toBeGreaterThanOrEqual(Math.min(d.extraNew, d.newAvailable));
			});
			// Study one card at a time from random decks: each deck's share drops by one when it
			// gives a card, the others' stay.
			for (let step = 0; step < 60; step++) {
				const open = shares.flatMap((s, i) => (s.new + s.review > 0 ? [i] : []));
				if (!open.length) break;
				const i = open[int(open.length)]!;
				const review = shares[i]!.review > 0;
				decks = decks.map((d, j) =>
					j !== i
						? d
						: review
							? { ...d, reviewsDone: d.reviewsDone + 1, reviewsAvailable: d.reviewsAvailable - 1 }
							: { ...d, newDone: d.newDone + 1, newAvailable: d.newAvailable - 1 }
				);
				const next = shareDailyLimits(collection, decks);
				const expected = shares.map((was, j) =>
					j !== i ? was : review ? { ...was, review: was.review - 1 } : { ...was, new: was.new - 1 }
				);
				if (JSON.stringify(next) !== JSON.stringify(expected)) broken.push(seed);
				shares = next;
			}
		}
		expect(broken, 'seeds whose shares moved').toEqual([]);
	});
});
