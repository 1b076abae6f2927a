/**
 * Object URLs of stored images, shared by every card on screen. An image is read from
 * IndexedDB once while any card shows it; its URL is revoked as soon as the last card showing
 * it goes away (a URL left alive keeps the Blob in memory until the page closes).
 */
import type { ServiceContext } from '$lib/services/context';
import { loadImage } from '$lib/services/media';

interface Entry {
	users: number;
	url: Promise<string | null>;
}

/** Where object URLs come from (the browser's `URL`; tests count calls). */
export interface ObjectUrls {
	createObjectURL(blob: Blob): string;
	revokeObjectURL(url: string): void;
}

export class MediaCache {
	#entries = new Map<string, Entry>();

	/**
	 * @param ctx the app's service context (null while storage is not ready: images wait)
	 * @param urls the object URL factory (default the global `URL`)
	 */
	constructor(
		private readonly ctx: () => ServiceContext | null,
		private readonly urls: ObjectUrls = URL
	) {}

	/** An object URL for the stored image `hash`, or null when it is not stored. */
	acquire(hash: string): Promise<string | null> {
		let entry = this.#entries.get(hash);
		if (!entry) {
			entry = { users: 0, url: this.#load(hash) };
			this.#entries.set(hash, entry);
		}
		entry.users++;
		return entry.url;
	}

	/** One user of `hash` is done with it; the last one revokes its URL. */
	release(hash: string): void {
		const entry = this.#entries.get(hash);
		if (!entry || --entry.users > 0) return;
		this.#entries.delete(hash);
		void entry.url.then((url) => {
			if (url) this.urls.revokeObjectURL(url);
		});
	}

	/** Object URLs alive now (for tests and the storage view). */
	get size(): number {
		return this.#entries.size;
	}

	async #load(hash: string): Promise<string | null> {
		const ctx = this.ctx();
		if (!ctx) return null;
		try {
			const blob = await loadImage(ctx, hash);
			return blob ? this.urls.createObjectURL(blob) : null;
		} catch {
			// A closed or failing database shows the image's alt text; the app's banner says why.
			return null;
		}
	}
}
