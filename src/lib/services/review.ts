/**
 * Review use cases: today's queue, grading (card + log row in one transaction), undo, and the
 * card actions of the review screen (suspend, bury, reset), at the context's clock and settings.
 */
import type { Grade } from 'ts-fsrs';
import { QUEUE, memoryOf, shownText, siblingKeyOf, type CardRow } from '$lib/cards';
import {
	buryCard,
	gradeCard,
	listDecks,
	resetCard as resetStoredCard,
	setSuspended,
	unburyDue,
	undoReview as undoStoredReview,
	type ReviewOrigin,
	type SiblingBury
} from '$lib/db';
import { judgeCommand, type Verdict } from '$lib/drill/judge';
import {
	buildSessionQueue,
	nextStudyDayStart,
	presetOf,
	siblingsToBury,
	type GradeOutcome,
	type PresetBook
} from '$lib/scheduling';
import { compareTypedAnswer, type TypedAnswerComparison } from '$lib/scheduling/typein';
import { schedulerOf, type ServiceContext } from './context';
import { sortDecks } from './decks';
import { loadDeckOptions, sessionQueue } from './queue';

export { MissingRowError, StaleCardError } from '$lib/db';

/** Today's queue of a session, and the presets it is scheduled with. */
export interface OpenedQueue {
	queue: CardRow[];
	/** The presets in force when the queue was read: previews and grades of the session use them. */
	presets: PresetBook;
}

/**
 * Today's queue for `deckIds`, after bringing back cards whose bury has ended. The daily limits
 * are shared over every visible deck (and `deckIds`), as on the home screen, so a deck gives
 * what its home row promised and "study all" gives the sum.
 */
export async function openReviewQueue(
	ctx: ServiceContext,
	deckIds: string[]
): Promise<OpenedQueue> {
	const now = ctx.now();
	await unburyDue(ctx.db, now);
	const options = await loadDeckOptions(ctx.db, now, ctx.settings, ctx.timeZone);
	const visible = sortDecks(await listDecks(ctx.db))
		.map((d) => d.id)
		.filter((id) => !options.hidden.has(id));
	const queue = await sessionQueue(
		ctx.db,
		deckIds,
		now,
		ctx.settings,
		ctx.timeZone,
		visible,
		options
	);
	return { queue, presets: options.book };
}

/** Today's queue for `deckIds` (see {@link openReviewQueue}). */
export async function loadReviewQueue(ctx: ServiceContext, deckIds: string[]): Promise<CardRow[]> {
	return (await openReviewQueue(ctx, deckIds)).queue;
}

/** The decks a review session covers: one deck by id, or every deck (`wanted` null). */
export interface ReviewDecks {
	deckIds: string[];
	/** The one deck's title (its id when it is not stored); '' for every deck. */
	title: string;
}

/** Resolve the review screen's `?deck=` parameter ("study all": every visible deck). */
export async function reviewDecks(
	ctx: ServiceContext,
	wanted: string | null
): Promise<ReviewDecks> {
	const decks = sortDecks(await listDecks(ctx.db));
	if (!wanted) {
		const { hidden } = await loadDeckOptions(ctx.db, ctx.now(), ctx.settings, ctx.timeZone);
		return { deckIds: decks.map((d) => d.id).filter((id) => !hidden.has(id)), title: '' };
	}
	const deck = decks.find((d) => d.id === wanted);
	return { deckIds: deck ? [deck.id] : [], title: deck?.title ?? wanted };
}

/**
 * The four answer buttons' outcomes for `card` at `at`, with its deck's preset (`ctx.presets`).
 * Grading with the same `at` ({@link GradeOptions.at}) stores exactly these outcomes: ts-fsrs
 * seeds its interval fuzz from the review time, so the preview and the grade share one instant.
 */
export function previewGrades(
	ctx: ServiceContext,
	card: CardRow,
	at: Date
): Record<Grade, GradeOutcome> {
	return schedulerOf(ctx).preview(memoryOf(card), at, card.deckId);
}

/** Options of {@link gradeReview}. */
export interface GradeOptions {
	/** Where the review comes from (review screen, quiz lapse, drill). Default `review`. */
	origin?: ReviewOrigin;
	/** The card's `reps` when it was shown: if it moved on meanwhile, StaleCardError. */
	expectedReps?: number;
	/**
	 * The instant the review is scheduled and logged at: the one the buttons were previewed at
	 * (shown = stored). Default `ctx.now()`.
	 */
	at?: Date;
	/** Bury the card's siblings as its deck's preset says (the review screen does). */
	burySiblings?: boolean;
}

/** The sibling burying of a review at `at` of a card of `deckId` (Anki's bury options). */
function siblingBury(ctx: ServiceContext, at: Date): SiblingBury {
	const until = nextStudyDayStart(at, ctx.settings.dayStartHour, ctx.timeZone);
	return {
		until,
		pick: (answered, siblings) => {
			const options = ctx.presets
				? presetOf(ctx.presets, answered.deckId)
				: { buryNew: true, buryReviews: true, buryInterdayLearning: true };
			const cards = siblings.map((row) => ({
				id: row.id,
				key: siblingKeyOf(row),
				state: row,
				row
			}));
			return siblingsToBury(answered, cards, options, until).map((c) => c.row);
		}
	};
}

/**
 * Grade a card at `options.at` (default `ctx.now()`) with its deck's preset; card, log row and
 * buried siblings are written in one transaction (a new leech is tagged and suspended in the
 * same write).
 * @throws MissingRowError, StaleCardError (see `$lib/db` `gradeCard`)
 */
export function gradeReview(
	ctx: ServiceContext,
	cardId: string,
	rating: Grade,
	options: GradeOptions = {}
) {
	const at = options.at ?? ctx.now();
	return gradeCard(
		ctx.db,
		schedulerOf(ctx),
		cardId,
		rating,
		at,
		options.origin ?? 'review',
		options.expectedReps,
		options.burySiblings ? siblingBury(ctx, at) : undefined
	);
}

/**
 * Undo one review: the card comes back exactly as it was, the siblings it buried come back,
 * the log row is deleted.
 * @param unbury the `buried` ids of the grade being undone
 */
export function undoReview(
	ctx: ServiceContext,
	logId: number,
	unbury: readonly string[] = []
): Promise<CardRow> {
	return undoStoredReview(ctx.db, logId, unbury);
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
 * and the siblings it buried leave the queue, and the graded card comes back in order if it is
 * a learning card within the learn-ahead limit. The daily limits were applied when the queue was
 * read, so only the order is redone.
 */
export function queueAfterGrade(
	ctx: ServiceContext,
	queue: readonly CardRow[],
	graded: CardRow,
	buried: readonly string[] = []
): CardRow[] {
	const gone = new Set([graded.id, ...buried]);
	const rest = queue.filter((c) => !gone.has(c.id));
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

/**
 * The rating Enter (and Space) gives once the answer is shown: Again after a wrong typed answer
 * (the learner should not confirm Good by reflex), Good otherwise — Anki's default key.
 */
export function suggestedRating(typed: TypedResult | null): Grade {
	if (!typed) return 3;
	const wrong =
		typed.kind === 'diff' ? !typed.comparison.correct : typed.verdict.verdict === 'wrong';
	return wrong ? 1 : 3;
}

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
