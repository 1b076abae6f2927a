import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { countRows } from './idb';
import { setCollectionNewPerDay, setDeckNewPerDay } from './limits';

const DECK = '/review?deck=bundled%3Adocker-basics';
const ROUTES = ['/', '/review', '/import', '/settings', '/stats', '/drill'];

async function swReady(page: Page) {
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
	});
}

async function gradeN(page: Page, n: number) {
	for (let i = 0; i < n; i++) {
		const id = await page.getByTestId('card').getAttribute('data-card-id');
		await page.keyboard.press('Space');
		await expect(page.getByTestId('card-back')).toBeVisible();
		await page.keyboard.press('3');
		await expect(page.getByTestId('card')).not.toHaveAttribute('data-card-id', id!);
	}
}

/** Every row of every store, with dates as ISO strings, for deep comparison. */
function dumpDb(page: Page) {
	return page.evaluate(
		() =>
			new Promise<Record<string, unknown[]>>((resolve, reject) => {
				const open = indexedDB.open('study-docker');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const db = open.result;
					const names = [...db.objectStoreNames];
					const tx = db.transaction(names);
					const out: Record<string, unknown[]> = {};
					for (const name of names) {
						const req = tx.objectStore(name).getAll();
						req.onsuccess = () => (out[name] = req.result);
					}
					tx.oncomplete = () => {
						db.close();
						resolve(JSON.parse(JSON.stringify(out)));
					};
				};
			})
	);
}

test('installable: Chromium reports no installability error; the manifest has both names and maskable icons', async ({
	page
}) => {
	await page.goto('/');
	await swReady(page);
	const cdp = await page.context().newCDPSession(page);
	const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
	// A Playwright context is always incognito-like; that one entry says nothing about the app.
	const errors = installabilityErrors.filter((e) => e.errorId !== 'in-incognito');
	expect(errors).toEqual([]);
	const href = await page.locator('link[rel="manifest"]').getAttribute('href');
	const manifest = await (await page.request.get(href!)).json();
	expect(manifest).toMatchObject({ display: 'standalone', lang: 'ko' });
	expect(manifest.name).toMatch(/도커/);
	expect(manifest.name).toMatch(/Study Docker/);
	const maskable = manifest.icons.filter((i: { purpose?: string }) => i.purpose === 'maskable');
	expect(maskable.map((i: { sizes: string }) => i.sizes).sort()).toEqual(['192x192', '512x512']);
	await expect(page.locator('link[rel="apple-touch-icon"]')).toHaveCount(1);
});

test('offline after the first visit: every route opens cold and in-app navigation works', async ({
	page,
	context
}) => {
	await page.goto('/');
	await swReady(page);
	await context.setOffline(true);
	for (const route of ROUTES) {
		const fresh = await context.newPage();
		const response = await fresh.goto(route);
		expect(response?.ok(), route).toBe(true);
		await expect(fresh.locator('main h1, main [data-testid=card]').first(), route).toBeVisible();
		await fresh.close();
	}
	await page.reload();
	await page.getByRole('link', { name: '통계' }).click();
	await expect(page).toHaveURL(/\/stats$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('통계');
	await page.getByRole('link', { name: '복습' }).click();
	await expect(page.getByTestId('card').or(page.getByTestId('review-done'))).toBeVisible();
	await context.setOffline(false);
});

test('the app makes no third-party request on any screen', async ({ page }) => {
	const origins = new Set<string>();
	page.on('request', (r) => origins.add(new URL(r.url()).origin));
	for (const route of ROUTES) {
		await page.goto(route);
		await page.waitForLoadState('networkidle');
	}
	await page.goto(DECK);
	await gradeN(page, 2);
	expect(
		[...origins].filter(
			(o) => o !== new URL(page.url()).origin && !o.startsWith('data:') && !o.startsWith('blob:')
		)
	).toEqual([]);
});

test('kill the page right after grading 10 cards: all 10 reviews are stored', async ({
	context
}) => {
	const page = await context.newPage();
	// The deck gives all its new cards today (its share of the collection limit is not the point).
	await setCollectionNewPerDay(page, 500);
	await page.goto(DECK);
	await gradeN(page, 10);
	await page.close({ runBeforeUnload: false });
	const again = await context.newPage();
	await again.goto('/');
	expect(await countRows(again, 'reviewLogs')).toBe(10);
});

test('backup round trip: export → clear → import → the same database', async ({ page }) => {
	await page.goto(DECK);
	await gradeN(page, 4);
	await page.goto('/settings');
	const before = await dumpDb(page);
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByTestId('backup-export').click()
	]);
	const path = await download.path();
	const text = readFileSync(path!, 'utf8');
	expect(JSON.parse(text)).toMatchObject({ format: 'study-docker-backup', version: 2 });

	// Clear everything (as a wiped device would be), then restore.
	await page.evaluate(
		() =>
			new Promise<void>((resolve) => {
				const open = indexedDB.open('study-docker');
				open.onsuccess = () => {
					const db = open.result;
					const tx = db.transaction([...db.objectStoreNames], 'readwrite');
					for (const name of db.objectStoreNames) tx.objectStore(name).clear();
					tx.oncomplete = () => {
						db.close();
						resolve();
					};
				};
			})
	);
	expect(await countRows(page, 'cards')).toBe(0);
	await page.getByTestId('backup-file').setInputFiles({
		name: 'backup.json',
		mimeType: 'application/json',
		buffer: Buffer.from(text)
	});
	await expect(page.getByTestId('backup-preview')).toContainText('복습 기록 4개');
	page.once('dialog', (d) => void d.accept());
	await page.getByTestId('backup-replace').click();
	await expect(page.getByTestId('backup-done')).toBeVisible();
	expect(await dumpDb(page)).toEqual(before);
});

test('a foreign file is refused with a reason and changes nothing', async ({ page }) => {
	await page.goto('/');
	await expect(page.getByTestId('deck').first()).toBeVisible(); // bundled decks stored
	await page.goto('/settings');
	await expect(page.getByTestId('backup')).toBeVisible();
	const before = await dumpDb(page);
	await page.getByTestId('backup-file').setInputFiles({
		name: 'x.json',
		mimeType: 'application/json',
		buffer: Buffer.from('{"hello":"world"}')
	});
	await expect(page.getByTestId('backup-error')).toContainText('백업 파일이 아닙니다');
	expect(await dumpDb(page)).toEqual(before);
});

test('two tabs reviewing at once: no review applied twice, both views stay current', async ({
	context
}) => {
	const a = await context.newPage();
	const b = await context.newPage();
	// The deck's own preset (20 new a day) sets home's count, not its share of the collection limit.
	await setCollectionNewPerDay(a, 500);
	await a.goto(DECK);
	await b.goto(DECK);
	const id = await a.getByTestId('card').getAttribute('data-card-id');
	await expect(b.getByTestId('card')).toHaveAttribute('data-card-id', id!);
	await a.keyboard.press('Space');
	await a.keyboard.press('4');
	await expect(a.getByTestId('card')).not.toHaveAttribute('data-card-id', id!);
	// Tab B still shows the card; grading it there must not apply a second review.
	await b.keyboard.press('Space');
	await b.keyboard.press('1');
	await expect(b.getByTestId('stale-notice')).toBeVisible();
	await expect(b.getByTestId('card')).not.toHaveAttribute('data-card-id', id!);
	expect(await countRows(a, 'reviewLogs')).toBe(1);
	// A home screen open in tab B follows what tab A does.
	await b.goto('/');
	const newCount = b.locator('[data-deck-id="bundled:docker-basics"] [data-testid=count-new] b');
	await expect(newCount).toHaveText('19');
	await a.keyboard.press('Space');
	await a.keyboard.press('4');
	await expect(newCount).toHaveText('18');
});

test('C06: IndexedDB unavailable — the app still renders with a banner', async ({ page }) => {
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	await page.addInitScript(() => {
		IDBFactory.prototype.open = function () {
			throw new DOMException('The database is blocked (private mode)', 'InvalidStateError');
		};
	});
	await page.goto('/');
	await expect(page.getByTestId('db-unavailable')).toBeVisible();
	await expect(page.getByTestId('db-unavailable')).toContainText('InvalidStateError');
	await expect(page.getByRole('navigation', { name: '주요 메뉴' })).toBeVisible();
	expect(errors).toEqual([]);
});

test('C06: QuotaExceededError during an import — reported, nothing half-written', async ({
	page
}) => {
	await page.goto('/import');
	await expect(page.getByTestId('import-file')).toBeAttached();
	const cardsBefore = await countRows(page, 'cards');
	await page.evaluate(() => {
		const add = IDBObjectStore.prototype.add;
		let n = 0;
		IDBObjectStore.prototype.add = function (...args: Parameters<typeof add>) {
			if (this.name === 'cards' && ++n === 5) throw new DOMException('quota', 'QuotaExceededError');
			return add.apply(this, args);
		};
	});
	const notes = [
		'# 할당량 시험',
		'',
		...Array.from({ length: 12 }, (_, i) => `- 용어${i}: 설명 ${i}번`)
	].join('\n');
	await page
		.getByTestId('import-file')
		.setInputFiles({ name: 'quota.md', mimeType: 'text/markdown', buffer: Buffer.from(notes) });
	await page.getByTestId('import-apply').click();
	await expect(page.getByTestId('import-error')).toContainText('QuotaExceededError');
	expect(await countRows(page, 'cards')).toBe(cardsBefore);
});

test('C05: an empty database on a device that had data says so and offers a restore', async ({
	page
}) => {
	await page.addInitScript(() => localStorage.setItem('study-docker:had-data', '1'));
	await page.goto('/');
	await expect(page.getByTestId('data-lost')).toBeVisible();
	await page.getByTestId('data-lost').getByRole('link').click();
	await expect(page).toHaveURL(/\/settings#backup$/);
	await expect(page.getByTestId('backup')).toBeVisible();
});

test('persistent storage is asked after the first finished session, not on load; settings show it', async ({
	page
}) => {
	await page.addInitScript(() => {
		(window as unknown as { persistCalls: number }).persistCalls = 0;
		navigator.storage.persist = async () => {
			(window as unknown as { persistCalls: number }).persistCalls++;
			return true;
		};
	});
	await page.goto('/review?deck=bundled%3Adocker-basics');
	await expect(page.getByTestId('card')).toBeVisible();
	expect(
		await page.evaluate(() => (window as unknown as { persistCalls: number }).persistCalls)
	).toBe(0);
	// Limit the deck to 2 new cards today so the session finishes quickly; the collection's limit
	// is raised so the deck's share of it is not what decides.
	await setCollectionNewPerDay(page, 500);
	await setDeckNewPerDay(page, 'bundled:docker-basics', 2);
	await page.goto('/review?deck=bundled%3Adocker-basics');
	await expect(page.getByTestId('card')).toBeVisible();
	for (let i = 0; i < 2; i++) {
		await page.keyboard.press('Space');
		await expect(page.getByTestId('card-back')).toBeVisible();
		await page.keyboard.press('4'); // Easy: out of today's queue
		if (i === 0) await expect(page.getByTestId('card-back')).toBeHidden();
	}
	await expect(page.getByTestId('review-done')).toBeVisible();
	await expect
		.poll(() => page.evaluate(() => (window as unknown as { persistCalls: number }).persistCalls))
		.toBe(1);
	await page.goto('/settings');
	await expect(page.getByTestId('persist-state')).toBeVisible();
});
