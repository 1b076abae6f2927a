/**
 * Plain functions behind the card browser, the card detail and the review screen's card menu:
 * URL ↔ filters, review history rows, keyboard shortcuts. No DOM, no Svelte; tests call them.
 */
import type { CardSearch, CardSort, CardStateFilter, ReviewLogRow } from '$lib/db';
import { CARD_STATE_FILTERS } from '$lib/db';
import { formatInterval } from '$lib/scheduling';

/** The browser's filters as they appear in its URL (`/cards?q=…&deck=…&state=…`). */
export interface BrowseParams extends CardSearch {
	/** 1-based page number. */
	page: number;
}

const SORTS: readonly CardSort[] = ['due', 'position'];

/** Read the browser's filters from its query string; unknown values are ignored. */
export function parseBrowseParams(params: URLSearchParams): BrowseParams {
	const state = params.get('state');
	const sort = params.get('sort');
	const page = Number(params.get('page'));
	const out: BrowseParams = {
		page: Number.isInteger(page) && page >= 1 ? page : 1,
		sort: SORTS.includes(sort as CardSort) ? (sort as CardSort) : 'due'
	};
	const text = params.get('q');
	if (text) out.text = text;
	const deckId = params.get('deck');
	if (deckId) out.deckId = deckId;
	const topic = params.get('topic');
	if (topic) out.topic = topic;
	if (CARD_STATE_FILTERS.includes(state as CardStateFilter)) out.state = state as CardStateFilter;
	const tag = params.get('tag');
	if (tag) out.tag = tag;
	return out;
}

/** The query string for `p` (empty values and defaults left out), with a leading `?` or ''. */
export function browseQuery(p: BrowseParams): string {
	const params = new URLSearchParams();
	if (p.text) params.set('q', p.text);
	if (p.deckId) params.set('deck', p.deckId);
	if (p.topic) params.set('topic', p.topic);
	if (p.state) params.set('state', p.state);
	if (p.tag) params.set('tag', p.tag);
	if (p.sort && p.sort !== 'due') params.set('sort', p.sort);
	if (p.page > 1) params.set('page', String(p.page));
	const s = params.toString();
	return s ? `?${s}` : '';
}

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
	/** Time until the due the review set, as on the answer buttons (`10m`, `3d`). */
	interval: string;
	origin: ReviewLogRow['origin'];
}

/** History rows, newest first, each with the interval the review scheduled. */
export function historyRows(logs: ReviewLogRow[]): HistoryRow[] {
	return logs
		.map((log) => ({
			id: log.id,
			reviewedAt: log.reviewedAt,
			rating: log.rating,
			interval: formatInterval(
				Math.max(0, log.stateAfter.due.getTime() - log.reviewedAt.getTime())
			),
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
