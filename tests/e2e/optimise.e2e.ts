/**
 * Personal FSRS parameters on the settings screen: with too few reviews the optimiser says why;
 * with a seeded history of reviews it runs fsrs-browser's WASM in a Web Worker (also offline,
 * from the service worker's cache), shows log loss and RMSE before and after, stores the new
 * parameters only when confirmed, and undo goes back to the defaults.
 */
import { expect, test, type Page } from '@playwright/test';
import { generateHistory } from '../review-history';
import { getRow } from './idb';

/** Put review log rows straight into the app's database (no test hook in the app). */
async function addReviews(page: Page, rows: ReturnType<typeof generateHistory>) {
	const state = (s: number) => ({
		due: new Date(0),
		stability: 0,
		difficulty: 0,
		elapsedDays: 0,
		scheduledDays: 0,
		learningSteps: 0,
		reps: 0,
		lapses: 0,
		state: s,
		lastReview: null
	});
	const logs = rows.map((r) => ({
		cardId: r.cardId,
		deckId: r.deckId,
		rating: r.rating,
		reviewedAt: r.reviewedAt,
		origin: r.origin,
		stateBefore: state(r.stateBefore.state),
		stateAfter: state(2),
		queueBefore: 0,
		elapsedDays: 0,
		scheduledDays: 0
	}));
	await page.evaluate(
		(logs) =>
			new Promise<void>((resolve, reject) => {
				const open = indexedDB.open('study-docker');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const tx = open.result.transaction('reviewLogs', 'readwrite');
					for (const log of logs) tx.objectStore('reviewLogs').add(log);
					tx.oncomplete = () => {
						open.result.close();
						resolve();
					};
					tx.onerror = () => reject(tx.error);
				};
			}),
		logs
	);
}

const cell = (page: Page, row: string, col: number) =>
	page
		.getByTestId(row)
		.locator('td')
		.nth(col)
		.innerText()
		.then((t) => Number(t.replace(/,/g, '')));

/** The FSRS parameters stored in the built-in options preset (a settings row), or null. */
async function storedParameters(page: Page): Promise<number[] | null> {
	const row = await getRow<{ value: { fsrsParameters?: number[] } }>(
		page,
		'settings',
		'preset:default'
	);
	return row?.value.fsrsParameters ?? null;
}

test('optimise from my reviews: not enough, then a seeded history (offline), confirm, undo', async ({
	page,
	context
}) => {
	test.setTimeout(300_000);
	await page.goto('/settings');
	await expect(page.getByTestId('optimise-not-enough')).toContainText('0');
	await expect(page.getByTestId('optimise-run')).toBeDisabled();
	await expect(page.getByTestId('optimise-in-use')).toHaveText(
		'FSRS 기본 매개변수를 쓰고 있습니다.'
	);

	await addReviews(page, generateHistory(20250301, { cards: 80, days: 60 }));
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
	});
	// Offline: the worker and its WASM come from the service worker's cache.
	await context.setOffline(true);
	await page.reload();
	await expect(page.getByTestId('optimise-not-enough')).toHaveCount(0);
	await page.getByTestId('optimise-run').click();
	await expect(page.getByTestId('optimise-result')).toBeVisible({ timeout: 240_000 });
	await page.screenshot({ path: 'screenshots/optimise-result-phone-ko.png', fullPage: true });
	const [before, after] = [
		await cell(page, 'optimise-log-loss', 0),
		await cell(page, 'optimise-log-loss', 1)
	];
	expect(after).toBeLessThan(before);
	expect(await cell(page, 'optimise-rmse', 1)).toBeLessThan(await cell(page, 'optimise-rmse', 0));
	await context.setOffline(false);

	// Nothing is stored before the learner confirms.
	expect(await storedParameters(page)).toBeNull();
	await page.getByTestId('optimise-save').click();
	await expect(page.getByTestId('optimise-in-use')).toHaveText('나만의 매개변수를 쓰고 있습니다.');
	const stored = await storedParameters(page);
	expect(stored).toHaveLength(21);
	expect(stored!.every(Number.isFinite)).toBe(true);

	await page.reload();
	await expect(page.getByTestId('optimise-in-use')).toHaveText('나만의 매개변수를 쓰고 있습니다.');
	await page.getByTestId('optimise-undo').click();
	await expect(page.getByTestId('optimise-in-use')).toHaveText(
		'FSRS 기본 매개변수를 쓰고 있습니다.'
	);
	expect(await storedParameters(page)).toBeNull();
});
