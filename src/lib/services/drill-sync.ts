/**
 * Start-up check of the drill deck, kept apart from the drill code: it reads only the drills'
 * version (a tiny build-time module) and loads the drills, the judge and {@link syncDrillDeck}
 * only when the deck in the database was written from other drills.
 */
import { bundledDeckOutdated, type StudyDb } from '$lib/db';
import type { Drill } from '$lib/drill';

/** Setting that records which build of the drills the drill deck was written from. */
export const DRILL_VERSION_KEY = 'drillDeckVersion';

/** What `virtual:drills` provides (see `scripts/drills-plugin.ts`). */
export interface DrillsModule {
	default: Drill[];
	version: string;
}

/** Where the drills come from: build-time modules in the app, fixtures in tests. */
export interface DrillSources {
	/** The drills' content hash (`virtual:drills-version`). */
	version: () => Promise<string>;
	/** The drills themselves (`virtual:drills`), loaded only when the deck is out of date. */
	drills: () => Promise<DrillsModule>;
	/** The drill deck's title as stored (the drills' language, like a notes deck's title). */
	title: string;
}

/**
 * Bring the drill deck up to date when the drills changed since it was written (or it never was).
 * @returns whether the deck was written
 */
export async function syncDrillDeckIfChanged(
	db: StudyDb,
	now: Date,
	sources: DrillSources
): Promise<boolean> {
	if (!(await bundledDeckOutdated(db, await sources.version(), DRILL_VERSION_KEY))) return false;
	const { syncDrillDeck } = await import('./drill');
	await syncDrillDeck(db, now, sources.drills, sources.title);
	return true;
}
