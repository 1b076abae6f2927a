/**
 * The import screen: read a notes file with its images (several files, a folder or a `.zip`),
 * or pasted text → parse and plan (nothing written) → show the summary → apply in one
 * transaction. Nothing is written before the learner confirms,
 * and a failed write changes nothing.
 */
import type { NotesWarning } from '$lib/cards';
import { msg, type Message } from '$lib/core/message';
import type { ServiceContext } from '$lib/services/context';
import {
	ImportRefusedError,
	NoCardsError,
	applyImport,
	prepareImport,
	prepareImportFiles,
	type ImportPlan,
	type PickedFile,
	type PreparedImport
} from '$lib/services/import';

export { MAX_NOTES_BYTES } from '$lib/services/import';

export type ImportStep =
	| 'idle'
	| 'parsing'
	/** Several notes files were picked: which one? */
	| 'choose'
	| 'preview'
	| 'saving'
	| 'done'
	| 'error';

/**
 * Picked browser files as the import reads them: a folder's files keep their path inside it
 * (`webkitRelativePath`), single files their name.
 */
export function pickedFiles(files: Iterable<File>): PickedFile[] {
	return [...files].map((file) => ({
		path: file.webkitRelativePath || file.name,
		size: file.size,
		read: async () => new Uint8Array(await file.arrayBuffer())
	}));
}

/** Why the last step failed, as a message for the UI. */
function failure(error: unknown): Message {
	if (error instanceof ImportRefusedError) return error.reason;
	const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
	return msg('import_failed', { reason });
}

export class ImportFlow {
	step = $state<ImportStep>('idle');
	plan = $state.raw<ImportPlan | null>(null);
	warnings = $state.raw<NotesWarning[]>([]);
	cardCount = $state(0);
	/** Distinct images the planned cards show. */
	imageCount = $state(0);
	/** The notes files to choose from (step `choose`). */
	choices = $state.raw<string[]>([]);
	#picked: PickedFile[] = [];
	/** Why the last step failed (a message id and its parameters). */
	error = $state.raw<Message | null>(null);

	/** @param ctx the app's service context (null while storage is not ready: nothing happens) */
	constructor(private readonly ctx: () => ServiceContext | null) {}

	/** Parse `text` as the notes file `fileName` and plan the import (nothing is written). */
	prepare(text: string, fileName: string): Promise<void> {
		return this.#run((ctx) => prepareImport(ctx, text, fileName));
	}

	/**
	 * Plan the import of picked files: one notes file with its images, a folder, or a `.zip`
	 * (nothing is written). With several notes files, the flow asks which (step `choose`).
	 */
	prepareFiles(files: PickedFile[]): Promise<void> {
		this.#picked = files;
		return this.#run((ctx) => prepareImportFiles(ctx, files));
	}

	/** Import the notes file `path` of those picked (after step `choose`). */
	choose(path: string): Promise<void> {
		return this.#run((ctx) => prepareImportFiles(ctx, this.#picked, path));
	}

	async #run(
		work: (
			ctx: ServiceContext
		) => Promise<PreparedImport | { choose: string[]; files: PickedFile[] }>
	): Promise<void> {
		const ctx = this.ctx();
		if (!ctx) return;
		this.step = 'parsing';
		this.error = null;
		this.warnings = [];
		try {
			const prepared = await work(ctx);
			if ('choose' in prepared) {
				this.#picked = prepared.files;
				this.choices = prepared.choose;
				this.step = 'choose';
				return;
			}
			this.warnings = prepared.warnings;
			this.cardCount = prepared.cardCount;
			this.imageCount = prepared.imageCount;
			this.plan = prepared.plan;
			this.step = 'preview';
		} catch (error) {
			if (error instanceof NoCardsError) {
				this.warnings = error.warnings;
				this.cardCount = 0;
			}
			this.step = 'error';
			this.error = failure(error);
		}
	}

	/** Read one picked notes file (its images are not with it), then plan it. */
	prepareFile(file: File): Promise<void> {
		return this.prepareFiles(pickedFiles([file]));
	}

	/** Write the planned import. On failure nothing was written (one transaction). */
	async apply(): Promise<void> {
		const ctx = this.ctx();
		if (!this.plan || !ctx) return;
		this.step = 'saving';
		try {
			await applyImport(ctx, this.plan);
			this.step = 'done';
		} catch (error) {
			this.step = 'error';
			this.error = failure(error);
		}
	}

	cancel(): void {
		this.step = 'idle';
		this.#picked = [];
		this.choices = [];
		this.plan = null;
		this.warnings = [];
		this.error = null;
	}
}
