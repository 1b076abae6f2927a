/** Small statistics helpers for the benchmark (times in ms unless a name says otherwise). */

/** The q-quantile (0–1) of `values` by linear interpolation; NaN for an empty list. */
export function quantile(values: readonly number[], q: number): number {
	if (values.length === 0) return Number.NaN;
	const sorted = [...values].sort((a, b) => a - b);
	const pos = (sorted.length - 1) * q;
	const lo = Math.floor(pos);
	const hi = Math.ceil(pos);
	const a = sorted[lo] as number;
	const b = sorted[hi] as number;
	return a + (b - a) * (pos - lo);
}

/** The median of `values`; NaN for an empty list. */
export function median(values: readonly number[]): number {
	return quantile(values, 0.5);
}

/** Round to `digits` decimals (keeps results.json readable). */
export function round(value: number, digits = 1): number {
	const f = 10 ** digits;
	return Math.round(value * f) / f;
}
