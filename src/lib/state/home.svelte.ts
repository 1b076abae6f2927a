/**
 * The home screen: every visible deck with live counts (re-read whenever cards, logs or deck
 * options change, in any tab), and the installed app's badge kept at the "study all" count.
 * Cards whose bury ended are brought back first, so the counts are today's.
 */
import { untrack } from 'svelte';
import type { ServiceContext } from '$lib/services/context';
import { deckOverview, openToday, type DeckOverview } from '$lib/services/decks';
import { showDueBadge } from './badge';
import { Live } from './live.svelte';

export type { DeckOverview, DeckSummary } from '$lib/services/decks';

export class HomeScreen {
	readonly overview: Live<DeckOverview, ServiceContext>;
	/** Cards to study now over every visible deck (new + learning + review), null until loaded. */
	due = $derived.by(() => {
		const all = this.overview.current?.all;
		return all ? all.new + all.learning + all.review : null;
	});
	#ready = $state(false);

	/** Create inside a component. */
	constructor(ctx: () => ServiceContext | null) {
		$effect(() => {
			const c = ctx();
			if (!c) return;
			void untrack(() => openToday(c)).finally(() => (this.#ready = true));
		});
		// Each run reads the clock afresh: the context's clock is the device's.
		this.overview = new Live(
			() => (this.#ready ? ctx() : null),
			(c) => deckOverview(c)
		);
		$effect(() => {
			if (this.due !== null) void showDueBadge(this.due);
		});
	}
}
