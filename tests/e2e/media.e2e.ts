/**
 * Notes imported together with their images: the user's notes with an image folder (picked as a
 * folder), and a notes file with two images in a `.zip`. Each image is shown on its card in the
 * review and the card browser, from IndexedDB, also offline after a reload; a notes file picked
 * alone says which image is missing and on which line. Screenshots at 390×844, Korean and English.
 */
import { expect, test, type Page } from '@playwright/test';
import { zipSync } from 'fflate';
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { notesPath } from '../notes-path';
import { solidPng } from '../png';

const VERSION_PNG = solidPng(120, 60, [20, 120, 200]);
const BRIDGE_PNG = solidPng(80, 80, [200, 60, 40]);

/** A notes file with two images: a command's output after its block, and a bullet's picture. */
const TWO_IMAGES = [
	'# 이미지 노트',
	'',
	'## 설치',
	'',
	'- 버전 확인',
	'  ```',
	'  docker version',
	'  ```',
	'  <img src="./img/version.png" width="300px">',
	'',
	'## 네트워크',
	'',
	'- 브리지 네트워크 :: 같은 호스트의 컨테이너를 잇는 기본 네트워크',
	'',
	'  ![브리지 구조](img/bridge.png)',
	''
].join('\n');

const ZIP = Buffer.from(
	zipSync({
		'images/images.md': new TextEncoder().encode(TWO_IMAGES),
		'images/img/version.png': new Uint8Array(VERSION_PNG),
		'images/img/bridge.png': new Uint8Array(BRIDGE_PNG)
	})
);

/** The user's notes in a folder of ours with the image they refer to (`./img/docker_version.png`). */
function notesFolder(): string {
	const root = mkdtempSync(join(tmpdir(), 'notes-'));
	const dir = join(root, 'docker-notes');
	mkdirSync(join(dir, 'img'), { recursive: true });
	copyFileSync(notesPath(), join(dir, 'study_Docker.md'));
	writeFileSync(join(dir, 'img', 'docker_version.png'), VERSION_PNG);
	return dir;
}

/** The stored images shown on the page, as [natural width, height] (0 until decoded). */
function shownImages(page: Page) {
	return page.locator('img.card-image').evaluateAll((imgs) =>
		(imgs as HTMLImageElement[]).map((img) => ({
			blob: img.src.startsWith('blob:'),
			size: [img.naturalWidth, img.naturalHeight]
		}))
	);
}

async function cardIdWith(page: Page, deckId: string, text: string): Promise<string> {
	return page.evaluate(
		({ deckId, text }) =>
			new Promise<string>((resolve, reject) => {
				const open = indexedDB.open('study-docker');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const req = open.result.transaction('cards').objectStore('cards').getAll();
					req.onsuccess = () => {
						open.result.close();
						const rows = req.result as { id: string; deckId: string; front: string }[];
						const row = rows.find((r) => r.deckId === deckId && r.front.includes(text));
						if (row) resolve(row.id);
						else reject(new Error(`no card with ${text}`));
					};
				};
			}),
		{ deckId, text }
	);
}

test("the user's notes picked as a folder: docker version's output shows on its card", async ({
	page
}) => {
	await page.goto('/import');
	await page.getByTestId('import-folder').setInputFiles(notesFolder());
	await expect(page.getByTestId('import-preview')).toBeVisible();
	await expect(page.getByTestId('import-images')).toHaveText('이미지 1개를 카드에 넣습니다.');
	await expect(page.getByTestId('import-warnings')).not.toContainText('docker_version.png');
	await page.getByTestId('import-apply').click();
	await expect(page.getByTestId('import-done')).toBeVisible();

	const id = await cardIdWith(page, 'import:study_docker', '설치 확인법');
	await page.goto(`/cards/view?id=${encodeURIComponent(id)}`);
	await expect(page.getByTestId('detail-back').locator('img.card-image')).toBeVisible();
	await expect.poll(() => shownImages(page)).toEqual([{ blob: true, size: [120, 60] }]);
	await expect(page.getByTestId('detail-back')).not.toContainText('.png');
	await page.screenshot({ path: 'screenshots/image-card-view-phone-ko.png' });
});

test('the notes file alone: the missing image is a warning with its line, never card text', async ({
	page
}) => {
	await page.goto('/import');
	await page.getByTestId('import-file').setInputFiles(notesPath());
	await expect(page.getByTestId('import-preview')).toBeVisible();
	await expect(page.getByTestId('import-images')).toHaveCount(0);
	await expect(page.getByTestId('import-warnings')).toContainText(
		/72.*이미지 파일을 찾지 못했습니다: \.\/img\/docker_version\.png/
	);
});

for (const lang of ['ko', 'en'] as const) {
	test(`two images in a .zip are shown in review and stay offline after a reload (${lang})`, async ({
		page,
		context
	}) => {
		await page.addInitScript((l) => localStorage.setItem('PARAGLIDE_LOCALE', l), lang);
		await page.goto('/import');
		await page.evaluate(async () => {
			await navigator.serviceWorker.ready;
		});
		await page.getByTestId('import-file').setInputFiles({
			name: 'images.zip',
			mimeType: 'application/zip',
			buffer: ZIP
		});
		await expect(page.getByTestId('import-images')).toBeVisible();
		await page.screenshot({ path: `screenshots/import-images-phone-${lang}.png`, fullPage: true });
		await page.getByTestId('import-apply').click();
		await expect(page.getByTestId('import-done')).toBeVisible();

		await context.setOffline(true);
		await page.goto('/review?deck=import%3Aimages');
		await page.reload();
		const sizes: number[][] = [];
		for (let i = 0; i < 2; i++) {
			await expect(page.getByTestId('card')).toBeVisible();
			const id = await page.getByTestId('card').getAttribute('data-card-id');
			await page.keyboard.press('Space');
			await expect(page.getByTestId('card-back').locator('img.card-image')).toBeVisible();
			await expect
				.poll(async () => (await shownImages(page)).every((s) => s.blob && s.size[0]! > 0))
				.toBe(true);
			sizes.push(...(await shownImages(page)).map((s) => s.size));
			await expect(page.getByTestId('card-back')).not.toContainText(/\.png|img\//);
			if (i === 0) {
				await page.screenshot({ path: `screenshots/image-review-phone-${lang}.png` });
			}
			await page.keyboard.press('3');
			await expect(page.getByTestId('card')).not.toHaveAttribute('data-card-id', id!);
		}
		expect(sizes.sort((a, b) => a[0]! - b[0]!)).toEqual([
			[80, 80],
			[120, 60]
		]);
		await context.setOffline(false);
	});
}
