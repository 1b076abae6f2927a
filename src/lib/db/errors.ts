/** Storage errors as a person can read them (IndexedDB and Dexie error names unwrapped). */

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

const STORAGE_MESSAGES: Record<string, string> = {
	QuotaExceededError:
		'저장 공간이 부족해 저장하지 못했습니다. 아무것도 바뀌지 않았습니다 / Storage is full; nothing was saved or changed',
	ConstraintError:
		'같은 키의 항목이 이미 있어 저장하지 못했습니다. 아무것도 바뀌지 않았습니다 / A row with the same key already exists; nothing was changed',
	InvalidStateError:
		'이 브라우저에서는 저장소(IndexedDB)를 쓸 수 없습니다 (사생활 보호 모드일 수 있습니다). 진행 상황이 저장되지 않습니다 / Storage (IndexedDB) is unavailable (private mode?); progress cannot be saved',
	MissingAPIError:
		'이 브라우저에는 저장소(IndexedDB)가 없습니다. 진행 상황이 저장되지 않습니다 / This browser has no IndexedDB; progress cannot be saved',
	SecurityError:
		'브라우저가 저장소 사용을 막았습니다. 진행 상황이 저장되지 않습니다 / The browser blocked storage; progress cannot be saved',
	VersionError:
		'다른 탭에 더 새로운 버전의 앱이 열려 있습니다. 이 탭을 새로 고치세요 / A newer version of the app is open in another tab; reload this tab'
};

/**
 * One line for a banner: what went wrong with storage, Korean first, then English, ending
 * with the error name so a bug report carries it (e.g. `… (QuotaExceededError)`).
 */
export function describeStorageError(error: unknown): string {
	const name = storageErrorName(error);
	const known = STORAGE_MESSAGES[name];
	if (known) return `${known} (${name})`;
	const message = error instanceof Error ? error.message : String(error);
	return `저장하지 못했습니다 / Could not save: ${name}: ${message}`;
}
