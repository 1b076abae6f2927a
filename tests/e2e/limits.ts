/**
 * Daily new-card limits arranged through the app's own screens, for e2e tests whose subject is
 * not the limits. The collection's limit (settings) is shared between every deck in the study
 * list (`$lib/scheduling/limits`), so with the default 20 and eight bundled decks one deck gives
 * only its share; a test that needs one deck's new cards raises the collection's limit, and a
 * test that needs a short session lowers that deck's preset.
 */
import { expect, type Page } from '@playwright/test';

/** Set the collection's new cards per day on the settings screen (Korean UI) and wait for the save. */
export async function setCollectionNewPerDay(page: Page, n: number) {
	await page.goto('/settings');
	const form = page.getByTestId('scheduler-settings');
	await form.getByLabel('하루 새 카드 수 (모든 덱 합계)').fill(String(n));
	await form.getByRole('button', { name: '저장' }).click();
	await expect(form).toContainText('저장했습니다');
}

/**
 * Set the new cards per day of the preset `deckId` uses (the built-in preset unless the deck has
 * its own), on the deck screen opened from home, and wait for the save.
 */
export async function setDeckNewPerDay(page: Page, deckId: string, n: number) {
	await page.goto('/');
	await page
		.locator(`[data-testid="deck"][data-deck-id="${deckId}"]`)
		.getByTestId('deck-options')
		.click();
	await expect(page.getByTestId('deck-title')).toBeVisible();
	await page.getByLabel('이 덱의 하루 새 카드 수').fill(String(n));
	await page.getByRole('button', { name: '프리셋 저장' }).click();
	await expect(page.getByTestId('deck-notice')).toHaveText('프리셋을 저장했습니다.');
}
