/**
 * App-wide state: the database handle, whether storage works, scheduler settings, and the
 * notices the layout shows (storage unavailable, a write that failed, local data that vanished).
 */
import { systemClock } from '$lib/core/clock';
import type { Message } from '$lib/core/message';
import { DEFAULT_SCHEDULER_SETTINGS, type SchedulerSettings } from '$lib/scheduling';
import { describeStorageError, startApp } from '$lib/services/app';
import type { ServiceContext, StudyDb } from '$lib/services/context';
import { loadPresetBook, type PresetBook } from '$lib/services/presets';
import { drillSources } from './drill-catalog.svelte';

/** localStorage key set once the learner has reviewed something on this device (case C05). */
export const HAD_DATA_KEY = 'study-docker:had-data';

export type DbStatus = 'loading' | 'ready' | 'unavailable';

export class AppState {
	db = $state.raw<StudyDb | null>(null);
	status = $state<DbStatus>('loading');
	/** Why storage is unavailable, for the banner. */
	dbError = $state.raw<Message | null>(null);
	/** The last failed write, for the banner (the write itself was rolled back). */
	writeError = $state.raw<Message | null>(null);
	/**
	 * Another tab opened a newer version of the database: this tab closed its connection so the
	 * upgrade is not blocked, and asks the learner to reload (never reloads by itself).
	 */
	newerVersionElsewhere = $state(false);
	/** The database is empty but this device had data before (storage was wiped). */
	dataLost = $state(false);
	settings = $state<SchedulerSettings>({ ...DEFAULT_SCHEDULER_SETTINGS });
	/** The deck option presets (loaded at start; replaced by the deck screen after a change). */
	presets = $state.raw<PresetBook | undefined>(undefined);
	/**
	 * What the use cases are handed while storage works: the database, the device's clock, the
	 * current settings and presets (a new object when they change, so screens that depend on it
	 * reload).
	 */
	context = $derived.by<ServiceContext | null>(() =>
		this.db
			? {
					db: this.db,
					now: systemClock,
					settings: $state.snapshot(this.settings),
					presets: this.presets
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
					(await import('$lib/services/drill-sync')).syncDrillDeckIfChanged(db, now, drillSources())
			},
			systemClock,
			() => (this.newerVersionElsewhere = true)
		);
		if (!started.ok) {
			this.status = 'unavailable';
			this.dbError = started.error;
			return;
		}
		this.settings = started.settings;
		this.writeError = started.error;
		this.presets = await loadPresetBook(started.db, started.settings).catch(() => undefined);
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

	/** Show a failed write in the banner. */
	reportWriteError(error: unknown): void {
		this.writeError = describeStorageError(error);
	}

	/** Reload the presets after a change (the deck screen calls it). */
	async reloadPresets(): Promise<void> {
		if (this.db) this.presets = await loadPresetBook(this.db, $state.snapshot(this.settings));
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
