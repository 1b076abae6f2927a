/**
 * The backup section of the settings screen: export everything (one JSON file) or cards for Anki
 * (TSV); restore a backup after validating it and showing what it holds, by merge or replace. A
 * bad or foreign file changes nothing and says why.
 */
import { msg, type Message } from '$lib/core/message';
import type { ServiceContext } from '$lib/services/context';
import {
	BackupError,
	exportAnkiFile,
	exportBackupFile,
	openBackup,
	restoreBackupFile,
	type BackupFile,
	type BackupPreview,
	type ExportedFile,
	type Restored,
	type RestoreMode
} from '$lib/services/backup';

export { backupFileName } from '$lib/services/backup';

export type BackupStep = 'idle' | 'working' | 'preview' | 'done' | 'error';

/** Why a backup step failed, as a message for the UI. */
function failure(error: unknown): Message {
	if (error instanceof BackupError) return error.reason;
	return msg('backup_error_other', {
		reason: error instanceof Error ? error.message : String(error)
	});
}

export class BackupFlow {
	step = $state<BackupStep>('idle');
	preview = $state.raw<BackupPreview | null>(null);
	/** Why the last step failed. */
	error = $state.raw<Message | null>(null);
	restored = $state.raw<Record<string, number> | null>(null);
	#file: BackupFile | null = null;

	/**
	 * @param ctx the app's service context (null while storage is not ready: exports and
	 *   restores wait for it)
	 * @param appVersion written into the backup file
	 */
	constructor(
		private readonly ctx: () => ServiceContext | null,
		private readonly appVersion: string
	) {}

	#ready(): ServiceContext {
		const ctx = this.ctx();
		if (!ctx) throw new Error('storage is not ready');
		return ctx;
	}

	/** The whole database as one versioned JSON text. */
	exportJson(): Promise<ExportedFile> {
		return exportBackupFile(this.#ready(), this.appVersion);
	}

	/** Every live card as a TSV file Anki's importer reads. */
	exportAnki(): Promise<ExportedFile> {
		return exportAnkiFile(this.#ready());
	}

	/** Read and validate a backup file; on success show its preview (nothing is written yet). */
	async open(text: string): Promise<void> {
		this.step = 'working';
		this.error = null;
		this.restored = null;
		try {
			const opened = await openBackup(text);
			this.#file = opened.file;
			this.preview = opened.preview;
			this.step = 'preview';
		} catch (error) {
			this.#file = null;
			this.preview = null;
			this.step = 'error';
			this.error = failure(error);
		}
	}

	/**
	 * Write the opened backup (one transaction). Returns what was written and the scheduler
	 * settings now stored, so the app can use them at once; null when nothing was restored.
	 */
	async restore(mode: RestoreMode): Promise<Restored | null> {
		if (!this.#file) return null;
		this.step = 'working';
		try {
			const done = await restoreBackupFile(this.#ready(), this.#file, mode);
			this.restored = done.written;
			this.step = 'done';
			return done;
		} catch (error) {
			this.step = 'error';
			this.error = failure(error);
			return null;
		}
	}

	cancel(): void {
		this.#file = null;
		this.preview = null;
		this.step = 'idle';
	}
}
