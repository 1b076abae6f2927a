/**
 * Key-value settings stored in the `settings` table. What a value means (and its validation) is
 * the caller's: scheduler settings are read and validated by `$lib/services/settings`.
 */
import type { StudyDb } from './schema';

/** Read any stored setting (or `fallback`). */
export async function getSetting<T>(db: StudyDb, key: string, fallback: T): Promise<T> {
	const row = await db.settings.get(key);
	return row ? (row.value as T) : fallback;
}

/** Store any setting. */
export async function setSetting(db: StudyDb, key: string, value: unknown): Promise<void> {
	await db.settings.put({ key, value });
}

/**
 * Change one setting from its stored value (or `fallback`) in one transaction, so two tabs
 * changing it at once do not lose a change. `change` must not await anything but this read.
 * @returns the value stored
 */
export function updateSetting<T>(
	db: StudyDb,
	key: string,
	fallback: T,
	change: (old: T) => T
): Promise<T> {
	return db.transaction('rw', db.settings, async () => {
		const next = change(await getSetting(db, key, fallback));
		await setSetting(db, key, next);
		return next;
	});
}
