/** The session summary in words (numbers formatted for the locale), as a test can call it. */
import { m } from '$lib/paraglide/messages';
import type { Locale } from '$lib/paraglide/runtime';
import type { SessionSummary } from '$lib/state/review.svelte';

/**
 * The three figures of a finished session, each as a label, a short value (it fits a third of a
 * phone's width) and, for the again-rate, the count behind it as a detail line.
 */
export function summaryFigures(
	summary: SessionSummary,
	locale: Locale
): { key: 'cards' | 'time' | 'again'; label: string; value: string; detail?: string }[] {
	const seconds = Math.round(summary.ms / 1000);
	const time =
		seconds < 60
			? m.review_summary_seconds({ seconds }, { locale })
			: m.review_summary_minutes(
					{ minutes: Math.floor(seconds / 60), seconds: seconds % 60 },
					{ locale }
				);
	const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
	return [
		{
			key: 'cards',
			label: m.review_summary_cards_label({}, { locale }),
			value: m.review_summary_cards({ count: summary.cards }, { locale })
		},
		{ key: 'time', label: m.review_summary_time_label({}, { locale }), value: time },
		{
			key: 'again',
			label: m.review_summary_again_label({}, { locale }),
			value: percent.format(summary.againRate),
			detail: m.review_summary_again({ count: summary.again }, { locale })
		}
	];
}
