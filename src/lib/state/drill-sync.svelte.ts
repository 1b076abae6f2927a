/**
 * Start-up check of the drill deck, kept apart from the drill code: it reads only the drills'
 * version (a tiny build-time module) and loads the drills and the judge only when the deck in the
 * database was written from other drills. Called by `app.start()`.
 */
import { bundledDeckOutdated, type StudyDb } from '$lib/db';

/** Setting that records which build of the drills the drill deck was written from. */
export const DRILL_VERSION_KEY = 'drillDeckVersion';

/**
 * Bring the drill deck up to date when the drills changed since it was written (or it never was).
 * @param version the drills' version (default: `virtual:drills-version`).
 */
export async function syncDrillDeckIfChanged(
	db: StudyDb,
	now: Date,
	version?: string
): Promise<boolean> {
	const current = version ?? (await import('virtual:drills-version')).default;
	if (!(await bundledDeckOutdated(db, current, DRILL_VERSION_KEY))) return false;
	const { syncDrillDeck } = await import('./drill.svelte');
	await syncDrillDeck(db, now);
	return true;
}
