/**
 * The card browser: filters (kept in the URL), a debounced search box, and one live page of
 * results. Typing only changes `text`; the query runs once the learner pauses for
 * {@link SEARCH_DEBOUNCE_MS}, and only the result list re-renders.
 */
import { cardFacets, searchCards, unburyDue, type CardFacets, type CardPage } from '$lib/db';
import type { BrowseParams } from '$lib/components/cards/card-view';
import { app } from './app.svelte';
import { Live } from './live.svelte';

/** Rows per page of the list. */
export const PAGE_SIZE = 50;
/** Pause in typing (ms) after which the search runs. */
export const SEARCH_DEBOUNCE_MS = 250;

/** A page of results and how long the query took (ms, for the e2e measurement). */
export interface BrowseResult extends CardPage {
	queryMs: number;
	/** The params the page was read for (so the UI never mixes a page with other filters). */
	params: BrowseParams;
}

export class CardBrowser {
	/** The filters the results are read for (the search text only after the debounce). */
	params = $state<BrowseParams>({ page: 1, sort: 'due' });
	/** What is in the search box right now. */
	text = $state('');
	facets = $state.raw<CardFacets | null>(null);
	readonly results: Live<BrowseResult, { db: NonNullable<typeof app.db>; params: BrowseParams }>;
	#timer: ReturnType<typeof setTimeout> | undefined;

	/**
	 * Create inside a component (the live query lives as long as it).
	 * @param initial filters read from the URL
	 * @param onChange told whenever the filters change, e.g. to write them into the URL
	 */
	constructor(
		initial: BrowseParams,
		private readonly onChange: (params: BrowseParams) => void = () => {}
	) {
		this.params = initial;
		this.text = initial.text ?? '';
		this.results = new Live(
			() => (app.db ? { db: app.db, params: $state.snapshot(this.params) as BrowseParams } : null),
			async ({ db, params }) => {
				const started = performance.now();
				const page = await searchCards(db, params, {
					offset: (params.page - 1) * PAGE_SIZE,
					limit: PAGE_SIZE
				});
				return { ...page, params, queryMs: performance.now() - started };
			}
		);
		$effect(() => () => clearTimeout(this.#timer));
	}

	/** Load what the filter menus offer, and bring back buried cards whose day has come. */
	async loadFacets(now: Date): Promise<void> {
		await app.start();
		const db = app.db;
		if (!db) return;
		await unburyDue(db, now);
		this.facets = await cardFacets(db);
	}

	/** The search box changed: run the search after a pause in typing. */
	setText(text: string): void {
		this.text = text;
		clearTimeout(this.#timer);
		this.#timer = setTimeout(() => {
			const trimmed = text.trim();
			if ((this.params.text ?? '') !== trimmed) this.#set({ text: trimmed || undefined });
		}, SEARCH_DEBOUNCE_MS);
	}

	/** Change filters (back to the first page). A new deck drops a topic of another deck. */
	setFilter(patch: Partial<Omit<BrowseParams, 'page'>>): void {
		const next = { ...patch };
		if ('deckId' in patch && patch.deckId && this.params.topic) {
			const topic = this.facets?.topics.find(
				(t) => t.topic === this.params.topic && t.deckId === patch.deckId
			);
			if (!topic) next.topic = undefined;
		}
		this.#set(next);
	}

	/** Drop every filter and the search text. */
	clear(): void {
		clearTimeout(this.#timer);
		this.text = '';
		this.params = { page: 1, sort: this.params.sort };
		this.onChange(this.params);
	}

	goToPage(page: number): void {
		this.params = { ...this.params, page: Math.max(1, page) };
		this.onChange(this.params);
	}

	/** Topics the topic menu offers: those of the chosen deck, else all (deduplicated). */
	get topics(): string[] {
		const all = this.facets?.topics ?? [];
		const deck = this.params.deckId;
		return [...new Set(all.filter((t) => !deck || t.deckId === deck).map((t) => t.topic))].sort(
			(a, b) => a.localeCompare(b, 'ko')
		);
	}

	#set(patch: Partial<BrowseParams>): void {
		const next: BrowseParams = { ...this.params, ...patch, page: 1 };
		for (const key of Object.keys(next) as (keyof BrowseParams)[]) {
			if (next[key] === undefined || next[key] === '') delete next[key];
		}
		this.params = next;
		this.onChange(next);
	}
}
