/** The home screen's use case: every deck with what there is to study now. */
import { listDecks, type DeckRow } from '$lib/db';
import type { ServiceContext } from './context';
import { countsPerDeck, type DeckCounts } from './queue';

export type { DeckRow } from '$lib/db';
export type { DeckCounts } from './queue';

/** One deck on the home screen. */
export interface DeckSummary {
	deck: DeckRow;
	counts: DeckCounts;
}

/** What the home screen shows: each deck, and "study all" over every deck together. */
export interface DeckOverview {
	decks: DeckSummary[];
	all: DeckCounts;
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

/** Counts per deck and for every deck together, at `ctx.now()` with the daily limits applied. */
export async function deckOverview(ctx: ServiceContext): Promise<DeckOverview> {
	const now = ctx.now();
	// The deck list is read here, not through `sortedDecks`: inside a live query every async
	// layer before a read is a risk (see `$lib/db` queue reads).
	const decks = sortDecks(await listDecks(ctx.db));
	const counts = await countsPerDeck(
		ctx.db,
		decks.map((d) => d.id),
		now,
		ctx.settings,
		ctx.timeZone
	);
	const summaries: DeckSummary[] = decks.map((deck, i) => ({
		deck,
		counts: counts.decks[i] as DeckCounts
	}));
	const all = counts.all;
	return { decks: summaries, all };
}
