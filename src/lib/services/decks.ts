/**
 * The home screen's use case (every deck with what today still gives) and the deck screen's
 * (one deck: counts, rename, delete or hide, reset).
 */
import { countLive, listDecks, type DeckRow } from '$lib/db';
import type { ServiceContext } from './context';
import { loadDeckOptions, planToday, type DeckCounts } from './queue';

export type { DeckRow } from '$lib/db';
export type { DeckCounts } from './queue';

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
