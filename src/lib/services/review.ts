/**
 * Review use cases: today's queue, grading (card + log row in one transaction), undo, and the
 * card actions of the review screen (suspend, bury, reset), at the context's clock and settings.
 */
import type { Grade } from 'ts-fsrs';
import { QUEUE, memoryOf, shownText, type CardRow } from '$lib/cards';
import {
	buryCard,
	gradeCard,
	listDecks,
	resetCard as resetStoredCard,
	setSuspended,
	unburyDue,
	undoReview as undoStoredReview,
	type ReviewOrigin
} from '$lib/db';
import { judgeCommand, type Verdict } from '$lib/drill/judge';
import { buildSessionQueue, nextStudyDayStart, type GradeOutcome } from '$lib/scheduling';
import { compareTypedAnswer, type TypedAnswerComparison } from '$lib/scheduling/typein';
import { schedulerOf, type ServiceContext } from './context';
import { sessionQueue } from './queue';

export { MissingRowError, StaleCardError } from '$lib/db';

/** Today's queue for `deckIds`, after bringing back cards whose bury has ended. */
export async function loadReviewQueue(ctx: ServiceContext, deckIds: string[]): Promise<CardRow[]> {
	const now = ctx.now();
	await unburyDue(ctx.db, now);
	return sessionQueue(ctx.db, deckIds, now, ctx.settings, ctx.timeZone);
}

/** The decks a review session covers: one deck by id, or every deck (`wanted` null). */
export interface ReviewDecks {
	deckIds: string[];
	/** The one deck's title (its id when it is not stored); '' for every deck. */
	title: string;
}

/** Resolve the review screen's `?deck=` parameter. */
export async function reviewDecks(
	ctx: ServiceContext,
	wanted: string | null
): Promise<ReviewDecks> {
	const decks = await listDecks(ctx.db);
	if (!wanted) return { deckIds: decks.map((d) => d.id), title: '' };
	const deck = decks.find((d) => d.id === wanted);
	return { deckIds: deck ? [deck.id] : [], title: deck?.title ?? wanted };
}

/** The four answer buttons' outcomes for `card` shown at `at` (identical to grading then). */
export function previewGrades(
	ctx: ServiceContext,
	card: CardRow,
	at: Date
): Record<Grade, GradeOutcome> {
	return schedulerOf(ctx).preview(memoryOf(card), at);
}

/** Options of {@link gradeReview}. */
export interface GradeOptions {
	/** Where the review comes from (review screen, quiz lapse, drill). Default `review`. */
	origin?: ReviewOrigin;
	/** The card's `reps` when it was shown: if it moved on meanwhile, StaleCardError. */
	expectedReps?: number;
}

/**
 * Grade a card at `ctx.now()` with the context's scheduler; card and log row are written in one
 * transaction (a new leech is tagged and suspended in the same write).
 * @throws MissingRowError, StaleCardError (see `$lib/db` `gradeCard`)
 */
export function gradeReview(
	ctx: ServiceContext,
	cardId: string,
	rating: Grade,
	options: GradeOptions = {}
) {
	return gradeCard(
		ctx.db,
		schedulerOf(ctx),
		cardId,
		rating,
		ctx.now(),
		options.origin ?? 'review',
		options.expectedReps
	);
}

/** Undo one review: the card comes back exactly as it was, the log row is deleted. */
export function undoReview(ctx: ServiceContext, logId: number): Promise<CardRow> {
	return undoStoredReview(ctx.db, logId);
}

/** Suspend or unsuspend a card (unsuspending also takes back a leech tag). */
export function suspendCard(ctx: ServiceContext, cardId: string, suspended: boolean) {
	return setSuspended(ctx.db, cardId, suspended);
}

/**
 * Bury a card until the start of the next study day (Anki's "bury": back tomorrow), computed by
 * `nextStudyDayStart` in the context's zone, so a late-night bury is not undone at midnight.
 * @returns the instant the card comes back
 * @throws MissingRowError when the card is not stored
 */
export async function buryUntilNextDay(ctx: ServiceContext, cardId: string): Promise<Date> {
	const until = nextStudyDayStart(ctx.now(), ctx.settings.dayStartHour, ctx.timeZone);
	await buryCard(ctx.db, cardId, until);
	return until;
}

/** Forget a card: back to new (due now), history kept in the log. */
export function resetCard(ctx: ServiceContext, cardId: string): Promise<void> {
	return resetStoredCard(ctx.db, cardId, ctx.now());
}

/**
 * The session's queue after `graded` was answered, without a database read: the graded card
 * leaves the queue and comes back in order if it is a learning card within the learn-ahead
 * limit. The daily limits were applied when the queue was read, so only the order is redone.
 */
export function queueAfterGrade(
	ctx: ServiceContext,
	queue: readonly CardRow[],
	graded: CardRow
): CardRow[] {
	const rest = queue.filter((c) => c.id !== graded.id);
	const candidates = graded.queue === QUEUE.learning ? [...rest, graded] : rest;
	const unlimited = { ...ctx.settings, newPerDay: Infinity, reviewsPerDay: Infinity };
	return buildSessionQueue(
		candidates.map((row) => ({ state: memoryOf(row), row })),
		ctx.now(),
		unlimited,
		{ newStudied: 0, reviewsDone: 0 },
		ctx.timeZone
	).map((w) => w.row);
}

/** What typing an answer gave: a character diff (type-in cards) or a drill verdict (command cards). */
export type TypedResult =
	| { kind: 'diff'; typed: string; comparison: TypedAnswerComparison }
	| { kind: 'verdict'; typed: string; verdict: Verdict };

/** Cards answered by typing: type-in cards and command cards. */
export function expectsTyping(card: Pick<CardRow, 'kind' | 'command'>): boolean {
	return card.kind === 'typein' || (card.kind === 'command' && card.command !== undefined);
}

/**
 * Check a typed answer against a card. Command cards are judged by meaning with the drill's
 * matcher (the learner is `alice`); type-in cards are compared after NFC normalisation, trimming
 * and Latin case folding, with a character diff against the shown answer (the learner's edit wins).
 */
export function checkTyped(
	card: Pick<CardRow, 'kind' | 'command' | 'front' | 'back' | 'override'>,
	typed: string
): TypedResult {
	if (card.kind === 'command' && card.command) {
		return { kind: 'verdict', typed, verdict: judgeCommand(card.command, typed) };
	}
	return { kind: 'diff', typed, comparison: compareTypedAnswer(typed, shownText(card).back) };
}
