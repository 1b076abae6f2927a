/**
 * Custom study (Anki's "Custom study" on the deck screen), for one deck:
 *  - increase today's new-card or review limit ({@link extendToday}: a today-only extension of
 *    the deck's limits, see `shareDailyLimits`);
 *  - review ahead: review cards due in the next N study days, studied now ({@link aheadSource});
 *  - review forgotten cards: cards rated Again in the last N study days ({@link forgottenSource}).
 * The two sessions are Anki's filtered decks without the deck: the cards are graded as usual
 * (FSRS schedules an early review from the time that really passed) and use up no daily limit
 * (a review ahead of its day is not counted, see `doneTodayByDeck`).
 */
import { QUEUE, type CardRow } from '$lib/cards';
import {
	STUDY_EXTRAS_KEY,
	forEachReview,
	readCards,
	readDue,
	readDueBetween,
	unburyDue,
	updateStudyExtras
} from '$lib/db';
import { nextStudyDayStart, studyDayKey, studyDayStart } from '$lib/scheduling';
import type { ServiceContext } from './context';
import { loadPresetBook } from './presets';
import { extrasOf, type DeckExtras } from './queue';
import type { OpenedQueue } from './review';

export { STUDY_EXTRAS_KEY };

/** The most cards a custom-study session gathers (Anki's custom study default is 100). */
export const CUSTOM_STUDY_LIMIT = 100;
/** The longest look-ahead or look-back of a custom-study session, in study days. */
export const CUSTOM_STUDY_MAX_DAYS = 365;

/** Custom-study sessions of the review screen (`?study=ahead|forgotten&days=N`). */
export type CustomStudy = 'ahead' | 'forgotten';

/** A day count for custom study: a whole number 1–365 (default 1 for anything else). */
export function studyDays(value: unknown): number {
	const n = typeof value === 'string' ? Number(value) : value;
	return typeof n === 'number' && Number.isInteger(n) && n >= 1 && n <= CUSTOM_STUDY_MAX_DAYS
		? n
		: 1;
}

/**
 * Add `extra` new cards and reviews to `deckId`'s limits for the rest of today's study day (they
 * add up when asked for again the same day; another day's extensions are dropped).
 * @returns the deck's extensions now in force today
 */
export async function extendToday(
	ctx: ServiceContext,
	deckId: string,
	extra: Partial<DeckExtras>
): Promise<DeckExtras> {
	const day = studyDayKey(ctx.now(), ctx.settings.dayStartHour, ctx.timeZone);
	let result: DeckExtras = { new: 0, review: 0 };
	await updateStudyExtras(ctx.db, (stored) => {
		const decks = extrasOf(stored, day);
		const was = decks[deckId] ?? { new: 0, review: 0 };
		result = {
			new: Math.min(9999, was.new + Math.max(0, Math.floor(extra.new ?? 0))),
			review: Math.min(9999, was.review + Math.max(0, Math.floor(extra.review ?? 0)))
		};
		return { day, decks: { ...decks, [deckId]: result } };
	});
	return result;
}

/** The start of the study day `days` after today's (today's end for 1). */
function studyDaysAhead(now: Date, days: number, ctx: ServiceContext): Date {
	let t = nextStudyDayStart(now, ctx.settings.dayStartHour, ctx.timeZone);
	for (let i = 1; i < days; i++) t = nextStudyDayStart(t, ctx.settings.dayStartHour, ctx.timeZone);
	return t;
}

/** The start of the study day `days - 1` before today's (today's start for 1). */
function studyDaysBack(now: Date, days: number, ctx: ServiceContext): Date {
	let t = studyDayStart(now, ctx.settings.dayStartHour, ctx.timeZone);
	for (let i = 1; i < days; i++) {
		t = studyDayStart(new Date(t.getTime() - 1), ctx.settings.dayStartHour, ctx.timeZone);
	}
	return t;
}

/**
 * Review cards of `deckId` due after today and before the end of the study day `days` from
 * now, earliest first, at most {@link CUSTOM_STUDY_LIMIT}.
 */
export async function aheadCards(
	ctx: ServiceContext,
	deckId: string,
	days: number
): Promise<CardRow[]> {
	const now = ctx.now();
	const dayEnd = nextStudyDayStart(now, ctx.settings.dayStartHour, ctx.timeZone);
	return readDueBetween(
		ctx.db,
		deckId,
		QUEUE.review,
		dayEnd,
		studyDaysAhead(now, days + 1, ctx),
		CUSTOM_STUDY_LIMIT
	);
}

/**
 * Cards of `deckId` rated Again (in a review, a quiz or a drill) since the start of the study
 * day `days - 1` before today, most recently forgotten first; suspended, buried and retired
 * cards left out; at most {@link CUSTOM_STUDY_LIMIT}.
 */
export async function forgottenCards(
	ctx: ServiceContext,
	deckId: string,
	days: number
): Promise<CardRow[]> {
	const now = ctx.now();
	const last = new Map<string, number>();
	await forEachReview(ctx.db, deckId, studyDaysBack(now, days, ctx), now, (log) => {
		if (log.rating === 1) last.set(log.cardId, log.reviewedAt.getTime());
	});
	const ids = [...last.keys()].sort((a, b) => last.get(b)! - last.get(a)!);
	const active: number[] = [QUEUE.new, QUEUE.learning, QUEUE.review];
	return (await readCards(ctx.db, ids))
		.filter((row) => active.includes(row.queue))
		.slice(0, CUSTOM_STUDY_LIMIT);
}

/**
 * The queue after a grade in a custom session: the graded card and its buried siblings leave;
 * a card now in (re)learning comes back when its step is due (first if due already, last if
 * within the learn-ahead limit, else at the next reload).
 */
export function customQueueAfterGrade(
	ctx: ServiceContext,
	queue: readonly CardRow[],
	graded: CardRow,
	buried: readonly string[]
): CardRow[] {
	const gone = new Set([graded.id, ...buried]);
	const rest = queue.filter((c) => !gone.has(c.id));
	if (graded.queue !== QUEUE.learning) return rest;
	const now = ctx.now().getTime();
	if (graded.due.getTime() <= now) return [graded, ...rest];
	if (graded.due.getTime() <= now + ctx.settings.learnAheadMinutes * 60_000)
		return [...rest, graded];
	return rest;
}

/** The learning cards of `deckId` due within the learn-ahead limit, earliest first. */
function learningDue(ctx: ServiceContext, deckId: string): Promise<CardRow[]> {
	const ahead = new Date(ctx.now().getTime() + ctx.settings.learnAheadMinutes * 60_000);
	return readDue(ctx.db, deckId, QUEUE.learning, ahead);
}

/**
 * A custom-study session's source (for `ReviewSession`): the chosen cards not yet finished in
 * this session, then the session's cards whose learning step is due.
 */
export function customSource(deckId: string, study: CustomStudy, days: number) {
	const touched = new Set<string>();
	return {
		async load(ctx: ServiceContext, finished: ReadonlySet<string>): Promise<OpenedQueue> {
			await unburyDue(ctx.db, ctx.now());
			const chosen =
				study === 'ahead'
					? await aheadCards(ctx, deckId, days)
					: await forgottenCards(ctx, deckId, days);
			for (const card of chosen) touched.add(card.id);
			const back = (await learningDue(ctx, deckId)).filter(
				(c) => touched.has(c.id) && !chosen.some((x) => x.id === c.id)
			);
			const queue = [...back, ...chosen.filter((c) => !finished.has(c.id))];
			return { queue, presets: await loadPresetBook(ctx.db, ctx.settings) };
		},
		after: customQueueAfterGrade
	};
}
