/**
 * Start-up: open the database, bring the bundled decks (and the drill deck) up to date with this
 * build, load the scheduler settings, and notice local data that vanished (case C05).
 */
import { countImportedDecks, countReviews, describeStorageError, StudyDb } from '$lib/db';
import type { Message } from '$lib/core/message';
import type { Clock } from '$lib/core/clock';
import { DEFAULT_SCHEDULER_SETTINGS, type SchedulerSettings } from '$lib/scheduling';
import type { BundledNotes } from '$lib/db';
import { syncBundled } from './import';

export { describeStorageError } from '$lib/db';
import { loadSchedulerSettings } from './settings';

/** What start-up found. */
export type Started =
	| { ok: false; error: Message }
	| {
			ok: true;
			db: StudyDb;
			settings: SchedulerSettings;
			/** No review and no imported deck is stored (with a marker: the data vanished). */
			empty: boolean;
			/** A write during start-up failed (the app still runs on what is stored). */
			error: Message | null;
	  };

/** Where start-up gets the bundled content from (lazy chunks in the app, fixtures in tests). */
export interface StartupSources {
	/** The content hash of the bundled notes. */
	bundledVersion: () => Promise<string>;
	/** The parsed bundled notes (only loaded when the version changed). */
	bundledDecks: () => Promise<readonly BundledNotes[]>;
	/** Bring the drill deck up to date (its own version and chunk). */
	syncDrills: (db: StudyDb, now: Date) => Promise<unknown>;
}

/**
 * Open the database and bring it up to date.
 * @param onNewerVersion told when another tab opens a newer schema: this tab's connection is
 *   closed first so that tab is not blocked (never reloads by itself)
 */
export async function startApp(
	sources: StartupSources,
	now: Clock,
	onNewerVersion: () => void,
	name?: string
): Promise<Started> {
	let db: StudyDb;
	try {
		db = new StudyDb(name);
		await db.open();
	} catch (error) {
		return { ok: false, error: describeStorageError(error) };
	}
	db.on('versionchange', () => {
		db.close();
		onNewerVersion();
		return false;
	});
	let settings: SchedulerSettings = { ...DEFAULT_SCHEDULER_SETTINGS };
	try {
		const ctx = { db, now, settings };
		await syncBundled(ctx, await sources.bundledVersion(), sources.bundledDecks);
		await sources.syncDrills(db, now());
		settings = await loadSchedulerSettings(db);
		const empty = (await countReviews(db)) === 0 && (await countImportedDecks(db)) === 0;
		return { ok: true, db, settings, empty, error: null };
	} catch (error) {
		return { ok: true, db, settings, empty: false, error: describeStorageError(error) };
	}
}
