/**
 * The card browser's reads and the card actions that are not reviews: search with filters and a
 * sort, one card with its history, and the learner's local edits (`override`).
 *
 * Candidates are read from the most selective index the filter allows (`tags` for a tag or
 * leeches, `[deckId+queue+due]` for a deck and a state, `queue`, `deckId`); only text search and
 * the remaining filters run in memory. A plain-text index would need a schema version, and the
 * notes of one learner stay in the tens of thousands of cards, which this reads in well under a
 * second (see the browse e2e test for the figure measured on 10,000 cards).
 */
import {
	LEECH_TAG,
	QUEUE,
	QUEUE_OF_STATE,
	overrideFor,
	topicKey,
	type CardOverride,
	type CardRow,
	type CardStateFilter,
	type QueueValue
} from '$lib/cards';
import type { DeckRow, ReviewLogRow, StudyDb } from './schema';
import { MissingRowError } from './review';

/**
 * How the browser orders results: by due (then notes order), by notes order only, or — when
 * searching text — best match first (then by due; without text `match` lists by due).
 */
export type CardSort = 'due' | 'position' | 'match';

/** What to search for; every field is optional and the fields combine with AND. */
export interface CardSearch {
	/** Words to find in front, back or the learner's edited text (NFC, case-insensitive). */
	text?: string;
	deckId?: string;
	/** A topic key as made by {@link topicKey} (deck title › section). */
	topic?: string;
	state?: CardStateFilter;
	tag?: string;
	sort?: CardSort;
}

/** One page of results. */
export interface CardPage {
	/** Matching cards in the whole collection (not only this page). */
	total: number;
	rows: CardRow[];
}

const MIN_DATE = new Date(-8.64e15);
const MAX_DATE = new Date(8.64e15);

/** Text normalised for search: NFC, lower case (Unicode default case mapping, not locale). */
export function normaliseSearchText(text: string): string {
	return text.normalize('NFC').toLowerCase();
}

/**
 * Whether a card matches the query words: every whitespace-separated word must occur in the
 * front, the back or the edited text. `words` must already be normalised.
 */
export function matchesWords(card: CardRow, words: string[]): boolean {
	if (words.length === 0) return true;
	const hay = normaliseSearchText(
		[card.front, card.back, card.override?.front ?? '', card.override?.back ?? ''].join('\n')
	);
	return words.every((w) => hay.includes(w));
}

/** Query words: normalised, split on white space (search text, not a command line). */
function wordsOf(text: string | undefined): string[] {
	return normaliseSearchText(text ?? '')
		.split(/\s+/u)
		.filter((w) => w.length > 0);
}

/** The index range to read candidates from: the most selective one the query allows. */
function candidates(db: StudyDb, q: CardSearch) {
	if (q.state === 'leech') return db.cards.where('tags').equals(LEECH_TAG);
	if (q.tag) return db.cards.where('tags').equals(q.tag);
	if (q.state && q.deckId) {
		const queue = QUEUE_OF_STATE[q.state];
		return db.cards
			.where('[deckId+queue+due]')
			.between([q.deckId, queue, MIN_DATE], [q.deckId, queue, MAX_DATE], true, true);
	}
	if (q.state) return db.cards.where('queue').equals(QUEUE_OF_STATE[q.state]);
	if (q.deckId) return db.cards.where('deckId').equals(q.deckId);
	return db.cards.toCollection();
}

/**
 * The instant (ms) a card is "due" for sorting. A new card is due when it was added, which is
 * its `position` (import time in ms + index in the notes, see `applyImport`), as Anki sorts new
 * cards by their position; other cards by `due`. This is the order of the `[deckId+queue+position]`
 * and `[deckId+queue+due]` indexes, so a page can be read from them directly.
 */
function dueKey(c: SortFields): number {
	return c.queue === QUEUE.new ? c.position : c.due.getTime();
}

/** What the browser's sorts read of a card. */
export type SortFields = Pick<CardRow, 'id' | 'deckId' | 'queue' | 'position' | 'due'>;

const byId = (a: SortFields, b: SortFields) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Ascending due (new cards: when added, in notes order), then id (a total order). */
export function compareByDue(a: SortFields, b: SortFields): number {
	return dueKey(a) - dueKey(b) || byId(a, b);
}

/**
 * Notes order: deck by deck (by deck id), each in the order of its notes (position), then id.
 * Decks imported together share position ranges, so position alone would interleave them.
 */
export function compareByPosition(a: SortFields, b: SortFields): number {
	const deck = a.deckId < b.deckId ? -1 : a.deckId > b.deckId ? 1 : 0;
	return deck || a.position - b.position || byId(a, b);
}

/** Queues the browser lists (every queue but retired). */
const LISTED_QUEUES: QueueValue[] = [
	QUEUE.new,
	QUEUE.learning,
	QUEUE.review,
	QUEUE.suspended,
	QUEUE.buried
];

/**
 * A page read straight from the compound indexes, for queries without text, topic or tag: per
 * deck and queue, the count and the first `offset + limit` rows in index order (which is the sort
 * order, see {@link dueKey}), merged. Reads about `decks × queues × (offset + limit)` rows
 * instead of every card.
 */
async function indexedPage(
	db: StudyDb,
	q: CardSearch,
	offset: number,
	limit: number
): Promise<CardPage> {
	const deckIds = q.deckId
		? [q.deckId]
		: ((await db.cards.orderBy('deckId').uniqueKeys()) as string[]);
	const queues = q.state && q.state !== 'leech' ? [QUEUE_OF_STATE[q.state]] : LISTED_QUEUES;
	let total = 0;
	const rows: CardRow[] = [];
	for (const deckId of deckIds) {
		for (const queue of queues) {
			const range =
				q.sort === 'position' || queue === QUEUE.new
					? db.cards
							.where('[deckId+queue+position]')
							.between([deckId, queue, -Infinity], [deckId, queue, Infinity], true, true)
					: db.cards
							.where('[deckId+queue+due]')
							.between([deckId, queue, MIN_DATE], [deckId, queue, MAX_DATE], true, true);
			total += await range.count();
			rows.push(...(await range.limit(offset + limit).toArray()));
		}
	}
	rows.sort(q.sort === 'position' ? compareByPosition : compareByDue);
	return { total, rows: rows.slice(offset, offset + limit) };
}

/** What the browser's filters read of a card. */
export type FilterFields = Pick<CardRow, 'deckId' | 'queue' | 'tags' | 'topic'>;

/**
 * The query's filters other than its text (deck, state, tag, topic) as one test; retired cards
 * never pass.
 */
export function filtersOf(q: CardSearch): (card: FilterFields) => boolean {
	const queue = q.state && q.state !== 'leech' ? QUEUE_OF_STATE[q.state] : undefined;
	return (c) =>
		c.queue !== QUEUE.retired &&
		(q.deckId === undefined || c.deckId === q.deckId) &&
		(queue === undefined || c.queue === queue) &&
		(q.tag === undefined || c.tags.includes(q.tag)) &&
		(q.state !== 'leech' || c.tags.includes(LEECH_TAG)) &&
		(q.topic === undefined || topicKey(c) === q.topic);
}

/**
 * Search the stored cards. Retired cards are left out. Without search words, topic or tag the
 * page is read from the compound indexes alone; otherwise candidates come from the most selective
 * index and the rest is filtered in memory.
 * @param page `offset` (0-based) and `limit` (rows per page, ≥ 1) of the sorted results
 * @returns the total number of matches and the rows of the page, sorted by `q.sort` (default due)
 */
export async function searchCards(
	db: StudyDb,
	q: CardSearch,
	page: { offset: number; limit: number }
): Promise<CardPage> {
	const words = wordsOf(q.text);
	const offset = Math.max(0, Math.floor(page.offset));
	const limit = Math.max(1, Math.floor(page.limit));
	if (words.length === 0 && !q.topic && !q.tag && q.state !== 'leech') {
		return indexedPage(db, q, offset, limit);
	}
	const listed = filtersOf(q);
	// Read the range in one getAll and filter in memory: a Dexie `filter()` would walk a cursor,
	// one request per row, which is several times slower on 10,000 cards.
	const rows = (await candidates(db, q).toArray()).filter(
		(c) => listed(c) && matchesWords(c, words)
	);
	rows.sort(q.sort === 'position' ? compareByPosition : compareByDue);
	return { total: rows.length, rows: rows.slice(offset, offset + limit) };
}

/** What the browser's filter menus offer. */
export interface CardFacets {
	decks: DeckRow[];
	/** Topic keys (see {@link topicKey}) of live cards, with the deck they belong to. */
	topics: { deckId: string; topic: string }[];
	/** Every tag in use, sorted. */
	tags: string[];
}

/** Read the decks, topics and tags the filters can choose from (one pass over the cards). */
export async function cardFacets(db: StudyDb): Promise<CardFacets> {
	const decks = await db.decks.toArray();
	const tags = (await db.cards.orderBy('tags').uniqueKeys()).map(String).sort();
	const seen = new Set<string>();
	const topics: { deckId: string; topic: string }[] = [];
	await db.cards.each((c) => {
		if (c.queue === QUEUE.retired) return;
		const topic = topicKey(c);
		const key = `${c.deckId}\u0000${topic}`;
		if (topic && !seen.has(key)) {
			seen.add(key);
			topics.push({ deckId: c.deckId, topic });
		}
	});
	return { decks, topics, tags };
}

/** A card with its deck and its review history, oldest review first. */
export interface CardDetail {
	card: CardRow;
	deck: DeckRow | undefined;
	logs: ReviewLogRow[];
}

/** Read one card, its deck and its review log rows (index `cardId`). Undefined if no such card. */
export async function loadCardDetail(db: StudyDb, cardId: string): Promise<CardDetail | undefined> {
	const card = await db.cards.get(cardId);
	if (!card) return undefined;
	const [deck, logs] = await Promise.all([
		db.decks.get(card.deckId),
		db.reviewLogs.where('cardId').equals(cardId).sortBy('reviewedAt')
	]);
	return { card, deck, logs };
}

/**
 * Save the learner's edit of a card's text. A side equal to the imported text (or blank) is not
 * kept as an override; when neither side differs the override is removed. Imports never touch
 * `override`, so the edit survives re-imports of the notes (only the imported text is updated).
 * @param edit the text the learner wants shown (Markdown source), per side; a missing side keeps
 *   the imported text
 * @returns the override now stored, or undefined when the card shows its imported text again
 * @throws MissingRowError when the card is not stored
 */
export async function setOverride(
	db: StudyDb,
	cardId: string,
	edit: CardOverride
): Promise<CardOverride | undefined> {
	return db.transaction('rw', db.cards, async () => {
		const row = await db.cards.get(cardId);
		if (!row) throw new MissingRowError('cards', cardId);
		const override = overrideFor(row, edit);
		const updated: CardRow = { ...row };
		if (override) updated.override = override;
		else delete updated.override;
		await db.cards.put(updated);
		return updated.override;
	});
}

/** One stored card, or undefined. */
export function getCard(db: StudyDb, cardId: string): Promise<CardRow | undefined> {
	return db.cards.get(cardId);
}

/** Visit every stored card (one cursor over the table; retired cards included). */
export function forEachCard(db: StudyDb, visit: (card: CardRow) => void): Promise<void> {
	return db.cards.each(visit);
}

/** Every stored card (retired cards included). */
export function listCards(db: StudyDb): Promise<CardRow[]> {
	return db.cards.toArray();
}

/** The stored cards of one deck. */
export function listDeckCards(db: StudyDb, deckId: string): Promise<CardRow[]> {
	return db.cards.where('deckId').equals(deckId).toArray();
}
