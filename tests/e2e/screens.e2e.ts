import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';

/** Every screen, with what to do on it before looking (e.g. reveal the answer). */
const SCREENS: { name: string; path: string; ready: (page: Page) => Promise<void> }[] = [
	{ name: 'home', path: '/', ready: (p) => expect(p.getByTestId('deck').first()).toBeVisible() },
	{
		name: 'review',
		path: '/review?deck=bundled%3Adocker-basics',
		ready: (p) => expect(p.getByTestId('card')).toBeVisible()
	},
	{
		name: 'review-answer',
		path: '/review?deck=bundled%3Adocker-basics',
		ready: async (p) => {
			await expect(p.getByTestId('card')).toBeVisible();
			await p.keyboard.press('Space');
			await expect(p.getByTestId('card-back')).toBeVisible();
		}
	},
	{
		name: 'review-summary',
		path: '/import',
		ready: async (p) => {
			// A one-card deck of its own (a new name each time), studied to its end.
			const file = `summary-${Date.now()}.md`;
			await p.getByTestId('import-file').setInputFiles({
				name: file,
				mimeType: 'text/markdown',
				buffer: Buffer.from('# 요약\n\n- 컨테이너를 만들고 실행하는 명령 :: docker run\n')
			});
			await p.getByTestId('import-apply').click();
			await expect(p.getByTestId('import-done')).toBeVisible();
			await p.goto(`/review?deck=${encodeURIComponent(`import:${file.replace('.md', '')}`)}`);
			await expect(p.getByTestId('card')).toBeVisible();
			await p.keyboard.press('Space');
			await p.keyboard.press('4');
			await expect(p.getByTestId('session-summary')).toBeVisible();
		}
	},
	{
		name: 'deck',
		path: '/deck?id=bundled%3Adocker-basics',
		ready: (p) => expect(p.getByTestId('deck-today')).toBeVisible()
	},
	{
		name: 'deck-preset',
		path: '/deck?id=bundled%3Adocker-basics',
		ready: async (p) => {
			await expect(p.getByTestId('preset-form')).toBeVisible();
			await p.evaluate(() =>
				document.querySelector('[data-testid="deck-preset"]')!.scrollIntoView({ block: 'start' })
			);
		}
	},
	{
		name: 'import',
		path: '/import',
		ready: (p) => expect(p.getByTestId('import-file')).toBeAttached()
	},
	{
		name: 'settings',
		path: '/settings',
		ready: (p) => expect(p.getByTestId('backup')).toBeVisible()
	},
	{
		name: 'stats',
		path: '/stats',
		ready: (p) => expect(p.getByTestId('stats-states')).toBeVisible()
	},
	{ name: 'drill', path: '/drill', ready: (p) => expect(p.locator('main h1')).toBeVisible() },
	{ name: 'quiz', path: '/quiz', ready: (p) => expect(p.locator('main h1')).toBeVisible() },
	{
		name: 'cards',
		path: '/cards',
		ready: (p) => expect(p.getByTestId('card-row').first()).toBeVisible()
	},
	{
		name: 'card-view',
		path: '/cards',
		ready: async (p) => {
			await p.getByTestId('card-row').first().locator('a').click();
			await expect(p.getByTestId('source-hit')).toBeVisible();
		}
	}
];

const VIEWPORTS = [
	{ name: 'phone', width: 390, height: 844 },
	{ name: 'desktop', width: 1280, height: 800 }
];

mkdirSync('screenshots', { recursive: true });

async function axeViolations(page: Page) {
	const results = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
		.analyze();
	return results.violations
		.filter((v) => v.impact === 'serious' || v.impact === 'critical')
		.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

for (const lang of ['ko', 'en'] as const) {
	for (const scheme of ['light', 'dark'] as const) {
		test(`every screen in ${lang}, ${scheme}: no serious axe violation; screenshots`, async ({
			page
		}) => {
			test.setTimeout(180_000);
			await page.addInitScript((l) => localStorage.setItem('PARAGLIDE_LOCALE', l), lang);
			await page.emulateMedia({ colorScheme: scheme });
			const problems: string[] = [];
			for (const vp of lang === 'ko' ? VIEWPORTS : VIEWPORTS.slice(0, 1)) {
				await page.setViewportSize({ width: vp.width, height: vp.height });
				for (const screen of SCREENS) {
					await page.goto(screen.path);
					await screen.ready(page);
					await expect(page.locator('html')).toHaveAttribute('lang', lang);
					await page.screenshot({
						path: `screenshots/${screen.name}-${vp.name}-${lang}-${scheme}.png`
					});
					if (vp.name === 'phone') {
						for (const v of await axeViolations(page)) problems.push(`${screen.name}: ${v}`);
					}
				}
			}
			expect(problems).toEqual([]);
		});
	}
}

test('the language follows the browser: English for an English browser', async ({ browser }) => {
	const context = await browser.newContext({ locale: 'en-US' });
	const page = await context.newPage();
	await page.goto('/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('My decks');
	await context.close();
});

test('no page scrolls horizontally at 360 px', async ({ page }) => {
	await page.setViewportSize({ width: 360, height: 640 });
	const wide: string[] = [];
	for (const screen of SCREENS) {
		await page.goto(screen.path);
		await screen.ready(page);
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth
		);
		if (overflow > 0) wide.push(`${screen.name}: ${overflow}px`);
	}
	expect(wide).toEqual([]);
});

test('touch targets in the bottom navigation and review buttons are at least 44 px', async ({
	page
}) => {
	await page.goto('/review?deck=bundled%3Adocker-basics');
	await expect(page.getByTestId('card')).toBeVisible();
	await page.keyboard.press('Space');
	const small: string[] = [];
	for (const el of await page.locator('nav a, .grades button, header a').all()) {
		const box = await el.boundingBox();
		if (box && (box.height < 44 || box.width < 44))
			small.push(`${await el.textContent()}: ${box.width}×${box.height}`);
	}
	expect(small).toEqual([]);
});

for (const lang of ['ko', 'en'] as const) {
	test(`navigation labels fit at 360 px in ${lang} without breaking a word`, async ({ page }) => {
		await page.addInitScript((l) => localStorage.setItem('PARAGLIDE_LOCALE', l), lang);
		await page.setViewportSize({ width: 360, height: 640 });
		await page.goto('/');
		await expect(page.locator('html')).toHaveAttribute('lang', lang);
		const labels = page.locator('header nav a span, nav.bottom a span');
		await expect(labels).toHaveCount(8);
		const broken = await labels.evaluateAll((spans) =>
			spans.flatMap((span) => {
				const link = span.closest('a')!.getBoundingClientRect();
				const box = span.getBoundingClientRect();
				const lines = span.getClientRects().length;
				const inside =
					box.left >= link.left - 0.5 && box.right <= link.right + 0.5 && link.right <= 360.5;
				return lines === 1 && inside ? [] : [`${span.textContent}: ${lines} lines, ${box.width}px`];
			})
		);
		expect(broken).toEqual([]);
		if (lang === 'en') {
			for (const word of ['Cards', 'Import', 'Commands']) {
				await expect(labels.filter({ hasText: new RegExp(`^${word}$`) })).toHaveCount(1);
			}
		}
	});
}
