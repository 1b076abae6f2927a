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

	/** Ask for persistent storage; the browser may grant it silently or say no. */
	async request(): Promise<void> {
		const storage = typeof navigator !== 'undefined' ? navigator.storage : undefined;
		if (!storage?.persist) return;
		this.persisted = (await storage.persist()) ? 'granted' : 'denied';
		await this.refresh();
	}
}

export const storageStatus = new StorageStatus();
