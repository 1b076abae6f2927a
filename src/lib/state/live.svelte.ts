/**
 * The one bridge from Dexie's liveQuery to Svelte 5 runes. Create it inside a component (it uses
 * `$effect` to subscribe and to unsubscribe when the component goes away).
 */
import { liveQuery } from 'dexie';

export class Live<T, I = unknown> {
	current = $state<T | undefined>(undefined);
	error = $state<unknown>(undefined);

	/**
	 * @param input read inside the effect, so it is tracked: when its value changes (e.g. the
	 *   database handle appears, a setting changes) the query is subscribed anew. While it is
	 *   null or undefined nothing is queried.
	 * @param querier runs Dexie reads; re-run by Dexie whenever the tables it read change.
	 */
	constructor(input: () => I | null | undefined, querier: (input: I) => Promise<T>) {
		$effect(() => {
			const value = input();
			if (value === null || value === undefined) return;
			const subscription = liveQuery(() => querier(value)).subscribe({
				next: (result) => {
					this.current = result;
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
