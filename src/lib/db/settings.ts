/** Key-value settings stored in the `settings` table. */
import {
	DEFAULT_SCHEDULER_SETTINGS,
	validateSchedulerSettings,
	type SchedulerSettings
} from '$lib/scheduling';
import type { StudyDb } from './schema';

const SCHEDULER_KEY = 'scheduler';

/** The scheduler settings, defaults filled in; a stored value that fails validation falls back to defaults. */
export async function loadSchedulerSettings(db: StudyDb): Promise<SchedulerSettings> {
	const row = await db.settings.get(SCHEDULER_KEY);
	if (!row) return { ...DEFAULT_SCHEDULER_SETTINGS };
	try {
		return validateSchedulerSettings({ ...DEFAULT_SCHEDULER_SETTINGS, ...(row.value as object) });
	} catch {
		return { ...DEFAULT_SCHEDULER_SETTINGS };
	}
}

/**
 * Validate, then store scheduler settings.
 * @throws the validation error (nothing is written) when a value is out of range.
 */
export async function saveSchedulerSettings(
	db: StudyDb,
	input: unknown
): Promise<SchedulerSettings> {
	const settings = validateSchedulerSettings(input);
	await db.settings.put({ key: SCHEDULER_KEY, value: settings });
	return settings;
}

/** Read any stored setting (or `fallback`). */
export async function getSetting<T>(db: StudyDb, key: string, fallback: T): Promise<T> {
	const row = await db.settings.get(key);
	return row ? (row.value as T) : fallback;
}

/** Store any setting. */
export async function setSetting(db: StudyDb, key: string, value: unknown): Promise<void> {
	await db.settings.put({ key, value });
}
