/** Keeping the bundled decks in the database in step with the build that is running. */
import { deckIdFor, type NoteCard } from '$lib/cards';
import { applyImport, planImport } from './decks';
import { getSetting, setSetting } from './settings';
import type { StudyDb } from './schema';

/** Room in the new-card order for one bundled deck (far more cards than any deck has). */
const POSITIONS_PER_DECK = 1_000_000;

const BUNDLED_VERSION_KEY = 'bundledDeckVersion';

/** A bundled notes file as the build plugin parsed it (the converter's `ParsedNotes`). */
export interface BundledNotes {
	file: string;
	title: string;
	cards: NoteCard[];
}

/**
 * True when the stored bundled decks were written from a different build (or never).
 * @param versionKey the setting the version is kept under; decks synced separately (the drill
 *   deck) use their own key, so each is only rewritten when its own content changes.
 */
export async function bundledDeckOutdated(
	db: StudyDb,
	version: string,
	versionKey = BUNDLED_VERSION_KEY
): Promise<boolean> {
	return (await getSetting<string | null>(db, versionKey, null)) !== version;
}

/**
 * Write the bundled decks (same rules as a re-import: history of unchanged cards kept, vanished
 * cards retired), then record `version`. Each deck is its own transaction; the version is
 * recorded last, so an interrupted sync is simply redone at the next start.
 * @param versionKey see {@link bundledDeckOutdated}.
 * @param firstSlot position range of the first deck (decks synced separately use other slots).
 */
export async function syncBundledDecks(
	db: StudyDb,
	decks: readonly BundledNotes[],
	version: string,
	now: Date,
	versionKey = BUNDLED_VERSION_KEY,
	firstSlot = 0
): Promise<void> {
	for (const [index, deck] of decks.entries()) {
		const file = deck.file.split('/').pop() ?? deck.file;
		const id = deckIdFor('bundled', file);
		const plan = await planImport(
			db,
			{ id, title: deck.title, origin: 'bundled', file, sourceText: '' },
			deck.cards,
			now
		);
		// Disjoint position ranges keep "study all" in deck order, then notes order.
		await applyImport(db, plan, now, now.getTime() + (firstSlot + index) * POSITIONS_PER_DECK);
	}
	await setSetting(db, versionKey, version);
}
