/**
 * Plain functions behind the card browser, the card detail and the review screen's card menu:
 * links, review history rows, keyboard shortcuts. No DOM, no Svelte; tests call them.
 */
import { storedInterval, type Interval } from '$lib/scheduling';
import type { ReviewLogRow } from '$lib/services/cards';

/** Link to a card's detail page (one prerendered page; the id is a query parameter). */
export function cardHref(cardId: string): string {
	return `/cards/view?id=${encodeURIComponent(cardId)}`;
}

/** One line of a card's review history. */
export interface HistoryRow {
	id: number | undefined;
	reviewedAt: Date;
	/** ts-fsrs Rating: Again=1 … Easy=4. */
	rating: 1 | 2 | 3 | 4;
	/** The interval the review scheduled, as the answer buttons showed it (render with `intervalText`). */
	interval: Interval;
	origin: ReviewLogRow['origin'];
}

/** History rows, newest first, each with the interval the review scheduled. */
export function historyRows(logs: ReviewLogRow[]): HistoryRow[] {
	return logs
		.map((log) => ({
			id: log.id,
			reviewedAt: log.reviewedAt,
			rating: log.rating,
			interval: storedInterval(log.stateAfter, log.reviewedAt),
			origin: log.origin
		}))
		.sort((a, b) => b.reviewedAt.getTime() - a.reviewedAt.getTime());
}

/** What a key does to the card on the review screen, beside the grading keys. */
export type CardKeyAction = 'bury' | 'suspend' | 'edit';

/**
 * Anki's review-screen shortcuts for card actions (Anki manual, "Studying" → shortcuts):
 * `-` buries the card, `@` suspends it, `e` edits it (here: opens the card's detail page).
 */
export function cardActionForKey(key: string): CardKeyAction | null {
	if (key === '-') return 'bury';
	if (key === '@') return 'suspend';
	if (key === 'e' || key === 'E') return 'edit';
	return null;
}

/** Round a stability or difficulty for display (one decimal; '—' for a new card's 0). */
export function oneDecimal(value: number, locale: string): string {
	if (!value) return '—';
	return new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value);
}
