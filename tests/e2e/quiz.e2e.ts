import { mkdirSync } from 'node:fs';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { getRow } from './idb';

/** A fixed start for the fake clock (Monday morning in Seoul). */
const T0 = new Date('2026-03-02T09:00:00+09:00');
const SECOND = 1000;

interface StoredRow {
	id: string;
	status: 'running' | 'submitted';
	startedAt: Date;
	score?: { correct: number; total: number };
	data: {
		questions: { id: string }[];
		answers: Record<string, { type: string; choice?: number }>;
		deadline: Date;
		submittedAt?: Date;
	};
}

/** Screenshots of what a phone shows (390×844, the viewport), light and dark. */
async function shoot(page: Page, name: string) {
	mkdirSync('screenshots', { recursive: true });
	await page.emulateMedia({ colorScheme: 'light' });
	await page.screenshot({ path: `screenshots/${name}-light.png` });
	await page.emulateMedia({ colorScheme: 'dark' });
	await page.screenshot({ path: `screenshots/${name}-dark.png` });
	await page.emulateMedia({ colorScheme: 'light' });
}

async function noHorizontalScroll(page: Page) {
	const overflow = await page.evaluate(
		() => document.documentElement.scrollWidth - document.documentElement.clientWidth
	);
	expect(overflow).toBeLessThanOrEqual(0);
}

/** Build a 1-minute multiple-choice quiz of 5 questions in the builder and start it. */
async function startOneMinuteQuiz(page: Page, screenshot = false): Promise<string> {
	await page.goto('/quiz');
	await expect(page.getByTestId('quiz-builder')).toBeVisible();
	await page.locator('input[data-testid=quiz-limit][value="total:60000"]').check();
	for (const type of ['truefalse', 'fillin', 'command']) {
		await page.locator(`input[data-testid=quiz-type][value="${type}"]`).uncheck();
	}
	await page.getByTestId('quiz-count').fill('5');
	if (screenshot) {
		await shoot(page, 'quiz-builder');
		await page.getByTestId('quiz-start').scrollIntoViewIfNeeded();
		await shoot(page, 'quiz-builder-bottom');
		await noHorizontalScroll(page);
	}
	await page.getByTestId('quiz-start').click();
	await page.waitForURL(/\/quiz\/take\?id=/);
	await expect(page.getByTestId('quiz-question')).toBeVisible();
	return new URL(page.url()).searchParams.get('id')!;
}

async function leftMs(page: Page): Promise<number> {
	return Number(await page.getByTestId('quiz-timer').getAttribute('data-left-ms'));
}

async function row(page: Page, id: string): Promise<StoredRow> {
	const r = await getRow<StoredRow>(page, 'quizAttempts', id);
	expect(r).toBeTruthy();
	return r!;
}

async function freshPage(context: BrowserContext): Promise<Page> {
	const page = await context.newPage();
	return page;
}

test('resume: a 1-minute quiz keeps its questions and answers across a closed page, then ends at the deadline', async ({
	context
}) => {
	await context.clock.install({ time: T0 });
	let page = await freshPage(context);
	const id = await startOneMinuteQuiz(page, true);

	// Answer two questions; each answer is stored as it is given.
	const first = await page.getByTestId('quiz-question').getAttribute('data-question-id');
	await page.getByTestId('quiz-option').nth(0).click();
	await expect(page.getByTestId('quiz-option').nth(0)).toHaveAttribute('aria-pressed', 'true');
	await page.getByTestId('quiz-next').click();
	const second = await page.getByTestId('quiz-question').getAttribute('data-question-id');
	expect(second).not.toBe(first);
	await page.getByTestId('quiz-option').nth(2).click();
	await expect(page.getByTestId('quiz-option').nth(2)).toHaveAttribute('aria-pressed', 'true');
	await expect(page.getByTestId('quiz-answered')).toContainText('2/5');
	await expect.poll(async () => Object.keys((await row(page, id)).data.answers).length).toBe(2);
	const stored = await row(page, id);
	expect(stored.status).toBe('running');
	expect(stored.data.answers[first!]?.choice).toBe(0);
	expect(stored.data.answers[second!]?.choice).toBe(2);
	const order = stored.data.questions.map((q) => q.id);
	const startedAt = new Date(stored.startedAt).getTime();
	await shoot(page, 'quiz-take');
	await page.close();

	// 20 s after the start the app is opened again: home offers to resume.
	await context.clock.setSystemTime(new Date(startedAt + 20 * SECOND));
	page = await freshPage(context);
	await page.goto('/');
	const banner = page.getByTestId('quiz-resume-banner');
	await expect(banner).toBeVisible();
	await expect(banner).toHaveAttribute('data-attempt-id', id);
	await shoot(page, 'quiz-home-resume');
	await page.getByTestId('quiz-resume').click();
	await page.waitForURL(/\/quiz\/take\?id=/);
	await expect(page.getByTestId('quiz-question')).toBeVisible();
	// Same attempt: same questions in the same order, the same answers, less time.
	expect(new URL(page.url()).searchParams.get('id')).toBe(id);
	const left = await leftMs(page);
	expect(left).toBeLessThanOrEqual(40 * SECOND);
	expect(left).toBeGreaterThan(30 * SECOND);
	expect((await row(page, id)).data.questions.map((q) => q.id)).toEqual(order);
	// It resumes on the first unanswered question; go back to check the stored choices.
	await expect(page.getByTestId('quiz-question')).toHaveAttribute('data-question-id', order[2]!);
	await page.getByRole('button', { name: /^1번 문제/ }).click();
	await expect(page.getByTestId('quiz-question')).toHaveAttribute('data-question-id', first!);
	await expect(page.getByTestId('quiz-option').nth(0)).toHaveAttribute('aria-pressed', 'true');
	await page.getByTestId('quiz-next').click();
	await expect(page.getByTestId('quiz-option').nth(2)).toHaveAttribute('aria-pressed', 'true');
	await page.close();

	// Closed again; the deadline passes while the app is closed → the result page, at the deadline.
	await context.clock.setSystemTime(new Date(startedAt + 5 * 60 * SECOND));
	page = await freshPage(context);
	await page.goto(`/quiz/take?id=${encodeURIComponent(id)}`);
	await page.waitForURL(/\/quiz\/result\?id=/);
	const result = page.getByTestId('quiz-result');
	await expect(result).toBeVisible();
	await expect(page.getByTestId('quiz-time-used')).toHaveAttribute('data-ms', String(60 * SECOND));
	await expect(page.getByTestId('quiz-result-item')).toHaveCount(5);
	await expect(page.getByTestId('quiz-result-item').filter({ hasText: '답하지 않음' })).toHaveCount(
		3
	);
	const done = await row(page, id);
	expect(done.status).toBe('submitted');
	expect(new Date(done.data.submittedAt!).getTime()).toBe(startedAt + 60 * SECOND);
	expect(done.score?.total).toBe(5);
	await noHorizontalScroll(page);
	await shoot(page, 'quiz-result');
	await page.getByTestId('quiz-result-item').nth(1).scrollIntoViewIfNeeded();
	await shoot(page, 'quiz-result-items');

	// Reloading the result logs no lapse twice, and the history lists the attempt.
	const logs = await page.evaluate(
		() =>
			new Promise<number>((resolve, reject) => {
				const open = indexedDB.open('study-docker');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const req = open.result.transaction('reviewLogs').objectStore('reviewLogs').count();
					req.onsuccess = () => {
						open.result.close();
						resolve(req.result);
					};
				};
			})
	);
	await page.reload();
	await expect(page.getByTestId('quiz-result')).toBeVisible();
	const logsAfter = await page.evaluate(
		() =>
			new Promise<number>((resolve, reject) => {
				const open = indexedDB.open('study-docker');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const req = open.result.transaction('reviewLogs').objectStore('reviewLogs').count();
					req.onsuccess = () => {
						open.result.close();
						resolve(req.result);
					};
				};
			})
	);
	expect(logsAfter).toBe(logs);
	// Every wrong or unanswered question's card was graded Again once, as a quiz lapse.
	const wrongFromCards = await page
		.locator('[data-testid=quiz-result-item]:not([data-verdict^=correct])')
		.filter({ has: page.getByRole('link', { name: '이 덱 복습하기' }) })
		.count();
	expect(wrongFromCards).toBeGreaterThan(0);
	expect(logs).toBe(wrongFromCards);
	await expect(page.getByTestId('quiz-lapsed')).toContainText(String(logs));
	await page.goto('/quiz');
	const historyRow = page.locator(`[data-testid=quiz-history-row][data-attempt-id="${id}"]`);
	await expect(historyRow).toBeVisible();
	await historyRow.scrollIntoViewIfNeeded();
	await shoot(page, 'quiz-history');
});

test('C15: a tab hidden from second 5 to second 50 shows 10 ± 1 s left on return; hidden past the deadline ends at the deadline', async ({
	page
}) => {
	await page.clock.install({ time: T0 });
	const id = await startOneMinuteQuiz(page);
	const startedAt = new Date((await row(page, id)).startedAt).getTime();

	// Second 5: frames run, the countdown shows 55 s.
	await page.clock.pauseAt(new Date(startedAt + 5 * SECOND));
	await page.clock.runFor(100);
	await expect.poll(() => leftMs(page)).toBeLessThanOrEqual(55 * SECOND);
	expect(await leftMs(page)).toBeGreaterThan(54 * SECOND);

	// Hidden: no frame and no timer runs while 45 s pass.
	await page.evaluate(() => {
		Object.defineProperty(document, 'hidden', { configurable: true, get: () => true });
		Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
		document.dispatchEvent(new Event('visibilitychange'));
	});
	// 45 s pass with the page hidden (`fastForward`: real time jumps, timers fire at most once on
	// return, as when a phone wakes up). The countdown counts real time, not the frames it got.
	await page.clock.fastForward(45 * SECOND);

	// Visible again: the countdown is read from the clock, not from the ticks it missed.
	await page.evaluate(() => {
		Object.defineProperty(document, 'hidden', { configurable: true, get: () => false });
		Object.defineProperty(document, 'visibilityState', {
			configurable: true,
			get: () => 'visible'
		});
		document.dispatchEvent(new Event('visibilitychange'));
	});
	await expect.poll(() => leftMs(page)).toBeLessThanOrEqual(11 * SECOND);
	expect(await leftMs(page)).toBeGreaterThanOrEqual(9 * SECOND);
	await expect(page.getByTestId('quiz-timer')).toHaveAttribute('data-warning', 'normal');
	await shoot(page, 'quiz-take-c15');

	// 6 s left = 10 % of the minute: the warning style.
	await page.clock.runFor(4 * SECOND);
	await expect(page.getByTestId('quiz-timer')).toHaveAttribute('data-warning', 'warning');
	await shoot(page, 'quiz-take-warning');

	// Hidden past the deadline: on return the attempt is submitted at the deadline, no extra time.
	await page.evaluate(() => {
		Object.defineProperty(document, 'hidden', { configurable: true, get: () => true });
		document.dispatchEvent(new Event('visibilitychange'));
	});
	await page.clock.fastForward(21 * SECOND);
	await page.evaluate(() => {
		Object.defineProperty(document, 'hidden', { configurable: true, get: () => false });
		document.dispatchEvent(new Event('visibilitychange'));
	});
	await page.clock.resume();
	await page.waitForURL(/\/quiz\/result\?id=/);
	await expect(page.getByTestId('quiz-time-used')).toHaveAttribute('data-ms', String(60 * SECOND));
	const done = await row(page, id);
	expect(new Date(done.data.submittedAt!).getTime()).toBe(startedAt + 60 * SECOND);
});

test('the countdown stops when the quiz page is left', async ({ page }) => {
	// Count animation frames requested by the page (no fake clock here).
	await page.addInitScript(() => {
		const w = window as unknown as { __frames: number };
		w.__frames = 0;
		const raf = window.requestAnimationFrame.bind(window);
		window.requestAnimationFrame = (cb) => {
			w.__frames++;
			return raf(cb);
		};
	});
	await startOneMinuteQuiz(page);
	const frames = () => page.evaluate(() => (window as unknown as { __frames: number }).__frames);
	const before = await frames();
	await page.waitForTimeout(300);
	expect(await frames()).toBeGreaterThan(before); // running while on the page
	await page.getByRole('link', { name: /퀴즈 목록/ }).click();
	await page.waitForURL(/\/quiz$/);
	await expect(page.getByTestId('quiz-resume-banner')).toBeVisible();
	await page.waitForTimeout(100);
	const left = await frames();
	await page.waitForTimeout(500);
	expect(await frames()).toBe(left);
});

test('fill-in answers are saved from the IME-safe field; quiz screens have no axe violations', async ({
	page
}) => {
	const { default: AxeBuilder } = await import('@axe-core/playwright');
	const axe = async (where: string) => {
		for (const scheme of ['light', 'dark'] as const) {
			await page.emulateMedia({ colorScheme: scheme });
			expect((await new AxeBuilder({ page }).analyze()).violations, `${where} ${scheme}`).toEqual(
				[]
			);
		}
		await page.emulateMedia({ colorScheme: 'light' });
	};
	await page.goto('/quiz');
	await expect(page.getByTestId('quiz-builder')).toBeVisible();
	await axe('builder');
	for (const type of ['mcq', 'truefalse', 'command']) {
		await page.locator(`input[data-testid=quiz-type][value="${type}"]`).uncheck();
	}
	await page.getByTestId('quiz-start').click();
	await page.waitForURL(/\/quiz\/take\?id=/);
	const id = new URL(page.url()).searchParams.get('id')!;
	await expect(page.getByTestId('quiz-question')).toHaveAttribute('data-type', 'fillin');
	const qid = (await page.getByTestId('quiz-question').getAttribute('data-question-id'))!;
	const field = page.getByTestId('type-in');
	await field.fill('컨테이너');
	await field.press('Enter');
	await expect(page.getByTestId('quiz-saved')).toBeVisible();
	await expect
		.poll(async () => (await row(page, id)).data.answers[qid])
		.toMatchObject({ type: 'fillin', text: '컨테이너' });
	await shoot(page, 'quiz-take-fillin');
	await axe('take');

	await page.getByTestId('quiz-submit').click();
	await page.getByTestId('quiz-submit-confirm').click();
	await page.waitForURL(/\/quiz\/result\?id=/);
	await expect(page.getByTestId('quiz-result')).toBeVisible();
	await expect(page.getByTestId('quiz-given').first()).not.toBeEmpty();
	await axe('result');
});

test('per-question limit: each question has its own 15 s; an unanswered one moves on by itself', async ({
	page
}) => {
	await page.clock.install({ time: T0 });
	await page.goto('/quiz');
	await expect(page.getByTestId('quiz-builder')).toBeVisible();
	await page.locator('input[data-testid=quiz-limit][value="perQuestion:15000"]').check();
	await expect(page.getByTestId('quiz-limit-summary')).toHaveText('문제당 15초');
	for (const type of ['truefalse', 'fillin', 'command']) {
		await page.locator(`input[data-testid=quiz-type][value="${type}"]`).uncheck();
	}
	await page.getByTestId('quiz-count').fill('5');
	await page.getByTestId('quiz-start').click();
	await page.waitForURL(/\/quiz\/take\?id=/);
	const id = new URL(page.url()).searchParams.get('id')!;
	const stored = await row(page, id);
	const order = stored.data.questions.map((q) => q.id);
	const startedAt = new Date(stored.startedAt).getTime();
	await page.clock.pauseAt(new Date(startedAt + 2 * SECOND));
	await page.clock.runFor(100);
	await expect(page.getByTestId('quiz-prev')).toHaveCount(0); // no going back

	await expect(page.getByTestId('quiz-question')).toHaveAttribute('data-question-id', order[0]!);
	await page.getByTestId('quiz-option').nth(1).click();
	await expect(page.getByTestId('quiz-question')).toHaveAttribute('data-question-id', order[1]!);
	await page.clock.runFor(100);
	expect(await leftMs(page)).toBeGreaterThan(14 * SECOND);
	await shoot(page, 'quiz-take-per-question');

	// Question 2 is left unanswered: after its 15 s, question 3 is on screen with a fresh 15 s.
	await page.clock.runFor(15 * SECOND);
	await expect(page.getByTestId('quiz-question')).toHaveAttribute('data-question-id', order[2]!);
	expect(await leftMs(page)).toBeGreaterThan(14 * SECOND);

	// The rest run out: the attempt ends by itself and the result shows 1 answered of 5.
	await page.clock.runFor(3 * 15 * SECOND + SECOND);
	await page.clock.resume();
	await page.waitForURL(/\/quiz\/result\?id=/);
	await expect(page.getByTestId('quiz-result-item')).toHaveCount(5);
	await expect(page.locator('[data-testid=quiz-result-item][data-verdict=unanswered]')).toHaveCount(
		4
	);
	await page.setViewportSize({ width: 1280, height: 800 });
	await shoot(page, 'quiz-result-desktop');
});

test('builder: an invalid choice is explained, and a shortfall can be accepted', async ({
	page
}) => {
	await page.goto('/quiz');
	await expect(page.getByTestId('quiz-builder')).toBeVisible();
	for (const type of ['mcq', 'truefalse', 'fillin', 'command']) {
		await page.locator(`input[data-testid=quiz-type][value="${type}"]`).uncheck();
	}
	await page.getByTestId('quiz-start').click();
	await expect(page.getByTestId('quiz-error')).toContainText('문제 유형을 하나 이상');
	await expect(page).toHaveURL(/\/quiz$/);

	// Only command questions from the drill deck, 50 asked: fewer can be made.
	await page.locator('input[data-testid=quiz-type][value="command"]').check();
	await page.locator('input[data-testid=quiz-deck][value="bundled:drills"]').check();
	await page.getByTestId('quiz-count').fill('50');
	await page.getByTestId('quiz-start').click();
	const shortfall = page.getByTestId('quiz-shortfall');
	await expect(shortfall).toBeVisible();
	await expect(shortfall).toContainText('50문제 중');
	await shoot(page, 'quiz-builder-shortfall');
	const made = Number((await shortfall.textContent())!.match(/(\d+)문제로 시작/)![1]);
	expect(made).toBeGreaterThanOrEqual(1);
	expect(made).toBeLessThan(50);
	await page.getByTestId('quiz-shortfall-start').click();
	await page.waitForURL(/\/quiz\/take\?id=/);
	await expect(page.getByTestId('quiz-question')).toHaveAttribute('data-type', 'command');
	await expect(page.getByTestId('quiz-answered')).toContainText(`0/${made}`);
});

test('a screen reader hears the time once, at one minute left', async ({ page }) => {
	await page.clock.install({ time: T0 });
	await page.goto('/quiz');
	await expect(page.getByTestId('quiz-builder')).toBeVisible();
	// 5 minutes, the default limit.
	await expect(page.getByTestId('quiz-limit-summary')).toHaveText('전체 5분');
	await page.getByTestId('quiz-start').click();
	await page.waitForURL(/\/quiz\/take\?id=/);
	const id = new URL(page.url()).searchParams.get('id')!;
	const startedAt = new Date((await row(page, id)).startedAt).getTime();
	const live = page.getByTestId('quiz-announce');
	await expect(live).toHaveAttribute('aria-live', 'polite');
	await page.clock.pauseAt(new Date(startedAt + 4 * 60 * SECOND - 500));
	await page.clock.runFor(100);
	await expect(live).toHaveText('');
	await page.clock.runFor(1000); // crosses 60 s left
	await expect(live).toHaveText('1분 남았습니다.');
	await expect(page.getByTestId('quiz-timer')).toHaveAttribute('data-warning', 'normal');
	// The clock itself is a timer role (not announced on every change).
	await expect(page.getByRole('timer')).toHaveText(/^0:5\d$|^1:00$/);
});
