/** Small view helpers of the statistics screen. */

/** Heatmap colour level 0–4 for `count` out of the busiest day's `max` (0 only for no reviews). */
export function heatLevel(count: number, max: number): 0 | 1 | 2 | 3 | 4 {
	if (count <= 0 || max <= 0) return 0;
	return Math.min(4, Math.max(1, Math.ceil((4 * count) / max))) as 1 | 2 | 3 | 4;
}

/** `YYYY-MM-DD` → a short month/day label in the locale (e.g. `3. 10.` / `3/10`). */
export function shortDay(key: string, locale: string): string {
	const [y, mo, d] = key.split('-').map(Number);
	return new Intl.DateTimeFormat(locale, {
		month: 'numeric',
		day: 'numeric',
		timeZone: 'UTC'
	}).format(new Date(Date.UTC(y ?? 1970, (mo ?? 1) - 1, d ?? 1)));
}
