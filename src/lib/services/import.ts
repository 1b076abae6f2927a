/**
 * Import use cases: a notes file (or pasted text) → parsed in the browser with the build's parser
 * → planned against what is stored (nothing written) → applied in one transaction. Also the
 * start-up sync of the bundled decks.
 */
import { deckIdFor, type NotesWarning } from '$lib/cards';
import { msg, type Message } from '$lib/core/message';
import {
	applyImport as applyStoredImport,
	bundledDeckOutdated,
	planImport,
	syncBundledDecks,
	type BundledNotes,
	type ImportPlan
} from '$lib/db';
import type { ServiceContext } from './context';

export type { ImportPlan } from '$lib/db';

/** Largest notes file accepted (bytes); bigger files are refused with a reason before reading. */
export const MAX_NOTES_BYTES = 10 * 1024 * 1024;

/** A notes file that cannot be imported, with the message that says why. */
export class ImportRefusedError extends Error {
	override readonly name = 'ImportRefusedError';
	constructor(readonly reason: Message) {
		super(reason.key);
	}
}

/**
 * Refuse a file over {@link MAX_NOTES_BYTES} before reading it.
 * @throws ImportRefusedError (`import_too_large` with the file name and both sizes in MB)
 */
export function checkNotesSize(file: { name: string; size: number }): void {
	if (file.size <= MAX_NOTES_BYTES) return;
	throw new ImportRefusedError(
		msg('import_too_large', {
			file: file.name,
			size: Math.round(file.size / 1024 / 1024),
			max: MAX_NOTES_BYTES / 1024 / 1024
		})
	);
}

/** The file yielded no card; `warnings` say what the converter could not use. */
export class NoCardsError extends ImportRefusedError {
	constructor(readonly warnings: NotesWarning[]) {
		super(msg('import_no_cards'));
	}
}

/** A planned import: what would be written, and what the converter could not use. */
export interface PreparedImport {
	plan: ImportPlan;
	warnings: NotesWarning[];
	/** Cards the converter made from the file. */
	cardCount: number;
}

/**
 * Parse `text` as the notes file `fileName` and plan the import against the stored deck of that
 * name. Reads only.
 * @throws ImportRefusedError (`import_no_cards`, with the warnings) when no card can be made
 */
export async function prepareImport(
	ctx: ServiceContext,
	text: string,
	fileName: string
): Promise<PreparedImport> {
	const { parseNotes } = await import('$lib/content/parse');
	const deckId = deckIdFor('import', fileName);
	const parsed = parseNotes(text, fileName, { deck: deckId });
	if (parsed.cards.length === 0) {
		throw new NoCardsError(parsed.warnings);
	}
	const plan = await planImport(
		ctx.db,
		{ id: deckId, title: parsed.title, origin: 'import', file: fileName, sourceText: text },
		parsed.cards,
		ctx.now()
	);
	return { plan, warnings: parsed.warnings, cardCount: parsed.cards.length };
}

/** Write a planned import in one transaction (all of it or nothing). */
export function applyImport(ctx: ServiceContext, plan: ImportPlan): Promise<void> {
	return applyStoredImport(ctx.db, plan, ctx.now());
}

/**
 * Bring the bundled decks up to date with this build: only when `version` (the content hash of
 * the bundled notes) differs from the one they were written from.
 * @param load the parsed bundled decks, loaded only when needed (their chunk is large)
 */
export async function syncBundled(
	ctx: ServiceContext,
	version: string,
	load: () => Promise<readonly BundledNotes[]>
): Promise<boolean> {
	if (!(await bundledDeckOutdated(ctx.db, version))) return false;
	await syncBundledDecks(ctx.db, await load(), version, ctx.now());
	return true;
}
