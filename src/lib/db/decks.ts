/**
 * Deck import: turn parsed notes into stored cards without losing review history.
 *
 * Two steps, on purpose: `planImport` only reads and computes (so the UI can show
 * "N new, M changed, K retired" before anything is written); `applyImport` writes the plan in
 * ONE read-write transaction with no non-IndexedDB await inside it (case C04): ids are hashed by
 * the parser before, and memory states are built before the transaction opens.
 */
import {
	QUEUE,
	mergedTags,
	newMemoryState,
	queueOf,
	type CardRow,
	type DeckOrigin,
	type NoteCard
} from '$lib/cards';
import type { DeckRow, MediaRow, StudyDb } from './schema';

/** What an import would do to a deck. Counts are what the summary screen shows. */
export interface ImportPlan {
	deck: DeckRow;
	/** Cards whose id is not stored yet. */
	added: NoteCard[];
	/** Stored cards whose text changed (same id): text is replaced, history kept. */
	changed: NoteCard[];
	/** Stored cards that are unchanged (nothing is written for them unless restored). */
	unchanged: number;
	/** Stored, live cards whose source disappeared: hidden (queue retired), history kept. */
	retired: string[];
	/** Previously retired cards that are back in the notes: restored with their history. */
	restored: NoteCard[];
	/**
	 * Images the cards refer to (`media:<hash>`), read and hashed before the plan was made;
	 * written with the cards (a stored one is kept as it is: same hash, same bytes).
	 */
	media?: MediaRow[];
}

/** Input describing the deck an import goes to. */
export interface DeckSpec {
	id: string;
	title: string;
	origin: DeckOrigin;
	file: string;
	sourceText: string;
}

function sameContent(row: CardRow, card: NoteCard): boolean {
	return (
		row.front === card.front &&
		row.back === card.back &&
		row.kind === card.kind &&
		row.source.line === card.source.line &&
		row.source.file === card.source.file &&
		JSON.stringify(row.topic) === JSON.stringify(card.topic) &&
		(row.context ?? '') === (card.context ?? '') &&
		JSON.stringify(row.command ?? null) === JSON.stringify(card.command ?? null)
	);
}

/**
 * Compare parsed cards with what is stored for the deck. Reads only.
 * @param now used for the deck's `updatedAt` / `createdAt`.
 */
export async function planImport(
	db: StudyDb,
	spec: DeckSpec,
	cards: NoteCard[],
	now: Date
): Promise<ImportPlan> {
	const [existingDeck, stored] = await Promise.all([
		db.decks.get(spec.id),
		db.cards.where('deckId').equals(spec.id).toArray()
	]);
	const byId = new Map(stored.map((row) => [row.id, row]));
	const incoming = new Set<string>();
	const plan: ImportPlan = {
		deck: {
			...spec,
			createdAt: existingDeck?.createdAt ?? now,
			updatedAt: now
		},
		added: [],
		changed: [],
		unchanged: 0,
		retired: [],
		restored: []
	};
	for (const card of cards) {
		if (incoming.has(card.id)) continue; // the parser guarantees unique ids; be safe anyway
		incoming.add(card.id);
		const row = byId.get(card.id);
		if (!row) plan.added.push(card);
		else if (row.queue === QUEUE.retired) plan.restored.push(card);
		else if (!sameContent(row, card)) plan.changed.push(card);
		else plan.unchanged++;
	}
	for (const row of stored) {
		if (!incoming.has(row.id) && row.queue !== QUEUE.retired) plan.retired.push(row.id);
	}
	return plan;
}

function contentOf(card: NoteCard, deckId: string) {
	return {
		deckId,
		kind: card.kind,
		front: card.front,
		back: card.back,
		topic: card.topic,
		context: card.context,
		clozeIndex: card.clozeIndex,
		command: card.command,
		tags: card.tags,
		source: card.source
	};
}

/**
 * Write an import plan in one transaction: all of it or nothing, its images included.
 * @param positionBase first position given to new cards (ms timestamp by default), so decks
 *   written together can be given disjoint ranges and keep their notes order across decks.
 * @throws the IndexedDB error (e.g. QuotaExceededError) after the transaction rolled back.
 */
export async function applyImport(
	db: StudyDb,
	plan: ImportPlan,
	now: Date,
	positionBase = now.getTime()
): Promise<void> {
	const deckId = plan.deck.id;
	// Everything that is not an IndexedDB request happens here, before the transaction.
	const basePosition = positionBase;
	const newRows: CardRow[] = plan.added.map((card, i) => ({
		id: card.id,
		...contentOf(card, deckId),
		...newMemoryState(now),
		position: basePosition + i,
		queue: QUEUE.new
	}));
	const media = plan.media ?? [];
	const tables = media.length ? [db.decks, db.cards, db.media] : [db.decks, db.cards];
	await db.transaction('rw', tables, async () => {
		// Images first: a card is never stored before the picture it shows.
		if (media.length) {
			const stored = await db.media.bulkGet(media.map((m) => m.hash));
			const fresh = media.filter((_, i) => !stored[i]);
			if (fresh.length) await db.media.bulkAdd(fresh);
		}
		await db.decks.put(plan.deck);
		if (newRows.length) await db.cards.bulkAdd(newRows);
		for (const card of plan.changed) {
			const row = await db.cards.get(card.id);
			if (!row) continue;
			await db.cards.put({
				...row,
				...contentOf(card, deckId),
				tags: mergedTags(card.tags, row.tags)
			});
		}
		for (const card of plan.restored) {
			const row = await db.cards.get(card.id);
			if (!row) continue;
			await db.cards.put({
				...row,
				...contentOf(card, deckId),
				tags: mergedTags(card.tags, row.tags),
				queue: queueOf(row)
			});
		}
		if (plan.retired.length) {
			await db.cards.where('id').anyOf(plan.retired).modify({ queue: QUEUE.retired });
		}
	});
}

/** Every stored deck (unordered). */
export function listDecks(db: StudyDb): Promise<DeckRow[]> {
	return db.decks.toArray();
}

/** How many decks came from the learner's own notes files. */
export function countImportedDecks(db: StudyDb): Promise<number> {
	return db.decks.where('origin').equals('import').count();
}
