/**
 * The FSRS optimiser in a Web Worker (loaded only by the options screen's "optimise" action):
 * fsrs-browser's WASM is instantiated here, single-threaded (its rayon thread pool would need a
 * cross-origin isolated page), so the screen never freezes while fsrs-rs trains.
 * Message in: {@link OptimiseRequest}; message out: {@link OptimiseResponse}.
 */
import init, { Fsrs } from 'fsrs-browser';
import { optimise, type OptimiseRequest, type OptimiseResponse } from './optimiser-core';

let ready: Promise<unknown> | null = null;

self.onmessage = async (event: MessageEvent<OptimiseRequest>) => {
	let out: OptimiseResponse;
	try {
		ready ??= init();
		await ready;
		out = optimise(Fsrs, event.data);
	} catch (error) {
		out = { ok: false, error: error instanceof Error ? error.message : String(error) };
	}
	self.postMessage(out);
};
