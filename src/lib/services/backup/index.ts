/**
 * Backup use cases: export everything (one versioned JSON file) or the cards for Anki (TSV);
 * read a backup file (validated, nothing written) and restore it by merge or replace.
 */
import { listCards, listDecks } from '$lib/db';
import {
	exportBackup,
	parseBackup,
	previewBackup,
	restoreBackup,
	serializeBackup,
	verifyBackupMedia,
	type BackupFile,
	type BackupPreview,
	type RestoreMode,
	type RestoreResult
} from '$lib/db/backup';
import type { SchedulerSettings } from '$lib/scheduling';
import type { ServiceContext } from '../context';
import { loadSchedulerSettings } from '../settings';
import { exportAnkiTsv } from './anki';

export { BackupError } from '$lib/db/backup';
export type { BackupFile, BackupPreview, RestoreMode, RestoreResult } from '$lib/db/backup';

/** A file to save: its name and its text. */
export interface ExportedFile {
	name: string;
	text: string;
}

/** `study-docker-backup-2025-03-10.json` (or `study-docker-anki-….txt`) for that local date. */
export function backupFileName(now: Date, ext = 'json'): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	const day = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
	return `study-docker-${ext === 'json' ? 'backup' : 'anki'}-${day}.${ext === 'json' ? 'json' : 'txt'}`;
}

/** The whole database as one versioned JSON text, exported at `ctx.now()`. */
export async function exportBackupFile(
	ctx: ServiceContext,
	appVersion: string
): Promise<ExportedFile> {
	const now = ctx.now();
	const file = await exportBackup(ctx.db, now, { name: 'study-docker', version: appVersion });
	return { name: backupFileName(now), text: serializeBackup(file) };
}

/** Every live card as a TSV file Anki's importer reads. */
export async function exportAnkiFile(ctx: ServiceContext): Promise<ExportedFile> {
	const [cards, decks] = await Promise.all([listCards(ctx.db), listDecks(ctx.db)]);
	return { name: backupFileName(ctx.now(), 'txt'), text: exportAnkiTsv(cards, decks) };
}

/** A backup file read and validated, with what it holds. Nothing is written. */
export interface OpenedBackup {
	file: BackupFile;
	preview: BackupPreview;
}

/**
 * Read a backup file's text: every field validated, every image checked against its hash
 * (nothing is written).
 * @throws BackupError saying why the file cannot be used
 */
export async function openBackup(text: string): Promise<OpenedBackup> {
	const file = parseBackup(text);
	await verifyBackupMedia(file);
	return { file, preview: previewBackup(file) };
}

/** What a restore wrote, and the scheduler settings now stored (for the app to use at once). */
export interface Restored {
	written: RestoreResult;
	settings: SchedulerSettings;
}

/**
 * Write an opened backup in one transaction.
 * @throws BackupError (`write`) when the database refused: nothing was changed
 */
export async function restoreBackupFile(
	ctx: ServiceContext,
	file: BackupFile,
	mode: RestoreMode
): Promise<Restored> {
	const written = await restoreBackup(ctx.db, file, mode);
	return { written, settings: await loadSchedulerSettings(ctx.db) };
}
