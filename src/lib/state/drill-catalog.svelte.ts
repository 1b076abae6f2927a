/**
 * The drills of this build, loaded once on demand (their data sits in its own chunk), and where
 * start-up finds them to bring the drill deck up to date.
 */
import type { Drill } from '$lib/drill';
import { m } from '$lib/paraglide/messages';
import type { DrillSources, DrillsModule } from '$lib/services/drill-sync';

const importDrills = (): Promise<DrillsModule> => import('virtual:drills');

/** The drills and their version as built (`virtual:drills`, `virtual:drills-version`). */
export function drillSources(): DrillSources {
	return {
		version: async () => (await import('virtual:drills-version')).default,
		drills: importDrills,
		// The drill deck's cards are the drills' own (Korean) text, so its stored title is too.
		title: m.drill_title({}, { locale: 'ko' })
	};
}

/** The drills of this build, loaded once. */
export class DrillCatalog {
	/** Null until {@link DrillCatalog.load} resolved. */
	drills = $state.raw<Drill[] | null>(null);
	#loading: Promise<Drill[]> | null = null;
	#load: () => Promise<DrillsModule>;

	/** @param load where the drills come from (tests pass their own) */
	constructor(load: () => Promise<DrillsModule> = importDrills) {
		this.#load = load;
	}

	/** Load the drills (once; later calls share the first load). */
	load(): Promise<Drill[]> {
		this.#loading ??= this.#load().then((mod) => (this.drills = mod.default));
		return this.#loading;
	}

	/** The drill with this id, once loaded. */
	find(id: string): Drill | undefined {
		return this.drills?.find((d) => d.id === id);
	}
}

/** The app's drill catalog. */
export const drillCatalog = new DrillCatalog();
