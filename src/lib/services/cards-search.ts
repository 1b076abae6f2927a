/**
 * The card browser's text search: an in-memory index of every listed card's text (`$lib/search`:
 * Korean by any part of a word and by choseong (initial consonants), other words by any part) plus what the filters and
 * sorts read of each card, built once per visit of the card browser and kept up to date from
 * Dexie's change events (this tab and others). A search then reads from IndexedDB only the rows
 * of the page it shows.
 *
 * Loaded only by the card browser (it imports this module when the learner starts searching).
 */
import { CardTextIndex } from '$lib/search/card-index';
import type { CardRow } from '$lib/cards';
import {
	QUEUE,
	cardsAfter,
	cardsById,
	compareByDue,
	compareByPosition,
	countCards,
	filtersOf,
	watchCards,
	type CardChanges,
	type FilterFields,
	type SortFields
} from '$lib/db';
import type { CardPage, CardSearch } from './cards';
import type { ServiceContext } from './context';

/** Cards read (and indexed) per step of the build; the page stays responsive between steps. */
export const BUILD_STEP = 1000;

/** What the finder keeps of a card besides its text. */
type Listed = SortFields & FilterFields;

/** How far the index is: cards indexed so far and cards stored (retired ones included). */
export interface FinderProgress {
	indexed: number;
	total: number;
	ready: boolean;
}

const texts = (c: CardRow) => [c.front, c.back, c.override?.front ?? '', c.override?.back ?? ''];
const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * The card browser's search over an in-memory index.
 *
 * Create with {@link openCardFinder}; `close` stops following the database.
 */
export class CardFinder {
	#index = new CardTextIndex();
	#listed = new Map<string, Listed>();
	/** Shared strings, so 100 000 cards of one deck hold one copy of its id. */
	#strings = new Map<string, string>();
	#pending: CardChanges | null = null;
	#building: Promise<void> | null = null;
	#applying: Promise<void> | null = null;
	#timer: ReturnType<typeof setTimeout> | undefined;
	#stop: () => void;
	progress: FinderProgress = { indexed: 0, total: 0, ready: false };

	/**
	 * @param onChange told when the index changed after it was built (cards written in this tab
	 *   or another), so the caller can search again
	 * @param onProgress told after each step of the build
	 */
	constructor(
		private readonly ctx: ServiceContext,
		private readonly onChange: () => void = () => {},
		private readonly onProgress: (progress: FinderProgress) => void = () => {}
	) {
		this.#stop = watchCards(ctx.db, (changes) => this.#note(changes));
	}

	/** Stop following the database (the index is dropped with the finder). */
	close(): void {
		this.#stop();
		clearTimeout(this.#timer);
	}

	/**
	 * Build the index if it is not built or being built. Started from a timer so the reads run
	 * outside any live query that calls `search` (they need not be observed: changes come from
	 * `watchCards`).
	 */
	prepare(): Promise<void> {
		this.#building ??= new Promise<void>((resolve) => setTimeout(resolve, 0)).then(() =>
			this.#build()
		);
		return this.#building;
	}

	async #build(): Promise<void> {
		// The build reads every card as it is now: changes noted before are in it.
		this.#pending = null;
		const total = await countCards(this.ctx.db);
		this.progress = { indexed: 0, total, ready: false };
		this.onProgress(this.progress);
		let after: string | null = null;
		for (;;) {
			const rows = await cardsAfter(this.ctx.db, after, BUILD_STEP);
			for (const row of rows) this.#put(row);
			if (rows.length < BUILD_STEP) break;
			after = (rows.at(-1) as CardRow).id;
			this.progress = { indexed: this.#listed.size, total, ready: false };
			this.onProgress(this.progress);
			await yieldToPage();
		}
		this.progress = { indexed: this.#listed.size, total: this.#listed.size, ready: true };
		this.onProgress(this.progress);
	}

	#shared(value: string): string {
		let s = this.#strings.get(value);
		if (s === undefined) this.#strings.set(value, (s = value));
		return s;
	}

	/** Index a stored card, or drop it when it is retired (never listed). */
	#put(row: CardRow): void {
		if (row.queue === QUEUE.retired) {
			this.#drop(row.id);
			return;
		}
		this.#index.set({ id: row.id, texts: texts(row) });
		this.#listed.set(row.id, {
			id: row.id,
			deckId: this.#shared(row.deckId),
			queue: row.queue,
			due: row.due,
			position: row.position,
			tags: row.tags.length === 0 ? (NO_TAGS as string[]) : row.tags.map((t) => this.#shared(t)),
			topic: row.topic.slice(0, 2).map((t) => this.#shared(t))
		});
	}

	#drop(id: string): void {
		this.#index.delete(id);
		this.#listed.delete(id);
	}

	/** Remember what changed; apply it soon (several transactions in a row are applied once). */
	#note(changes: CardChanges): void {
		const before = this.#pending;
		this.#pending =
			changes.all || before?.all
				? { all: true }
				: { all: false, ids: [...(before?.ids ?? []), ...changes.ids] };
		clearTimeout(this.#timer);
		this.#timer = setTimeout(() => {
			if (!this.#building) return; // not built yet: the build will read the cards as they are
			void this.#apply().then(this.onChange, () => {});
		}, 30);
	}

	/** Bring the index up to date with the changes noted since the last time. */
	#apply(): Promise<void> {
		this.#applying ??= (async () => {
			try {
				await this.#building;
				while (this.#pending) {
					const changes = this.#pending;
					this.#pending = null;
					if (changes.all) {
						this.#index = new CardTextIndex();
						this.#listed.clear();
						this.#building = this.#build();
						await this.#building;
						continue;
					}
					const ids = [...new Set(changes.ids)];
					const rows = await cardsById(this.ctx.db, ids);
					rows.forEach((row, i) => (row ? this.#put(row) : this.#drop(ids[i] as string)));
				}
			} finally {
				this.#applying = null;
			}
		})();
		return this.#applying;
	}

	/**
	 * One page of the cards whose text matches `query.text` (every word; see `$lib/search`) and
	 * that pass the other filters, sorted as asked (`match`: best score first, see
	 * `CardTextIndex.rank`, then by due). Waits for the index to be built.
	 * @returns null when the text has nothing to search for (spaces or marks only): the caller
	 *   lists without text then
	 */
	async search(
		query: CardSearch,
		page: { offset: number; limit: number }
	): Promise<CardPage | null> {
		await this.prepare();
		await this.#apply();
		const ranked = this.#index.rank(query.text ?? '');
		if (ranked === null) return null;
		const pass = filtersOf(query);
		const found: Listed[] = [];
		for (const id of ranked.keys()) {
			const card = this.#listed.get(id);
			if (card && pass(card)) found.push(card);
		}
		const compare: (a: Listed, b: Listed) => number =
			query.sort === 'match'
				? (a, b) =>
						(ranked.get(b.id) as number) - (ranked.get(a.id) as number) || compareByDue(a, b)
				: query.sort === 'position'
					? compareByPosition
					: compareByDue;
		const offset = Math.max(0, Math.floor(page.offset));
		const limit = Math.max(1, Math.floor(page.limit));
		// Only the cards up to the page's end are put in order (a broad word matches most cards).
		const shown = firstInOrder(found, offset + limit, compare)
			.slice(offset)
			.map((c) => c.id);
		const rows = (await cardsById(this.ctx.db, shown)).filter((r): r is CardRow => r !== undefined);
		return { total: found.length, rows };
	}
}

const NO_TAGS: readonly string[] = Object.freeze([]);

/**
 * The first `k` of `items` in the order of `compare`, sorted (what `[...items].sort(compare)
 * .slice(0, k)` gives, for a total order), in O(n log k): a max-heap of the best `k` so far.
 */
export function firstInOrder<T>(
	items: readonly T[],
	k: number,
	compare: (a: T, b: T) => number
): T[] {
	if (k <= 0) return [];
	if (items.length <= k) return [...items].sort(compare);
	const heap: T[] = [];
	const less = (i: number, j: number) => compare(heap[i] as T, heap[j] as T) < 0;
	const swap = (i: number, j: number) => {
		const t = heap[i] as T;
		heap[i] = heap[j] as T;
		heap[j] = t;
	};
	for (const item of items) {
		if (heap.length < k) {
			heap.push(item);
			for (let i = heap.length - 1; i > 0; ) {
				const parent = (i - 1) >> 1;
				if (!less(parent, i)) break;
				swap(parent, i);
				i = parent;
			}
		} else if (compare(item, heap[0] as T) < 0) {
			heap[0] = item;
			for (let i = 0; ; ) {
				const l = 2 * i + 1;
				const r = l + 1;
				let top = i;
				if (l < k && less(top, l)) top = l;
				if (r < k && less(top, r)) top = r;
				if (top === i) break;
				swap(top, i);
				i = top;
			}
		}
	}
	return heap.sort(compare);
}

/**
 * A finder for the card browser (it starts building when `prepare` or `search` is first called).
 * @param onChange see {@link CardFinder}
 */
export function openCardFinder(
	ctx: ServiceContext,
	onChange?: () => void,
	onProgress?: (progress: FinderProgress) => void
): CardFinder {
	return new CardFinder(ctx, onChange, onProgress);
}
