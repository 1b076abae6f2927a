/**
 * Raw IndexedDB access from a Playwright page, for arranging and asserting stored state without
 * any test hook in the app. Runs inside the page (plain IndexedDB API, no Dexie).
 */
import type { Page } from '@playwright/test';

/** Count rows of a store in the app's database. */
export function countRows(page: Page, store: string): Promise<number> {
	return page.evaluate(
		(store) =>
			new Promise<number>((resolve, reject) => {
				const open = indexedDB.open('study-docker');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const req = open.result.transaction(store).objectStore(store).count();
					req.onsuccess = () => {
						open.result.close();
						resolve(req.result);
					};
					req.onerror = () => reject(req.error);
				};
			}),
		store
	);
}

/** Read one row by key. */
export async function getRow<T>(
	page: Page,
	store: string,
	key: string | number
): Promise<T | undefined> {
	const row: unknown = await page.evaluate(
		({ store, key }) =>
			new Promise<unknown>((resolve, reject) => {
				const open = indexedDB.open('study-docker');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const req = open.result.transaction(store).objectStore(store).get(key);
					req.onsuccess = () => {
						open.result.close();
						resolve(req.result);
					};
					req.onerror = () => reject(req.error);
				};
			}),
		{ store, key }
	);
	return row as T | undefined;
}

/** Merge `patch` into the card row `id` (dates given as ISO strings become Dates). */
export function patchCard(
	page: Page,
	id: string,
	patch: Record<string, unknown>,
	dateFields: string[] = []
) {
	return page.evaluate(
		({ id, patch, dateFields }) =>
			new Promise<void>((resolve, reject) => {
				const open = indexedDB.open('study-docker');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const tx = open.result.transaction('cards', 'readwrite');
					const store = tx.objectStore('cards');
					const req = store.get(id);
					req.onsuccess = () => {
						const row = { ...req.result, ...patch };
						for (const f of dateFields) row[f] = new Date(row[f] as string);
						store.put(row);
					};
					tx.oncomplete = () => {
						open.result.close();
						resolve();
					};
					tx.onerror = () => reject(tx.error);
				};
			}),
		{ id, patch, dateFields }
	);
}
