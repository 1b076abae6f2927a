/**
 * One card's page: the card, its deck and history (live), its source section, and the actions
 * on it (edit, suspend, bury, reset), each a single write through the services.
 */
import type { CardOverride } from '$lib/cards';
import {
	buryUntilNextDay,
	cardDetail,
	resetCard,
	saveCardEdit,
	suspendCard,
	type CardDetail
} from '$lib/services/cards';
import { loadSourceView, type SourceView } from '$lib/services/card-source';
import type { ServiceContext } from '$lib/services/context';
import { Live } from './live.svelte';
import { Loaded } from './loaded.svelte';

export type { CardDetail } from '$lib/services/cards';
export type { SourceView } from '$lib/services/card-source';

/** What the last action did, for the status line. */
export type CardActionDone = 'suspended' | 'unsuspended' | 'buried' | 'reset' | 'saved';

/**
 * The card actions of the detail page. Each writes once; failures go to `onError` (the app's
 * write-error banner) and leave the card as it was (each write is one transaction).
 */
export class CardActions {
	busy = $state(false);
	done = $state<CardActionDone | null>(null);

	constructor(
		private readonly ctx: () => ServiceContext | null,
		private readonly onError: (error: unknown) => void = () => {}
	) {}

	suspend(cardId: string, suspended: boolean): Promise<void> {
		return this.#run(suspended ? 'suspended' : 'unsuspended', (c) =>
			suspendCard(c, cardId, suspended)
		);
	}

	bury(cardId: string): Promise<void> {
		return this.#run('buried', (c) => buryUntilNextDay(c, cardId));
	}

	reset(cardId: string): Promise<void> {
		return this.#run('reset', (c) => resetCard(c, cardId));
	}

	/** Save an edit (sides equal to the notes text are not kept, see `overrideFor`). */
	save(cardId: string, edit: CardOverride): Promise<void> {
		return this.#run('saved', (c) => saveCardEdit(c, cardId, edit));
	}

	async #run(
		done: CardActionDone,
		write: (ctx: ServiceContext) => Promise<unknown>
	): Promise<void> {
		const c = this.ctx();
		if (this.busy || !c) return;
		this.busy = true;
		this.done = null;
		try {
			await write(c);
			this.done = done;
		} catch (error) {
			this.onError(error);
		} finally {
			this.busy = false;
		}
	}
}

/** The detail page of the card `id()` names. */
export class CardDetailScreen {
	/** The card with its deck and history, kept live; null when no such card. */
	readonly detail: Live<CardDetail | null, { ctx: ServiceContext; cardId: string }>;
	/** Its source section; null when the notes text is not on this device. */
	readonly source: Loaded<SourceView | null, string>;
	readonly actions: CardActions;

	/** Re-read the source only when what it depends on changes, not on every review write. */
	#sourceKey = $derived.by(() => {
		const d = this.detail?.current;
		return d
			? `${d.card.id}:${d.card.source.file}:${d.card.source.line}:${d.deck?.updatedAt.getTime() ?? 0}`
			: null;
	});

	constructor(
		ctx: () => ServiceContext | null,
		id: () => string | null,
		onError: (error: unknown) => void
	) {
		this.detail = new Live(
			() => {
				const c = ctx();
				const cardId = id();
				return c && cardId ? { ctx: c, cardId } : null;
			},
			({ ctx, cardId }) => cardDetail(ctx, cardId)
		);
		this.source = new Loaded(
			() => this.#sourceKey,
			async () => {
				const d = this.detail.current;
				if (!d) return null;
				return loadSourceView({ card: d.card, deck: d.deck ?? undefined }).catch(() => null);
			}
		);
		this.actions = new CardActions(ctx, onError);
	}
}
