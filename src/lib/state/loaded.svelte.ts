/**
 * Screens' one-shot loads: read (or read-then-write) once when the input is there and again
 * whenever it changes, dropping the result of a load that was overtaken. The counterpart of
 * `Live` (which follows the database) for work that must not re-run on every write, such as
 * opening a quiz attempt (it may submit it) or the statistics (read once per visit).
 * Create it inside a component: it uses `$effect`.
 */
import { untrack } from 'svelte';

export class Loaded<T, I = unknown> {
	/** The last result; undefined while the first load runs. */
	current = $state.raw<T | undefined>(undefined);
	error = $state.raw<unknown>(undefined);

	/**
	 * @param input read inside the effect, so it is tracked; while it is null or undefined
	 *   nothing is loaded
	 * @param load the work; its result becomes {@link Loaded.current} unless a newer load started
	 */
	constructor(input: () => I | null | undefined, load: (input: I) => Promise<T>) {
		$effect(() => {
			const value = input();
			if (value === null || value === undefined) return;
			let overtaken = false;
			this.current = undefined;
			this.error = undefined;
			untrack(() => load(value)).then(
				(result) => {
					if (!overtaken) this.current = result;
				},
				(error: unknown) => {
					if (!overtaken) this.error = error;
				}
			);
			return () => {
				overtaken = true;
			};
		});
	}
}
