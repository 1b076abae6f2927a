/**
 * Study-day arithmetic in an IANA time zone, using only `Intl.DateTimeFormat`.
 *
 * Anki's rule (Preferences → Review → "Next day starts at"): a study day runs from the rollover
 * hour (default 04:00 local) to the same hour on the next calendar date. Everything here is
 * computed from the wall clock of the given zone at the given instant, so DST switches (a 23 h or
 * 25 h study day) and zone changes (the device travels) are handled by the zone database instead
 * of a cached UTC offset (case C12).
 *
 * Every function takes the zone explicitly; when it is omitted the runtime's current zone is read
 * from `Intl.DateTimeFormat().resolvedOptions().timeZone` at call time (never cached), so a device
 * that moved from Berlin to Tokyo gets Tokyo boundaries on the next call.
 */

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

/** A wall-clock reading in some zone. `month` is 1–12, `hour` is 0–23. */
export interface WallTime {
	year: number;
	month: number;
	day: number;
	hour: number;
	minute: number;
	second: number;
}

/** The runtime's current IANA zone (read on every call, so a zone change is picked up). */
export function runtimeTimeZone(): string {
	return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
	let f = formatters.get(timeZone);
	if (!f) {
		// Throws RangeError for an unknown zone, which is what we want callers to see.
		f = new Intl.DateTimeFormat('en-US', {
			timeZone,
			hourCycle: 'h23',
			year: 'numeric',
			month: 'numeric',
			day: 'numeric',
			hour: 'numeric',
			minute: 'numeric',
			second: 'numeric'
		});
		formatters.set(timeZone, f);
	}
	return f;
}

/**
 * The wall-clock time shown in `timeZone` at `instant`.
 * @throws RangeError if `timeZone` is not a known IANA zone or `instant` is an invalid Date.
 */
export function wallTimeAt(instant: Date, timeZone: string = runtimeTimeZone()): WallTime {
	const parts = formatterFor(timeZone).formatToParts(instant);
	const get = (type: Intl.DateTimeFormatPartTypes): number => {
		const part = parts.find((p) => p.type === type);
		if (!part) throw new RangeError(`No ${type} in formatted date`);
		return Number(part.value);
	};
	return {
		year: get('year'),
		month: get('month'),
		day: get('day'),
		hour: get('hour') % 24,
		minute: get('minute'),
		second: get('second')
	};
}

/** Offset of `timeZone` from UTC at `instantMs`, in ms (e.g. +9 h for Asia/Seoul). */
function offsetMs(instantMs: number, timeZone: string): number {
	const wholeSecond = instantMs - (((instantMs % 1000) + 1000) % 1000);
	const w = wallTimeAt(new Date(wholeSecond), timeZone);
	return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second) - wholeSecond;
}

/**
 * The instant at which `timeZone` shows the wall time `wall`. Fields may overflow (day 32, hour 27)
 * and are normalised like `Date.UTC` does. Ambiguous times (DST fall-back) resolve to the earlier
 * instant; non-existent times (DST spring-forward gap) are shifted forward by the gap — the
 * "compatible" disambiguation of Temporal.
 */
export function instantAtWallTime(wall: WallTime, timeZone: string = runtimeTimeZone()): Date {
	const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
	// Offsets a day before and after: at most one transition lies between them in practice.
	const before = offsetMs(asUtc - DAY_MS, timeZone);
	const after = offsetMs(asUtc + DAY_MS, timeZone);
	const candidates = [asUtc - before, asUtc - after].filter(
		(c) => offsetMs(c, timeZone) === asUtc - c
	);
	if (candidates.length > 0) return new Date(Math.min(...candidates));
	// In the gap: use the pre-transition offset, which lands after the gap.
	return new Date(asUtc - before);
}

/** Calendar date `days` after (y, m, d); plain Gregorian arithmetic, no zone involved. */
function addCalendarDays(
	y: number,
	m: number,
	d: number,
	days: number
): { year: number; month: number; day: number } {
	const t = new Date(Date.UTC(y, m - 1, d + days));
	return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

function assertHour(dayStartHour: number): void {
	if (!Number.isInteger(dayStartHour) || dayStartHour < 0 || dayStartHour > 23) {
		throw new RangeError(`dayStartHour must be an integer 0–23, got ${dayStartHour}`);
	}
}

/**
 * The calendar date (in `timeZone`) that names the study day containing `now`: before
 * `dayStartHour` local time it is still the previous date.
 */
export function studyDayDate(
	now: Date,
	dayStartHour: number,
	timeZone: string = runtimeTimeZone()
): { year: number; month: number; day: number } {
	assertHour(dayStartHour);
	const w = wallTimeAt(now, timeZone);
	const date = w.hour < dayStartHour ? addCalendarDays(w.year, w.month, w.day, -1) : w;
	return { year: date.year, month: date.month, day: date.day };
}

/**
 * Study-day key `YYYY-MM-DD` of the study day containing `now` — for "done today" counts and
 * "buried until tomorrow" in the database.
 */
export function studyDayKey(
	now: Date,
	dayStartHour: number,
	timeZone: string = runtimeTimeZone()
): string {
	const { year, month, day } = studyDayDate(now, dayStartHour, timeZone);
	return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function startOfDate(
	date: { year: number; month: number; day: number },
	dayStartHour: number,
	timeZone: string
): Date {
	return instantAtWallTime({ ...date, hour: dayStartHour, minute: 0, second: 0 }, timeZone);
}

/**
 * Start (inclusive) of the study day containing `now`: `dayStartHour`:00 local time in `timeZone`
 * on today's date, or on yesterday's date if the local hour is still before `dayStartHour`.
 * Source of the rule: Anki manual, Preferences → "Next day starts at".
 * @param now the current instant
 * @param dayStartHour 0–23, local hour at which a new study day begins (default setting 4)
 * @param timeZone IANA zone; default: the runtime's zone at call time
 * @throws RangeError for an invalid hour or unknown zone
 */
export function studyDayStart(
	now: Date,
	dayStartHour: number,
	timeZone: string = runtimeTimeZone()
): Date {
	const date = studyDayDate(now, dayStartHour, timeZone);
	let start = startOfDate(date, dayStartHour, timeZone);
	// Only reachable when the rollover hour itself falls in a DST gap: step back one date.
	if (start.getTime() > now.getTime()) {
		start = startOfDate(
			addCalendarDays(date.year, date.month, date.day, -1),
			dayStartHour,
			timeZone
		);
	}
	return start;
}

/**
 * Start of the next study day after the one containing `now` (exclusive end of today).
 * On DST days the study day is 23 h or 25 h long; it is never computed as `start + 24 h`.
 * @throws RangeError for an invalid hour or unknown zone
 */
export function nextStudyDayStart(
	now: Date,
	dayStartHour: number,
	timeZone: string = runtimeTimeZone()
): Date {
	const date = studyDayDate(now, dayStartHour, timeZone);
	let next = startOfDate(
		addCalendarDays(date.year, date.month, date.day, 1),
		dayStartHour,
		timeZone
	);
	if (next.getTime() <= now.getTime()) {
		next = startOfDate(addCalendarDays(date.year, date.month, date.day, 2), dayStartHour, timeZone);
	}
	return next;
}

/**
 * Due instant for a review that is `days` study days after the study day containing `reviewedAt`:
 * the middle of that study day (`dayStartHour` + 12 h local).
 *
 * Why the middle: a review card is due on a *day*, as in Anki (which stores a day number), not at
 * an instant. ts-fsrs returns `reviewedAt + days × 24 h`, which lands on the wrong study day when
 * the review happened near the rollover across a DST switch (a 25 h day makes "+24 h" stay on the
 * same study day), and on the wrong date after travel. The middle of the day stays on the same
 * calendar study day for any zone within ±12 h of the one it was scheduled in (C12).
 * @param days whole study days, ≥ 1
 */
export function reviewDueAt(
	reviewedAt: Date,
	days: number,
	dayStartHour: number,
	timeZone: string = runtimeTimeZone()
): Date {
	const date = studyDayDate(reviewedAt, dayStartHour, timeZone);
	const target = addCalendarDays(date.year, date.month, date.day, days);
	return instantAtWallTime({ ...target, hour: dayStartHour + 12, minute: 0, second: 0 }, timeZone);
}

export { MINUTE_MS, DAY_MS };
