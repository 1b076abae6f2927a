/**
 * What the optimiser worker does, apart from loading the WASM (so Node tests run the same code
 * on the real fsrs-browser module): fit parameters with fsrs-rs on the training set, then
 * measure the fit of the current and of the new parameters on that same history.
 */
import { default_w } from 'ts-fsrs';
import { fitOf, isFsrsParameters, type Fit, type TrainingSet } from './optimise';

/** The part of fsrs-browser's `Fsrs` class the optimiser uses. */
export interface FsrsModel {
	computeParameters(
		ratings: Uint32Array,
		deltaTs: Uint32Array,
		lengths: Uint32Array,
		progress: null,
		enableShortTerm: boolean
	): Float32Array;
	memoryState(ratings: Uint32Array, deltaTs: Uint32Array): Float32Array;
	free(): void;
}

/** fsrs-browser's `Fsrs` constructor (default parameters when none are given). */
export type FsrsConstructor = new (parameters?: Float32Array | null) => FsrsModel;

/** A request to the worker: the training set and the parameters in use now. */
export interface OptimiseRequest {
	set: TrainingSet;
	/** The preset's parameters now; null for FSRS's defaults. */
	current: number[] | null;
}

/** The worker's answer. */
export type OptimiseResponse =
	| { ok: true; parameters: number[]; before: Fit; after: Fit }
	| { ok: false; error: string };

/**
 * Fit FSRS parameters to `request.set` with fsrs-rs (short-term reviews on, as the scheduler
 * uses them), and the log loss / RMSE of the current and the new parameters on it.
 */
export function optimise(Fsrs: FsrsConstructor, request: OptimiseRequest): OptimiseResponse {
	const { set, current } = request;
	try {
		const trainer = new Fsrs();
		// computeParameters takes ownership of the model (wasm-bindgen `mut self`): not freed here.
		const fitted = trainer.computeParameters(
			Uint32Array.from(set.ratings),
			Uint32Array.from(set.deltaDays),
			Uint32Array.from(set.lengths),
			null,
			true
		);
		const parameters: number[] = Array.from(fitted, (x) => Number(x.toFixed(4)));
		if (!isFsrsParameters(parameters)) {
			return { ok: false, error: `unusable parameters (${fitted.length} numbers)` };
		}
		const now = new Fsrs(current ? Float32Array.from(current) : null);
		const next = new Fsrs(Float32Array.from(parameters));
		try {
			const defaults = current ?? [...default_w];
			return {
				ok: true,
				parameters,
				before: fitOf(set, defaults, (r, d) => now.memoryState(r, d)),
				after: fitOf(set, parameters, (r, d) => next.memoryState(r, d))
			};
		} finally {
			now.free();
			next.free();
		}
	} catch (error) {
		return { ok: false, error: error instanceof Error ? error.message : String(error) };
	}
}
