/**
 * Start-up: open the database, bring the bundled decks (and the drill deck) up to date with this
 * build, load the scheduler settings, and notice local data that vanished (case C05).
 */
import {
	countImportedDecks,
	countReviews,
	describeStorageError,
	SCHEMA_VERSION,
	storageErrorName,
	storedSchemaVersion,
	StudyDb
} from '$lib/db';
import { msg } from '$lib/core/message';
import type { Message } from '$lib/core/message';
import type { Clock } from '$lib/core/clock';
import { DEFAULT_SCHEDULER_SETTINGS, type SchedulerSettings } from '$lib/scheduling';
import type { BundledNotes } from '$lib/db';
import { syncBundled } from './import';

export { describeStorageError, storageErrorName } from '$lib/db';
import { loadSchedulerSettings } from './settings';

/** What start-up found. */
export type Started =
	| {
			ok: false;
			error: Message;
			/**
			 * The stored database has a higher version than this build knows (another tab, or a
			 * newer build, upgraded it): the learner should reload, not look for a storage fault.
			 */
			newer: boolean;
	  }
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
	/**
	 * Runs the sync while no other tab runs its own (the browser's Web Locks): two tabs opened
	 * at once would otherwise both plan the same new cards and the second write would fail.
	 * Default: run it directly.
	 */
	exclusive?: <T>(work: () => Promise<T>) => Promise<T>;
}

/** What start-up tells the app about other tabs (case C07). */
export interface TabEvents {
	/**
	 * Another tab (or a newer build) opened the database with a higher version. This tab's
	 * connection is closed first, so that upgrade is not blocked; transactions already running
	 * still commit (IndexedDB lets them finish), and nothing is written after. Never reloads.
	 */
	onNewerVersion: () => void;
	/** This tab's upgrade waits for another tab that keeps the old version open. */
	onBlocked?: () => void;
}

/**
 * Open the database and bring it up to date.
 * @param events told about other tabs' versions (see {@link TabEvents})
 */
export async function startApp(
	sources: StartupSources,
	now: Clock,
	events: TabEvents,
	name?: string
): Promise<Started> {
	const db = new StudyDb(name);
	// Registered before open: a third page may ask for a higher version while start-up runs.
	db.on('versionchange', () => {
		db.close();
		events.onNewerVersion();
		return false;
	});
	db.on('blocked', () => events.onBlocked?.());
	try {
		await db.open();
	} catch (error) {
		return {
			ok: false,
			error: describeStorageError(error),
			newer: storageErrorName(error) === 'VersionError'
		};
	}
	if (storedSchemaVersion(db) > SCHEMA_VERSION) {
		// Dexie 4 opens a database a newer build upgraded as long as our tables exist; this build
		// must not read or write rows whose shape it does not know.
		db.close();
		return {
			ok: false,
			error: msg('storage_error_version', { name: 'VersionError' }),
			newer: true
		};
	}
	let settings: SchedulerSettings = { ...DEFAULT_SCHEDULER_SETTINGS };
	try {
		const ctx = { db, now, settings };
		const exclusive = sources.exclusive ?? ((work) => work());
		await exclusive(async () => {
			await syncBundled(ctx, await sources.bundledVersion(), sources.bundledDecks);
			await sources.syncDrills(db, now());
		});
		settings = await loadSchedulerSettings(db);
		const empty = (await countReviews(db)) === 0 && (await countImportedDecks(db)) === 0;
		return { ok: true, db, settings, empty, error: null };
	} catch (error) {
		return { ok: true, db, settings, empty: false, error: describeStorageError(error) };
	}
}
