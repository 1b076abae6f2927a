/** The home screen's deck list with live counts (re-read whenever cards or logs change). */
import { countsFor, type DeckCounts, type DeckRow } from '$lib/db';
import { app } from './app.svelte';
import { Live } from './live.svelte';

/** What the home screen shows. */
export interface DeckOverview {
	decks: DeckSummary[];
	all: DeckCounts;
}

export interface DeckSummary {
	deck: DeckRow;
	counts: DeckCounts;
}

/** Bundled decks first, then imported ones, each by title. */
export function sortDecks(decks: DeckRow[]): DeckRow[] {
	return [...decks].sort(
		(a, b) =>
			(a.origin === b.origin ? 0 : a.origin === 'bundled' ? -1 : 1) ||
			a.file.localeCompare(b.file, 'ko')
	);
}

/** Create inside a component: subscribes to the database while the component lives. */
export function liveDeckSummaries(): Live<DeckOverview> {
	return new Live(
		() => (app.db ? { db: app.db, settings: app.settings } : null),
		async ({ db, settings }): Promise<DeckOverview> => {
			const now = new Date();
			const decks = sortDecks(await db.decks.toArray());
			const summaries: DeckSummary[] = [];
			for (const deck of decks) {
				summaries.push({ deck, counts: await countsFor(db, [deck.id], now, settings) });
			}
			const all = await countsFor(
				db,
				decks.map((d) => d.id),
				now,
				settings
			);
			return { decks: summaries, all };
		}
	);
}
