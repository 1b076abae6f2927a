/**
 * Bury siblings, as Anki's v3 scheduler does (manual, "Deck Options → Burying"):
 *  - when a card is answered, its siblings (cards of the same note) are buried until the next
 *    study day: new siblings if "bury new siblings" is on, review siblings due today if "bury
 *    review siblings" is on, interday learning siblings if "bury interday learning siblings" is on
 *    ({@link siblingsToBury}). Intraday learning siblings are never buried;
 *  - when today's queue is gathered (reviews first, then new cards), a card whose note already has
 *    a card in the queue is left out under the same options ({@link SiblingGate}), so a note's
 *    forward and reverse cards are never both shown on one day;
 *  - with burying off, new siblings are spread apart: Anki's default new-card order "card type,
 *    then order gathered" shows every note's first card before any note's second
 *    ({@link spreadSiblings}).
 * Pure: cards come in, decisions go out; the database writes them.
 */
import { State } from 'ts-fsrs';
import type { MemoryState } from './memory-state';
import { DAY_MS } from './study-day';

/** The bury options of a preset. */
export interface BuryOptions {
	buryNew: boolean;
	buryReviews: boolean;
	buryInterdayLearning: boolean;
}

/** A card as far as burying goes: its sibling group and memory state. */
export interface SiblingCard {
	/** Sibling group within the deck (`siblingKeyOf` of `$lib/cards`). */
	key: string;
	state: MemoryState;
}

/** How a card counts for burying: new, review, interday learning, intraday learning. */
export type BuryKind = 'new' | 'review' | 'interday' | 'intraday';

/**
 * A card's kind for burying. A (re)learning card whose current step is a day or longer (due at
 * least a day after its last review) is interday learning; shorter steps are intraday.
 */
export function buryKindOf(state: MemoryState): BuryKind {
	if (state.state === State.New) return 'new';
	if (state.state === State.Review) return 'review';
	const step = state.lastReview ? state.due.getTime() - state.lastReview.getTime() : 0;
	return state.scheduledDays >= 1 || step >= DAY_MS ? 'interday' : 'intraday';
}

/** Whether the options bury (or leave out) a sibling of this kind. */
export function buries(options: BuryOptions, kind: BuryKind): boolean {
	switch (kind) {
		case 'new':
			return options.buryNew;
		case 'review':
			return options.buryReviews;
		case 'interday':
			return options.buryInterdayLearning;
		default:
			return false;
	}
}

/**
 * Gathering today's queue of one deck: {@link SiblingGate.accept} says whether a candidate
 * goes in, remembering the notes already in. Use it in gathering order (reviews, then new).
 */
export class SiblingGate {
	readonly #seen = new Set<string>();
	constructor(private readonly options: BuryOptions) {}

	/** True (and the note is now in the queue) unless a sibling is in and its kind is buried. */
	accept(card: SiblingCard): boolean {
		const kind = buryKindOf(card.state);
		if (this.#seen.has(card.key) && buries(this.options, kind)) return false;
		this.#seen.add(card.key);
		return true;
	}
}

/**
 * The siblings of `answered` to bury now: the other cards of its note (`siblings` may include
 * it) that the options bury — new ones, review ones due before `dayEnd`, interday learning ones
 * due before `dayEnd`. Suspended, buried or retired cards are the caller's to leave out.
 * @param dayEnd start of the next study day (the bury lasts until then)
 */
export function siblingsToBury<T extends SiblingCard & { id: string }>(
	answered: { id: string },
	siblings: readonly T[],
	options: BuryOptions,
	dayEnd: Date
): T[] {
	return siblings.filter((card) => {
		if (card.id === answered.id) return false;
		const kind = buryKindOf(card.state);
		if (!buries(options, kind)) return false;
		return kind === 'new' || card.state.due.getTime() < dayEnd.getTime();
	});
}

/**
 * New cards in Anki's "card type, then order gathered": each note's first card (in gathered
 * order), then each note's second, and so on, so siblings are as far apart as the day allows.
 * Stable; the input is not changed.
 */
export function spreadSiblings<T>(cards: readonly T[], keyOf: (card: T) => string): T[] {
	const rank = new Map<string, number>();
	const ranked = cards.map((card, index) => {
		const key = keyOf(card);
		const r = rank.get(key) ?? 0;
		rank.set(key, r + 1);
		return { card, r, index };
	});
	return ranked.sort((a, b) => a.r - b.r || a.index - b.index).map((x) => x.card);
}
