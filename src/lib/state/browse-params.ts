/** The card browser's filters and their place in the URL (`/cards?q=…&deck=…&state=…`). */
import { CARD_STATE_FILTERS, type CardStateFilter } from '$lib/cards';
import type { CardSearch, CardSort } from '$lib/services/cards';

/** The browser's filters as they appear in its URL (`/cards?q=…&deck=…&state=…`). */
export interface BrowseParams extends CardSearch {
	/** 1-based page number. */
	page: number;
}

const SORTS: readonly CardSort[] = ['due', 'position', 'match'];

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
