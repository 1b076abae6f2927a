/**
 * Deck options stored as settings rows (so every backup carries them with no change to its
 * format): the option presets (`preset:<id>`), which deck uses which preset (`deckPresets`),
 * decks hidden from the study list (`hiddenDecks`), the learner's deck names (`deckTitles`) and
 * today's custom-study extensions of the daily limits (`studyExtras`).
 *
 * Values are stored as given; what they mean and their validation are the services'
 * (`$lib/services/presets`, `$lib/services/decks`). Reads return Dexie's own promises so live
 * queries watch them (see `queue.ts`).
 */
import type { SettingRow, StudyDb } from './schema';

/** Key prefix of a preset row: `preset:<preset id>`. */
export const PRESET_KEY_PREFIX = 'preset:';
/** Row of deck id → preset id. */
export const DECK_PRESETS_KEY = 'deckPresets';
/** Row of the deck ids hidden from the home screen and "study all". */
export const HIDDEN_DECKS_KEY = 'hiddenDecks';
/** Row of deck id → the name the learner gave the deck. */
export const DECK_TITLES_KEY = 'deckTitles';
/** Row of today's extensions of the daily limits (custom study). */
export const STUDY_EXTRAS_KEY = 'studyExtras';

/** Every deck-option row at once (one read of the settings table), as stored. */
export interface DeckOptionRows {
	/** Preset rows' values, in key order. */
	presets: unknown[];
	deckPresets: unknown;
	hiddenDecks: unknown;
	deckTitles: unknown;
	studyExtras: unknown;
}

function valueOf(rows: SettingRow[], key: string): unknown {
	return rows.find((r) => r.key === key)?.value;
}

/** Read every deck-option row (the presets by key prefix, the others by key). */
export function readDeckOptionRows(db: StudyDb): Promise<DeckOptionRows> {
	return db.settings
		.where('key')
		.startsWith(PRESET_KEY_PREFIX)
		.toArray()
		.then((presetRows) =>
			db.settings
				.bulkGet([DECK_PRESETS_KEY, HIDDEN_DECKS_KEY, DECK_TITLES_KEY, STUDY_EXTRAS_KEY])
				.then((rows) => {
					const found = rows.filter((r): r is SettingRow => r !== undefined);
					return {
						presets: presetRows.map((r) => r.value),
						deckPresets: valueOf(found, DECK_PRESETS_KEY),
						hiddenDecks: valueOf(found, HIDDEN_DECKS_KEY),
						deckTitles: valueOf(found, DECK_TITLES_KEY),
						studyExtras: valueOf(found, STUDY_EXTRAS_KEY)
					};
				})
		);
}

/** Read one preset row's value (undefined when there is none). */
export function readPresetRow(db: StudyDb, presetId: string): Promise<unknown> {
	return db.settings.get(PRESET_KEY_PREFIX + presetId).then((row) => row?.value);
}

/** Store one preset (replacing the row of the same id). */
export async function writePresetRow(
	db: StudyDb,
	preset: { id: string } & Record<string, unknown>
): Promise<void> {
	await db.settings.put({ key: PRESET_KEY_PREFIX + preset.id, value: preset });
}

function asRecord(value: unknown): Record<string, string> {
	if (!value || typeof value !== 'object' || Array.isArray(value)) return {};
	const out: Record<string, string> = {};
	for (const [k, v] of Object.entries(value)) if (typeof v === 'string') out[k] = v;
	return out;
}

/**
 * Delete a preset; the decks that used it lose their entry (so they use the built-in preset
 * again), in one transaction.
 * @returns the ids of the decks that used it
 */
export async function deletePresetRow(db: StudyDb, presetId: string): Promise<string[]> {
	return db.transaction('rw', db.settings, async () => {
		const map = asRecord((await db.settings.get(DECK_PRESETS_KEY))?.value);
		const moved = Object.keys(map).filter((deckId) => map[deckId] === presetId);
		for (const deckId of moved) delete map[deckId];
		await db.settings.delete(PRESET_KEY_PREFIX + presetId);
		await db.settings.put({ key: DECK_PRESETS_KEY, value: map });
		return moved;
	});
}

/** Change one entry of a deck-keyed map row (`deckPresets`, `deckTitles`); undefined removes it. */
export async function setDeckEntry(
	db: StudyDb,
	key: typeof DECK_PRESETS_KEY | typeof DECK_TITLES_KEY,
	deckId: string,
	value: string | undefined
): Promise<void> {
	await db.transaction('rw', db.settings, async () => {
		const map = asRecord((await db.settings.get(key))?.value);
		if (value === undefined) delete map[deckId];
		else map[deckId] = value;
		await db.settings.put({ key, value: map });
	});
}

/** Hide a deck from the study list, or show it again. */
export async function setDeckHidden(db: StudyDb, deckId: string, hidden: boolean): Promise<void> {
	await db.transaction('rw', db.settings, async () => {
		const stored = (await db.settings.get(HIDDEN_DECKS_KEY))?.value;
		const ids = new Set(
			Array.isArray(stored) ? stored.filter((x): x is string => typeof x === 'string') : []
		);
		if (hidden) ids.add(deckId);
		else ids.delete(deckId);
		await db.settings.put({ key: HIDDEN_DECKS_KEY, value: [...ids].sort() });
	});
}

/**
 * Update today's limit extensions with `update` (read, change, write in one transaction).
 * @param update gets the stored value (unknown shape) and returns the value to store
 */
export async function updateStudyExtras(
	db: StudyDb,
	update: (stored: unknown) => unknown
): Promise<void> {
	await db.transaction('rw', db.settings, async () => {
		const stored = (await db.settings.get(STUDY_EXTRAS_KEY))?.value;
		await db.settings.put({ key: STUDY_EXTRAS_KEY, value: update(stored) });
	});
}

/** The deck id → title map the learner's renames are kept in (for imports to keep them). */
export function readDeckTitles(db: StudyDb): Promise<Record<string, string>> {
	return db.settings.get(DECK_TITLES_KEY).then((row) => asRecord(row?.value));
}

/** Entries of every deck-keyed row that name `deckId`, removed in the caller's transaction. */
export async function forgetDeckOptions(db: StudyDb, deckId: string): Promise<void> {
	for (const key of [DECK_PRESETS_KEY, DECK_TITLES_KEY] as const) {
		const row = await db.settings.get(key);
		if (!row) continue;
		const map = asRecord(row.value);
		delete map[deckId];
		await db.settings.put({ key, value: map });
	}
	const hidden = (await db.settings.get(HIDDEN_DECKS_KEY))?.value;
	if (Array.isArray(hidden)) {
		await db.settings.put({ key: HIDDEN_DECKS_KEY, value: hidden.filter((x) => x !== deckId) });
	}
}
