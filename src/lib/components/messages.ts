/**
 * Turning the domain's messages (`$lib/core/message`: an id and parameters) into words through
 * Paraglide. Each area lists the ids it renders in a table of message functions, so a page only
 * bundles the messages it can show, and an id missing from `messages/` fails the type check.
 */
import type { Message, MessageParam } from '$lib/core/message';
import { m } from '$lib/paraglide/messages';

/** A compiled message function; its parameters are checked where the table is written. */
type Render = (inputs: never) => string;
/** The message functions an area can render, by id. */
export type MessageTable = Readonly<Record<string, Render>>;

/**
 * The text of `message` in the current locale; parameters that are messages are rendered first
 * (with the same table). An id outside the table renders as the id itself (visible, never blank).
 */
export function renderMessage(message: Message, table: MessageTable): string {
	const render = table[message.key] as ((inputs: Record<string, unknown>) => string) | undefined;
	if (!render) return message.key;
	const params: Record<string, string | number> = {};
	for (const [name, value] of Object.entries(message.params ?? {})) {
		params[name] = renderParam(value, table);
	}
	return render(params);
}

function renderParam(value: MessageParam, table: MessageTable): string | number {
	return typeof value === 'object' ? renderMessage(value, table) : value;
}

/** Storage errors (`describeStorageError`), shown in the banners and inside backup errors. */
export const STORAGE_MESSAGES: MessageTable = {
	storage_error_quota: m.storage_error_quota,
	storage_error_constraint: m.storage_error_constraint,
	storage_error_invalid_state: m.storage_error_invalid_state,
	storage_error_missing_api: m.storage_error_missing_api,
	storage_error_security: m.storage_error_security,
	storage_error_version: m.storage_error_version,
	storage_error_other: m.storage_error_other
};

/** A storage error in words. */
export const storageMessage = (message: Message) => renderMessage(message, STORAGE_MESSAGES);

/** Why a backup could not be read or restored. */
export const BACKUP_MESSAGES: MessageTable = {
	...STORAGE_MESSAGES,
	backup_error_truncated: m.backup_error_truncated,
	backup_error_broken_json: m.backup_error_broken_json,
	backup_error_not_json: m.backup_error_not_json,
	backup_error_no_format: m.backup_error_no_format,
	backup_error_foreign: m.backup_error_foreign,
	backup_error_newer: m.backup_error_newer,
	backup_error_unsupported_version: m.backup_error_unsupported_version,
	backup_error_invalid_field: m.backup_error_invalid_field,
	backup_error_duplicate_key: m.backup_error_duplicate_key,
	backup_error_unwritable: m.backup_error_unwritable,
	backup_error_no_quiz_table: m.backup_error_no_quiz_table,
	backup_error_no_media_table: m.backup_error_no_media_table,
	backup_error_restore_failed: m.backup_error_restore_failed,
	backup_error_other: m.backup_error_other,
	backup_reason_iso_date: m.backup_reason_iso_date,
	backup_reason_real_date: m.backup_reason_real_date,
	backup_reason_finite: m.backup_reason_finite,
	backup_reason_whole_number: m.backup_reason_whole_number,
	backup_reason_negative: m.backup_reason_negative,
	backup_reason_below_one: m.backup_reason_below_one,
	backup_reason_empty: m.backup_reason_empty,
	backup_reason_invalid: m.backup_reason_invalid,
	backup_reason_unknown_field: m.backup_reason_unknown_field,
	backup_reason_missing: m.backup_reason_missing,
	backup_reason_wrong_type: m.backup_reason_wrong_type,
	backup_reason_hash: m.backup_reason_hash,
	backup_reason_base64: m.backup_reason_base64,
	backup_reason_size_mismatch: m.backup_reason_size_mismatch,
	backup_reason_not_image: m.backup_reason_not_image,
	backup_reason_hash_mismatch: m.backup_reason_hash_mismatch
};

/** Why the settings were not saved (the setting named by its form label). */
export const SETTINGS_MESSAGES: MessageTable = {
	settings_saved: m.settings_saved,
	settings_invalid: m.settings_invalid,
	settings_error_integer: m.settings_error_integer,
	settings_error_steps: m.settings_error_steps,
	settings_error_retention: m.settings_error_retention,
	settings_error_not_object: m.settings_error_not_object,
	settings_error_other: m.settings_error_other,
	settings_optimise_not_enough: m.settings_optimise_not_enough,
	settings_optimise_failed: m.settings_optimise_failed,
	settings_retention: m.settings_retention,
	settings_learning_steps: m.settings_learning_steps,
	settings_relearning_steps: m.settings_relearning_steps,
	settings_max_interval: m.settings_max_interval,
	settings_new_per_day: m.settings_new_per_day,
	settings_reviews_per_day: m.settings_reviews_per_day,
	settings_day_start: m.settings_day_start,
	settings_leech: m.settings_leech,
	settings_learn_ahead: m.settings_learn_ahead
};

/** Why an import failed. */
export const IMPORT_MESSAGES: MessageTable = {
	...STORAGE_MESSAGES,
	import_no_cards: m.import_no_cards,
	import_failed: m.import_failed,
	import_too_large: m.import_too_large,
	import_no_notes: m.import_no_notes,
	import_zip_unreadable: m.import_zip_unreadable,
	import_zip_too_large: m.import_zip_too_large
};

/** Why a quiz page cannot show its attempt. */
export const QUIZ_MESSAGES: MessageTable = {
	quiz_not_found: m.quiz_not_found,
	quiz_unreadable: m.quiz_unreadable,
	quiz_error: m.quiz_error
};

/** A quiz page's problem in words. */
export const quizMessage = (message: Message) => renderMessage(message, QUIZ_MESSAGES);
