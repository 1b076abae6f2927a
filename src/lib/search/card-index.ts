/**
 * A full-text index of card texts in two levels, so that any part of a Korean word is found and
 * 100 000 cards fit in a phone's memory:
 * 1. the vocabulary: every distinct word of the indexed texts (see `tokens.ts`), looked up by
 *    MiniSearch (an inverted index on a radix tree) under the word's character bigrams and choseong
 *    bigrams, and checked exactly (`wordMatches`) before it counts;
 * 2. postings: for each word, the cards that contain it (numbers, not ids).
 * A query matches the cards that, for every query part, contain at least one matching word.
 *
 * Why not one MiniSearch document per card: with Korean bigrams and choseong that index held 251 MB
 * and took 18 s to build for 100 000 generated cards in Node (16 million postings); a card's
 * distinct words are few and repeat across cards (the vocabulary is tens of thousands of words).
 *
 * It answers which cards match and how well (`rank`: per query part, the best of whole word,
 * start of a word, inside a word), so the card browser can list the best matches first.
 * Kept up to date one card at a time (`set`, `delete`); a changed or deleted card's number is
 * retired and its postings are dropped lazily (`compact` when many are retired).
 */
import MiniSearch from 'minisearch';
import { distinctWords, lookupOf, lookupTerms, matchQuality, wordsOf } from './tokens';

/** What the index holds for one card: its id and the texts searched (front, back, the edit). */
export interface IndexedText {
	id: string;
	texts: readonly string[];
}

const same = (term: string) => term;
const one = (text: string) => [text];

export class CardTextIndex {
	/** Card number → id; undefined once the number is retired (card changed or deleted). */
	#ids: (string | undefined)[] = [];
	/** Card id → its live number. */
	#numbers = new Map<string, number>();
	/** Word → word number; word number → word; word number → card numbers (retired ones too). */
	#wordNumbers = new Map<string, number>();
	#words: string[] = [];
	#postings: number[][] = [];
	#retired = 0;
	readonly #vocabulary = new MiniSearch<{ id: number; word: string }>({
		fields: ['word'],
		storeFields: [],
		tokenize: lookupTerms,
		processTerm: same
	});

	/** Number of cards indexed. */
	get size(): number {
		return this.#numbers.size;
	}

	/** Number of distinct words seen (the vocabulary; words of deleted cards stay in it). */
	get vocabularySize(): number {
		return this.#words.length;
	}

	/** Whether the card is indexed. */
	has(id: string): boolean {
		return this.#numbers.has(id);
	}

	/** Index a card, or replace what is indexed for it. */
	set(card: IndexedText): void {
		this.delete(card.id);
		const n = this.#ids.length;
		this.#ids.push(card.id);
		this.#numbers.set(card.id, n);
		for (const word of distinctWords(card.texts.join('\n'))) {
			let w = this.#wordNumbers.get(word);
			if (w === undefined) {
				w = this.#words.length;
				this.#wordNumbers.set(word, w);
				this.#words.push(word);
				this.#postings.push([]);
				this.#vocabulary.add({ id: w, word });
			}
			(this.#postings[w] as number[]).push(n);
		}
	}

	/** Forget a card (nothing happens when it is not indexed). */
	delete(id: string): void {
		const n = this.#numbers.get(id);
		if (n === undefined) return;
		this.#numbers.delete(id);
		this.#ids[n] = undefined;
		this.#retired++;
		if (this.#retired > 1000 && this.#retired > this.#numbers.size) this.compact();
	}

	/** Drop retired card numbers from the postings and renumber the live cards. */
	compact(): void {
		const renumber = new Int32Array(this.#ids.length).fill(-1);
		const ids: string[] = [];
		this.#ids.forEach((id, n) => {
			if (id === undefined) return;
			renumber[n] = ids.length;
			this.#numbers.set(id, ids.length);
			ids.push(id);
		});
		this.#postings = this.#postings.map((list) => {
			const out: number[] = [];
			for (const n of list) {
				const m = renumber[n] as number;
				if (m >= 0) out.push(m);
			}
			return out;
		});
		this.#ids = ids;
		this.#retired = 0;
	}

	/**
	 * The vocabulary's words that contain `part` (checked exactly), with how well they match
	 * (`matchQuality`), best first.
	 */
	#wordsFor(part: ReturnType<typeof wordsOf>[number]): { w: number; quality: number }[] {
		const lookup = lookupOf(part);
		const hits =
			'prefix' in lookup
				? this.#vocabulary.search(lookup.prefix, { prefix: true, tokenize: one, processTerm: same })
				: this.#vocabulary.search(
						{ queries: lookup.all, combineWith: 'AND' },
						{ tokenize: one, processTerm: same }
					);
		const out: { w: number; quality: number }[] = [];
		for (const hit of hits) {
			const w = hit.id as number;
			const quality = matchQuality(this.#words[w] as string, part);
			if (quality > 0) out.push({ w, quality });
		}
		return out.sort((a, b) => b.quality - a.quality);
	}

	/**
	 * Ids of the cards whose text matches every part of `query` (see `tokens.ts`), in no particular
	 * order; null when the query has nothing to search for (only spaces or marks).
	 */
	match(query: string): string[] | null {
		const ranked = this.rank(query);
		return ranked === null ? null : [...ranked.keys()];
	}

	/**
	 * The cards whose text matches every part of `query`, each with its score: for every part,
	 * the quality of the card's best matching word (3 the whole word, 2 its start, 1 inside it),
	 * summed. Null when the query has nothing to search for.
	 */
	rank(query: string): Map<string, number> | null {
		const parts = wordsOf(query);
		if (parts.length === 0) return null;
		// hits[n] counts the parts card n matched; seen[n] the last part that counted it; the
		// words of a part come best first, so the first that counts a card is its best.
		const hits = new Uint16Array(this.#ids.length);
		const seen = new Int32Array(this.#ids.length).fill(-1);
		const score = new Uint16Array(this.#ids.length);
		let candidates: number[] | null = null;
		for (const [p, part] of parts.entries()) {
			const next: number[] = [];
			for (const { w, quality } of this.#wordsFor(part)) {
				for (const n of this.#postings[w] as number[]) {
					if (seen[n] === p || hits[n] !== p) continue;
					seen[n] = p;
					hits[n] = p + 1;
					score[n] = (score[n] as number) + quality;
					next.push(n);
				}
			}
			candidates = next;
			if (next.length === 0) return new Map();
		}
		const out = new Map<string, number>();
		for (const n of candidates ?? []) {
			const id = this.#ids[n];
			if (id !== undefined) out.set(id, score[n] as number);
		}
		return out;
	}
}
