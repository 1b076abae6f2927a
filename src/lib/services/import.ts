/**
 * Import use cases: a notes file (or pasted text) → parsed in the browser with the build's parser
 * → planned against what is stored (nothing written) → applied in one transaction. Also the
 * start-up sync of the bundled decks.
 */
import { baseName, deckIdFor, type NotesWarning } from '$lib/cards';
import type { ImageResolution } from '$lib/content/types';
import { decodeNotes } from '$lib/content/notes/decode';
import { msg, type Message } from '$lib/core/message';
import {
	applyImport as applyStoredImport,
	bundledDeckOutdated,
	planImport,
	syncBundledDecks,
	type BundledNotes,
	type ImportPlan,
	type MediaRow
} from '$lib/db';
import type { ServiceContext } from './context';
import {
	PickRefusedError,
	expandPicked,
	imageResolver,
	isNotesPath,
	type PickedFile
} from './import-media';

export type { PickedFile } from './import-media';

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
	/** Distinct images the cards show (written with them). */
	imageCount: number;
}

/** Several notes files were picked: the learner chooses which one to import. */
export interface NotesChoice {
	choose: string[];
	/** The picked files, zips unpacked (hand them back with the chosen path). */
	files: PickedFile[];
}

/** Images for pasted text: there are no files, so every image is reported missing. */
const NO_FILES = (): ImageResolution => ({ problem: 'missing' });

async function plan(
	ctx: ServiceContext,
	text: string | Uint8Array,
	fileName: string,
	resolveImage: (src: string, line: number) => ImageResolution,
	images: () => MediaRow[]
): Promise<PreparedImport> {
	const { parseNotes, parseNotesBytes } = await import('$lib/content/parse');
	const deckId = deckIdFor('import', fileName);
	const opts = { deck: deckId, resolveImage };
	const parsed =
		typeof text === 'string'
			? parseNotes(text, fileName, opts)
			: parseNotesBytes(text, fileName, opts);
	if (parsed.cards.length === 0) {
		throw new NoCardsError(parsed.warnings);
	}
	const sourceText = typeof text === 'string' ? text : decodeNotes(text).text;
	const planned = await planImport(
		ctx.db,
		{ id: deckId, title: parsed.title, origin: 'import', file: fileName, sourceText },
		parsed.cards,
		ctx.now()
	);
	const media = images();
	if (media.length) planned.media = media;
	return {
		plan: planned,
		warnings: parsed.warnings,
		cardCount: parsed.cards.length,
		imageCount: media.length
	};
}

/**
 * Parse `text` as the notes file `fileName` and plan the import against the stored deck of that
 * name. Reads only. Images cannot come with pasted text: each is a warning with its line.
 * @throws ImportRefusedError (`import_no_cards`, with the warnings) when no card can be made
 */
export function prepareImport(
	ctx: ServiceContext,
	text: string,
	fileName: string
): Promise<PreparedImport> {
	return plan(ctx, text, fileName, NO_FILES, () => []);
}

/**
 * Plan the import of what the learner picked: one notes file with its images (several files,
 * a folder, or a `.zip` holding them). Images are read, checked and hashed first; the cards
 * show those their notes refer to, resolved relative to the notes file. Reads only.
 * @param notesPath which notes file, when several were picked (one of `NotesChoice.choose`)
 * @returns the plan, or the notes files to choose from when several were picked
 * @throws ImportRefusedError — `import_no_notes` (no `.md`/`.txt` among the files),
 *   `import_too_large`, `import_zip_unreadable`, `import_zip_too_large`, `import_no_cards`
 */
export async function prepareImportFiles(
	ctx: ServiceContext,
	picked: readonly PickedFile[],
	notesPath?: string
): Promise<PreparedImport | NotesChoice> {
	const files = await expandPicked(picked).catch((error: unknown) => {
		throw error instanceof PickRefusedError ? new ImportRefusedError(error.reason) : error;
	});
	const notes = files.filter((f) => isNotesPath(f.path));
	if (notes.length === 0) throw new ImportRefusedError(msg('import_no_notes'));
	const chosen = notesPath
		? notes.find((f) => f.path === notesPath)
		: notes.length === 1
			? notes[0]
			: undefined;
	if (!chosen) return { choose: notes.map((f) => f.path).sort(), files };
	checkNotesSize({ name: baseName(chosen.path), size: chosen.size });
	const images = await imageResolver(files, chosen.path, ctx.now());
	return plan(ctx, await chosen.read(), baseName(chosen.path), images.resolve, images.used);
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
