/** Reading a backup file: every field validated, nothing written. */
import * as v from 'valibot';
import { msg, type Message } from '$lib/core/message';
import type { CardRow, DeckRow, QuizAttemptRow, ReviewLogRow, SettingRow } from '../schema';
import { backupSchema } from './schema';
import {
	BACKUP_FORMAT,
	BACKUP_VERSION,
	BackupError,
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
	'backup_reason_empty'
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
		['quizAttempts', (r: QuizAttemptRow) => r.id]
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

/**
 * Read a backup file's text. Validates every field of every row; dates come back as `Date`.
 * Nothing is written.
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
	if (head.version !== BACKUP_VERSION) {
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
	const result = v.safeParse(backupSchema, json, { abortEarly: true });
	if (!result.success) throw invalid(result.issues[0]);
	const backup = result.output as BackupFile;
	const duplicate = duplicates(backup.data);
	if (duplicate) throw duplicate;
	return backup;
}
