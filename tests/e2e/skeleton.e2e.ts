import { expect, test, type Page } from '@playwright/test';
import { notesPath } from '../notes-path';
import { setCollectionNewPerDay } from './limits';

/** The deck row for the imported notes file on the home screen. */
const deckRow = (page: Page) =>
	page.locator('[data-testid=deck][data-deck-id="import:study_docker"]');

async function dueTotal(page: Page): Promise<number> {
	const row = deckRow(page);
	const n = async (id: string) => Number(await row.getByTestId(id).locator('b').textContent());
	return (await n('count-new')) + (await n('count-learning')) + (await n('count-review'));
}

test('import the user notes, review 3 cards, then everything works offline', async ({
	page,
	context
}) => {
	await page.goto('/');
	await expect(page.getByTestId('deck').first()).toBeVisible(); // bundled decks are seeded
	// The deck gives all its new cards today (its share of the collection limit is not the point).
	await setCollectionNewPerDay(page, 500);

	await page.goto('/import');
	await page.getByTestId('import-file').setInputFiles(notesPath());
	await expect(page.getByTestId('import-preview')).toBeVisible();
	await page.getByTestId('import-apply').click();
	await expect(page.getByTestId('import-done')).toBeVisible();

	await page.goto('/');
	await expect(deckRow(page)).toBeVisible();
	const before = await dueTotal(page);
	expect(before).toBeGreaterThanOrEqual(3);

	await page.goto('/review?deck=import%3Astudy_docker');
	const reviewed: string[] = [];
	for (let i = 0; i < 3; i++) {
		const card = page.getByTestId('card');
		await expect(card).toBeVisible();
		const id = await card.getAttribute('data-card-id');
		expect(id).toBeTruthy();
		reviewed.push(id!);
		await page.keyboard.press('Space');
		await expect(page.getByTestId('card-back')).toBeVisible();
		await page.keyboard.press('4'); // Easy: out of today's queue for days
		await expect(page.getByTestId('card')).not.toHaveAttribute('data-card-id', id!);
	}
	expect(new Set(reviewed).size).toBe(3);

	await page.reload();
	await expect(page.getByTestId('card')).toBeVisible();
	for (let i = 0; i < 5; i++) {
		expect(reviewed).not.toContain(await page.getByTestId('card').getAttribute('data-card-id'));
		await page.keyboard.press('Space');
		await page.keyboard.press('1');
	}

	await page.goto('/');
	await expect(deckRow(page)).toBeVisible();
	// 3 new cards were studied (the limit of new cards today fell by 3) — plus the 5 answered Again
	// are now learning cards due again, so they are still counted.
	const after = await dueTotal(page);
	expect(after).toBe(before - 3);

	// The service worker has precached the build: go offline.
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
	});
	await context.setOffline(true);
	await page.reload();
	await expect(deckRow(page)).toBeVisible();
	expect(await dueTotal(page)).toBe(after);

	await page.goto('/review?deck=import%3Astudy_docker');
	await expect(page.getByTestId('card')).toBeVisible();
	await context.setOffline(false);
});

test('C09: a deep link to the review page opens offline in a fresh tab', async ({
	page,
	context
}) => {
	await page.goto('/');
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
	});
	await context.setOffline(true);
	const fresh = await context.newPage();
	await fresh.goto('/review?deck=bundled%3Adocker-basics');
	await expect(fresh.getByTestId('card')).toBeVisible();
	await context.setOffline(false);
});
