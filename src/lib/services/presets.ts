/**
 * Deck option presets: read, create, edit, delete, and choose a deck's preset (Anki's deck
 * options screen). Stored as settings rows (`$lib/db` deck-options), so backups carry them.
 *
 * The API the optimiser uses (personal FSRS parameters, per preset):
 *  - {@link presetForDeck} — the preset a deck uses;
 *  - {@link getPreset} — one preset by id (null when there is none);
 *  - {@link savePreset} — validate and store a preset (e.g. with new `fsrsParameters`);
 *  - {@link loadPresetBook} + `decksOfPreset` — which decks (and so which review logs) a preset covers.
 * A saved preset takes effect for the next session (sessions keep the presets they opened with).
 */
import {
	DECK_PRESETS_KEY,
	deletePresetRow,
	readDeckOptionRows,
	readPresetRow,
	setDeckEntry,
	writePresetRow,
	type DeckOptionRows,
	type StudyDb
} from '$lib/db';
import {
	DEFAULT_PRESET_ID,
	defaultPreset,
	newPresetId,
	presetOf,
	validatePreset,
	type Preset,
	type PresetBook,
	type SchedulerSettings
} from '$lib/scheduling';
import type { ServiceContext } from './context';

export type { Preset, PresetBook } from '$lib/scheduling';
export { PresetError, DEFAULT_PRESET_ID } from '$lib/scheduling';

function validOrNull(value: unknown): Preset | null {
	try {
		return validatePreset(value);
	} catch {
		return null;
	}
}

function stringMap(value: unknown): Record<string, string> {
	if (!value || typeof value !== 'object' || Array.isArray(value)) return {};
	return Object.fromEntries(
		Object.entries(value).filter((e): e is [string, string] => typeof e[1] === 'string')
	);
}

/**
 * The presets and the deck → preset map from stored rows. A damaged preset row is skipped (its
 * decks use the built-in preset); the built-in preset is always there, built from `settings`
 * when it was never stored (the values a learner set before presets existed carry over).
 */
export function presetBookOf(rows: DeckOptionRows, settings: SchedulerSettings): PresetBook {
	const presets = rows.presets.map(validOrNull).filter((p): p is Preset => p !== null);
	if (!presets.some((p) => p.id === DEFAULT_PRESET_ID)) presets.unshift(defaultPreset(settings));
	presets.sort(
		(a, b) =>
			Number(b.id === DEFAULT_PRESET_ID) - Number(a.id === DEFAULT_PRESET_ID) ||
			a.name.localeCompare(b.name, 'ko')
	);
	return { presets, deckPresets: stringMap(rows.deckPresets) };
}

/** Every preset and the deck → preset map (live-query safe: Dexie's promises only). */
export function loadPresetBook(db: StudyDb, settings: SchedulerSettings): Promise<PresetBook> {
	return readDeckOptionRows(db).then((rows) => presetBookOf(rows, settings));
}

/** All presets, the built-in one first, then by name. */
export async function listPresets(ctx: ServiceContext): Promise<Preset[]> {
	return (await loadPresetBook(ctx.db, ctx.settings)).presets;
}

/** One preset by id; the built-in one always exists; null for an unknown or damaged id. */
export async function getPreset(ctx: ServiceContext, presetId: string): Promise<Preset | null> {
	const stored = validOrNull(await readPresetRow(ctx.db, presetId));
	if (stored) return stored;
	return presetId === DEFAULT_PRESET_ID ? defaultPreset(ctx.settings) : null;
}

/** The preset `deckId` uses (the built-in one unless another was chosen and still exists). */
export async function presetForDeck(ctx: ServiceContext, deckId: string): Promise<Preset> {
	return presetOf(await loadPresetBook(ctx.db, ctx.settings), deckId);
}

/**
 * Validate and store a preset (create or replace by id).
 * @returns the stored preset (trimmed name, defaults filled in)
 * @throws PresetError (nothing is written) when an option is out of range
 */
export async function savePreset(ctx: ServiceContext, input: unknown): Promise<Preset> {
	const preset = validatePreset(input);
	await writePresetRow(ctx.db, { ...preset });
	return preset;
}

/**
 * Create a preset named `name` with the options of `from` (Anki "Add preset" starts from the
 * defaults, "Clone preset" from the current one), stored at once. No optimised parameters are
 * copied: they were fitted to another preset's history.
 * @throws PresetError when the name is too long
 */
export async function createPreset(
	ctx: ServiceContext,
	name: string,
	from: Preset = defaultPreset(ctx.settings)
): Promise<Preset> {
	const copy: Partial<Preset> = { ...from };
	delete copy.fsrsParameters;
	return savePreset(ctx, { ...copy, id: newPresetId(ctx.now()), name });
}

/**
 * Delete a preset; its decks use the built-in preset again. The built-in preset cannot be
 * deleted (RangeError).
 * @returns the ids of the decks that used it
 */
export async function deletePreset(ctx: ServiceContext, presetId: string): Promise<string[]> {
	if (presetId === DEFAULT_PRESET_ID) throw new RangeError('The built-in preset cannot be deleted');
	return deletePresetRow(ctx.db, presetId);
}

/** Make `deckId` use `presetId` (the built-in id removes the deck's entry). */
export async function setDeckPreset(
	ctx: ServiceContext,
	deckId: string,
	presetId: string
): Promise<void> {
	await setDeckEntry(
		ctx.db,
		DECK_PRESETS_KEY,
		deckId,
		presetId === DEFAULT_PRESET_ID ? undefined : presetId
	);
}
