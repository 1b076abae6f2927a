/** Keeping the bundled decks in the database in step with the build that is running. */
import type { ParsedNotes } from '$lib/content/types';
import { applyImport, deckIdFor, planImport } from './decks';
import { getSetting, setSetting } from './settings';
import type { StudyDb } from './schema';

const BUNDLED_VERSION_KEY = 'bundledDeckVersion';

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
 */
export async function syncBundledDecks(
	db: StudyDb,
	decks: ParsedNotes[],
	version: string,
	now: Date,
	versionKey = BUNDLED_VERSION_KEY
): Promise<void> {
	for (const deck of decks) {
		const file = deck.file.split('/').pop() ?? deck.file;
		const id = deckIdFor('bundled', file);
		const plan = await planImport(
			db,
			{ id, title: deck.title, origin: 'bundled', file, sourceText: '' },
			deck.cards,
			now
		);
		await applyImport(db, plan, now);
	}
	await setSetting(db, versionKey, version);
}
