import { describe, expect, it } from 'vitest';
import { isSeed, mulberry32, randomInt, shuffle } from './random';

describe('mulberry32', () => {
	it('replays the same sequence for the same seed and differs for another seed', () => {
		const a = mulberry32(42);
		const b = mulberry32(42);
		const c = mulberry32(43);
		const seqA = Array.from({ length: 20 }, () => a());
		const seqB = Array.from({ length: 20 }, () => b());
		const seqC = Array.from({ length: 20 }, () => c());
		expect(seqA).toEqual(seqB);
		expect(seqA).not.toEqual(seqC);
	});

	it('stays in [0, 1) and spreads over the range', () => {
		const rng = mulberry32(7);
		const buckets = new Array(10).fill(0) as number[];
		for (let i = 0; i < 10_000; i++) {
			const x = rng();
			expect(x >= 0 && x < 1).toBe(true);
			buckets[Math.floor(x * 10)]! += 1;
		}
		for (const n of buckets) expect(n).toBeGreaterThan(800);
	});
});

describe('shuffle', () => {
	it('returns a permutation and leaves the input alone', () => {
		const items = Array.from({ length: 30 }, (_, i) => i);
		const copy = items.slice();
		const out = shuffle(items, mulberry32(1));
		expect(items).toEqual(copy);
		expect(out.slice().sort((x, y) => x - y)).toEqual(items);
		expect(out).not.toEqual(items);
	});

	it('is deterministic per seed', () => {
		const items = 'abcdefghij'.split('');
		expect(shuffle(items, mulberry32(99))).toEqual(shuffle(items, mulberry32(99)));
		expect(shuffle(items, mulberry32(99))).not.toEqual(shuffle(items, mulberry32(100)));
	});

	it('puts every item in every position about equally often (no Sattolo/naive bias)', () => {
		const rng = mulberry32(2024);
		const counts = [0, 0, 0, 0];
		for (let i = 0; i < 8000; i++) {
			const out = shuffle([0, 1, 2, 3], rng);
			counts[out.indexOf(0)]! += 1;
		}
		for (const n of counts) expect(Math.abs(n - 2000)).toBeLessThan(200);
	});
});

describe('randomInt and isSeed', () => {
	it('rejects bad bounds and accepts only unsigned 32-bit integers as seeds', () => {
		expect(() => randomInt(mulberry32(1), 0)).toThrow(RangeError);
		expect(isSeed(0)).toBe(true);
		expect(isSeed(0xffffffff)).toBe(true);
		expect(isSeed(-1)).toBe(false);
		expect(isSeed(1.5)).toBe(false);
		expect(isSeed(2 ** 32)).toBe(false);
		expect(isSeed('1')).toBe(false);
	});
});
