/**
 * Case C07: another tab (here a third page, standing for a newer build) upgrades the database
 * while the app is open in two tabs. Every screen, also ones opened afterwards, must show the
 * "newer version — reload" notice; none may wait on "불러오는 중…"; no stored write is lost; no
 * uncaught error (DatabaseClosedError) reaches the page.
 */
import { expect, test, type Page } from '@playwright/test';

const DECK = '/review?deck=bundled%3Adocker-basics';
const ROUTES = ['/', '/review', '/quiz', '/drill', '/stats', '/cards', '/import', '/settings'];

function watchErrors(page: Page): string[] {
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(`${e.name}: ${e.message}`));
	page.on('console', (m) => {
		if (m.type() === 'error' && /DatabaseClosed|Uncaught/.test(m.text())) errors.push(m.text());
	});
	return errors;
}

async function expectNotice(page: Page, route: string) {
	await expect(page.getByTestId('newer-version-elsewhere'), route).toBeVisible();
	await expect(page.getByTestId('outdated-screen'), route).toBeVisible();
	await expect(page.getByText('불러오는 중…'), route).toHaveCount(0);
	await expect(page.locator('[aria-busy=true]'), route).toHaveCount(0);
}

test('C07: a third page upgrades the database — every tab and every screen opened afterwards shows the reload notice, no write lost', async ({
	context
}) => {
	const a = await context.newPage();
	const b = await context.newPage();
	const errors = [a, b].map(watchErrors);
	await Promise.all([a.goto(DECK), b.goto('/stats')]);
	await expect(b.getByTestId('stats-states')).toBeVisible();
	for (let i = 0; i < 3; i++) {
		const id = await a.getByTestId('card').getAttribute('data-card-id');
		await a.keyboard.press('Space');
		await expect(a.getByTestId('card-back')).toBeVisible();
		await a.keyboard.press('3');
		await expect(a.getByTestId('card')).not.toHaveAttribute('data-card-id', id!);
	}

	// The third page: same origin, not the app; opens the database one version higher.
	const third = await context.newPage();
	await third.goto('/robots.txt');
	const stored = await third.evaluate(
		() =>
			new Promise<{ version: number; logs: number }>((resolve, reject) => {
				const open = indexedDB.open('study-docker', 1000);
				open.onupgradeneeded = () => open.result.createObjectStore('fromNewerBuild');
				open.onblocked = () => reject(new Error('blocked by an open tab'));
				open.onsuccess = () => {
					const db = open.result;
					const req = db.transaction('reviewLogs').objectStore('reviewLogs').count();
					req.onsuccess = () => {
						resolve({ version: db.version, logs: req.result });
						db.close();
					};
				};
			})
	);
	expect(stored).toEqual({ version: 1000, logs: 3 });

	await expectNotice(a, DECK);
	await expectNotice(b, '/stats');
	// Two tabs that started at once wrote the bundled decks once, without a failed write.
	await expect(a.getByTestId('write-error')).toHaveCount(0);
	await expect(b.getByTestId('write-error')).toHaveCount(0);
	// Screens opened afterwards inside the tab (client-side navigation) …
	for (const route of ROUTES) {
		await a.evaluate((href) => {
			const link = document.querySelector<HTMLAnchorElement>(`a[href="${href}"]`);
			if (link) link.click();
			else history.pushState({}, '', href);
		}, route);
		await expectNotice(a, route);
	}
	// … and a new tab of this build, which finds the database already upgraded.
	const d = await context.newPage();
	errors.push(watchErrors(d));
	await d.goto('/review');
	await expectNotice(d, 'new tab /review');
	await d.goto('/');
	await expectNotice(d, 'new tab /');
	expect(errors.flat()).toEqual([]);
});
