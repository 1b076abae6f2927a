/**
 * An interval in the learner's language, by the `review_interval_…` messages: a number with the
 * Korean unit words for minutes, days and months in Korean, Anki's short labels (1m, 6m, 10d,
 * 3mo) in English. Used wherever an interval shows: answer buttons, the
 * grade announcement, a card's review history, the drill's "next review in".
 */
import type { Interval, IntervalUnit } from '$lib/scheduling';
import { m } from '$lib/paraglide/messages';
import { getLocale, type Locale } from '$lib/paraglide/runtime';

const UNIT_MESSAGES: Record<
	IntervalUnit,
	(inputs: { count: string }, options?: { locale?: Locale }) => string
> = {
	second: m.review_interval_second,
	minute: m.review_interval_minute,
	hour: m.review_interval_hour,
	day: m.review_interval_day,
	month: m.review_interval_month,
	year: m.review_interval_year
};

/** `interval` as the learner reads it, the number formatted for `locale` (one decimal at most). */
export function intervalText(interval: Interval, locale: Locale = getLocale()): string {
	const count = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(interval.value);
	return UNIT_MESSAGES[interval.unit]({ count }, { locale });
}
