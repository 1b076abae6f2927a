import { expect, test } from '@playwright/test';
import { execSync } from 'node:child_process';
import { resolve } from 'node:path';
import { countRows } from './idb';
import { startStaticServer, type StaticServer } from './static-server';

// C08: build v1 (the normal build), open it, deploy v2 with a visible version, come back.
const V1 = resolve('build');
const V2 = resolve('.e2e-build-v2');
let server: StaticServer;

test.beforeAll(async () => {
	test.setTimeout(240_000);
	execSync('npx vite build', {
		env: { ...process.env, BUILD_DIR: '.e2e-build-v2', APP_VERSION: 'e2e-v2' },
		stdio: 'ignore'
	});
	server = await startStaticServer(V1, Number(process.env.E2E_PORT ?? 4173) + 2);
});

test.afterAll(async () => {
	await server?.close();
});

test('C08: one registration; v2 is offered, never forced during a review; data survives', async ({
	page
}) => {
	server.serve(V1);
	await page.goto(`${server.url}/review?deck=bundled%3Adocker-basics`);
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
	});
	await page.reload();
	await expect(page.getByTestId('card')).toBeVisible();
	for (let i = 0; i < 2; i++) {
		const id = await page.getByTestId('card').getAttribute('data-card-id');
		await page.keyboard.press('Space');
		await page.keyboard.press('4');
		await expect(page.getByTestId('card')).not.toHaveAttribute('data-card-id', id!);
	}
	const registrations = await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
		return (await navigator.serviceWorker.getRegistrations()).length;
	});
	expect(registrations).toBe(1);

	// Deploy v2 while the learner is mid-review, with the answer shown.
	server.serve(V2);
	await page.keyboard.press('Space');
	await expect(page.getByTestId('card-back')).toBeVisible();
	await page.evaluate(() => ((window as unknown as { marker: string }).marker = 'same page'));
	await page.evaluate(async () => {
		const reg = await navigator.serviceWorker.getRegistration();
		await reg?.update();
	});
	await expect(page.getByTestId('update-ready')).toBeVisible({ timeout: 30_000 });
	// Offered, not forced: the same page, still showing the answer.
	expect(await page.evaluate(() => (window as unknown as { marker?: string }).marker)).toBe(
		'same page'
	);
	await expect(page.getByTestId('card-back')).toBeVisible();

	await page.getByTestId('update-ready').getByRole('button').click();
	await page.waitForFunction(() => !(window as unknown as { marker?: string }).marker);
	await page.goto(`${server.url}/settings`);
	await expect(page.getByTestId('backup')).toContainText('e2e-v2');
	expect(await countRows(page, 'reviewLogs')).toBe(2);
	expect(
		await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)
	).toBe(1);
});
