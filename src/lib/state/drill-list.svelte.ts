/**
 * The drill list screen: scenarios with their best result and recall drills with where their
 * card stands (`services/drill-progress.ts`), re-read whenever cards or settings change. When
 * storage is unavailable the drills are listed with status `missing` (they can still be
 * practised).
 */
import type { Drill } from '$lib/drill';
import type { ServiceContext } from '$lib/services/context';
import { loadDrillProgress, offlineDrillProgress, type DrillProgress } from '$lib/services/drill';
import { drillCatalog, type DrillCatalog } from './drill-catalog.svelte';
import { Live } from './live.svelte';

export type { DrillProgress, RecallEntry, RecallStatus, ScenarioEntry } from '$lib/services/drill';
export { drillHref } from './drill.svelte';

/** What the list depends on: the drills, and the context (null: no storage). */
interface ProgressInput {
	drills: Drill[];
	ctx: ServiceContext | null;
}

export class DrillListScreen {
	readonly progress: Live<DrillProgress, ProgressInput>;

	/**
	 * Create inside a component.
	 * @param ctx the app's context (null until storage is open)
	 * @param unavailable storage cannot be used: list the drills without progress
	 */
	constructor(
		ctx: () => ServiceContext | null,
		unavailable: () => boolean,
		catalog: DrillCatalog = drillCatalog
	) {
		void catalog.load();
		this.progress = new Live(
			(): ProgressInput | null => {
				const drills = catalog.drills;
				if (!drills) return null;
				const c = ctx();
				return c || unavailable() ? { drills, ctx: c } : null;
			},
			({ drills, ctx: c }) =>
				c ? loadDrillProgress(c, drills) : Promise.resolve(offlineDrillProgress(drills))
		);
	}

	/** The list, once loaded. */
	get current(): DrillProgress | undefined {
		return this.progress.current;
	}
}
