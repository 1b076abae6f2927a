/** Storage errors as a person can read them (IndexedDB and Dexie error names unwrapped). */
import { msg, type Message } from '$lib/core/message';

/**
 * The name of the storage error behind `error`: Dexie's `BulkError` is unwrapped to its first
 * failure, Dexie's wrapper errors to their `inner` error. Names follow the IndexedDB spec
 * (`QuotaExceededError`, `ConstraintError`, `InvalidStateError`, `VersionError`, …).
 */
export function storageErrorName(error: unknown): string {
	if (!(error instanceof Error) && !(typeof error === 'object' && error !== null)) return 'Error';
	const e = error as { name?: unknown; failures?: unknown; inner?: unknown };
	if (e.name === 'BulkError' && Array.isArray(e.failures) && e.failures.length > 0) {
		return storageErrorName(e.failures[0]);
	}
	if ((e.name === 'OpenFailedError' || e.name === 'AbortError') && e.inner) {
		return storageErrorName(e.inner);
	}
	return typeof e.name === 'string' ? e.name : 'Error';
}

/** The message id for each storage error name the app explains (`storage_error_…`). */
const STORAGE_MESSAGES: Readonly<Record<string, string>> = {
	QuotaExceededError: 'storage_error_quota',
	ConstraintError: 'storage_error_constraint',
	InvalidStateError: 'storage_error_invalid_state',
	MissingAPIError: 'storage_error_missing_api',
	SecurityError: 'storage_error_security',
	VersionError: 'storage_error_version'
};

/**
 * What went wrong with storage, as a message for a banner: a known error's explanation with its
 * name (so a bug report carries it, e.g. `… (QuotaExceededError)`), else `storage_error_other`
 * with the name and the error's own message.
 */
export function describeStorageError(error: unknown): Message {
	const name = storageErrorName(error);
	const known = STORAGE_MESSAGES[name];
	if (known) return msg(known, { name });
	const message = error instanceof Error ? error.message : String(error);
	return msg('storage_error_other', { name, message });
}
