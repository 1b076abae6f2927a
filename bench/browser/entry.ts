/**
 * Browser side of the benchmark: bundled by `bench/bundle-entry.ts` (esbuild, `$lib` → `src/lib`)
 * and loaded into a page served from the app's own origin, so the app's database code itself
 * (`planImport`, `applyImport`, `sessionQueue`, `countsFor`, `gradeCard`) is what is timed.
 *
 * Everything is exposed on `window.bench`; Node drives it through Playwright's `page.evaluate`.
 * Times are milliseconds from `performance.now()`.
 */
import Dexie from 'dexie';
import { State } from 'ts-fsrs';
import type { NoteCard } from '$lib/content/types';
import { applyImport, planImport } from '$lib/db/decks';
import { unburyDue } from '$lib/db/queue';
import { countsFor, doneToday, sessionQueue } from '$lib/services/queue';
import { loadReviewQueue } from '$lib/services/review';
import { deckOverview } from '$lib/services/decks';
import { openCardFinder } from '$lib/services/cards-search';
import type { ServiceContext } from '$lib/services/context';
import { memoryOf, queueOf } from '$lib/cards';
import { gradeCard } from '$lib/db/review';
import {
	QUEUE,
	STORES_V1,
	StudyDb,
	type CardRow,
	type ReviewLogRow,
	type ReviewOrigin
} from '$lib/db/schema';
import { loadSchedulerSettings } from '$lib/services/settings';
import { safeHtml } from '$lib/components/render';
import {
	DEFAULT_SCHEDULER_SETTINGS,
	Scheduler,
	newMemoryState,
	type MemoryState
} from '$lib/scheduling';
import { nextStudyDayStart, studyDayStart } from '$lib/scheduling/study-day';
import { seededRandom, type Random } from '../notes-gen';

const DAY = 86_400_000;
const MINUTE = 60_000;

/** The deck the scale benchmark seeds (an imported notes file). */
export const BENCH_DECK = {
	id: 'import:bench-notes',
	file: 'bench-notes.md',
	title: '벤치마크 노트'
};

async function loadCards(count: number): Promise<NoteCard[]> {
	const response = await fetch(`/__bench/cards.json?count=${count}`);
	if (!response.ok) throw new Error(`cards.json: HTTP ${response.status}`);
	return (await response.json()) as NoteCard[];
}

/** Result of {@link importDeck}: one entry per run. */
export interface ImportTimes {
	cards: number;
	planMs: number[];
	applyMs: number[];
	totalMs: number[];
	/** Re-importing the same cards into the filled deck (nothing changes): plan + apply. */
	reimportMs: number[];
	stored: number;
	/** The stored rows bulk-added again with and without the cards store's indexes. */
	indexCost?: { appIndexesMs: number; primaryKeyOnlyMs: number; rows: number };
}

/**
 * Import `count` parsed cards into a fresh database (`bench-import`, not the app's) through
 * `planImport` + `applyImport`, `runs` times; then re-import them unchanged once per run.
 */
async function importDeck(count: number, runs: number): Promise<ImportTimes> {
	const cards = await loadCards(count);
	const spec = { ...BENCH_DECK, origin: 'import' as const, sourceText: '' };
	const out: ImportTimes = {
		cards: cards.length,
		planMs: [],
		applyMs: [],
		totalMs: [],
		reimportMs: [],
		stored: 0
	};
	for (let run = 0; run < runs; run++) {
		await Dexie.delete('bench-import');
		const db = new StudyDb('bench-import');
		await db.open();
		const now = new Date();
		const t0 = performance.now();
		const plan = await planImport(db, spec, cards, now);
		const t1 = performance.now();
		await applyImport(db, plan, now);
		const t2 = performance.now();
		const again = await planImport(db, spec, cards, now);
		await applyImport(db, again, now);
		const t3 = performance.now();
		out.planMs.push(t1 - t0);
		out.applyMs.push(t2 - t1);
		out.totalMs.push(t2 - t0);
		out.reimportMs.push(t3 - t2);
		out.stored = await db.cards.count();
		db.close();
	}
	out.indexCost = await indexCost();
	await Dexie.delete('bench-import');
	return out;
}

/**
 * Where `applyImport`'s time goes: the rows it stored, written again with one `bulkAdd` into a
 * cards store with the app's indexes (schema v1) and into one with the primary key only.
 */
async function indexCost(): Promise<{
	appIndexesMs: number;
	primaryKeyOnlyMs: number;
	rows: number;
}> {
	const source = new StudyDb('bench-import');
	await source.open();
	const rows = await source.cards.toArray();
	source.close();
	const time = async (stores: string) => {
		await Dexie.delete('bench-index-cost');
		const db = new Dexie('bench-index-cost');
		db.version(1).stores({ cards: stores });
		await db.open();
		const t0 = performance.now();
		await db.table('cards').bulkAdd(rows);
		const ms = performance.now() - t0;
		db.close();
		await Dexie.delete('bench-index-cost');
		return ms;
	};
	return {
		appIndexesMs: await time(STORES_V1.cards),
		primaryKeyOnlyMs: await time('id'),
		rows: rows.length
	};
}

/** A memory state for a card that has been studied: `kind` picks review or (re)learning. */
function studiedState(rnd: Random, now: number, kind: 'review' | 'learning'): MemoryState {
	if (kind === 'learning') {
		const relearning = rnd() < 0.3;
		const due = now - rnd() * 2 * DAY + rnd() * 60 * MINUTE;
		return {
			due: new Date(due),
			stability: 0.3 + rnd() * 3,
			difficulty: 3 + rnd() * 6,
			elapsedDays: 0,
			scheduledDays: 0,
			learningSteps: relearning ? 0 : 1,
			reps: relearning ? 5 + Math.floor(rnd() * 10) : 1 + Math.floor(rnd() * 2),
			lapses: relearning ? 1 + Math.floor(rnd() * 3) : 0,
			state: relearning ? State.Relearning : State.Learning,
			lastReview: new Date(due - 10 * MINUTE)
		};
	}
	const stability = Math.exp(rnd() * Math.log(365));
	const scheduledDays = Math.max(1, Math.round(stability));
	const due = now + (rnd() * 2 - 1) * 60 * DAY;
	return {
		due: new Date(due),
		stability,
		difficulty: 2 + rnd() * 7,
		elapsedDays: scheduledDays,
		scheduledDays,
		learningSteps: 0,
		reps: 2 + Math.floor(rnd() * 15),
		lapses: Math.floor(rnd() ** 3 * 6),
		state: State.Review,
		lastReview: new Date(due - scheduledDays * DAY)
	};
}

/** What {@link seedScale} wrote, and how long the seeding took (not a benchmark figure). */
export interface SeedSummary {
	cards: number;
	/** Cards per stored queue value (0 new, 1 learning, 2 review, -1 suspended, -2 buried). */
	byQueue: Record<string, number>;
	/** Review-log rows of the benchmark deck after seeding, and how many of them are from today. */
	logs: number;
	logsToday: number;
	seedMs: number;
}

/** FNV-1a 32-bit: a card's fate depends on its id only, so seeding again gives the same states. */
function hash(text: string): number {
	let h = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		h ^= text.charCodeAt(i);
		h = Math.imul(h, 0x01000193);
	}
	return h >>> 0;
}

/**
 * Fill the app's database (`study-docker`, opened once by the app first so the bundled decks
 * are in) with the benchmark deck, growing it to `count` cards: the missing cards are imported
 * through `planImport`/`applyImport`, then every card of the deck gets a memory state decided by
 * its id — about 25 % new, 1 % (at most 60 cards) in (re)learning due from two days ago to an
 * hour ahead, 1 % suspended, 0.5 % buried until tomorrow, the rest review cards due from 60 days
 * ago to 60 days ahead. `logs` review-log rows are written once (a larger size keeps them): over
 * the past two years, plus 25 from today (20 reviews, 5 new cards) so the daily limits are
 * partly used, as on a real study day.
 */
async function seedScale(count: number, logs: number, seed: number): Promise<SeedSummary> {
	const t0 = performance.now();
	const cards = await loadCards(count);
	const db = new StudyDb();
	await db.open();
	const nowMs = Date.now();
	const importedAt = new Date(nowMs - 730 * DAY);
	const spec = { ...BENCH_DECK, origin: 'import' as const, sourceText: '' };
	await applyImport(db, await planImport(db, spec, cards, importedAt), importedAt);

	const rows = await db.cards.where('deckId').equals(BENCH_DECK.id).toArray();
	const learningShare = Math.min(0.01, 60 / rows.length);
	const byQueue: Record<string, number> = {};
	const studied: CardRow[] = [];
	const tomorrow = nextStudyDayStart(new Date(nowMs), DEFAULT_SCHEDULER_SETTINGS.dayStartHour);
	for (const row of rows) {
		const rnd = seededRandom(hash(row.id) ^ seed);
		const r = rnd();
		delete row.suspended;
		delete row.buriedUntil;
		if (r < 0.25) {
			Object.assign(row, newMemoryState(importedAt));
		} else {
			const learning = r < 0.25 + learningShare;
			Object.assign(row, studiedState(rnd, nowMs, learning ? 'learning' : 'review'));
			if (r >= 0.25 + learningShare && r < 0.26 + learningShare) row.suspended = true;
			else if (r >= 0.26 + learningShare && r < 0.265 + learningShare) row.buriedUntil = tomorrow;
			studied.push(row);
		}
		row.queue = queueOf(row);
		byQueue[row.queue] = (byQueue[row.queue] ?? 0) + 1;
	}
	for (let i = 0; i < rows.length; i += 5000) await db.cards.bulkPut(rows.slice(i, i + 5000));

	const logRange = () =>
		db.reviewLogs
			.where('[deckId+reviewedAt]')
			.between([BENCH_DECK.id, new Date(0)], [BENCH_DECK.id, new Date(8.64e15)]);
	const rnd = seededRandom(seed);
	const dayStart = studyDayStart(
		new Date(nowMs),
		DEFAULT_SCHEDULER_SETTINGS.dayStartHour
	).getTime();
	const logRow = (card: CardRow, at: number, before: MemoryState, origin: ReviewOrigin) => {
		const after = studiedState(rnd, at, 'review');
		const rating = (rnd() < 0.1 ? 1 : rnd() < 0.15 ? 2 : rnd() < 0.9 ? 3 : 4) as 1 | 2 | 3 | 4;
		const log: ReviewLogRow = {
			cardId: card.id,
			deckId: card.deckId,
			rating,
			reviewedAt: new Date(at),
			origin,
			stateBefore: before,
			stateAfter: after,
			queueBefore: before.state === State.New ? QUEUE.new : QUEUE.review,
			elapsedDays: before.scheduledDays,
			scheduledDays: after.scheduledDays
		};
		return log;
	};
	if ((await logRange().count()) < logs) {
		const chunk: ReviewLogRow[] = [];
		for (let i = 0; i < logs; i++) {
			const card = studied[Math.floor(rnd() * studied.length)] as CardRow;
			if (i < 25) {
				// Done today: 20 reviews and 5 new cards, between the study day's start and now.
				const at = dayStart + rnd() * (nowMs - dayStart);
				const before = studiedState(rnd, at, 'review');
				if (i >= 20) before.state = State.New;
				chunk.push(logRow(card, at, before, 'review'));
			} else {
				const at = nowMs - DAY - rnd() * 729 * DAY;
				const origin: ReviewOrigin = rnd() < 0.9 ? 'review' : rnd() < 0.5 ? 'quiz' : 'drill';
				chunk.push(logRow(card, at, studiedState(rnd, at, 'review'), origin));
			}
			if (chunk.length === 10_000) {
				await db.reviewLogs.bulkAdd(chunk);
				chunk.length = 0;
			}
		}
		if (chunk.length) await db.reviewLogs.bulkAdd(chunk);
	}
	const summary: SeedSummary = {
		cards: rows.length,
		byQueue,
		logs: await logRange().count(),
		logsToday: await db.reviewLogs
			.where('[deckId+reviewedAt]')
			.between([BENCH_DECK.id, new Date(dayStart)], [BENCH_DECK.id, new Date(nowMs)])
			.count(),
		seedMs: performance.now() - t0
	};
	db.close();
	return summary;
}

/** Empty the app's database (no connection may be open: the page holds none). */
async function resetAppDb(): Promise<void> {
	await Dexie.delete('study-docker');
}

/** Timings of today's queue and the home counts, `runs` times each, on the app's database. */
export interface QueueTimes {
	queueMs: number[];
	countsMs: number[];
	queueLength: number;
	counts: { new: number; learning: number; review: number; total: number };
	/** The same Dexie requests `sessionQueue` / `countsFor` make, timed one by one (last run). */
	steps: { step: string; ms: number; rows: number }[];
}

async function timed<T>(fn: () => Promise<T>): Promise<[T, number]> {
	const t0 = performance.now();
	const value = await fn();
	return [value, performance.now() - t0];
}

/**
 * Time `sessionQueue` and `countsFor` for the benchmark deck (the deck the review screen opens
 * with `?deck=`), and each of their index requests alone to show where the time goes.
 */
async function measureQueue(runs: number): Promise<QueueTimes> {
	const db = new StudyDb();
	await db.open();
	const settings = await loadSchedulerSettings(db);
	const ids = [BENCH_DECK.id];
	const out: QueueTimes = {
		queueMs: [],
		countsMs: [],
		queueLength: 0,
		counts: { new: 0, learning: 0, review: 0, total: 0 },
		steps: []
	};
	for (let run = 0; run < runs; run++) {
		const now = new Date();
		const [queue, qMs] = await timed(() => sessionQueue(db, ids, now, settings));
		const [counts, cMs] = await timed(() => countsFor(db, ids, now, settings));
		out.queueMs.push(qMs);
		out.countsMs.push(cMs);
		out.queueLength = queue.length;
		out.counts = counts;
	}
	const now = new Date();
	const id = BENCH_DECK.id;
	const dayEnd = nextStudyDayStart(now, settings.dayStartHour);
	const ahead = new Date(now.getTime() + settings.learnAheadMinutes * MINUTE);
	const due = (q: number, until: Date) =>
		db.cards.where('[deckId+queue+due]').between([id, q, new Date(0)], [id, q, until], true, false);
	const fresh = () =>
		db.cards
			.where('[deckId+queue+position]')
			.between([id, QUEUE.new, -Infinity], [id, QUEUE.new, Infinity]);
	const steps: [string, () => Promise<number>][] = [
		[
			'doneToday (logs of today)',
			async () => {
				const d = await doneToday(db, ids, now, settings);
				return d.newStudied + d.reviewsDone;
			}
		],
		['unburyDue (every buried card read)', () => unburyDue(db, now)],
		['learning due: toArray', async () => (await due(QUEUE.learning, ahead).toArray()).length],
		[
			'review due: limit(reviewsLeft).toArray',
			async () => (await due(QUEUE.review, dayEnd).limit(settings.reviewsPerDay).toArray()).length
		],
		[
			'new: limit(newLeft).toArray',
			async () => (await fresh().limit(settings.newPerDay).toArray()).length
		],
		['counts: learning due count()', () => due(QUEUE.learning, ahead).count()],
		['counts: review due count() (no limit)', () => due(QUEUE.review, dayEnd).count()],
		['counts: new count()', () => fresh().count()],
		['counts: deckId count() (total)', () => db.cards.where('deckId').equals(id).count()],
		['counts: retired count()', () => due(QUEUE.retired, new Date(8.64e15)).count()]
	];
	for (const [step, fn] of steps) {
		const [rows, ms] = await timed(fn);
		out.steps.push({ step, ms, rows });
	}
	db.close();
	return out;
}

/** Per-grade costs of the review loop's database work, measured without the UI. */
export interface GradeTimes {
	gradeCardMs: number[];
	unburyMs: number[];
	queueMs: number[];
	/** What the review screen computes for the next card: its front as sanitised HTML (`safeHtml`, Markdown → HTML → DOMPurify) … */
	frontHtmlMs: number[];
	/** … and the four rating previews for the answer buttons (`Scheduler.preview`). */
	previewMs: number[];
}

/**
 * Grade `n` cards of the benchmark deck the way `ReviewSession.grade` does (gradeCard, then
 * unburyDue + sessionQueue to show the next card), timing each part. Writes to the database.
 */
async function gradeLoop(n: number): Promise<GradeTimes> {
	const db = new StudyDb();
	await db.open();
	const settings = await loadSchedulerSettings(db);
	const scheduler = new Scheduler(settings);
	const ids = [BENCH_DECK.id];
	const out: GradeTimes = {
		gradeCardMs: [],
		unburyMs: [],
		queueMs: [],
		frontHtmlMs: [],
		previewMs: []
	};
	let queue = await sessionQueue(db, ids, new Date(), settings);
	for (let i = 0; i < n && queue[0]; i++) {
		const card = queue[0];
		const [, g] = await timed(() =>
			gradeCard(db, scheduler, card.id, 3, new Date(), 'review', card.reps)
		);
		const [, u] = await timed(() => unburyDue(db, new Date()));
		const [q, s] = await timed(() => sessionQueue(db, ids, new Date(), settings));
		queue = q;
		const next = queue[0];
		if (next) {
			let t0 = performance.now();
			safeHtml(next.override?.front ?? next.front);
			out.frontHtmlMs.push(performance.now() - t0);
			t0 = performance.now();
			scheduler.preview(memoryOf(next), new Date());
			out.previewMs.push(performance.now() - t0);
		}
		out.gradeCardMs.push(g);
		out.unburyMs.push(u);
		out.queueMs.push(s);
	}
	db.close();
	return out;
}

/** Timings of what the screens run at scale (the services themselves), `runs` times each. */
export interface ScreenTimes {
	/** `loadReviewQueue` for the benchmark deck: unburyDue + sessionQueue (the review screen's open). */
	reviewQueueMs: number[];
	/** `deckOverview`: every deck's counts and the all-decks counts (the home screen's read). */
	overviewMs: number[];
	decks: number;
	/** The card browser's finder: the index build (once), then each query `runs` times. */
	search: {
		cards: number;
		buildMs: number;
		queries: { text: string; total: number; ms: number[]; medianMs?: number }[];
	};
}

/** Queries the card browser is timed with: Korean words, parts of words, 초성, Latin, two parts. */
export const SEARCH_QUERIES = [
	'레이어',
	'이어',
	'ㄹㅇㅇ',
	'네트워크',
	'ㄴㅌㅇㅋ',
	'docker',
	'cker',
	'캐시 ㅌㄱ'
];

/**
 * Time the review screen's queue, the home screen's counts and the card browser's search on
 * the app's database, through the same service functions the screens call.
 */
async function measureScreens(runs: number): Promise<ScreenTimes> {
	const db = new StudyDb();
	await db.open();
	const settings = await loadSchedulerSettings(db);
	const ctx: ServiceContext = { db, now: () => new Date(), settings };
	const out: ScreenTimes = {
		reviewQueueMs: [],
		overviewMs: [],
		decks: 0,
		search: { cards: 0, buildMs: 0, queries: [] }
	};
	for (let run = 0; run < runs; run++) {
		const [, q] = await timed(() => loadReviewQueue(ctx, [BENCH_DECK.id]));
		const [overview, o] = await timed(() => deckOverview(ctx));
		out.reviewQueueMs.push(q);
		out.overviewMs.push(o);
		out.decks = overview.decks.length;
	}
	const finder = openCardFinder(ctx);
	const [, build] = await timed(() => finder.prepare());
	out.search.buildMs = build;
	out.search.cards = finder.progress.indexed;
	for (const text of SEARCH_QUERIES) {
		const ms: number[] = [];
		let total = 0;
		for (let run = 0; run < runs; run++) {
			const [page, t] = await timed(() => finder.search({ text }, { offset: 0, limit: 50 }));
			ms.push(t);
			total = page?.total ?? 0;
		}
		out.search.queries.push({ text, total, ms });
	}
	finder.close();
	db.close();
	return out;
}

const api = { importDeck, seedScale, measureQueue, measureScreens, gradeLoop, resetAppDb };
export type BenchApi = typeof api;
(globalThis as unknown as { bench: BenchApi }).bench = api;
