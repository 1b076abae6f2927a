/**
 * App-wide state: the database handle, whether storage works, scheduler settings, and the
 * notices the layout shows (storage unavailable, a write that failed, local data that vanished).
 */
import {
	StudyDb,
	bundledDeckOutdated,
	describeStorageError,
	loadSchedulerSettings,
	syncBundledDecks
} from '$lib/db';
import { DEFAULT_SCHEDULER_SETTINGS, type SchedulerSettings } from '$lib/scheduling';

/** localStorage key set once the learner has reviewed something on this device (case C05). */
export const HAD_DATA_KEY = 'study-docker:had-data';

export type DbStatus = 'loading' | 'ready' | 'unavailable';

export class AppState {
	db = $state.raw<StudyDb | null>(null);
	status = $state<DbStatus>('loading');
	/** Why storage is unavailable, for the banner. */
	dbError = $state<string | null>(null);
	/** The last failed write, for the banner (the write itself was rolled back). */
	writeError = $state<string | null>(null);
	/**
	 * Another tab opened a newer version of the database: this tab closed its connection so the
	 * upgrade is not blocked, and asks the learner to reload (never reloads by itself).
	 */
	newerVersionElsewhere = $state(false);
	/** The database is empty but this device had data before (storage was wiped). */
	dataLost = $state(false);
	settings = $state<SchedulerSettings>({ ...DEFAULT_SCHEDULER_SETTINGS });
	#starting: Promise<void> | null = null;

	/** Open the database and bring the bundled decks up to date. Safe to call many times. */
	start(): Promise<void> {
		this.#starting ??= this.#start();
		return this.#starting;
	}

	async #start(): Promise<void> {
		let db: StudyDb;
		try {
			db = new StudyDb();
			await db.open();
		} catch (error) {
			this.status = 'unavailable';
			this.dbError = describeStorageError(error);
			return;
		}
		db.on('versionchange', () => {
			// Another tab opened a newer schema: close so that tab is not blocked, and ask for a
			// reload here — never reload by ourselves, a review or quiz may be under way.
			db.close();
			this.newerVersionElsewhere = true;
			return false;
		});
		try {
			const now = new Date();
			const { default: version } = await import('virtual:bundled-deck-version');
			if (await bundledDeckOutdated(db, version)) {
				const { default: decks } = await import('virtual:bundled-deck');
				await syncBundledDecks(db, decks, version, now);
			}
			// The drill deck (one command card per recall drill) has its own version and chunk.
			const { syncDrillDeckIfChanged } = await import('./drill-sync.svelte');
			await syncDrillDeckIfChanged(db, now);
			this.settings = await loadSchedulerSettings(db);
			const reviews = await db.reviewLogs.count();
			const imported = await db.decks.where('origin').equals('import').count();
			this.dataLost = reviews === 0 && imported === 0 && readMarker();
		} catch (error) {
			this.writeError = describeStorageError(error);
		}
		this.db = db;
		this.status = 'ready';
	}

	/** Remember that this device has progress worth missing (case C05). */
	markHasData(): void {
		try {
			localStorage.setItem(HAD_DATA_KEY, '1');
		} catch {
			// localStorage can be unavailable too; the notice is best effort.
		}
	}

	/** Show a failed write in the banner. */
	reportWriteError(error: unknown): void {
		this.writeError = describeStorageError(error);
	}

	/** For tests: forget everything. */
	reset(): void {
		this.db?.close();
		this.db = null;
		this.status = 'loading';
		this.dbError = null;
		this.writeError = null;
		this.dataLost = false;
		this.newerVersionElsewhere = false;
		this.#starting = null;
	}
}

function readMarker(): boolean {
	try {
		return localStorage.getItem(HAD_DATA_KEY) === '1';
	} catch {
		return false;
	}
}

export const app = new AppState();
