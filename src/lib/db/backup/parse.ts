/** Reading a backup file: every field validated, nothing written. */
import * as v from 'valibot';
import { msg, type Message } from '$lib/core/message';
import type { CardRow, DeckRow, QuizAttemptRow, ReviewLogRow, SettingRow } from '../schema';
import { sniffImageType } from '$lib/cards';
import { sha256Hex } from '$lib/core/hash';
import { fromBase64 } from './bytes';
import { backupSchema, backupSchemaV1 } from './schema';
import {
	BACKUP_FORMAT,
	BACKUP_VERSION,
	READABLE_BACKUP_VERSIONS,
	BackupError,
	type BackupMedia,
	type BackupData,
	type BackupFile,
	type BackupTable
} from './types';

function pathOf(issue: v.BaseIssue<unknown>): string {
	let out = '';
	for (const item of issue.path ?? []) {
		const key = item.key;
		if (typeof key === 'number') out += `[${key}]`;
		else out += out ? `.${String(key)}` : String(key);
	}
	return out || '(root)';
}

function leafIssue(issue: v.BaseIssue<unknown>): v.BaseIssue<unknown> {
	return issue.issues?.[0] ? leafIssue(issue.issues[0]) : issue;
}

/** The reason ids a schema validation can carry (see `schema.ts`). */
const REASONS = new Set([
	'backup_reason_iso_date',
	'backup_reason_real_date',
	'backup_reason_finite',
	'backup_reason_whole_number',
	'backup_reason_negative',
	'backup_reason_below_one',
	'backup_reason_empty',
	'backup_reason_hash'
]);

/** Why a field failed, from valibot's leaf issue. */
function reasonOf(leaf: v.BaseIssue<unknown>): Message {
	if (leaf.kind === 'validation') {
		return REASONS.has(leaf.message)
			? msg(leaf.message)
			: msg('backup_reason_invalid', { detail: leaf.message });
	}
	if (leaf.expected === 'never') return msg('backup_reason_unknown_field');
	if (leaf.received === 'undefined') {
		return msg('backup_reason_missing', { expected: leaf.expected ?? '' });
	}
	return msg('backup_reason_wrong_type', {
		expected: leaf.expected ?? '',
		received: leaf.received
	});
}

function invalid(issue: v.BaseIssue<unknown>): BackupError {
	const leaf = leafIssue(issue);
	const path = pathOf(leaf);
	return new BackupError(
		'invalid',
		msg('backup_error_invalid_field', { path, reason: reasonOf(leaf) }),
		path
	);
}

function duplicates(data: BackupData): BackupError | null {
	const keyed: [BackupTable, (row: never) => unknown][] = [
		['decks', (r: DeckRow) => r.id],
		['cards', (r: CardRow) => r.id],
		['reviewLogs', (r: ReviewLogRow) => r.id],
		['settings', (r: SettingRow) => r.key],
		['quizAttempts', (r: QuizAttemptRow) => r.id],
		['media', (r: BackupMedia) => r.hash]
	] as [BackupTable, (row: never) => unknown][];
	for (const [table, keyOf] of keyed) {
		const seen = new Set<unknown>();
		const rows = data[table] as never[];
		for (let i = 0; i < rows.length; i++) {
			const key = keyOf(rows[i]!);
			if (key === undefined) continue;
			if (seen.has(key)) {
				const path = `data.${table}[${i}]`;
				return new BackupError(
					'invalid',
					msg('backup_error_duplicate_key', { path, key: String(key) }),
					path
				);
			}
			seen.add(key);
		}
	}
	return null;
}

/** A version 1 file (no images), validated, as a version 2 backup with no image. */
function fromV1(json: unknown): BackupFile {
	const result = v.safeParse(backupSchemaV1, json, { abortEarly: true });
	if (!result.success) throw invalid(result.issues[0]);
	return { ...result.output, version: BACKUP_VERSION, data: { ...result.output.data, media: [] } };
}

/** A version 2 file, validated; each image's base64 decoded and checked against its row. */
function fromV2(json: unknown): BackupFile {
	const result = v.safeParse(backupSchema, json, { abortEarly: true });
	if (!result.success) throw invalid(result.issues[0]);
	const media = result.output.data.media.map(({ data, ...row }, i): BackupMedia => {
		const path = `data.media[${i}].data`;
		const bytes = fromBase64(data);
		if (!bytes) throw field(path, 'backup_reason_base64');
		if (bytes.length !== row.size) throw field(path, 'backup_reason_size_mismatch');
		if (sniffImageType(bytes) !== row.type) throw field(path, 'backup_reason_not_image');
		return { ...row, bytes };
	});
	return { ...result.output, data: { ...result.output.data, media } } as BackupFile;
}

function field(path: string, reason: string): BackupError {
	return new BackupError(
		'invalid',
		msg('backup_error_invalid_field', { path, reason: msg(reason) }),
		path
	);
}

/**
 * Check every image's bytes against its sha-256 (async: run before the restore's transaction).
 * @throws BackupError `invalid` with the path of the first image whose bytes were changed
 */
export async function verifyBackupMedia(b: BackupFile): Promise<void> {
	for (const [i, item] of b.data.media.entries()) {
		if ((await sha256Hex(item.bytes)) !== item.hash) {
			throw field(`data.media[${i}].data`, 'backup_reason_hash_mismatch');
		}
	}
}

/**
 * Read a backup file's text. Validates every field of every row; dates come back as `Date`,
 * images as bytes checked against their type and size (their hashes: {@link verifyBackupMedia}).
 * A format version 1 file is migrated (no image). Nothing is written.
 * @throws BackupError — `not-json`, `truncated`, `foreign` (no or another `format`), `version`
 * (a format this app cannot read), `invalid` (with `path` of the first bad field, or a key
 * that appears twice in one table).
 */
export function parseBackup(text: string): BackupFile {
	const trimmed = text.replace(/^\uFEFF/, '').trim();
	let json: unknown;
	try {
		json = JSON.parse(trimmed);
	} catch {
		if (trimmed.startsWith('{') && !trimmed.endsWith('}')) {
			throw new BackupError('truncated', msg('backup_error_truncated'));
		}
		if (trimmed.startsWith('{')) {
			throw new BackupError('not-json', msg('backup_error_broken_json'));
		}
		throw new BackupError('not-json', msg('backup_error_not_json'));
	}
	if (json === null || typeof json !== 'object' || Array.isArray(json) || !('format' in json)) {
		throw new BackupError('foreign', msg('backup_error_no_format'), 'format');
	}
	const head = json as { format: unknown; version?: unknown };
	if (head.format !== BACKUP_FORMAT) {
		throw new BackupError(
			'foreign',
			msg('backup_error_foreign', { format: JSON.stringify(head.format) ?? 'undefined' }),
			'format'
		);
	}
	if (!READABLE_BACKUP_VERSIONS.includes(head.version as number)) {
		const newer = typeof head.version === 'number' && head.version > BACKUP_VERSION;
		throw new BackupError(
			'version',
			newer
				? msg('backup_error_newer', { version: String(head.version) })
				: msg('backup_error_unsupported_version', {
						version: JSON.stringify(head.version) ?? 'undefined'
					}),
			'version'
		);
	}
	const backup = head.version === 1 ? fromV1(json) : fromV2(json);
	const duplicate = duplicates(backup.data);
	if (duplicate) throw duplicate;
	return backup;
}
