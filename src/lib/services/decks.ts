/**
 * The home screen's use case (every deck with what today still gives) and the deck screen's
 * (one deck: counts, rename, delete or hide, reset).
 */
import { QUEUE } from '$lib/cards';
import { msg, type Message } from '$lib/core/message';
import {
	countLive,
	countQueues,
	deleteDeckRows,
	deleteUnusedMedia,
	listDecks,
	renameDeckRow,
	resetDeckCards,
	setDeckHidden as setDeckHiddenRow,
	unburyDue,
	type DeckRow,
	type DeletedDeck
} from '$lib/db';
import { presetOf, type Preset, type PresetBook } from '$lib/scheduling';
import type { ServiceContext } from './context';
import { loadDeckOptions, planToday, unionOf, type DeckCounts, type DeckExtras } from './queue';

export type { DeckRow, DeletedDeck } from '$lib/db';
export type { DeckCounts, DeckExtras } from './queue';
export { MissingDeckError } from '$lib/db';

/** One deck on the home screen. */
export interface DeckSummary {
	deck: DeckRow;
	counts: DeckCounts;
}

/** What the home screen shows: each visible deck, "study all" over them, and the hidden decks. */
export interface DeckOverview {
	decks: DeckSummary[];
	all: DeckCounts;
	/** Decks hidden from the study list (bundled decks the learner does not study). */
	hidden: DeckRow[];
}

/** Bundled decks first, then imported ones, each by file name. */
export function sortDecks(decks: readonly DeckRow[]): DeckRow[] {
	return [...decks].sort(
		(a, b) =>
			(a.origin === b.origin ? 0 : a.origin === 'bundled' ? -1 : 1) ||
			a.file.localeCompare(b.file, 'ko')
	);
}

/** Every deck, in the order the screens list them. */
export async function sortedDecks(ctx: ServiceContext): Promise<DeckRow[]> {
	return sortDecks(await listDecks(ctx.db));
}

/**
 * Counts per visible deck and for every visible deck together, at `ctx.now()`: one plan of
 * today over the visible decks, so the decks' counts add up to "study all" and each deck gives
 * what its row says (see `planToday`).
 */
export async function deckOverview(ctx: ServiceContext): Promise<DeckOverview> {
	const now = ctx.now();
	// Reads go straight to the database layer: inside a live query every async layer before a
	// read is a risk (see `$lib/db` queue reads).
	const all = sortDecks(await listDecks(ctx.db));
	const options = await loadDeckOptions(ctx.db, now, ctx.settings, ctx.timeZone);
	const visible = all.filter((d) => !options.hidden.has(d.id));
	const plan = await planToday(
		ctx.db,
		visible.map((d) => d.id),
		now,
		ctx.settings,
		options,
		ctx.timeZone,
		false
	);
	const decks: DeckSummary[] = [];
	const sum: DeckCounts = { new: 0, learning: 0, review: 0, total: 0 };
	for (const deck of visible) {
		const p = plan.get(deck.id);
		const counts: DeckCounts = {
			new: p?.fresh.length ?? 0,
			learning: p?.learningCount ?? 0,
			review: p?.reviews.length ?? 0,
			total: await countLive(ctx.db, deck.id)
		};
		for (const k of ['new', 'learning', 'review', 'total'] as const) sum[k] += counts[k];
		decks.push({ deck, counts });
	}
	return { decks, all: sum, hidden: all.filter((d) => options.hidden.has(d.id)) };
}

/**
 * Bring back the cards whose bury has ended (a new study day began): run when a screen that
 * shows today's counts opens, before its live counts start.
 */
export async function openToday(ctx: ServiceContext): Promise<void> {
	await unburyDue(ctx.db, ctx.now());
}

/** How many cards of a deck sit in each state (the deck screen's second row). */
export interface DeckStates {
	new: number;
	learning: number;
	review: number;
	suspended: number;
	buried: number;
}

/** Everything the deck screen shows about one deck. */
export interface DeckDetail {
	deck: DeckRow;
	/** What today still gives (the same plan as home's, so the same numbers). */
	counts: DeckCounts;
	states: DeckStates;
	hidden: boolean;
	/** The preset the deck uses, and every preset with how many decks use each. */
	preset: Preset;
	book: PresetBook;
	usage: Readonly<Record<string, number>>;
	/** Today's extensions of this deck's limits (custom study). */
	extras: DeckExtras;
}

/** One deck for the deck screen, or null when it is not stored (live-query safe). */
export async function deckDetail(ctx: ServiceContext, deckId: string): Promise<DeckDetail | null> {
	const now = ctx.now();
	const all = sortDecks(await listDecks(ctx.db));
	const deck = all.find((d) => d.id === deckId);
	if (!deck) return null;
	const options = await loadDeckOptions(ctx.db, now, ctx.settings, ctx.timeZone);
	const visible = all.map((d) => d.id).filter((id) => !options.hidden.has(id));
	const plan = await planToday(
		ctx.db,
		unionOf(visible, [deckId]),
		now,
		ctx.settings,
		options,
		ctx.timeZone,
		false
	);
	const today = plan.get(deckId);
	const queues = await countQueues(ctx.db, deckId);
	const usage: Record<string, number> = {};
	for (const d of all) {
		const id = presetOf(options.book, d.id).id;
		usage[id] = (usage[id] ?? 0) + 1;
	}
	return {
		deck,
		counts: {
			new: today?.fresh.length ?? 0,
			learning: today?.learningCount ?? 0,
			review: today?.reviews.length ?? 0,
			total: await countLive(ctx.db, deckId)
		},
		states: {
			new: queues[QUEUE.new],
			learning: queues[QUEUE.learning],
			review: queues[QUEUE.review],
			suspended: queues[QUEUE.suspended],
			buried: queues[QUEUE.buried]
		},
		hidden: options.hidden.has(deckId),
		preset: presetOf(options.book, deckId),
		book: options.book,
		usage,
		extras: options.extras[deckId] ?? { new: 0, review: 0 }
	};
}

/** The longest deck name, in characters. */
export const DECK_TITLE_MAX = 100;

/** A deck name that cannot be stored; `reason` is the message for the learner. */
export class DeckNameError extends Error {
	override readonly name = 'DeckNameError';
	constructor(readonly reason: Message) {
		super(reason.key);
	}
}

/**
 * Rename a deck (NFC, trimmed, 1–{@link DECK_TITLE_MAX} characters). The name survives
 * re-imports of the deck's notes.
 * @returns the stored name
 * @throws DeckNameError (nothing written) for an empty or too long name; MissingDeckError
 */
export async function renameDeck(
	ctx: ServiceContext,
	deckId: string,
	title: string
): Promise<string> {
	const name = title.normalize('NFC').trim();
	if (!name) throw new DeckNameError(msg('deck_rename_error_empty'));
	if ([...name].length > DECK_TITLE_MAX)
		throw new DeckNameError(msg('deck_rename_error_long', { max: DECK_TITLE_MAX }));
	await renameDeckRow(ctx.db, deckId, name);
	return name;
}

/**
 * Delete an imported deck for good (cards, history, options; one transaction), then the stored
 * images no remaining card shows (a second transaction: a failure there leaves only unused
 * images behind, never a card without its image). The bundled deck
 * ships with the app and comes back with every update, so it is hidden or reset instead
 * (RangeError), as Anki keeps a shared deck's notes until the learner deletes them.
 * @throws RangeError for a bundled deck; MissingDeckError
 */
export async function deleteDeck(ctx: ServiceContext, deck: DeckRow): Promise<DeletedDeck> {
	if (deck.origin !== 'import') throw new RangeError('A bundled deck is hidden, not deleted');
	const deleted = await deleteDeckRows(ctx.db, deck.id);
	await deleteUnusedMedia(ctx.db);
	return deleted;
}

/** Hide a deck from home and "study all" (its cards and history stay), or show it again. */
export function setDeckHidden(ctx: ServiceContext, deckId: string, hidden: boolean): Promise<void> {
	return setDeckHiddenRow(ctx.db, deckId, hidden);
}

/**
 * Start a deck over: every card new again (Anki "Reset"), the review history kept.
 * @returns how many cards were reset
 */
export function resetDeck(ctx: ServiceContext, deckId: string): Promise<number> {
	return resetDeckCards(ctx.db, deckId, ctx.now());
}
