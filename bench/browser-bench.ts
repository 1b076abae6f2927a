/**
 * The benchmarks that run in headless Chromium (Playwright): the 10 000-card import, the database
 * at scale (today's queue, home counts, navigation → first card) and the review loop.
 *
 * The bench page (`/__bench/`) and its script are answered by Playwright routes on the preview
 * server's own origin, so they share the app's IndexedDB (`study-docker`) without touching the
 * build. Service workers are blocked in these contexts: the precache download would compete
 * for the CPU with what is measured (Lighthouse and the bundle pass cover the worker).
 */
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import type { NoteCard } from '../src/lib/content/types';
import type {
	BenchApi,
	GradeTimes,
	ImportTimes,
	QueueTimes,
	ScreenTimes,
	SeedSummary
} from './browser/entry';
import { median, quantile, round } from './stats';

/** Flags for headless Chromium on this machine (see /work/shared/TOOLCHAIN.md). */
export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
	'--disable-quic'
];

/** The Chromium binary: `CHROMIUM_PATH` or Debian's `/usr/bin/chromium`. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function launchBrowser(): Promise<Browser> {
	return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

const BENCH_DECK_ID = 'import:bench-notes';

/**
 * Installed in every page before its own scripts: records (with `performance.now()`, i.e. ms
 * since the navigation started) when the first card and the first deck row appear, and for each
 * grade key (1–4, pressed while the answer is shown) the keydown, the DOM update that shows the
 * next card (or the end of the session), and the next animation frame after it.
 * A string, not a function: the TS loader would add helpers that do not exist in the page.
 */
const MARKS_SCRIPT = `(() => {
	const marks = { firstCard: null, firstDeck: null, ready: null, tap: null, grades: [], pending: null };
	window.__benchMarks = marks;
	const frame = (rec) => requestAnimationFrame(() => { rec.frame = performance.now(); });
	addEventListener('click', (e) => {
		const link = e.target instanceof Element ? e.target.closest('a[href^="/review"]') : null;
		if (link && marks.tap === null) marks.tap = performance.now();
	}, true);
	addEventListener('keydown', (e) => {
		if (!['1', '2', '3', '4'].includes(e.key)) return;
		if (!document.querySelector('[data-testid=card-back]')) return;
		const card = document.querySelector('[data-testid=card]');
		const rec = { key: performance.now(), rating: e.key, from: card ? card.getAttribute('data-card-id') : null, to: null, dom: null, frame: null };
		marks.grades.push(rec);
		marks.pending = rec;
	}, true);
	const check = () => {
		const card = document.querySelector('[data-testid=card]');
		if (card && !marks.firstCard) { marks.firstCard = { dom: performance.now(), frame: null }; frame(marks.firstCard); }
		if (!marks.ready && document.querySelector('[data-testid=deck] [data-testid=count-new]')) {
			marks.ready = { dom: performance.now(), frame: null }; frame(marks.ready);
		}
		if (!marks.firstDeck && document.querySelector('[data-deck-id="${BENCH_DECK_ID}"]')) {
			marks.firstDeck = { dom: performance.now(), frame: null }; frame(marks.firstDeck);
		}
		const p = marks.pending;
		if (p && p.dom === null) {
			const done = document.querySelector('[data-testid=review-done]');
			if (done || (card && !document.querySelector('[data-testid=card-back]'))) {
				p.dom = performance.now();
				p.to = card ? card.getAttribute('data-card-id') : null;
				marks.pending = null;
				frame(p);
			}
		}
	};
	new MutationObserver(check).observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-card-id'] });
})();`;

interface Mark {
	dom: number;
	frame: number | null;
}
interface GradeMark extends Mark {
	key: number;
	rating: string;
	from: string | null;
	to: string | null;
}
interface Marks {
	firstCard: Mark | null;
	firstDeck: Mark | null;
	/** The start page shows a deck with its counts. */
	ready: Mark | null;
	/** A click on a link to the review screen. */
	tap: number | null;
	grades: GradeMark[];
}
type PageGlobals = { bench: BenchApi; __benchMarks: Marks };

const BENCH_HTML = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench</title>
<script type="module" src="/__bench/bench.js"></script></head><body>bench</body></html>`;

/**
 * A context whose `/__bench/` routes serve the bench page, the bundled entry and the parsed
 * cards (`/__bench/cards.json?count=N`: the first N cards).
 */
export async function benchContext(
	browser: Browser,
	origin: string,
	bundleJs: string,
	cards: NoteCard[]
): Promise<BrowserContext> {
	const context = await browser.newContext({
		serviceWorkers: 'block',
		viewport: { width: 390, height: 844 }
	});
	const jsonCache = new Map<number, string>();
	await context.route(`${origin}/__bench/**`, async (route) => {
		const url = new URL(route.request().url());
		if (url.pathname === '/__bench/bench.js') {
			await route.fulfill({ contentType: 'text/javascript', body: bundleJs });
		} else if (url.pathname === '/__bench/cards.json') {
			const count = Number(url.searchParams.get('count'));
			if (!jsonCache.has(count)) jsonCache.set(count, JSON.stringify(cards.slice(0, count)));
			await route.fulfill({ contentType: 'application/json', body: jsonCache.get(count) });
		} else {
			await route.fulfill({ contentType: 'text/html', body: BENCH_HTML });
		}
	});
	await context.addInitScript(MARKS_SCRIPT);
	return context;
}

async function openBenchPage(page: Page, origin: string): Promise<void> {
	await page.goto(`${origin}/__bench/`);
	await page.waitForFunction(() => 'bench' in globalThis);
}

/** Import `count` cards `runs` times into a fresh database in the page (see `importDeck`). */
export async function benchImport(
	page: Page,
	origin: string,
	count: number,
	runs: number
): Promise<ImportTimes> {
	await openBenchPage(page, origin);
	return page.evaluate(([n, r]) => (globalThis as unknown as PageGlobals).bench.importDeck(n, r), [
		count,
		runs
	] as const);
}

/** Results of the database at one size. */
export interface ScaleResult {
	cards: number;
	seed: SeedSummary;
	/** Medians leave out the first run (it opens the connection); minima are the least noisy. */
	queue: QueueTimes & {
		medianQueueMs: number;
		minQueueMs: number;
		medianCountsMs: number;
		minCountsMs: number;
	};
	/** Navigation → first card on `/review?deck=…` (ms since navigation start), per run. */
	firstCard: {
		domMs: number[];
		frameMs: number[];
		domContentLoadedMs: number[];
		medianFrameMs: number;
	};
	/** Navigation → the benchmark deck's row (with its counts) on the home screen, per run. */
	home: { frameMs: number[]; medianFrameMs: number };
	/**
	 * The screens' own service calls (medians leave out the first run): the review screen's queue
	 * (`loadReviewQueue`), the home screen's counts (`deckOverview`, every deck) and the card
	 * browser's search (index built once, then each query; `searchMs` is the slowest query's median).
	 */
	screens: ScreenTimes & {
		medianReviewQueueMs: number;
		medianOverviewMs: number;
		searchMs: number;
	};
	reviewLoop?: ReviewLoopResult;
	profile?: GradeProfile;
	gradeLoop?: GradeTimes & {
		median: {
			gradeCardMs: number;
			unburyMs: number;
			queueMs: number;
			frontHtmlMs: number;
			previewMs: number;
		};
	};
}

/** Grade → next card painted on the real review screen. */
export interface ReviewLoopResult {
	grades: number;
	/** keydown → the DOM shows the next card. */
	domMedianMs: number;
	domP95Ms: number;
	/** keydown → the next animation frame after that DOM update (what the budget is about). */
	medianMs: number;
	p95Ms: number;
	maxMs: number;
	/** Grades after which the same card came back (learning step due at once). */
	sameCardAgain: number;
}

async function marksOf(page: Page): Promise<Marks> {
	return page.evaluate(() => (globalThis as unknown as PageGlobals).__benchMarks);
}

async function waitForFrame(page: Page, which: 'firstCard' | 'firstDeck' | 'ready'): Promise<Mark> {
	await page.waitForFunction(
		(w) => (globalThis as unknown as PageGlobals).__benchMarks[w]?.frame != null,
		which,
		{ timeout: 120_000, polling: 50 }
	);
	const marks = await marksOf(page);
	return marks[which] as Mark;
}

/** Empty the app's database and let the app fill in its bundled decks (its first start). */
async function resetApp(page: Page, origin: string): Promise<void> {
	await openBenchPage(page, origin);
	await page.evaluate(() => (globalThis as unknown as PageGlobals).bench.resetAppDb());
	await page.goto(`${origin}/`);
	await page.locator('[data-testid=deck]').first().waitFor({ timeout: 120_000 });
}

/**
 * Drive `grades` grades on the review page that is open: reveal (button), then a grade key,
 * and wait for the next card's frame. Ratings cycle Good ×6, Again, Hard, Easy, Good.
 */
async function reviewLoop(page: Page, grades: number): Promise<ReviewLoopResult> {
	const pattern = ['3', '3', '3', '1', '3', '3', '2', '3', '4', '3'];
	const before = (await marksOf(page)).grades.length;
	let done = 0;
	for (let i = before; i < before + grades; i++) {
		if ((await page.locator('[data-testid=review-done]').count()) > 0) break;
		await page.locator('button.show').click();
		await page.locator('[data-testid=card-back]').waitFor();
		await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
		await page.keyboard.press(pattern[i % pattern.length] as string);
		await page.waitForFunction(
			(k) => {
				const g = (globalThis as unknown as PageGlobals).__benchMarks.grades;
				return g.length >= k && g[k - 1]?.frame != null;
			},
			i + 1,
			{ timeout: 30_000, polling: 20 }
		);
		done++;
	}
	const marks = await marksOf(page);
	const records = marks.grades.slice(before).filter((g) => g.frame !== null);
	const frame = records.map((g) => (g.frame as number) - g.key);
	const dom = records.map((g) => g.dom - g.key);
	return {
		grades: done,
		domMedianMs: round(median(dom)),
		domP95Ms: round(quantile(dom, 0.95)),
		medianMs: round(median(frame)),
		p95Ms: round(quantile(frame, 0.95)),
		maxMs: round(Math.max(...frame)),
		sameCardAgain: records.filter((g) => g.from === g.to).length
	};
}

/** Where the page's main thread spent its time during some grades (CDP CPU profile). */
export interface GradeProfile {
	grades: number;
	totalMs: number;
	/** Self time per script (a chunk of the build) or V8 category, largest first. */
	byScript: { script: string; ms: number }[];
	/** Largest self-time frames (minified names; `script:line:column`). */
	topFrames: { frame: string; ms: number }[];
}

interface CpuProfile {
	nodes: {
		id: number;
		callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
	}[];
	samples: number[];
	timeDeltas: number[];
}

/** Drive `grades` more grades under the V8 sampling profiler and sum self time by script. */
async function profileGrades(page: Page, grades: number): Promise<GradeProfile> {
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Profiler.enable');
	await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
	await cdp.send('Profiler.start');
	const loop = await reviewLoop(page, grades);
	const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
	await cdp.detach();
	const byId = new Map(profile.nodes.map((n) => [n.id, n]));
	const scripts = new Map<string, number>();
	const frames = new Map<string, number>();
	let total = 0;
	profile.samples.forEach((id, i) => {
		const node = byId.get(id);
		const dt = (profile.timeDeltas[i] ?? 0) / 1000;
		if (!node) return;
		const cf = node.callFrame;
		const script = cf.url
			? (cf.url.split('/').pop() ?? cf.url)
			: `(${cf.functionName || 'native'})`;
		if (script === '((idle))') return;
		total += dt;
		scripts.set(script, (scripts.get(script) ?? 0) + dt);
		const frame = `${cf.functionName || '(anonymous)'} ${script}:${cf.lineNumber + 1}:${cf.columnNumber + 1}`;
		frames.set(frame, (frames.get(frame) ?? 0) + dt);
	});
	const top = <K extends string>(m: Map<string, number>, key: K, n: number) =>
		[...m]
			.sort((a, b) => b[1] - a[1])
			.slice(0, n)
			.map(([k, v]) => ({ [key]: k, ms: round(v) }) as { [P in K]: string } & { ms: number });
	return {
		grades: loop.grades,
		totalMs: round(total),
		byScript: top(scripts, 'script', 12),
		topFrames: top(frames, 'frame', 15)
	};
}

/** Options for {@link benchScale}. */
export interface ScaleOptions {
	/** Start from an empty database (the first size); later sizes grow the same deck. */
	fresh: boolean;
	logs: number;
	queueRuns: number;
	navRuns: number;
	/** Grades driven on the real review screen (0: skip). */
	grades: number;
	/** Grades driven under the CPU profiler after the measured ones (0: skip). */
	profileGrades: number;
	/** Grades timed directly against the database (0: skip). */
	dbGrades: number;
	log: (line: string) => void;
}

/** Seed the app's database with `count` cards and measure queue, counts, first card, review loop. */
export async function benchScale(
	page: Page,
	origin: string,
	count: number,
	opts: ScaleOptions
): Promise<ScaleResult> {
	if (opts.fresh) await resetApp(page, origin);
	await openBenchPage(page, origin);
	const seed = await page.evaluate(
		([n, l]) => (globalThis as unknown as PageGlobals).bench.seedScale(n, l, 42),
		[count, opts.logs] as const
	);
	opts.log(
		`  seeded ${seed.cards} cards, ${seed.logs} logs in ${(seed.seedMs / 1000).toFixed(1)} s`
	);
	// Let IndexedDB finish writing (LevelDB compaction after seeding) before timing reads: after
	// the first size's million log rows, 5 s was not enough (25 rows of today's logs read in 72 ms
	// instead of 4 ms), so wait 30 s more when the logs were just written.
	await page.waitForTimeout(opts.fresh ? 35_000 : 5000);
	const q = await page.evaluate(
		(r) => (globalThis as unknown as PageGlobals).bench.measureQueue(r),
		opts.queueRuns
	);
	// The first run opens the connection and warms Dexie; report the median of the rest too.
	const queue = {
		...q,
		queueMs: q.queueMs.map((v) => round(v, 2)),
		countsMs: q.countsMs.map((v) => round(v, 2)),
		steps: q.steps.map((s) => ({ ...s, ms: round(s.ms, 2) })),
		medianQueueMs: round(median(q.queueMs.slice(1)), 2),
		minQueueMs: round(Math.min(...q.queueMs), 2),
		medianCountsMs: round(median(q.countsMs.slice(1)), 2),
		minCountsMs: round(Math.min(...q.countsMs), 2)
	};
	opts.log(
		`  queue ${queue.medianQueueMs} ms (${queue.queueLength} cards), counts ${queue.medianCountsMs} ms`
	);
	const sc = await page.evaluate(
		(r) => (globalThis as unknown as PageGlobals).bench.measureScreens(r),
		opts.queueRuns
	);
	const screens = {
		...sc,
		reviewQueueMs: sc.reviewQueueMs.map((v) => round(v, 2)),
		overviewMs: sc.overviewMs.map((v) => round(v, 2)),
		search: {
			...sc.search,
			buildMs: round(sc.search.buildMs),
			queries: sc.search.queries.map((q) => ({
				...q,
				ms: q.ms.map((v) => round(v, 2)),
				medianMs: round(median(q.ms.slice(1)), 2)
			}))
		},
		medianReviewQueueMs: round(median(sc.reviewQueueMs.slice(1)), 2),
		medianOverviewMs: round(median(sc.overviewMs.slice(1)), 2),
		searchMs: round(Math.max(...sc.search.queries.map((q) => median(q.ms.slice(1)))), 2)
	};
	opts.log(
		`  review queue ${screens.medianReviewQueueMs} ms, home counts (${screens.decks} decks) ${screens.medianOverviewMs} ms, search ${screens.searchMs} ms (index of ${screens.search.cards} built in ${screens.search.buildMs} ms)`
	);

	const home: number[] = [];
	for (let run = 0; run < opts.navRuns; run++) {
		await page.goto(`${origin}/`);
		home.push(round((await waitForFrame(page, 'firstDeck')).frame as number));
	}
	const firstCard = {
		domMs: [] as number[],
		frameMs: [] as number[],
		domContentLoadedMs: [] as number[]
	};
	for (let run = 0; run < opts.navRuns; run++) {
		await page.goto(`${origin}/review?deck=${encodeURIComponent(BENCH_DECK_ID)}`);
		const mark = await waitForFrame(page, 'firstCard');
		firstCard.domMs.push(round(mark.dom));
		firstCard.frameMs.push(round(mark.frame as number));
		firstCard.domContentLoadedMs.push(
			round(
				await page.evaluate(() => {
					const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
					return nav.domContentLoadedEventEnd;
				})
			)
		);
	}
	opts.log(
		`  home ${median(home).toFixed(0)} ms, first card ${median(firstCard.frameMs).toFixed(0)} ms`
	);
	const result: ScaleResult = {
		cards: count,
		seed: { ...seed, seedMs: round(seed.seedMs) },
		queue,
		screens,
		firstCard: { ...firstCard, medianFrameMs: round(median(firstCard.frameMs)) },
		home: { frameMs: home, medianFrameMs: round(median(home)) }
	};
	if (opts.grades > 0) {
		result.reviewLoop = await reviewLoop(page, opts.grades);
		opts.log(
			`  grade → next card: median ${result.reviewLoop.medianMs} ms, p95 ${result.reviewLoop.p95Ms} ms over ${result.reviewLoop.grades}`
		);
	}
	if (opts.profileGrades > 0) {
		result.profile = await profileGrades(page, opts.profileGrades);
		opts.log(
			`  profile: ${result.profile.byScript
				.slice(0, 5)
				.map((x) => `${x.script} ${x.ms} ms`)
				.join(', ')}`
		);
	}
	if (opts.dbGrades > 0) {
		await openBenchPage(page, origin);
		const g = await page.evaluate(
			(n) => (globalThis as unknown as PageGlobals).bench.gradeLoop(n),
			opts.dbGrades
		);
		result.gradeLoop = {
			gradeCardMs: g.gradeCardMs.map((v) => round(v, 2)),
			unburyMs: g.unburyMs.map((v) => round(v, 2)),
			queueMs: g.queueMs.map((v) => round(v, 2)),
			frontHtmlMs: g.frontHtmlMs.map((v) => round(v, 2)),
			previewMs: g.previewMs.map((v) => round(v, 2)),
			median: {
				gradeCardMs: round(median(g.gradeCardMs), 2),
				unburyMs: round(median(g.unburyMs), 2),
				queueMs: round(median(g.queueMs), 2),
				frontHtmlMs: round(median(g.frontHtmlMs), 2),
				previewMs: round(median(g.previewMs), 2)
			}
		};
		opts.log(`  db grade parts (median): ${JSON.stringify(result.gradeLoop.median)}`);
	}
	return result;
}

/** A first visit to the start page, then a tap on its review button, at one CPU slowdown. */
export interface FirstVisitResult {
	/** CPU slowdown (Chromium's CPU throttling rate; 1 = this machine's speed). */
	cpuRate: number;
	runs: number;
	/** Navigation start → a deck with its counts painted (next frame), per run. */
	readyMs: number[];
	/** Click on "study all" → the first card's front painted (next frame), per run. */
	tapToCardMs: number[];
	medianReadyMs: number;
	medianTapToCardMs: number;
	/** Load average (1 min) before the runs. */
	loadAverage: number;
}

/**
 * `runs` first visits (fresh context: empty cache, storage and database) to the start page at
 * CPU slowdown `cpuRate`: time until a deck and its counts are painted, then tap the review
 * button ("study all") once the page is idle and time until the card's front is painted.
 */
export async function benchFirstVisit(
	browser: Browser,
	origin: string,
	cpuRate: number,
	runs: number,
	loadAverage: () => number
): Promise<FirstVisitResult> {
	const out: FirstVisitResult = {
		cpuRate,
		runs,
		readyMs: [],
		tapToCardMs: [],
		medianReadyMs: 0,
		medianTapToCardMs: 0,
		loadAverage: loadAverage()
	};
	for (let run = 0; run < runs; run++) {
		const context = await browser.newContext({
			serviceWorkers: 'block',
			viewport: { width: 390, height: 844 },
			isMobile: true,
			hasTouch: true
		});
		await context.addInitScript(MARKS_SCRIPT);
		const page = await context.newPage();
		const cdp = await context.newCDPSession(page);
		await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuRate });
		await page.goto(`${origin}/`);
		const ready = await waitForFrame(page, 'ready');
		out.readyMs.push(round(ready.frame as number));
		// Tap once what the first visit started (writing the bundled decks, lazy chunks) is done.
		await page.waitForLoadState('networkidle');
		await page.waitForTimeout(1500);
		await page.locator('[data-testid=study-all]').click();
		const card = await waitForFrame(page, 'firstCard');
		const marks = await marksOf(page);
		if (marks.tap === null) throw new Error('the tap on "study all" was not seen');
		out.tapToCardMs.push(round((card.frame as number) - marks.tap));
		await cdp.detach();
		await context.close();
	}
	out.medianReadyMs = round(median(out.readyMs));
	out.medianTapToCardMs = round(median(out.tapToCardMs));
	return out;
}

/** The import screen with a large notes file: the page's long tasks (goal 6). */
export interface ImportPageResult {
	bytes: number;
	/** File chosen → preview shown, and apply → done, ms; null when it did not finish in time. */
	previewMs: number | null;
	applyMs: number | null;
	/** Main-thread long tasks (over 50 ms) while it ran: how many, and the longest, ms. */
	longTasks: number;
	longestTaskMs: number;
	error: string | null;
}

const LONG_TASKS_SCRIPT = `(() => {
	window.__benchLongTasks = [];
	new PerformanceObserver((list) => {
		for (const e of list.getEntries()) window.__benchLongTasks.push(e.duration);
	}).observe({ type: 'longtask', buffered: true });
})();`;

/**
 * Import `text` (notes of `bytes` bytes) on the real import screen in a fresh context: choose
 * the file, wait for the preview, apply, wait for the result; the page's long tasks are
 * recorded from the moment the file is chosen. Gives up after `timeoutMs` per step.
 */
export async function benchImportPage(
	browser: Browser,
	origin: string,
	text: string,
	timeoutMs: number
): Promise<ImportPageResult> {
	const context = await browser.newContext({ serviceWorkers: 'block' });
	await context.addInitScript(LONG_TASKS_SCRIPT);
	const page = await context.newPage();
	const bytes = Buffer.byteLength(text);
	const out: ImportPageResult = {
		bytes,
		previewMs: null,
		applyMs: null,
		longTasks: 0,
		longestTaskMs: 0,
		error: null
	};
	try {
		await page.goto(`${origin}/import`);
		await page.waitForLoadState('networkidle');
		await page.evaluate(() => {
			(globalThis as unknown as { __benchLongTasks: number[] }).__benchLongTasks = [];
		});
		const t0 = Date.now();
		await page.getByTestId('import-file').setInputFiles({
			name: 'bench-8mb.md',
			mimeType: 'text/markdown',
			buffer: Buffer.from(text)
		});
		await page
			.locator('[data-testid=import-apply], [data-testid=import-error]')
			.first()
			.waitFor({ timeout: timeoutMs });
		out.previewMs = Date.now() - t0;
		if ((await page.getByTestId('import-error').count()) > 0) {
			out.error = (await page.getByTestId('import-error').textContent()) ?? 'error';
		} else {
			const t1 = Date.now();
			await page.getByTestId('import-apply').click();
			await page
				.locator('[data-testid=import-done], [data-testid=import-error]')
				.first()
				.waitFor({ timeout: timeoutMs });
			out.applyMs = Date.now() - t1;
		}
	} catch (error) {
		out.error = error instanceof Error ? error.message.split('\n')[0]! : String(error);
	}
	const tasks = await page
		.evaluate(() => (globalThis as unknown as { __benchLongTasks: number[] }).__benchLongTasks)
		.catch(() => [] as number[]);
	out.longTasks = tasks.length;
	out.longestTaskMs = round(Math.max(0, ...tasks));
	await context.close();
	return out;
}
