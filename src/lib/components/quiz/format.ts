/**
 * Locale-aware formatting for the quiz screens, all through `Intl` (no hand-written number, date
 * or duration formats). Durations use `Intl.DurationFormat` where the browser has it (ECMA-402
 * 2025) and `Intl.NumberFormat` unit style elsewhere.
 */
/** Whole minutes and seconds of a non-negative duration in ms (rounded to the nearest second). */
function parts(ms: number): { minutes: number; seconds: number } {
	const total = Math.max(0, Math.round(ms / 1000));
	return { minutes: Math.floor(total / 60), seconds: total % 60 };
}

/**
 * The countdown as a digital clock, `m:ss` (e.g. `4:05`, `0:59`), digits formatted by
 * `Intl.NumberFormat`. Rounds **up** to the next whole second, so `0:00` appears only when no time
 * is left (a countdown must never show zero while time remains).
 * @param ms time left in milliseconds (negative values show as `0:00`).
 */
export function formatClock(ms: number, locale: string): string {
	const total = Math.max(0, Math.ceil(ms / 1000));
	const minutes = new Intl.NumberFormat(locale, { useGrouping: false }).format(
		Math.floor(total / 60)
	);
	const seconds = new Intl.NumberFormat(locale, { minimumIntegerDigits: 2 }).format(total % 60);
	return `${minutes}:${seconds}`;
}

type DurationFormatCtor = new (
	locale: string,
	options: { style: 'long' | 'short' | 'narrow' }
) => { format(d: { minutes?: number; seconds?: number }): string };

/**
 * A duration in words, e.g. `2 min, 5 sec` (in Korean with the Korean units); zero parts are
 * left out (`5 min`, `30 sec`).
 * @param ms duration in milliseconds, rounded to the nearest second.
 * @param durationFormat for tests: the `Intl.DurationFormat` constructor to use (default: the
 *   platform's, or the `NumberFormat` fallback when there is none; pass null to force it).
 */
export function formatDuration(
	ms: number,
	locale: string,
	durationFormat: DurationFormatCtor | null = (
		Intl as unknown as { DurationFormat?: DurationFormatCtor }
	).DurationFormat ?? null
): string {
	const { minutes, seconds } = parts(ms);
	const shown = {
		...(minutes > 0 ? { minutes } : {}),
		...(seconds > 0 || minutes === 0 ? { seconds } : {})
	};
	if (durationFormat) return new durationFormat(locale, { style: 'short' }).format(shown);
	const unit = (value: number, u: 'minute' | 'second') =>
		new Intl.NumberFormat(locale, { style: 'unit', unit: u, unitDisplay: 'short' }).format(value);
	return [
		...(shown.minutes !== undefined ? [unit(shown.minutes, 'minute')] : []),
		...(shown.seconds !== undefined ? [unit(shown.seconds, 'second')] : [])
	].join(' ');
}

/** Share of right answers as a percentage, e.g. `80%`; `correct/total`, total > 0. */
export function formatPercent(correct: number, total: number, locale: string): string {
	return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(
		total > 0 ? correct / total : 0
	);
}

/** Date and time of an attempt for the history list, e.g. `Mar 2, 9:00 AM` (per locale). */
export function formatAttemptDate(date: Date, locale: string): string {
	return new Intl.DateTimeFormat(locale, {
		month: 'short',
		day: 'numeric',
		hour: 'numeric',
		minute: '2-digit'
	}).format(date);
}

/**
 * Fraction of the limit still left (0–1), for the countdown bar.
 * @param leftMs from `timeLeftMs`; @param limitMs the limit of the whole quiz or of one question.
 */
export function fractionLeft(leftMs: number, limitMs: number): number {
	if (limitMs <= 0) return 0;
	return Math.min(1, Math.max(0, leftMs / limitMs));
}
