/**
 * Card browser use cases: search with filters and a sort, the filter menus, one card with its
 * deck and history, and the learner's edit of a card's text.
 */
import type { CardOverride } from '$lib/cards';
import {
	cardFacets,
	loadCardDetail,
	searchCards,
	setOverride,
	unburyDue,
	type CardDetail,
	type CardFacets,
	type CardPage,
	type CardSearch
} from '$lib/db';
import type { ServiceContext } from './context';

export type {
	CardDetail,
	CardFacets,
	CardPage,
	CardSearch,
	CardSort,
	DeckRow,
	ReviewLogRow,
	ReviewOrigin
} from '$lib/db';
export { buryUntilNextDay, resetCard, suspendCard } from './review';

/**
 * One page of search results (retired cards never listed).
 * @param page `offset` (0-based) and `limit` (rows per page, ≥ 1)
 */
export function searchPage(
	ctx: ServiceContext,
	query: CardSearch,
	page: { offset: number; limit: number }
): Promise<CardPage> {
	return searchCards(ctx.db, query, page);
}

/**
 * What the filter menus offer (decks, topics per deck, tags), after bringing back buried cards
 * whose day has come, so the browser shows their state as it is now.
 */
export async function browserFacets(ctx: ServiceContext): Promise<CardFacets> {
	await unburyDue(ctx.db, ctx.now());
	return cardFacets(ctx.db);
}

/** One card with its deck and review history (oldest first), or null when it is not stored. */
export async function cardDetail(ctx: ServiceContext, cardId: string): Promise<CardDetail | null> {
	return (await loadCardDetail(ctx.db, cardId)) ?? null;
}

/**
 * Save the learner's edit of a card's text (sides equal to the notes text, or blank, are not
 * kept; see `overrideFor` in `$lib/cards`). The edit survives re-imports of the notes.
 * @returns the override now stored, or undefined when the card shows its imported text again
 */
export function saveCardEdit(
	ctx: ServiceContext,
	cardId: string,
	edit: CardOverride
): Promise<CardOverride | undefined> {
	return setOverride(ctx.db, cardId, edit);
}
