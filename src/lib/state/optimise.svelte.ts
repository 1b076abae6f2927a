/**
 * The "optimise from my reviews" part of the options screen: read the preset's reviews, run
 * the FSRS optimiser (fsrs-browser in a Web Worker, created only when the learner asks), show
 * the fit before and after, and store the new parameters only when the learner confirms.
 * "Back to the defaults" undoes it.
 */
import { msg, type Message } from '$lib/core/message';
import type { Fit, OptimiseRequest, OptimiseResponse } from '$lib/scheduling';
import type { ServiceContext } from '$lib/services/context';
import {
	DEFAULT_PRESET_ID,
	optimiserInput,
	saveFsrsParameters,
	type OptimiserInput
} from '$lib/services/optimise';

/** The part of a `Worker` the panel uses (tests pass a fake). */
export interface OptimiserWorker {
	postMessage(request: OptimiseRequest): void;
	addEventListener(
		type: 'message',
		listener: (event: MessageEvent<OptimiseResponse>) => void
	): void;
	addEventListener(type: 'error', listener: (event: ErrorEvent) => void): void;
	terminate(): void;
}

/** The optimiser's worker, bundled by Vite with its WASM (loaded on first use only). */
function spawnWorker(): OptimiserWorker {
	return new Worker(new URL('../scheduling/optimiser.worker.ts', import.meta.url), {
		type: 'module'
	}) as unknown as OptimiserWorker;
}

/** Run one request on a fresh worker; the worker is ended when it answers. */
async function ask(worker: OptimiserWorker, request: OptimiseRequest): Promise<OptimiseResponse> {
	try {
		return await new Promise<OptimiseResponse>((resolve) => {
			worker.addEventListener('message', (event) => resolve(event.data));
			worker.addEventListener('error', (event) =>
				resolve({ ok: false, error: event.message || 'worker error' })
			);
			worker.postMessage(request);
		});
	} finally {
		worker.terminate();
	}
}

export type OptimiseStep = 'loading' | 'idle' | 'running' | 'result' | 'saving';

export class OptimisePanel {
	step = $state<OptimiseStep>('loading');
	/** Training items of the preset's reviews. */
	items = $state(0);
	/** Why the optimiser cannot run yet, or null. */
	notEnough = $state.raw<Message | null>(null);
	/** The preset's personal parameters, or null (FSRS's defaults). */
	current = $state.raw<number[] | null>(null);
	/** The last optimisation, waiting for the learner's answer. */
	result = $state.raw<{ parameters: number[]; before: Fit; after: Fit } | null>(null);
	error = $state.raw<Message | null>(null);
	#input: OptimiserInput | null = null;

	/**
	 * @param ctx the service context (null while storage is not ready)
	 * @param applied told the parameters now stored (null: the defaults), so schedulers use them
	 * @param presetId the options preset (every deck shares the default one for now)
	 * @param spawn makes the worker (tests pass a fake)
	 */
	constructor(
		private readonly ctx: () => ServiceContext | null,
		private readonly applied: (parameters: number[] | null) => void,
		readonly presetId: string = DEFAULT_PRESET_ID,
		private readonly spawn: () => OptimiserWorker = spawnWorker
	) {}

	/**
	 * Count the preset's reviews and read its parameters (the app is told them, so a restored
	 * backup's parameters are used at once).
	 */
	async load(): Promise<void> {
		const ctx = this.ctx();
		if (!ctx) return;
		try {
			this.#input = await optimiserInput(ctx, this.presetId);
			this.items = this.#input.items;
			this.notEnough = this.#input.notEnough;
			this.current = this.#input.current;
			this.applied(this.current);
		} catch (error) {
			this.error = msg('settings_optimise_failed', { reason: reasonOf(error) });
		}
		this.step = 'idle';
	}

	/** Run the optimiser on the preset's reviews (nothing is stored). */
	async run(): Promise<void> {
		await this.load();
		const input = this.#input;
		if (!input || input.notEnough || this.step !== 'idle') return;
		this.step = 'running';
		this.error = null;
		this.result = null;
		let out: OptimiseResponse;
		try {
			out = await ask(this.spawn(), { set: input.set, current: input.current });
		} catch (error) {
			out = { ok: false, error: reasonOf(error) };
		}
		if (out.ok) {
			this.result = { parameters: out.parameters, before: out.before, after: out.after };
			this.step = 'result';
		} else {
			this.error = msg('settings_optimise_failed', { reason: out.error });
			this.step = 'idle';
		}
	}

	/** Store the new parameters: from now on the preset's decks are scheduled with them. */
	confirm(): Promise<void> {
		return this.#store(this.result?.parameters ?? null, true);
	}

	/** Forget the result; the stored parameters stay. */
	cancel(): void {
		this.result = null;
		this.step = 'idle';
	}

	/** Undo: the preset goes back to FSRS's default parameters. */
	undo(): Promise<void> {
		return this.#store(null, false);
	}

	async #store(parameters: number[] | null, needResult: boolean): Promise<void> {
		const ctx = this.ctx();
		if (!ctx || (needResult && !parameters)) return;
		this.step = 'saving';
		try {
			await saveFsrsParameters(ctx, this.presetId, parameters);
			this.current = parameters;
			this.result = null;
			this.applied(parameters);
		} catch (error) {
			this.error = msg('settings_optimise_failed', { reason: reasonOf(error) });
		}
		this.step = this.result ? 'result' : 'idle';
	}
}

function reasonOf(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}
