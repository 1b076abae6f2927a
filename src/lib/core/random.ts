/**
 * Seeded randomness for quizzes: the same seed always gives the same quiz (issue 5, "retake the
 * same quiz"). Nothing in this folder calls `Math.random`; the app picks a seed and passes it in.
 */

/** A source of floats in [0, 1), like `Math.random`, but seeded. */
export type Rng = () => number;

/** Largest seed value; seeds are unsigned 32-bit integers (0 … 2³² − 1). */
export const MAX_SEED = 0xffffffff;

/**
 * Whether `seed` is a valid quiz seed: an integer in 0 … {@link MAX_SEED}.
 */
export function isSeed(seed: unknown): seed is number {
	return typeof seed === 'number' && Number.isInteger(seed) && seed >= 0 && seed <= MAX_SEED;
}

/**
 * mulberry32 (Tommy Ettinger's 32-bit generator, public domain): a small, fast PRNG with a full
 * 2³² period, good enough for shuffles. Returns floats in [0, 1).
 *
 * @param seed any number; it is reduced to an unsigned 32-bit integer (`seed >>> 0`).
 */
export function mulberry32(seed: number): Rng {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/**
 * A uniformly chosen integer in 0 … n − 1.
 *
 * @throws RangeError when `n` is not a positive integer.
 */
export function randomInt(rng: Rng, n: number): number {
	if (!Number.isInteger(n) || n <= 0)
		throw new RangeError(`randomInt: n must be a positive integer, got ${n}`);
	return Math.floor(rng() * n);
}

/**
 * Fisher–Yates (Durstenfeld) shuffle into a new array; the input is not changed.
 * Consumes exactly `items.length - 1` values from `rng` (none for 0 or 1 items).
 */
export function shuffle<T>(items: readonly T[], rng: Rng): T[] {
	const out = items.slice();
	for (let i = out.length - 1; i > 0; i--) {
		const j = randomInt(rng, i + 1);
		const tmp = out[i] as T;
		out[i] = out[j] as T;
		out[j] = tmp;
	}
	return out;
}
