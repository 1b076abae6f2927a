/**
 * The home screen: every deck with live counts (re-read whenever cards or logs change), and the
 * installed app's badge kept at the "study all" count.
 */
import type { ServiceContext } from '$lib/services/context';
import { deckOverview, type DeckOverview } from '$lib/services/decks';
import { showDueBadge } from './badge';
import { Live } from './live.svelte';

export type { DeckOverview, DeckSummary } from '$lib/services/decks';

export class HomeScreen {
	readonly overview: Live<DeckOverview, ServiceContext>;
	/** Cards to study now over every deck (new + learning + review), null until loaded. */
	due = $derived.by(() => {
		const all = this.overview.current?.all;
		return all ? all.new + all.learning + all.review : null;
	});

	/** Create inside a component. */
	constructor(ctx: () => ServiceContext | null) {
		// Each run reads the clock afresh: the context's clock is the device's.
		this.overview = new Live(ctx, (c) => deckOverview(c));
		$effect(() => {
			if (this.due !== null) void showDueBadge(this.due);
		});
	}
}
