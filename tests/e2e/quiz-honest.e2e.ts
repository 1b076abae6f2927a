/**
 * Issue 15 end to end, with Playwright's clock (`setSystemTime` moves the device clock only;
 * `runFor` is real time passing, the monotonic clock included): the device clock changed mid-quiz
 * (case C17), the deadline passing with an unsaved typed answer and with a syllable still
 * composing (case C18), the "I was right" override in the score and the history, hand-written
 * questions bound by the chosen deck, and screenshots of the builder, a quiz and a result in
 * Korean and English.
 */
import { mkdirSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { getRow } from './idb';

const T0 = new Date('2026-03-02T09:00:00+09:00');
const SECOND = 1000;

interface StoredRow {
	startedAt: Date;
	score?: { correct: number; total: number };
	data: {
		questions: { id: string; type: string; cardId: string | null; source: { deckId?: string } }[];
		answers: Record<string, { type: string; text?: string; answeredAt: Date }>;
		submittedAt?: Date;
		overrides?: Record<string, Date>;
	};
}

async function row(page: Page, id: string): Promise<StoredRow> {
	const r = await getRow<StoredRow>(page, 'quizAttempts', id);
	expect(r).toBeTruthy();
	return r!;
}

async function leftMs(page: Page): Promise<number> {
	return Number(await page.getByTestId('quiz-timer').getAttribute('data-left-ms'));
}

/** Build a quiz in the builder: `limit` radio value, only `types`, `count` questions. */
async function build(page: Page, limit: string, types: string[], count: number) {
	await page.goto('/quiz');
	await expect(page.getByTestId('quiz-builder')).toBeVisible();
	await page.locator(`input[data-testid=quiz-limit][value="${limit}"]`).check();
	for (const type of ['mcq', 'truefalse', 'fillin', 'command']) {
		const box = page.locator(`input[data-testid=quiz-type][value="${type}"]`);
		if (types.includes(type)) await box.check();
		else await box.uncheck();
	}
	await page.getByTestId('quiz-count').fill(String(count));
}

async function start(page: Page): Promise<{ id: string; startedAt: number }> {
	await page.getByTestId('quiz-start').click();
	await page.waitForURL(/\/quiz\/take\?id=/);
	await expect(page.getByTestId('quiz-question')).toBeVisible();
	const id = new URL(page.url()).searchParams.get('id')!;
	return { id, startedAt: new Date((await row(page, id)).startedAt).getTime() };
}

async function shoot(page: Page, name: string) {
	mkdirSync('screenshots', { recursive: true });
	await page.screenshot({ path: `screenshots/${name}.png` });
}

test('C17: device clock set back 1 h after 20 s, later forward 5 min: the countdown never jumps, the quiz ends after 2 real minutes', async ({
	page
}) => {
	await page.clock.install({ time: T0 });
	await build(page, 'total:120000', ['mcq', 'truefalse'], 5);
	const { id, startedAt } = await start(page);

	await page.clock.pauseAt(new Date(startedAt + 20 * SECOND));
	await page.clock.runFor(100);
	const at20 = await leftMs(page);
	expect(at20).toBeLessThanOrEqual(100 * SECOND);
	expect(at20).toBeGreaterThan(99 * SECOND);

	// The learner sets the device clock back an hour: the countdown neither freezes nor grows.
	await page.clock.setSystemTime(new Date(startedAt + 20 * SECOND - 3600 * SECOND));
	await page.clock.runFor(1000);
	const back = await leftMs(page);
	expect(back).toBeLessThan(at20);
	expect(Math.abs(at20 - back - 1000)).toBeLessThan(300);
	await page.clock.runFor(30 * SECOND);
	const later = await leftMs(page);
	expect(Math.abs(back - later - 30 * SECOND)).toBeLessThan(300);

	// Forward five minutes: no jump either.
	await page.clock.setSystemTime(new Date(Date.now() + 5 * 60 * SECOND));
	await page.clock.runFor(1000);
	const forward = await leftMs(page);
	expect(Math.abs(later - forward - 1000)).toBeLessThan(300);
	expect(forward).toBeGreaterThan(60 * SECOND);
	expect(forward).toBeLessThanOrEqual(120 * SECOND);

	// 2 minutes of real time after the start, the quiz ends by itself, having used 2 minutes.
	await page.clock.runFor(forward + 200);
	await page.clock.resume();
	await page.waitForURL(/\/quiz\/result\?id=/);
	await expect(page.getByTestId('quiz-time-used')).toHaveAttribute('data-ms', String(120 * SECOND));
	const done = await row(page, id);
	expect(new Date(done.data.submittedAt!).getTime() - new Date(done.startedAt).getTime()).toBe(
		120 * SECOND
	);
});

test('C18: a typed answer is saved as typed, and kept when the deadline passes before it was saved or while a syllable is composing; "I was right" counts and shows in the history', async ({
	page
}) => {
	await page.clock.install({ time: T0 });
	await build(page, 'total:60000', ['fillin'], 5);
	const { id, startedAt } = await start(page);
	const qid = async () =>
		(await page.getByTestId('quiz-question').getAttribute('data-question-id'))!;
	const field = page.getByTestId('type-in');

	// Question 1: typed without Enter → stored within half a second.
	await page.clock.pauseAt(new Date(startedAt + 5 * SECOND));
	const q1 = await qid();
	await field.fill('아무거나');
	await page.clock.runFor(500);
	await expect.poll(async () => (await row(page, id)).data.answers[q1]?.text).toBe('아무거나');

	// Question 2: typed just before the deadline, never saved by a pause or Enter.
	await page.getByTestId('quiz-next').click();
	const q2 = await qid();
	await page.clock.pauseAt(new Date(startedAt + 59 * SECOND + 850));
	await field.fill('컨테이너');

	// Question 3: `컨테이` typed, `너` still composing in the IME when time runs out.
	await page.getByTestId('quiz-next').click();
	const q3 = await qid();
	await field.focus();
	await page.keyboard.insertText('컨테이');
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Input.imeSetComposition', { text: '너', selectionStart: 1, selectionEnd: 1 });
	await expect(field).toHaveValue('컨테이너');
	await shoot(page, 'quiz-c18-composing');

	await page.clock.runFor(1000);
	await page.clock.resume();
	await page.waitForURL(/\/quiz\/result\?id=/);
	const done = await row(page, id);
	expect(done.data.answers[q1]?.text).toBe('아무거나');
	expect(done.data.answers[q2]?.text).toBe('컨테이너');
	expect(done.data.answers[q3]?.text).toBe('컨테이너');
	// Explanations from the source: the note sentence, with a link to its card.
	await expect(page.getByTestId('quiz-note').first()).toBeVisible();
	await expect(page.getByTestId('quiz-card-link').first()).toHaveAttribute(
		'href',
		/\/cards\/view\?id=/
	);
	for (const q of [q2, q3]) {
		const item = page.locator(`[data-testid=quiz-result-item][data-question-id="${q}"]`);
		await expect(item.getByTestId('quiz-given')).toHaveText('컨테이너');
		await expect(item).not.toHaveAttribute('data-verdict', 'unanswered');
	}

	// "I was right" on question 1 (judged wrong): counted in the score and in the history.
	const item1 = page.locator(`[data-testid=quiz-result-item][data-question-id="${q1}"]`);
	await expect(item1).toHaveAttribute('data-verdict', 'wrong');
	const before = Number(await page.getByTestId('quiz-score').getAttribute('data-correct'));
	await item1.getByTestId('quiz-override').click();
	await expect(item1).toHaveAttribute('data-overridden', 'true');
	await expect(page.getByTestId('quiz-score')).toHaveAttribute('data-correct', String(before + 1));
	await expect(page.getByTestId('quiz-overrides')).toBeVisible();
	await expect.poll(async () => (await row(page, id)).score?.correct).toBe(before + 1);
	await page.reload();
	await expect(item1).toHaveAttribute('data-overridden', 'true');
	await page.goto('/quiz');
	const history = page.locator(`[data-testid=quiz-history-row][data-attempt-id="${id}"]`);
	await expect(history.getByTestId('quiz-history-overrides')).toBeVisible();
	await expect(history).toContainText(`${before + 1}/5`);
});

test('hand-written questions respect the deck choice; the builder remembers its settings', async ({
	page
}) => {
	await build(page, 'total:300000', ['mcq', 'truefalse', 'command'], 20);
	await page.locator('input[data-testid=quiz-deck][value="bundled:container-commands"]').check();
	const { id } = await start(page);
	const questions = (await row(page, id)).data.questions;
	expect(questions.every((q) => q.source.deckId === 'bundled:container-commands')).toBe(true);
	expect(questions.some((q) => q.cardId === null)).toBe(true);
	expect(questions.some((q) => q.cardId !== null)).toBe(true);

	// Only 도커 기초 (no hand-written question of its own): no Compose or other deck's question.
	await page.goto('/quiz');
	await expect(page.getByTestId('quiz-builder')).toBeVisible();
	// Remembered: the last quiz's deck, count, types and limit.
	await expect(
		page.locator('input[data-testid=quiz-deck][value="bundled:container-commands"]')
	).toBeChecked();
	await expect(page.getByTestId('quiz-count')).toHaveValue('20');
	await expect(page.locator('input[data-testid=quiz-type][value="fillin"]')).not.toBeChecked();
	await expect(page.locator('input[data-testid=quiz-limit][value="total:300000"]')).toBeChecked();
	await page.locator('input[data-testid=quiz-deck][value="bundled:container-commands"]').uncheck();
	await page.locator('input[data-testid=quiz-deck][value="bundled:docker-basics"]').check();
	const basics = await start(page);
	const only = (await row(page, basics.id)).data.questions;
	expect(only.length).toBeGreaterThan(0);
	expect(only.every((q) => q.source.deckId === 'bundled:docker-basics')).toBe(true);
	expect(only.every((q) => q.cardId !== null)).toBe(true);
});

for (const locale of ['ko', 'en'] as const) {
	test(`screens in ${locale}: builder, a running quiz and a result at 390×844`, async ({
		page
	}) => {
		await page.addInitScript((l) => localStorage.setItem('PARAGLIDE_LOCALE', l), locale);
		await page.clock.install({ time: T0 });
		await build(page, 'total:300000', ['mcq', 'truefalse', 'fillin', 'command'], 5);
		await shoot(page, `quiz15-builder-${locale}`);
		const { startedAt } = await start(page);
		await page.clock.pauseAt(new Date(startedAt + 10 * SECOND));
		await page.clock.runFor(100);
		await shoot(page, `quiz15-take-${locale}`);
		for (let i = 0; i < 5; i++) {
			const type = await page.getByTestId('quiz-question').getAttribute('data-type');
			if (type === 'mcq' || type === 'truefalse')
				await page.getByTestId('quiz-option').first().click();
			else await page.getByTestId('type-in').fill('docker ps');
			if (i === 2) await shoot(page, `quiz15-take-answered-${locale}`);
			if (i < 4) await page.getByTestId('quiz-next').click();
		}
		await page.clock.runFor(1000);
		await page.clock.resume();
		await page.getByTestId('quiz-submit').click();
		await page.waitForURL(/\/quiz\/result\?id=/);
		await expect(page.getByTestId('quiz-result')).toBeVisible();
		await shoot(page, `quiz15-result-${locale}`);
		await page.getByTestId('quiz-result-item').first().scrollIntoViewIfNeeded();
		await shoot(page, `quiz15-result-item-${locale}`);
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth
		);
		expect(overflow).toBeLessThanOrEqual(0);
	});
}
