import { mkdirSync } from 'node:fs';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { getRow } from './idb';

const SCENARIO = '/drill/run?id=scenario-docker-without-sudo';
const RECALL = '/drill/run?id=docker-group';

/** Words that only occur in what the learner types; none may reach any request URL. */
const TYPED_MARKERS = ['usermod', 'newgrp', 'get-docker.sh', 'fsSL', 'get.docker.com', '$USER'];

/**
 * Record every request of the context (pages and the service worker); abort any that leaves the
 * app's own origin, so a leak fails loudly instead of reaching the network.
 */
async function guardRequests(context: BrowserContext, origin: string): Promise<string[]> {
	const seen: string[] = [];
	context.on('request', (request) => seen.push(request.url()));
	await context.route('**/*', (route) => {
		const url = route.request().url();
		if (!seen.includes(url)) seen.push(url);
		return new URL(url).origin === origin ? route.continue() : route.abort();
	});
	return seen;
}

function assertNoLeak(seen: string[], origin: string, typed: string[]) {
	expect(seen.length).toBeGreaterThan(0);
	for (const url of seen) {
		expect(new URL(url).origin, url).toBe(origin);
		const decoded = decodeURIComponent(url);
		for (const marker of TYPED_MARKERS) expect(decoded, url).not.toContain(marker);
		for (const line of typed) expect(decoded, url).not.toContain(line);
	}
}

/** Type a line into the terminal and press Enter (as a learner would, key by key). */
async function run(page: Page, line: string) {
	const input = page.getByTestId('terminal-input');
	await input.pressSequentially(line);
	await input.press('Enter');
	await expect(input).toHaveValue('');
}

async function noHorizontalScroll(page: Page) {
	const overflow = await page.evaluate(
		() => document.documentElement.scrollWidth - document.documentElement.clientWidth
	);
	expect(overflow).toBeLessThanOrEqual(0);
}

async function shoot(page: Page, name: string) {
	mkdirSync('screenshots', { recursive: true });
	await page.emulateMedia({ colorScheme: 'light' });
	await page.screenshot({ path: `screenshots/${name}-light.png`, fullPage: true });
	await page.emulateMedia({ colorScheme: 'dark' });
	await page.screenshot({ path: `screenshots/${name}-dark.png`, fullPage: true });
	await page.emulateMedia({ colorScheme: 'light' });
}

test('scenario solved by two command orders, with no request leaving the origin', async ({
	page,
	context,
	baseURL
}) => {
	const origin = new URL(baseURL!).origin;
	const seen = await guardRequests(context, origin);
	const typed: string[] = [];

	await page.goto('/drill');
	await expect(page.locator('[data-drill-id="scenario-docker-without-sudo"]')).toBeVisible();
	await expect(page.getByTestId('recall-due')).toBeVisible();
	await noHorizontalScroll(page);
	await shoot(page, 'drill-list');

	// Order 1: the reference solution, with `-` and `|` from the extra-key row.
	await page.locator('[data-drill-id="scenario-docker-without-sudo"]').click();
	await expect.poll(() => new URL(page.url()).pathname + new URL(page.url()).search).toBe(SCENARIO);
	await expect(page.getByTestId('terminal-prompt')).toHaveText(/^alice@ubuntu:~\$/);
	const input = page.getByTestId('terminal-input');
	await expect(input).toHaveAttribute('autocapitalize', 'off');
	await expect(input).toHaveAttribute('autocorrect', 'off');
	await expect(input).toHaveAttribute('spellcheck', 'false');
	await expect(page.getByTestId('drill-goal')).toHaveCount(4);

	await input.pressSequentially('curl ');
	await page.locator('[data-key="-"]').click();
	await input.pressSequentially('fsSL https://get.docker.com/ ');
	await page.locator('[data-key="|"]').click();
	await input.pressSequentially(' sudo sh');
	await expect(input).toHaveValue('curl -fsSL https://get.docker.com/ | sudo sh');
	await input.press('Enter');
	typed.push('curl -fsSL https://get.docker.com/ | sudo sh');
	const log = page.getByRole('log');
	await expect(log).toContainText('Server: Docker Engine');
	await expect(page.locator('[data-goal="docker-installed"]')).toHaveAttribute('data-met', 'true');

	for (const line of ['sudo usermod -aG docker alice', 'newgrp docker', 'docker ps']) {
		await run(page, line);
		typed.push(line);
	}
	await expect(page.getByTestId('drill-solved')).toHaveText(
		'목표 달성! 명령 4개로 해결했습니다 (참조 해법: 4개).'
	);
	for (const goal of await page.getByTestId('drill-goal').all()) {
		await expect(goal).toHaveAttribute('data-met', 'true');
	}
	await noHorizontalScroll(page);
	await shoot(page, 'drill-scenario-solved');

	// Order 2: Docker's two-step install, a failing `docker ps`, the group via $USER, and the
	// last command recalled from history with ↑.
	await page.getByTestId('drill-restart').click();
	await expect(page.getByTestId('drill-solved')).toHaveCount(0);
	await expect(page.locator('[data-goal="docker-installed"]')).toHaveAttribute('data-met', 'false');
	for (const line of [
		'curl -fsSL https://get.docker.com -o get-docker.sh',
		'sudo sh get-docker.sh',
		'docker ps',
		'sudo usermod -a -G docker $USER',
		'newgrp docker'
	]) {
		await run(page, line);
		typed.push(line);
	}
	await expect(log).toContainText('permission denied while trying to connect');
	await expect(page.getByTestId('drill-solved')).toHaveCount(0);
	for (let i = 0; i < 3; i++) await input.press('ArrowUp');
	await expect(input).toHaveValue('docker ps');
	await input.press('ArrowDown');
	await expect(input).toHaveValue('sudo usermod -a -G docker $USER');
	await input.press('ArrowUp');
	await input.press('Enter');
	await expect(page.getByTestId('drill-solved')).toHaveText(
		'목표 달성! 명령 6개로 해결했습니다 (참조 해법: 4개).'
	);

	// The best run (4) is kept and shown in the list.
	await page.getByRole('link', { name: /드릴 목록/ }).click();
	await expect(page.locator('[data-drill-id="scenario-docker-without-sudo"]')).toContainText(
		'최고 기록: 명령 4개 (참조 4개)'
	);

	assertNoLeak(seen, origin, typed);
});

test('recall drill: C23 answer is wrong with its reason, then right; graded Hard by FSRS', async ({
	page,
	context,
	baseURL
}) => {
	const origin = new URL(baseURL!).origin;
	const seen = await guardRequests(context, origin);

	await page.goto(RECALL);
	await expect(page.getByTestId('drill-task')).toContainText('docker 그룹에 추가하세요');
	await run(page, 'sudo usermod -G docker alice');
	const verdict = page.getByTestId('drill-verdict');
	await expect(verdict).toHaveAttribute('data-verdict', 'wrong');
	await expect(verdict).toHaveAttribute('data-reasons', /usermod-no-append/);
	// The kind of mistake and what it does, never an internal case id, and not the fix itself.
	await expect(page.getByTestId('drill-reason')).toContainText('sudo');
	await expect(page.getByTestId('drill-reason')).not.toContainText('C23');
	await expect(page.getByTestId('drill-reason')).not.toContainText('-aG');
	await expect(page.getByTestId('drill-graded')).toHaveCount(0);
	await noHorizontalScroll(page);
	await shoot(page, 'drill-recall-wrong');

	// Hint ladder: program → options; buttons are at least 44 px tall.
	const hint = page.getByTestId('drill-hint');
	await expect(hint).toHaveText('힌트: 명령 이름');
	await hint.click();
	await expect(hint).toHaveText('힌트: 옵션');
	expect((await hint.boundingBox())!.height).toBeGreaterThanOrEqual(44);
	for (const key of await page.locator('[data-key]').all()) {
		expect((await key.boundingBox())!.height).toBeGreaterThanOrEqual(44);
	}

	await run(page, 'sudo usermod -aG docker alice');
	await expect(verdict).toHaveAttribute('data-verdict', 'correct');
	const graded = page.getByTestId('drill-graded');
	await expect(graded).toHaveAttribute('data-rating', '2');
	await expect(graded).toContainText('어려움');
	const card = await getRow<{ reps: number; deckId: string }>(page, 'cards', 'drill:docker-group');
	expect(card).toMatchObject({ reps: 1, deckId: 'bundled:drills' });
	await shoot(page, 'drill-recall-right');
	await page.setViewportSize({ width: 1280, height: 800 });
	await noHorizontalScroll(page);
	await shoot(page, 'drill-recall-right-desktop');

	assertNoLeak(seen, origin, ['sudo usermod -G docker alice', 'sudo usermod -aG docker alice']);
});

test('the drill page opens offline from the precache, for any drill id', async ({
	page,
	context
}) => {
	await page.goto('/drill');
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
	});
	await context.setOffline(true);
	await page.goto('/drill/run?id=docker-version');
	await run(page, 'docker version');
	await expect(page.getByTestId('drill-verdict')).toHaveAttribute('data-verdict', 'correct');
	await context.setOffline(false);
});

test('drill cards are FSRS cards: the review screen shows one and judges the typed command', async ({
	page
}) => {
	await page.goto('/review?deck=bundled%3Adrills');
	const card = page.getByTestId('card');
	await expect(card).toHaveAttribute('data-card-id', /^drill:/);
	const field = page.getByTestId('type-in');
	await field.pressSequentially('sudo usermod -G docker alice');
	await field.press('Enter');
	await expect(page.getByTestId('typed-result')).toHaveAttribute('data-verdict', 'wrong');
});

test('drill screens have no axe violations, light and dark', async ({ page }) => {
	const { default: AxeBuilder } = await import('@axe-core/playwright');
	for (const scheme of ['light', 'dark'] as const) {
		await page.emulateMedia({ colorScheme: scheme });
		await page.goto('/drill');
		await expect(page.getByTestId('drill-item').first()).toBeVisible();
		expect((await new AxeBuilder({ page }).analyze()).violations, `/drill ${scheme}`).toEqual([]);
		await page.goto(RECALL);
		await run(page, 'sudo usermod -G docker alice');
		await page.getByTestId('drill-hint').click();
		await expect(page.getByTestId('drill-hints')).toBeVisible();
		expect((await new AxeBuilder({ page }).analyze()).violations, `run ${scheme}`).toEqual([]);
	}
});

test('C03: Enter pressed while the last Korean syllable is composing runs the line once', async ({
	page
}) => {
	await page.goto('/drill/run?id=check-my-groups');
	const input = page.getByTestId('terminal-input');
	await input.fill('echo 도커 버');
	await input.evaluate((el: HTMLInputElement) => {
		el.dispatchEvent(new CompositionEvent('compositionstart', { data: '' }));
		el.value = 'echo 도커 버저';
		el.dispatchEvent(
			new KeyboardEvent('keydown', { key: 'Enter', keyCode: 229, isComposing: true, bubbles: true })
		);
		el.value = 'echo 도커 버전';
		el.dispatchEvent(new CompositionEvent('compositionend', { data: '전', bubbles: true }));
		// Chrome on macOS echoes the Enter once the composition is over: it must not run again.
		el.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', keyCode: 13, bubbles: true }));
	});
	const log = page.getByTestId('terminal-log');
	await expect(log).toContainText('alice@ubuntu:~$ echo 도커 버전');
	await expect(log.locator('.command')).toHaveCount(1);
	await expect(input).toHaveValue('');
});

test('English UI: drill goals, verdicts and hints show no Korean', async ({ page }) => {
	await page.addInitScript(() => localStorage.setItem('PARAGLIDE_LOCALE', 'en'));
	await page.setViewportSize({ width: 390, height: 844 });
	await page.goto(RECALL);
	await expect(page.getByTestId('drill-task')).toContainText('docker group');
	await run(page, 'sudo usermod -G docker alice');
	await expect(page.getByTestId('drill-verdict')).toHaveAttribute('data-verdict', 'wrong');
	await expect(page.getByTestId('drill-reason')).toContainText('supplementary');
	await page.getByTestId('drill-hint').click();
	await page.getByTestId('drill-hint').click();
	const hangul = /[\uac00-\ud7a3]/;
	expect(await page.getByTestId('drill-task').innerText()).not.toMatch(hangul);
	expect(await page.getByTestId('drill-verdict').innerText()).not.toMatch(hangul);
	expect(await page.getByTestId('drill-hints').innerText()).not.toMatch(hangul);
	await page.screenshot({ path: 'screenshots/drill-recall-wrong-phone-en.png', fullPage: true });

	await page.goto('/drill');
	await expect(page.locator('[data-drill-id="scenario-docker-without-sudo"]')).toContainText(
		'without sudo'
	);
	expect(
		await page.locator('[data-drill-id="scenario-docker-without-sudo"]').innerText()
	).not.toMatch(hangul);
	await page.screenshot({ path: 'screenshots/drill-list-phone-en.png', fullPage: true });
});

for (const locale of ['ko', 'en'] as const) {
	test(`drill screens at 390×844 in ${locale}: the list, a scenario run (C26 step, host note), a wrong recall answer`, async ({
		page
	}) => {
		if (locale === 'en')
			await page.addInitScript(() => localStorage.setItem('PARAGLIDE_LOCALE', 'en'));
		await page.setViewportSize({ width: 390, height: 844 });
		const hangul = /[\uac00-\ud7a3]/;
		const language = (text: string) =>
			locale === 'ko' ? expect(text).toMatch(hangul) : expect(text).not.toMatch(hangul);

		await page.goto('/drill');
		await expect(page.locator('[data-drill-id="scenario-docker-without-sudo"]')).toBeVisible();
		await noHorizontalScroll(page);
		await page.screenshot({ path: `screenshots/drill-list-phone-${locale}.png`, fullPage: true });

		// C26 in a scenario: the host installs (the script asks sudo itself), the step is wrong.
		await page.goto(SCENARIO);
		await run(page, 'sudo curl -fsSL https://get.docker.com/ | sh');
		await expect(page.getByRole('log')).toContainText('+ sudo -E sh -c apt-get -qq update');
		await expect(page.locator('[data-goal="docker-installed"]')).toHaveAttribute(
			'data-met',
			'true'
		);
		const verdict = page.getByTestId('drill-verdict');
		await expect(verdict).toHaveAttribute('data-verdict', 'wrong');
		await expect(verdict).toHaveAttribute('data-reasons', /sudo-covers-download/);
		language(await verdict.innerText());
		await noHorizontalScroll(page);
		await page.screenshot({
			path: `screenshots/drill-scenario-phone-${locale}.png`,
			fullPage: true
		});
		// A remark of the drill host, in the UI language, apart from the programs' output.
		await run(page, 'exit');
		const note = page.getByTestId('terminal-note').last();
		await expect(note).toBeVisible();
		language(await note.innerText());
		await page.screenshot({
			path: `screenshots/drill-scenario-note-phone-${locale}.png`,
			fullPage: true
		});

		await page.goto(RECALL);
		await run(page, 'sudo usermod -G docker alice');
		await expect(page.getByTestId('drill-verdict')).toHaveAttribute('data-verdict', 'wrong');
		language(await page.getByTestId('drill-reason').innerText());
		await page.getByTestId('drill-hint').click();
		await noHorizontalScroll(page);
		await page.screenshot({
			path: `screenshots/drill-recall-wrong-phone-${locale}.png`,
			fullPage: true
		});
	});
}
