import { expect, test, type Page } from '@playwright/test';
import { countRows } from './idb';
import { setCollectionNewPerDay } from './limits';

const NOTES = [
	'# 입력 시험',
	'',
	'- 주소록에 저장된 한 사람의 전화번호와 이메일 ::> 연락처',
	'- 설치 확인에 쓰는 도커 하위 명령의 한국어 이름 ::> 도커 버전',
	'- 일본어 입력 확인 ::> 連絡先',
	''
].join('\n');

async function openDeck(page: Page) {
	// The deck gives all its new cards today (its share of the collection limit is not the point).
	await setCollectionNewPerDay(page, 500);
	await page.goto('/import');
	await page
		.getByTestId('import-file')
		.setInputFiles({ name: 'ime.md', mimeType: 'text/markdown', buffer: Buffer.from(NOTES) });
	await page.getByTestId('import-apply').click();
	await expect(page.getByTestId('import-done')).toBeVisible();
	await page.goto('/review?deck=import%3Aime');
	await expect(page.getByTestId('type-in')).toBeVisible();
}

/** Dispatch key/composition events on the answer field the way a browser's IME does. */
async function ime(
	page: Page,
	steps: (
		| { key: string; keyCode: number; isComposing: boolean }
		| { start: true }
		| { end: string; value: string }
	)[]
) {
	await page.getByTestId('type-in').evaluate((el, steps) => {
		const input = el as HTMLInputElement;
		input.focus();
		for (const s of steps) {
			if ('start' in s)
				input.dispatchEvent(new CompositionEvent('compositionstart', { bubbles: true, data: '' }));
			else if ('end' in s) {
				input.value = s.value;
				input.dispatchEvent(
					new InputEvent('input', { bubbles: true, data: s.end, isComposing: true })
				);
				input.dispatchEvent(new CompositionEvent('compositionend', { bubbles: true, data: s.end }));
			} else {
				const e = new KeyboardEvent('keydown', {
					key: s.key,
					bubbles: true,
					cancelable: true,
					isComposing: s.isComposing
				});
				Object.defineProperty(e, 'keyCode', { get: () => s.keyCode });
				input.dispatchEvent(e);
			}
		}
	}, steps);
}

test('C01: Android — keydown 229 …, compositionend, Enter: one check, correct, the text stays', async ({
	page
}) => {
	await openDeck(page);
	await expect(page.getByTestId('card-front')).toContainText('전화번호');
	await ime(page, [
		{ start: true },
		{ key: 'Unidentified', keyCode: 229, isComposing: true },
		{ key: 'Unidentified', keyCode: 229, isComposing: true },
		{ end: '연락처', value: '연락처' },
		{ key: 'Enter', keyCode: 13, isComposing: false }
	]);
	await expect(page.getByTestId('typed-result')).toHaveAttribute('data-correct', 'true');
	await expect(page.getByTestId('typed-result')).toHaveCount(1);
	await expect(page.getByTestId('type-in')).toHaveValue('연락처');
	// Checked once, not graded: the learner still grades.
	expect(await countRows(page, 'reviewLogs')).toBe(0);
	await page.keyboard.press('3');
	await expect.poll(() => countRows(page, 'reviewLogs')).toBe(1);
});

test('C03: Korean — Enter while the last syllable composes submits once, nothing doubled or stray', async ({
	page
}) => {
	await openDeck(page);
	await page.keyboard.press('Space');
	await page.keyboard.press('4'); // first card out of the way
	await expect(page.getByTestId('card-front')).toContainText('하위 명령');
	await ime(page, [
		{ start: true },
		{ key: 'Enter', keyCode: 229, isComposing: true },
		{ end: '전', value: '도커 버전' },
		// Chrome on macOS echoes the Enter after the composition ends.
		{ key: 'Enter', keyCode: 13, isComposing: false }
	]);
	await expect(page.getByTestId('typed-result')).toHaveAttribute('data-correct', 'true');
	await expect(page.getByTestId('type-in')).toHaveValue('도커 버전');
	// The echo neither checked again nor graded the card.
	await expect(page.getByTestId('card-front')).toContainText('하위 명령');
	expect(await countRows(page, 'reviewLogs')).toBe(1);
});

test('Japanese/Chinese: an Enter that only confirms a candidate does not submit', async ({
	page
}) => {
	await openDeck(page);
	for (let i = 0; i < 2; i++) {
		await page.keyboard.press('Space');
		await page.keyboard.press('4');
		await expect(page.getByTestId('card-back')).toBeHidden();
	}
	await expect(page.getByTestId('card-front')).toContainText('일본어');
	await ime(page, [
		{ start: true },
		{ key: 'Enter', keyCode: 229, isComposing: true },
		{ end: '連絡先', value: '連絡先' }
	]);
	await expect(page.getByTestId('typed-result')).toHaveCount(0);
	await expect(page.getByTestId('type-in')).toHaveValue('連絡先');
	// A real Enter afterwards submits.
	await ime(page, [{ key: 'Enter', keyCode: 13, isComposing: false }]);
	await expect(page.getByTestId('typed-result')).toHaveAttribute('data-correct', 'true');
});

test('a wrong typed answer shows a character diff; the learner still grades', async ({ page }) => {
	await openDeck(page);
	await page.getByTestId('type-in').fill('연락저');
	await page.getByTestId('type-in').press('Enter');
	await expect(page.getByTestId('typed-result')).toHaveAttribute('data-correct', 'false');
	await expect(page.getByTestId('typed-result').locator('.missing')).toHaveText('처');
	await expect(page.getByTestId('typed-result').locator('.extra')).toHaveText('저');
	await page.getByRole('button', { name: /다시/ }).click();
	await expect.poll(() => countRows(page, 'reviewLogs')).toBe(1);
});
