/** Export: every table in one read transaction, written as one versioned JSON text. */
import { msg } from '$lib/core/message';
import { SCHEMA_VERSION, type MediaRow, type QuizAttemptRow, type StudyDb } from '../schema';
import { toBase64 } from './bytes';
import {
	BACKUP_FORMAT,
	BACKUP_VERSION,
	BackupError,
	type BackupFile,
	type BackupMedia
} from './types';

/**
 * Read every table in one read transaction (a consistent snapshot) into a backup.
 * `quizAttempts` and `media` are included when the database has them (looked up by name); the
 * images' bytes are read from their Blobs after the transaction.
 * @param now becomes `exportedAt`.
 * @param app who is exporting; `schemaVersion` is always taken from `db.verno`.
 */
export async function exportBackup(
	db: StudyDb,
	now: Date,
	app: { name?: string; version?: string } = {}
): Promise<BackupFile> {
	const quiz = db.tables.find((t) => t.name === 'quizAttempts');
	const mediaTable = db.tables.find((t) => t.name === 'media');
	const tables = [
		db.decks,
		db.cards,
		db.reviewLogs,
		db.settings,
		...(quiz ? [quiz] : []),
		...(mediaTable ? [mediaTable] : [])
	];
	const { mediaRows, ...rest } = await db.transaction('r', tables, async () => {
		const [decks, cards, reviewLogs, settings, quizAttempts, mediaRows] = await Promise.all([
			db.decks.toArray(),
			db.cards.toArray(),
			db.reviewLogs.toArray(),
			db.settings.toArray(),
			quiz ? (quiz.toArray() as Promise<QuizAttemptRow[]>) : Promise.resolve([]),
			mediaTable ? (mediaTable.toArray() as Promise<MediaRow[]>) : Promise.resolve([])
		]);
		return { decks, cards, reviewLogs, settings, quizAttempts, mediaRows };
	});
	const media: BackupMedia[] = [];
	for (const { blob, ...row } of mediaRows) {
		media.push({ ...row, bytes: new Uint8Array(await blob.arrayBuffer()) });
	}
	const data = { ...rest, media };
	return {
		format: BACKUP_FORMAT,
		version: BACKUP_VERSION,
		exportedAt: new Date(now.getTime()),
		app: {
			name: app.name ?? 'study-docker',
			version: app.version ?? 'unknown',
			schemaVersion: db.verno || SCHEMA_VERSION
		},
		data
	};
}

/** Dates inside free-form values become `{ $date: iso }` so they survive JSON. */
function encodeLoose(value: unknown): unknown {
	if (value instanceof Date) return { $date: value.toISOString() };
	if (Array.isArray(value)) return value.map(encodeLoose);
	if (value !== null && typeof value === 'object') {
		return Object.fromEntries(Object.entries(value).map(([k, x]) => [k, encodeLoose(x)]));
	}
	return value;
}

/** The reverse of `encodeLoose`: `{ $date: iso }` becomes a `Date` again. */
export function reviveLoose(value: unknown): unknown {
	if (Array.isArray(value)) return value.map(reviveLoose);
	if (value !== null && typeof value === 'object') {
		const entries = Object.entries(value);
		if (entries.length === 1 && entries[0]![0] === '$date' && typeof entries[0]![1] === 'string') {
			const date = new Date(entries[0]![1]);
			if (!Number.isNaN(date.getTime())) return date;
		}
		return Object.fromEntries(entries.map(([k, x]) => [k, reviveLoose(x)]));
	}
	return value;
}

/**
 * The backup as JSON text (compact; UTF-8 when saved). Dates in typed fields become ISO 8601
 * strings, dates inside `settings[].value` / `quizAttempts[].data` become `{ "$date": … }`, an
 * image's bytes become base64 in `media[].data`.
 * @throws BackupError (`invalid`) when a value cannot be written faithfully (an invalid Date,
 * NaN or ±Infinity), so a backup that could not be restored is never produced.
 */
export function serializeBackup(b: BackupFile): string {
	const plain = {
		...b,
		data: {
			...b.data,
			settings: b.data.settings.map((row) => ({ ...row, value: encodeLoose(row.value) })),
			quizAttempts: b.data.quizAttempts.map((row) => ({ ...row, data: encodeLoose(row.data) })),
			media: b.data.media.map(({ bytes, ...row }) => ({ ...row, data: toBase64(bytes) }))
		}
	};
	return JSON.stringify(plain, function (this: Record<string, unknown>, key, value: unknown) {
		const raw = this[key];
		if (raw instanceof Date) {
			if (Number.isNaN(raw.getTime())) throw unwritable(key, 'Invalid Date');
			return raw.toISOString();
		}
		if (typeof value === 'number' && !Number.isFinite(value)) throw unwritable(key, String(value));
		return value;
	});
}

function unwritable(key: string, what: string): BackupError {
	return new BackupError('invalid', msg('backup_error_unwritable', { key, what }), key);
}
