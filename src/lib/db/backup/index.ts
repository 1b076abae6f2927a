/**
 * Backup: the whole database as ONE versioned JSON file, and back.
 *
 * File shape (format version 1):
 * ```json
 * { "format": "study-docker-backup", "version": 1, "exportedAt": "2025-03-10T01:00:00.000Z",
 *   "app": { "name": "study-docker", "version": "0.1.0", "schemaVersion": 2 },
 *   "data": { "decks": [], "cards": [], "reviewLogs": [], "settings": [], "quizAttempts": [] } }
 * ```
 * Rows are the database rows as they are stored. Dates in typed fields (`due`, `lastReview`,
 * `reviewedAt`, …) are ISO 8601 strings and come back as `Date` through per-field valibot
 * transforms. Inside free-form values (`settings[].value`, `quizAttempts[].data`) a date is
 * written as `{ "$date": "<ISO 8601>" }` and revived on import.
 *
 * Import is two steps: `parseBackup` validates every field (nothing is written), the UI shows
 * `previewBackup` and asks merge or replace, then `restoreBackup` writes it in ONE transaction
 * over every table with no non-IndexedDB await inside (case C04): all of it or nothing.
 */
export * from './types';
export { exportBackup, serializeBackup } from './export';
export { parseBackup, verifyBackupMedia } from './parse';
export {
	previewBackup,
	restoreBackup,
	type BackupPreview,
	type RestoreMode,
	type RestoreResult
} from './restore';
