/**
 * The one bridge from Dexie's liveQuery to Svelte 5 runes. Create it inside a component (it uses
 * `$effect` to subscribe and to unsubscribe when the component goes away).
 */
import { liveQuery } from 'dexie';

export class Live<T> {
	current = $state<T | undefined>(undefined);
	error = $state<unknown>(undefined);

	/** @param querier runs Dexie reads; re-run whenever the tables it read change, or its reactive inputs do. */
	constructor(querier: () => Promise<T | undefined>) {
		$effect(() => {
			const subscription = liveQuery(() => querier()).subscribe({
				next: (value) => {
					this.current = value;
					this.error = undefined;
				},
				error: (error: unknown) => {
					this.error = error;
				}
			});
			return () => subscription.unsubscribe();
		});
	}
}
