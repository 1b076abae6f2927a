/**
 * Import flow: read a notes file (or pasted text) → parse (in the browser, same parser as the
 * build) → plan against what is stored → show the summary → apply in one transaction.
 * Nothing is written before the learner confirms, and a failed write changes nothing.
 */
import type { NotesWarning } from '$lib/content/types';
import { applyImport, deckIdFor, planImport, type ImportPlan, type StudyDb } from '$lib/db';

/** Largest notes file accepted (bytes); bigger files are refused with a reason before reading. */
export const MAX_NOTES_BYTES = 10 * 1024 * 1024;

export type ImportStep = 'idle' | 'parsing' | 'preview' | 'saving' | 'done' | 'error';

export class ImportFlow {
	step = $state<ImportStep>('idle');
	plan = $state.raw<ImportPlan | null>(null);
	warnings = $state.raw<NotesWarning[]>([]);
	cardCount = $state(0);
	error = $state<string | null>(null);

	constructor(
		private readonly db: StudyDb,
		private readonly clock: () => Date = () => new Date()
	) {}

	/** Parse `text` as the notes file `fileName` and plan the import (nothing is written). */
	async prepare(text: string, fileName: string): Promise<void> {
		this.step = 'parsing';
		this.error = null;
		try {
			const { parseNotes } = await import('$lib/content/parse');
			const deckId = deckIdFor('import', fileName);
			const parsed = parseNotes(text, fileName, { deck: deckId });
			this.warnings = parsed.warnings;
			this.cardCount = parsed.cards.length;
			if (parsed.cards.length === 0) {
				this.step = 'error';
				this.error = 'no-cards';
				return;
			}
			this.plan = await planImport(
				this.db,
				{ id: deckId, title: parsed.title, origin: 'import', file: fileName, sourceText: text },
				parsed.cards,
				this.clock()
			);
			this.step = 'preview';
		} catch (error) {
			this.step = 'error';
			this.error = error instanceof Error ? error.message : String(error);
		}
	}

	/** Read a picked file, refusing oversized ones, then `prepare` it. */
	async prepareFile(file: File): Promise<void> {
		if (file.size > MAX_NOTES_BYTES) {
			this.step = 'error';
			this.error = `${file.name}: ${Math.round(file.size / 1024 / 1024)} MB > ${MAX_NOTES_BYTES / 1024 / 1024} MB`;
			return;
		}
		await this.prepare(await file.text(), file.name);
	}

	/** Write the planned import. On failure nothing was written (one transaction). */
	async apply(): Promise<void> {
		if (!this.plan) return;
		this.step = 'saving';
		try {
			await applyImport(this.db, this.plan, this.clock());
			this.step = 'done';
		} catch (error) {
			this.step = 'error';
			this.error = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
		}
	}

	cancel(): void {
		this.step = 'idle';
		this.plan = null;
		this.warnings = [];
		this.error = null;
	}
}
