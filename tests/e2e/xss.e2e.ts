import { expect, test } from '@playwright/test';
import { setCollectionNewPerDay } from './limits';

// Notes are untrusted input: nothing in them may run, load or navigate.
const PAYLOADS = [
	'# XSS 시험',
	'',
	'## 이미지',
	'- 깨진 이미지: <img src=x onerror="alert(1)">',
	'- 그림 태그 ![대체 글](javascript:alert(2))',
	'',
	'## 스크립트',
	'- 스크립트: <script>alert(3)</script> 끝',
	'- 링크: [눌러 보기](javascript:alert(4))',
	'- 자동 링크: <a href="javascript:alert(5)">여기</a>',
	'',
	'## SVG와 프레임',
	'- SVG: <svg onload="alert(6)"><script>alert(7)</script></svg>',
	'- 프레임: <iframe src="javascript:alert(8)"></iframe>',
	'- 외부 이미지: <img src="https://evil.example/x.png">',
	'- 질문 :: <img src=x onerror=alert(9)> 답',
	'- 위험한 링크 :: [열기](javascript:alert(10))',
	''
].join('\n');

test('notes with script payloads run nothing, load nothing, and trip no CSP', async ({
	page,
	baseURL
}) => {
	const origin = new URL(baseURL!).origin;
	const dialogs: string[] = [];
	const foreign: string[] = [];
	const cspErrors: string[] = [];
	page.on('dialog', (d) => {
		dialogs.push(d.message());
		void d.dismiss();
	});
	page.on('request', (r) => {
		if (new URL(r.url()).origin !== origin && !r.url().startsWith('data:')) foreign.push(r.url());
	});
	page.on('console', (m) => {
		if (/Content Security Policy|Refused to/i.test(m.text())) cspErrors.push(m.text());
	});

	// The deck gives all its new cards today (its share of the collection limit is not the point).
	await setCollectionNewPerDay(page, 500);
	await page.goto('/import');
	await page.getByTestId('import-file').setInputFiles({
		name: 'xss.md',
		mimeType: 'text/markdown',
		buffer: Buffer.from(PAYLOADS)
	});
	await page.getByTestId('import-apply').click();
	await expect(page.getByTestId('import-done')).toBeVisible();

	await page.goto('/review?deck=import%3Axss');
	await expect(page.getByTestId('card')).toBeVisible();
	let seen = 0;
	for (; seen < 30; seen++) {
		const card = page.getByTestId('card');
		if (!(await card.isVisible())) break;
		const id = await card.getAttribute('data-card-id');
		await page.keyboard.press('Space');
		await expect(page.getByTestId('card-back')).toBeVisible();
		const html = await card.innerHTML();
		expect(html).not.toMatch(/<script|<iframe|<svg|onerror=|onload=|javascript:/i);
		await page.keyboard.press('4');
		await expect(page.locator(`[data-testid=card][data-card-id="${id}"]`)).toHaveCount(0);
	}
	expect(seen).toBeGreaterThanOrEqual(5);
	await page.waitForTimeout(500);
	expect(dialogs).toEqual([]);
	expect(foreign).toEqual([]);
	expect(cspErrors).toEqual([]);
});
