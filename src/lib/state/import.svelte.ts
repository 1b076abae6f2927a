/**
 * The import screen: read a notes file (or pasted text) → parse and plan (nothing written) →
 * show the summary → apply in one transaction. Nothing is written before the learner confirms,
 * and a failed write changes nothing.
 */
import type { NotesWarning } from '$lib/cards';
import { msg, type Message } from '$lib/core/message';
import type { ServiceContext } from '$lib/services/context';
import {
	ImportRefusedError,
	NoCardsError,
	applyImport,
	checkNotesSize,
	prepareImport,
	type ImportPlan
} from '$lib/services/import';

export { MAX_NOTES_BYTES } from '$lib/services/import';

export type ImportStep = 'idle' | 'parsing' | 'preview' | 'saving' | 'done' | 'error';

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
	/** Why the last step failed (a message id and its parameters). */
	error = $state.raw<Message | null>(null);

	/** @param ctx the app's service context (null while storage is not ready: nothing happens) */
	constructor(private readonly ctx: () => ServiceContext | null) {}

	/** Parse `text` as the notes file `fileName` and plan the import (nothing is written). */
	async prepare(text: string, fileName: string): Promise<void> {
		const ctx = this.ctx();
		if (!ctx) return;
		this.step = 'parsing';
		this.error = null;
		try {
			const prepared = await prepareImport(ctx, text, fileName);
			this.warnings = prepared.warnings;
			this.cardCount = prepared.cardCount;
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

	/** Read a picked file, refusing oversized ones, then `prepare` it. */
	async prepareFile(file: File): Promise<void> {
		try {
			checkNotesSize(file);
		} catch (error) {
			this.step = 'error';
			this.error = failure(error);
			return;
		}
		await this.prepare(await file.text(), file.name);
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
		this.plan = null;
		this.warnings = [];
		this.error = null;
	}
}
