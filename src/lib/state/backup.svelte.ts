/**
 * Backup screen flow: export everything (one JSON file) or cards for Anki (TSV); restore a backup
 * after validating it and showing what it holds, by merge or replace. A bad or foreign file
 * changes nothing and says why.
 */
import { exportAnkiTsv } from '$lib/db/anki';
import {
	BackupError,
	exportBackup,
	parseBackup,
	previewBackup,
	restoreBackup,
	serializeBackup,
	type BackupFile,
	type BackupPreview,
	type RestoreMode
} from '$lib/db/backup';
import { loadSchedulerSettings, type StudyDb } from '$lib/db';

export type BackupStep = 'idle' | 'working' | 'preview' | 'done' | 'error';

/** `study-docker-backup-2025-03-10.json` for a backup made on that (local) date. */
export function backupFileName(now: Date, ext = 'json'): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	const day = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
	return `study-docker-${ext === 'json' ? 'backup' : 'anki'}-${day}.${ext === 'json' ? 'json' : 'txt'}`;
}

export class BackupFlow {
	step = $state<BackupStep>('idle');
	preview = $state.raw<BackupPreview | null>(null);
	error = $state<string | null>(null);
	restored = $state.raw<Record<string, number> | null>(null);
	#file: BackupFile | null = null;

	constructor(
		private readonly db: StudyDb,
		private readonly appVersion: string,
		private readonly clock: () => Date = () => new Date()
	) {}

	/** The whole database as one versioned JSON text. */
	async exportJson(): Promise<{ name: string; text: string }> {
		const now = this.clock();
		const file = await exportBackup(this.db, now, {
			name: 'study-docker',
			version: this.appVersion
		});
		return { name: backupFileName(now), text: serializeBackup(file) };
	}

	/** Every live card as a TSV file Anki's importer reads. */
	async exportAnki(): Promise<{ name: string; text: string }> {
		const [cards, decks] = await Promise.all([this.db.cards.toArray(), this.db.decks.toArray()]);
		return { name: backupFileName(this.clock(), 'txt'), text: exportAnkiTsv(cards, decks) };
	}

	/** Read and validate a backup file; on success show its preview (nothing is written yet). */
	async open(text: string): Promise<void> {
		this.step = 'working';
		this.error = null;
		this.restored = null;
		try {
			this.#file = parseBackup(text);
			this.preview = previewBackup(this.#file);
			this.step = 'preview';
		} catch (error) {
			this.#file = null;
			this.preview = null;
			this.step = 'error';
			this.error = error instanceof BackupError ? error.message : String(error);
		}
	}

	/**
	 * Write the opened backup (one transaction). Returns the scheduler settings now stored, so the
	 * app can use them at once.
	 */
	async restore(mode: RestoreMode) {
		if (!this.#file) return null;
		this.step = 'working';
		try {
			this.restored = await restoreBackup(this.db, this.#file, mode);
			this.step = 'done';
			return await loadSchedulerSettings(this.db);
		} catch (error) {
			this.step = 'error';
			this.error = error instanceof Error ? error.message : String(error);
			return null;
		}
	}

	cancel(): void {
		this.#file = null;
		this.preview = null;
		this.step = 'idle';
	}
}
