/**
 * Short interval labels for answer buttons, in the style of Anki's answer buttons
 * (`1m`, `10m`, `1h`, `3d`, `2mo`, `1.2y`). Units are language-neutral on purpose; the UI owns words.
 */

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

function oneDecimal(x: number): string {
	const r = Math.round(x * 10) / 10;
	return Number.isInteger(r) ? String(r) : r.toFixed(1);
}

/**
 * Format a duration in milliseconds: seconds, minutes and days are whole numbers; hours, months
 * (30 days, as Anki) and years (365 days) have at most one decimal. A value that would round up
 * to the next unit's size uses that unit (59.7 s → `1m`, not `60s`).
 * @throws RangeError if `ms` is negative or not finite
 */
export function formatInterval(ms: number): string {
	if (!Number.isFinite(ms) || ms < 0) throw new RangeError(`Invalid interval: ${ms} ms`);
	const seconds = Math.round(ms / SECOND);
	if (seconds < 60) return `${seconds}s`;
	const minutes = Math.round(ms / MINUTE);
	if (minutes < 60) return `${minutes}m`;
	const hours = Math.round((ms / HOUR) * 10) / 10;
	if (hours < 24) return `${oneDecimal(ms / HOUR)}h`;
	const days = Math.round(ms / DAY);
	if (days < 30) return `${days}d`;
	const months = Math.round((ms / DAY / 30) * 10) / 10;
	if (months < 12) return `${oneDecimal(ms / DAY / 30)}mo`;
	return `${oneDecimal(ms / DAY / 365)}y`;
}

/** Whole days → label, e.g. `3` → `3d`, `60` → `2mo`. */
export function formatIntervalDays(days: number): string {
	return formatInterval(days * DAY);
}
