/**
 * The card browser: filters (kept in the URL), a debounced search box, and one live page of
 * results. Typing only changes `text`; the query runs once the learner pauses for
 * {@link SEARCH_DEBOUNCE_MS}, and only the result list re-renders.
 *
 * Text is searched in an in-memory index (`services/cards-search.ts`), loaded and built once per
 * visit when the learner first focuses the search box or types (or the URL brings a search);
 * lists without text are read from the database's indexes.
 */
import { untrack } from 'svelte';
import type { ServiceContext } from '$lib/services/context';
import type { CardFinder, FinderProgress } from '$lib/services/cards-search';
import { browserFacets, searchPage, type CardFacets, type CardPage } from '$lib/services/cards';
import type { BrowseParams } from './browse-params';
import { Live } from './live.svelte';

export { browseQuery, parseBrowseParams, type BrowseParams } from './browse-params';

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
	/** How far the search index is built (null until the learner starts searching). */
	searchProgress = $state.raw<FinderProgress | null>(null);
	/** Bumped when cards changed after the index was built, so a text search runs again. */
	#searchVersion = $state(0);
	readonly results: Live<
		BrowseResult,
		{ ctx: ServiceContext; params: BrowseParams; version: number }
	>;
	#timer: ReturnType<typeof setTimeout> | undefined;
	#finder: Promise<CardFinder> | null = null;

	/**
	 * Create inside a component (the live query lives as long as it).
	 * @param ctx the app's service context (null while storage is not ready)
	 * @param initial filters read from the URL
	 * @param onChange told whenever the filters change, e.g. to write them into the URL
	 * @param onError reading the filter menus failed
	 */
	constructor(
		private readonly ctx: () => ServiceContext | null,
		initial: BrowseParams,
		private readonly onChange: (params: BrowseParams) => void = () => {},
		onError: (error: unknown) => void = () => {}
	) {
		this.params = initial;
		this.text = initial.text ?? '';
		this.results = new Live(
			() => {
				const c = ctx();
				if (!c) return null;
				const params = $state.snapshot(this.params) as BrowseParams;
				return { ctx: c, params, version: params.text ? this.#searchVersion : 0 };
			},
			async ({ ctx, params }) => {
				const started = performance.now();
				const range = { offset: (params.page - 1) * PAGE_SIZE, limit: PAGE_SIZE };
				const found = params.text ? await (await this.#finderFor(ctx)).search(params, range) : null;
				const page = found ?? (await searchPage(ctx, { ...params, text: undefined }, range));
				return { ...page, params, queryMs: performance.now() - started };
			}
		);
		// The filter menus, once storage is ready (bringing back buried cards whose day has come).
		$effect(() => {
			if (ctx()) untrack(() => this.loadFacets()).catch(onError);
		});
		$effect(() => () => {
			clearTimeout(this.#timer);
			void this.#finder?.then((f) => f.close());
			this.#finder = null;
		});
	}

	/** Load the search code and start building the index (once per visit; focus or typing). */
	prepareSearch(): void {
		const c = this.ctx();
		if (c) void this.#finderFor(c).then((f) => f.prepare());
	}

	#finderFor(ctx: ServiceContext): Promise<CardFinder> {
		this.#finder ??= import('$lib/services/cards-search').then((m) =>
			m.openCardFinder(
				ctx,
				() => this.#searchVersion++,
				(progress) => (this.searchProgress = progress)
			)
		);
		return this.#finder;
	}

	/** Load what the filter menus offer, and bring back buried cards whose day has come. */
	async loadFacets(): Promise<void> {
		const c = this.ctx();
		if (c) this.facets = await browserFacets(c);
	}

	/** The search box changed: run the search after a pause in typing. */
	setText(text: string): void {
		this.text = text;
		this.prepareSearch();
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
