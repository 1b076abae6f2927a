/**
 * App-wide state: the database handle, whether storage works, scheduler settings, and the
 * notices the layout shows (storage unavailable, a write that failed, local data that vanished).
 */
import { systemClock } from '$lib/core/clock';
import type { Message } from '$lib/core/message';
import { DEFAULT_SCHEDULER_SETTINGS, type SchedulerSettings } from '$lib/scheduling';
import { describeStorageError, startApp, storageErrorName } from '$lib/services/app';
import { loadFsrsParameters } from '$lib/services/optimise';
import type { ServiceContext, StudyDb } from '$lib/services/context';
import { drillSources } from './drill-catalog.svelte';

/** localStorage key set once the learner has reviewed something on this device (case C05). */
export const HAD_DATA_KEY = 'study-docker:had-data';

/**
 * `outdated`: another tab (or a newer build) upgraded the database; this tab closed its
 * connection and shows the "newer version — reload" notice instead of any screen (case C07).
 */
export type DbStatus = 'loading' | 'ready' | 'unavailable' | 'outdated';

export class AppState {
	db = $state.raw<StudyDb | null>(null);
	status = $state<DbStatus>('loading');
	/** Why storage is unavailable, for the banner. */
	dbError = $state.raw<Message | null>(null);
	/** The last failed write, for the banner (the write itself was rolled back). */
	writeError = $state.raw<Message | null>(null);
	/**
	 * Another tab opened a newer version of the database (or this build found one on start-up):
	 * this tab closed its connection so the upgrade is not blocked, and asks the learner to
	 * reload (never reloads by itself). Every screen, also one opened afterwards, shows the
	 * notice instead of its content, so none waits for data that can no longer be read.
	 */
	newerVersionElsewhere = $state(false);
	/** This tab's upgrade waits for another tab that still has the old version open. */
	upgradeBlocked = $state(false);
	/** The database is empty but this device had data before (storage was wiped). */
	dataLost = $state(false);
	settings = $state<SchedulerSettings>({ ...DEFAULT_SCHEDULER_SETTINGS });
	/** Personal FSRS parameters of the (only) options preset; null: FSRS's defaults. */
	fsrsParameters = $state.raw<number[] | null>(null);
	/**
	 * What the use cases are handed while storage works: the database, the device's clock and
	 * the current settings (a new object when they change, so screens that depend on it reload).
	 */
	context = $derived.by<ServiceContext | null>(() =>
		this.db && this.status === 'ready'
			? {
					db: this.db,
					now: systemClock,
					settings: $state.snapshot(this.settings),
					fsrsParameters: this.fsrsParameters
				}
			: null
	);
	#starting: Promise<void> | null = null;

	/** Open the database and bring the bundled decks up to date. Safe to call many times. */
	start(): Promise<void> {
		this.#starting ??= this.#start();
		return this.#starting;
	}

	async #start(): Promise<void> {
		const started = await startApp(
			{
				bundledVersion: async () => (await import('virtual:bundled-deck-version')).default,
				bundledDecks: async () => (await import('virtual:bundled-deck')).default,
				syncDrills: async (db, now) =>
					(await import('$lib/services/drill-sync')).syncDrillDeckIfChanged(
						db,
						now,
						drillSources()
					),
				exclusive: acrossTabs
			},
			systemClock,
			{
				onNewerVersion: () => this.#outdated(),
				onBlocked: () => (this.upgradeBlocked = true)
			}
		);
		this.upgradeBlocked = false;
		if (!started.ok) {
			if (started.newer) return this.#outdated();
			this.status = 'unavailable';
			this.dbError = started.error;
			return;
		}
		// Closed during start-up by another tab's upgrade: the failed sync is no write error.
		if (this.newerVersionElsewhere) return;
		this.settings = started.settings;
		this.fsrsParameters = await loadFsrsParameters(started.db).catch(() => null);
		this.writeError = started.error;
		this.dataLost = started.empty && readMarker();
		this.db = started.db;
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

	/** Stop using the database for good in this tab (until it is reloaded). */
	#outdated(): void {
		this.newerVersionElsewhere = true;
		this.status = 'outdated';
	}

	/**
	 * Show a failed write in the banner. A write refused because another tab's upgrade closed
	 * the connection (`DatabaseClosedError`) is told by the "newer version" notice instead.
	 */
	reportWriteError(error: unknown): void {
		if (this.newerVersionElsewhere && storageErrorName(error) === 'DatabaseClosedError') return;
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
		this.upgradeBlocked = false;
		this.#starting = null;
	}
}

/** Run `work` while holding the start-up lock of every tab of this origin (Web Locks). */
function acrossTabs<T>(work: () => Promise<T>): Promise<T> {
	const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
	return locks ? locks.request('study-docker:start-up', work) : work();
}

function readMarker(): boolean {
	try {
		return localStorage.getItem(HAD_DATA_KEY) === '1';
	} catch {
		return false;
	}
}

export const app = new AppState();
