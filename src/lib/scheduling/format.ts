/**
 * Intervals as the answer buttons show them, in the style of Anki's answer buttons: a number and
 * a unit (`1m`, `10m`, `1h`, `3d`, `2mo`, `1.2y` in Anki's English). The unit is returned as data;
 * the UI turns it into words of the learner's language (see `components/interval.ts`).
 */

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** The unit of an {@link Interval}. A month is 30 days and a year 365 days, as in Anki. */
export type IntervalUnit = 'second' | 'minute' | 'hour' | 'day' | 'month' | 'year';

/** A duration rounded for display: `value` whole for seconds, minutes, days; one decimal otherwise. */
export interface Interval {
	value: number;
	unit: IntervalUnit;
}

const oneDecimal = (x: number) => Math.round(x * 10) / 10;

/**
 * Round a duration in milliseconds to its display unit: seconds, minutes and days are whole
 * numbers; hours, months (30 days, as Anki) and years (365 days) have at most one decimal. A
 * value that would round up to the next unit's size uses that unit (59.7 s → 1 minute, not 60 s).
 * @throws RangeError if `ms` is negative or not finite
 */
export function intervalOf(ms: number): Interval {
	if (!Number.isFinite(ms) || ms < 0) throw new RangeError(`Invalid interval: ${ms} ms`);
	const seconds = Math.round(ms / SECOND);
	if (seconds < 60) return { value: seconds, unit: 'second' };
	const minutes = Math.round(ms / MINUTE);
	if (minutes < 60) return { value: minutes, unit: 'minute' };
	const hours = oneDecimal(ms / HOUR);
	if (hours < 24) return { value: hours, unit: 'hour' };
	const days = Math.round(ms / DAY);
	if (days < 30) return { value: days, unit: 'day' };
	const months = oneDecimal(ms / DAY / 30);
	if (months < 12) return { value: months, unit: 'month' };
	return { value: oneDecimal(ms / DAY / 365), unit: 'year' };
}

/** Whole days → interval, e.g. `3` → 3 days, `60` → 2 months. */
export function intervalOfDays(days: number): Interval {
	return intervalOf(days * DAY);
}
