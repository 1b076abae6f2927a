/**
 * Durable storage: whether the browser promised not to evict our data, and how much is used.
 * `navigator.storage.persist()` is asked after the first finished session (not on first load),
 * or when the learner presses the button in Settings.
 */
export type PersistState = 'granted' | 'denied' | 'unknown';

export class StorageStatus {
	persisted = $state<PersistState>('unknown');
	usage = $state<number | null>(null);
	quota = $state<number | null>(null);

	async refresh(): Promise<void> {
		const storage = typeof navigator !== 'undefined' ? navigator.storage : undefined;
		if (!storage?.persisted) return;
		this.persisted = (await storage.persisted()) ? 'granted' : 'denied';
		if (storage.estimate) {
			const e = await storage.estimate();
			this.usage = e.usage ?? null;
			this.quota = e.quota ?? null;
		}
	}

	/** Ask once per device, after the first finished session (called by the review screen). */
	async requestOnce(): Promise<void> {
		try {
			if (localStorage.getItem(PERSIST_ASKED_KEY)) return;
			localStorage.setItem(PERSIST_ASKED_KEY, new Date().toISOString());
		} catch {
			return;
		}
		await this.request();
	}

	/** Ask for persistent storage; the browser may grant it silently or say no. */
	async request(): Promise<void> {
		const storage = typeof navigator !== 'undefined' ? navigator.storage : undefined;
		if (!storage?.persist) return;
		this.persisted = (await storage.persist()) ? 'granted' : 'denied';
		await this.refresh();
	}
}

/** localStorage key: persistence was already asked for once (ask again only from Settings). */
export const PERSIST_ASKED_KEY = 'study-docker:persist-asked';

export const storageStatus = new StorageStatus();
