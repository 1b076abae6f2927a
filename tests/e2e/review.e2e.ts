import { expect, test, type Page } from '@playwright/test';
import { countRows, getRow, patchCard } from './idb';
import { setCollectionNewPerDay } from './limits';

const DECK = '/review?deck=bundled%3Adocker-basics';

async function currentCardId(page: Page): Promise<string> {
	const id = await page.getByTestId('card').getAttribute('data-card-id');
	expect(id).toBeTruthy();
	return id!;
}

test('a whole session by keyboard: reveal, grade with 1–4, undo with Z', async ({ page }) => {
	// Enough new cards that Again never brings back the only card left (the deck's share of the
	// collection limit is not the point).
	await setCollectionNewPerDay(page, 500);
	await page.goto(DECK);
	const first = await currentCardId(page);
	await page.keyboard.press('Space');
	await expect(page.getByTestId('card-back')).toBeVisible();
	// Every button is labelled with its next interval, in Korean units (1분, 10일, 3개월).
	for (const rating of [1, 2, 3, 4]) {
		await expect(page.locator(`button[data-rating="${rating}"] .interval`)).toHaveText(
			/^\d+(\.\d+)?(초|분|시간|일|개월|년)$/
		);
	}
	await page.keyboard.press('3');
	await expect(page.getByTestId('card')).not.toHaveAttribute('data-card-id', first);
	await expect(page.getByTestId('grade-announcement')).toHaveText(
		/^평가: 알맞음\. 다음 복습: \d+(\.\d+)?(초|분|시간|일|개월|년) 뒤$/
	);
	expect(await countRows(page, 'reviewLogs')).toBe(1);
	const graded = await getRow<{ reps: number }>(page, 'cards', first);
	expect(graded?.reps).toBe(1);

	await page.keyboard.press('z');
	await expect(page.getByTestId('card')).toHaveAttribute('data-card-id', first);
	await expect.poll(() => countRows(page, 'reviewLogs')).toBe(0);
	const restored = await getRow<{ reps: number; state: number }>(page, 'cards', first);
	expect(restored).toMatchObject({ reps: 0, state: 0 });

	for (let i = 0; i < 5; i++) {
		const id = await currentCardId(page);
		await page.keyboard.press('Enter');
		await expect(page.getByTestId('card-back')).toBeVisible();
		await page.keyboard.press(String((i % 4) + 1));
		await expect(page.getByTestId('card')).not.toHaveAttribute('data-card-id', id);
	}
	await expect.poll(() => countRows(page, 'reviewLogs')).toBe(5);
});

test('a session by touch: tap to show, swipe right = Good, swipe left = Again', async ({
	page
}) => {
	await page.goto(DECK);
	async function swipe(dx: number) {
		await page.getByTestId('card').evaluate((el, dx) => {
			const r = el.getBoundingClientRect();
			const x = r.left + r.width / 2;
			const y = r.top + r.height / 2;
			const touch = (cx: number) =>
				new Touch({ identifier: 1, target: el, clientX: cx, clientY: y });
			el.dispatchEvent(
				new TouchEvent('touchstart', {
					bubbles: true,
					changedTouches: [touch(x)],
					touches: [touch(x)]
				})
			);
			el.dispatchEvent(
				new TouchEvent('touchend', { bubbles: true, changedTouches: [touch(x + dx)], touches: [] })
			);
		}, dx);
	}
	const first = await currentCardId(page);
	await swipe(150); // before the answer is shown a swipe does nothing
	await expect(page.getByTestId('card')).toHaveAttribute('data-card-id', first);
	expect(await countRows(page, 'reviewLogs')).toBe(0);

	await page.getByRole('button', { name: '정답 보기' }).tap();
	await swipe(150);
	await expect(page.getByTestId('card')).not.toHaveAttribute('data-card-id', first);
	const second = await currentCardId(page);
	await page.getByRole('button', { name: '정답 보기' }).tap();
	await swipe(-150);
	await expect(page.getByTestId('card')).not.toHaveAttribute('data-card-id', second);
	const ratings = await page.evaluate(
		() =>
			new Promise<number[]>((resolve) => {
				const open = indexedDB.open('study-docker');
				open.onsuccess = () => {
					const req = open.result.transaction('reviewLogs').objectStore('reviewLogs').getAll();
					req.onsuccess = () => resolve((req.result as { rating: number }[]).map((r) => r.rating));
				};
			})
	);
	expect(ratings).toEqual([3, 1]);
});

test('a card that lapses for the 8th time becomes a suspended leech, with a notice', async ({
	page
}) => {
	await page.goto(DECK);
	const id = await currentCardId(page);
	// Make the card a review card with 7 lapses, due now.
	const past = new Date(Date.now() - 2 * 86_400_000).toISOString();
	await patchCard(
		page,
		id,
		{
			state: 2,
			queue: 2,
			lapses: 7,
			reps: 12,
			stability: 3,
			difficulty: 7,
			due: past,
			lastReview: past,
			scheduledDays: 3
		},
		['due', 'lastReview']
	);
	await page.reload();
	await expect(page.getByTestId('card')).toHaveAttribute('data-card-id', id);
	await page.keyboard.press('Space');
	await page.keyboard.press('1');
	await expect(page.getByTestId('leech-notice')).toContainText('거머리');
	const row = await getRow<{ suspended: boolean; tags: string[]; queue: number; lapses: number }>(
		page,
		'cards',
		id
	);
	expect(row).toMatchObject({ suspended: true, queue: -1, lapses: 8 });
	expect(row?.tags).toContain('leech');
	await page.reload();
	await expect(page.getByTestId('card')).not.toHaveAttribute('data-card-id', id);
});
