/** Settings use cases: the scheduler settings stored in the `settings` table. */
import { getSetting, setSetting, type StudyDb } from '$lib/db';
import {
	DEFAULT_SCHEDULER_SETTINGS,
	validateSchedulerSettings,
	type SchedulerSettings
} from '$lib/scheduling';

const SCHEDULER_KEY = 'scheduler';

/**
 * The stored scheduler settings, defaults filled in; a stored value that fails validation falls
 * back to the defaults (a damaged setting never stops the app).
 */
export async function loadSchedulerSettings(db: StudyDb): Promise<SchedulerSettings> {
	const stored = await getSetting<object | null>(db, SCHEDULER_KEY, null);
	if (!stored) return { ...DEFAULT_SCHEDULER_SETTINGS };
	try {
		return validateSchedulerSettings({ ...DEFAULT_SCHEDULER_SETTINGS, ...stored });
	} catch {
		return { ...DEFAULT_SCHEDULER_SETTINGS };
	}
}

/**
 * Validate, then store scheduler settings.
 * @throws SettingsError (nothing is written) when a value is out of range.
 */
export async function saveSchedulerSettings(
	db: StudyDb,
	input: unknown
): Promise<SchedulerSettings> {
	const settings = validateSchedulerSettings(input);
	await setSetting(db, SCHEDULER_KEY, settings);
	return settings;
}
