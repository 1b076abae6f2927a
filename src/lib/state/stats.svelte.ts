/** The statistics screen: read once per visit, at the device's clock. */
import type { ServiceContext } from '$lib/services/context';
import { loadStats, type StatsData } from '$lib/services/stats';
import { Loaded } from './loaded.svelte';

export { HEATMAP_DAYS, type StatsData } from '$lib/services/stats';

export class StatsScreen {
	readonly data: Loaded<StatsData, ServiceContext>;
	// Getters (they read the loaded data, a $state): reactive where a template reads them.

	/** Busiest day of the heatmap (at least 1), for its colour scale. */
	get heatMax(): number {
		return Math.max(1, ...(this.data.current?.heatmap.map((d) => d.count) ?? []));
	}
	/** Cards due in the forecast window. */
	get forecastTotal(): number {
		return this.data.current?.forecast.reduce((s, d) => s + d.count, 0) ?? 0;
	}
	/** Reviews in the heatmap window. */
	get reviewTotal(): number {
		return this.data.current?.heatmap.reduce((s, d) => s + d.count, 0) ?? 0;
	}
	/** Answers behind the retention chart. */
	get retentionAnswers(): number {
		return this.data.current?.retention.reduce((s, w) => s + w.answers, 0) ?? 0;
	}

	/** Create inside a component. */
	constructor(ctx: () => ServiceContext | null) {
		this.data = new Loaded(ctx, (c) => loadStats(c));
	}
}
