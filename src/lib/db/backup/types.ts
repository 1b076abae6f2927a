/** Shapes of a backup file and its errors (format: see `index.ts`). */
import type { Message } from '$lib/core/message';
import type {
	CardRow,
	DeckRow,
	MediaRow,
	QuizAttemptRow,
	ReviewLogRow,
	SettingRow
} from '../schema';

/** The value of the `format` field: how a backup file says what it is. */
export const BACKUP_FORMAT = 'study-docker-backup';
/**
 * The format version this code writes. Bump it (and migrate in `parseBackup`) when a row shape
 * changes. Version 2 adds `data.media` (the images of imported notes); a version 1 file is read
 * as a version 2 file with no image.
 */
export const BACKUP_VERSION = 2;

/** Older format versions `parseBackup` still reads (and migrates to {@link BACKUP_VERSION}). */
export const READABLE_BACKUP_VERSIONS: readonly number[] = [1, 2];

/**
 * An image in a backup: its row without the Blob, and the bytes (base64 in the file). The
 * bytes are checked against `type` (magic bytes), `size` and `hash` (sha-256) before a restore.
 */
export interface BackupMedia extends Omit<MediaRow, 'blob'> {
	bytes: Uint8Array;
}

/** Every row of every table. `quizAttempts` is empty when the database has no such table. */
export interface BackupData {
	decks: DeckRow[];
	cards: CardRow[];
	reviewLogs: ReviewLogRow[];
	settings: SettingRow[];
	quizAttempts: QuizAttemptRow[];
	/** Empty when the database has no such table (schema before version 4). */
	media: BackupMedia[];
}

/** Which app wrote the backup (shown on the confirmation screen; not used to decide anything). */
export interface BackupApp {
	name: string;
	version: string;
	/** `db.verno` of the database that was exported. */
	schemaVersion: number;
}

/** A parsed (or freshly exported) backup: dates are `Date` objects. */
export interface BackupFile {
	format: typeof BACKUP_FORMAT;
	version: typeof BACKUP_VERSION;
	exportedAt: Date;
	app: BackupApp;
	data: BackupData;
}

/** The table names a backup carries, in the order they are written. */
export const BACKUP_TABLES = [
	'decks',
	'cards',
	'reviewLogs',
	'settings',
	'quizAttempts',
	'media'
] as const;
export type BackupTable = (typeof BACKUP_TABLES)[number];

/** Why a backup could not be read or restored. */
export type BackupErrorKind =
	/** Not JSON at all. */
	| 'not-json'
	/** JSON that stops in the middle (an interrupted download or copy). */
	| 'truncated'
	/** JSON, but not a study-docker backup (no or another `format`). */
	| 'foreign'
	/** A backup format version this app cannot read. */
	| 'version'
	/** A field has a wrong type or value; `path` says which. */
	| 'invalid'
	/** The database refused the write (e.g. QuotaExceededError); nothing was changed. */
	| 'write';

/**
 * A backup file that cannot be used, or a restore that failed and was rolled back.
 * `reason` is the message for the learner (a `backup_error_…` id and its parameters; the UI
 * renders it); `path` is the JSON path of the first bad field (e.g. `data.cards[3].stability`);
 * `causeName` the storage error's name for `write`. `message` is the reason's id, for logs.
 */
export class BackupError extends Error {
	constructor(
		readonly kind: BackupErrorKind,
		readonly reason: Message,
		readonly path?: string,
		readonly causeName?: string,
		options?: { cause?: unknown }
	) {
		super(reason.key, options);
		this.name = 'BackupError';
	}
}
