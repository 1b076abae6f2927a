/**
 * Re-import summary: which cards of a deck are new, changed, unchanged or retired.
 *
 * Cards are matched by id (the hash of deck + heading path + front, see `identity.ts`). A card
 * whose id survives keeps its review history; if only its back changed it is "changed" (history
 * carried over, the learner sees the new answer). Cards whose id disappeared are "retired":
 * hidden, history kept, restorable if the text comes back.
 */
import { normaliseAnchorPart } from './identity';

/** The part of a card the diff needs. */
export interface DiffableCard {
	id: string;
	back: string;
}

/** Result of {@link diffDecks}; every card of both inputs lands in exactly one bucket. */
export interface DeckDiff<T extends DiffableCard> {
	/** In the new notes only. */
	added: T[];
	/** Same id, different back (compared after NFC + whitespace normalisation). */
	changed: { before: T; after: T }[];
	/** Same id, same back (the new version is listed). */
	unchanged: T[];
	/** In the old deck only (the old version is listed). */
	retired: T[];
}

/**
 * Compare the cards stored for a deck with the cards parsed from its edited notes.
 * Order follows `newCards` (then `oldCards` for retired ones). Ids are assumed unique per side;
 * if not, the last card with an id wins.
 */
export function diffDecks<T extends DiffableCard>(
	oldCards: readonly T[],
	newCards: readonly T[]
): DeckDiff<T> {
	const before = new Map(oldCards.map((c) => [c.id, c]));
	const seen = new Set<string>();
	const result: DeckDiff<T> = { added: [], changed: [], unchanged: [], retired: [] };
	for (const card of newCards) {
		seen.add(card.id);
		const old = before.get(card.id);
		if (!old) result.added.push(card);
		else if (normaliseAnchorPart(old.back) === normaliseAnchorPart(card.back))
			result.unchanged.push(card);
		else result.changed.push({ before: old, after: card });
	}
	for (const card of oldCards) if (!seen.has(card.id)) result.retired.push(card);
	return result;
}
