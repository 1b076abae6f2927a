/**
 * Today's queue and the counts that promise it, as Anki's v3 scheduler builds them:
 *  1. per deck, the candidates are read from index ranges in gathering order — reviews due today
 *     (earliest first), then new cards (notes order) — leaving out the siblings of cards already
 *     gathered (the deck preset's bury options, `$lib/scheduling` siblings);
 *  2. the daily limits share out what each deck gives (`shareDailyLimits`: each deck's preset
 *     inside the collection's limits, today's work and today-only extensions counted);
 *  3. the session orders what is left (learning due now, reviews, new, learn-ahead learning).
 * Home's counts and every session come from the same plan, over the same decks, so a deck gives
 * exactly the count its row showed and "study all" gives the sum. The reads return Dexie's own
 * promises where a live query runs them (the home screen).
 */
import { State } from 'ts-fsrs';
import { QUEUE, siblingKeyOf, type CardRow } from '$lib/cards';
import {
	countDue,
	countLive,
	forEachReview,
	readDeckOptionRows,
	readDue,
	type DeckOptionRows,
	readNew,
	type StudyDb
} from '$lib/db';
import {
	SiblingGate,
	buildSessionQueue,
	nextStudyDayStart,
	presetOf,
	shareDailyLimits,
	spreadSiblings,
	studyDayKey,
	studyDayStart,
	type DeckDay,
	type DoneToday,
	type PresetBook,
	type SchedulerSettings
} from '$lib/scheduling';
import { presetBookOf } from './presets';

/** Counts shown per deck: what today still gives, with the daily limits applied. */
export interface DeckCounts {
	new: number;
	learning: number;
	review: number;
	/** Total cards in the deck that are not retired. */
	total: number;
}

/** Today-only extensions of one deck's limits (custom study "increase today's limit"). */
export interface DeckExtras {
	new: number;
	review: number;
}

/** Deck options in force at some moment: presets, hidden decks, today's extensions. */
export interface DeckOptions {
	book: PresetBook;
	/** Decks left out of the home screen and "study all". */
	hidden: ReadonlySet<string>;
	/** Today's extensions by deck (empty on another study day than the one they were made on). */
	extras: Readonly<Record<string, DeckExtras>>;
}

const count = (x: unknown) =>
	typeof x === 'number' && Number.isInteger(x) && x > 0 ? Math.min(x, 9999) : 0;

/** Today's extensions from the stored row: only those made on the study day `day`. */
export function extrasOf(stored: unknown, day: string): Record<string, DeckExtras> {
	if (!stored || typeof stored !== 'object') return {};
	const row = stored as { day?: unknown; decks?: unknown };
	if (row.day !== day || !row.decks || typeof row.decks !== 'object') return {};
	const out: Record<string, DeckExtras> = {};
	for (const [deckId, value] of Object.entries(row.decks as Record<string, unknown>)) {
		const v = (value ?? {}) as { new?: unknown; review?: unknown };
		out[deckId] = { new: count(v.new), review: count(v.review) };
	}
	return out;
}

/** The deck options in stored rows, at `now` (today's extensions are today's study day's). */
export function deckOptionsOf(
	rows: DeckOptionRows,
	now: Date,
	settings: SchedulerSettings,
	timeZone?: string
): DeckOptions {
	const hidden = Array.isArray(rows.hiddenDecks)
		? rows.hiddenDecks.filter((x): x is string => typeof x === 'string')
		: [];
	return {
		book: presetBookOf(rows, settings),
		hidden: new Set(hidden),
		extras: extrasOf(rows.studyExtras, studyDayKey(now, settings.dayStartHour, timeZone))
	};
}

/** Read the deck options in force at `now` (one read of the settings table). */
export function loadDeckOptions(
	db: StudyDb,
	now: Date,
	settings: SchedulerSettings,
	timeZone?: string
): Promise<DeckOptions> {
	return readDeckOptionRows(db).then((rows) => deckOptionsOf(rows, now, settings, timeZone));
}

/**
 * What was studied since the start of today's study day, per deck. A "new studied" is a
 * review-screen log row whose card was New before; a "review done" one whose card was a review
 * card due today — a review ahead of its day (custom study) uses up no limit, as quiz lapses and
 * drill grades do not either.
 */
export async function doneTodayByDeck(
	db: StudyDb,
	deckIds: readonly string[],
	now: Date,
	settings: SchedulerSettings,
	timeZone?: string
): Promise<Map<string, DoneToday>> {
	const start = studyDayStart(now, settings.dayStartHour, timeZone);
	const end = nextStudyDayStart(now, settings.dayStartHour, timeZone).getTime();
	const done = new Map<string, DoneToday>();
	for (const deckId of deckIds) {
		const d = { newStudied: 0, reviewsDone: 0 };
		await forEachReview(db, deckId, start, now, (log) => {
			if (log.origin !== 'review') return;
			if (log.stateBefore.state === State.New) d.newStudied++;
			else if (log.stateBefore.state === State.Review && log.stateBefore.due.getTime() < end)
				d.reviewsDone++;
		});
		done.set(deckId, d);
	}
	return done;
}

/** What was studied today over `deckIds` together (see {@link doneTodayByDeck}). */
export async function doneToday(
	db: StudyDb,
	deckIds: readonly string[],
	now: Date,
	settings: SchedulerSettings,
	timeZone?: string
): Promise<DoneToday> {
	const done = await doneTodayByDeck(db, deckIds, now, settings, timeZone);
	let newStudied = 0;
	let reviewsDone = 0;
	for (const d of done.values()) {
		newStudied += d.newStudied;
		reviewsDone += d.reviewsDone;
	}
	return { newStudied, reviewsDone };
}

/** One deck's part of today's plan. */
export interface DeckToday {
	deckId: string;
	/** Learning cards due within the learn-ahead limit (read only when rows are asked for). */
	learning: CardRow[];
	learningCount: number;
	/** Review cards due today, earliest first, within the deck's share. */
	reviews: CardRow[];
	/** New cards in the order they will be shown, within the deck's share. */
	fresh: CardRow[];
}

const MINUTE_MS = 60_000;

/**
 * Today's plan for `deckIds` (in the order a remainder of the limits is handed out): what each
 * deck gives for the rest of the study day. Every deck in the plan shares the collection's
 * limits, so plan the same decks for the counts and for the sessions (home: the visible decks).
 * @param rows also read each deck's learning cards (a session needs them; counts do not)
 */
export async function planToday(
	db: StudyDb,
	deckIds: readonly string[],
	now: Date,
	settings: SchedulerSettings,
	options: DeckOptions,
	timeZone?: string,
	rows = true
): Promise<Map<string, DeckToday>> {
	const learnAhead = new Date(now.getTime() + settings.learnAheadMinutes * MINUTE_MS);
	const dayEnd = nextStudyDayStart(now, settings.dayStartHour, timeZone);
	const done = await doneTodayByDeck(db, deckIds, now, settings, timeZone);
	const sumDone = (f: (d: DoneToday) => number) => [...done.values()].reduce((s, d) => s + f(d), 0);
	const extrasTotal = (k: keyof DeckExtras) =>
		Object.entries(options.extras)
			.filter(([id]) => deckIds.includes(id))
			.reduce((s, [, e]) => s + e[k], 0);
	// Nothing a deck could read beyond what the collection still allows.
	const collectionNewLeft = Math.max(
		0,
		settings.newPerDay + extrasTotal('new') - sumDone((d) => d.newStudied)
	);
	const collectionReviewsLeft = Math.max(
		0,
		settings.reviewsPerDay + extrasTotal('review') - sumDone((d) => d.reviewsDone)
	);

	const gathered: (DeckToday & { day: DeckDay })[] = [];
	for (const deckId of deckIds) {
		const preset = presetOf(options.book, deckId);
		const extra = options.extras[deckId] ?? { new: 0, review: 0 };
		const today = done.get(deckId) ?? { newStudied: 0, reviewsDone: 0 };
		const gate = new SiblingGate(preset);
		const accept = (row: CardRow) => gate.accept({ key: siblingKeyOf(row), state: row });
		const reviewCap = Math.min(
			collectionReviewsLeft,
			Math.max(0, preset.reviewsPerDay + extra.review - today.reviewsDone)
		);
		const newCap = Math.min(
			collectionNewLeft,
			Math.max(0, preset.newPerDay + extra.new - today.newStudied)
		);
		const learning = rows ? await readDue(db, deckId, QUEUE.learning, learnAhead) : [];
		const learningCount = rows
			? learning.length
			: await countDue(db, deckId, QUEUE.learning, learnAhead);
		const reviews = await readDue(db, deckId, QUEUE.review, dayEnd, reviewCap, accept);
		const fresh = await readNew(db, deckId, newCap, accept);
		gathered.push({
			deckId,
			learning,
			learningCount,
			reviews,
			fresh,
			day: {
				newPerDay: preset.newPerDay,
				reviewsPerDay: preset.reviewsPerDay,
				newDone: today.newStudied,
				reviewsDone: today.reviewsDone,
				extraNew: extra.new,
				extraReviews: extra.review,
				newAvailable: fresh.length,
				reviewsAvailable: reviews.length
			}
		});
	}
	const shares = shareDailyLimits(
		{ newPerDay: settings.newPerDay, reviewsPerDay: settings.reviewsPerDay },
		gathered.map((g) => g.day)
	);
	const plan = new Map<string, DeckToday>();
	gathered.forEach((g, i) => {
		const share = shares[i]!;
		plan.set(g.deckId, {
			deckId: g.deckId,
			learning: g.learning,
			learningCount: g.learningCount,
			reviews: g.reviews.slice(0, share.review),
			fresh: spreadSiblings(g.fresh.slice(0, share.new), siblingKeyOf)
		});
	});
	return plan;
}

/**
 * The cards of today's session over `deckIds`, in the scheduler's order (learning due now,
 * reviews due today, new cards deck by deck in notes order with siblings spread apart, then
 * learn-ahead learning cards), as the plan over `planDeckIds` shares the limits.
 * @param planDeckIds the decks sharing the limits (default: `deckIds`; the review screen passes
 *   every visible deck, so a deck gives what home promised for it)
 * @param options default: read from the database
 */
export async function sessionQueue(
	db: StudyDb,
	deckIds: readonly string[],
	now: Date,
	settings: SchedulerSettings,
	timeZone?: string,
	planDeckIds: readonly string[] = deckIds,
	options?: DeckOptions
): Promise<CardRow[]> {
	const opts = options ?? (await loadDeckOptions(db, now, settings, timeZone));
	const plan = await planToday(db, unionOf(planDeckIds, deckIds), now, settings, opts, timeZone);
	const rows: CardRow[] = [];
	for (const id of deckIds) {
		const p = plan.get(id);
		if (p) rows.push(...p.learning, ...p.reviews);
	}
	const fresh = deckIds.flatMap((id) => plan.get(id)?.fresh ?? []);
	rows.push(...spreadSiblings(fresh, (row) => `${row.deckId}\u0000${siblingKeyOf(row)}`));
	const unlimited = { ...settings, newPerDay: Infinity, reviewsPerDay: Infinity };
	const wrapped = rows.map((row) => ({ state: row, row }));
	return buildSessionQueue(
		wrapped,
		now,
		unlimited,
		{ newStudied: 0, reviewsDone: 0 },
		timeZone
	).map((w) => w.row);
}

/**
 * Counts of what today still gives over `deckIds` together (summed from the plan over
 * `planDeckIds`, by default `deckIds`).
 * @param options default: read from the database
 */
export async function countsFor(
	db: StudyDb,
	deckIds: readonly string[],
	now: Date,
	settings: SchedulerSettings,
	timeZone?: string,
	planDeckIds: readonly string[] = deckIds,
	options?: DeckOptions
): Promise<DeckCounts> {
	const opts = options ?? (await loadDeckOptions(db, now, settings, timeZone));
	const plan = await planToday(
		db,
		unionOf(planDeckIds, deckIds),
		now,
		settings,
		opts,
		timeZone,
		false
	);
	const counts: DeckCounts = { new: 0, learning: 0, review: 0, total: 0 };
	for (const id of deckIds) {
		const p = plan.get(id);
		if (!p) continue;
		counts.new += p.fresh.length;
		counts.learning += p.learningCount;
		counts.review += p.reviews.length;
		counts.total += await countLive(db, id);
	}
	return counts;
}

/** `a`, then the ids of `b` not in it. */
export function unionOf(a: readonly string[], b: readonly string[]): string[] {
	return [...a, ...b.filter((id) => !a.includes(id))];
}
