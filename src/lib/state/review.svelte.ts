/**
 * One review session: today's queue for some decks (or a custom-study queue), the card on
 * screen, reveal, grade, undo, and the summary when it ends. Every grade is written (card + log
 * row + buried siblings, one transaction) before the next card appears.
 *
 * Shown = stored: the buttons' intervals are previewed at the instant the answer was revealed,
 * and the grade is scheduled at that same instant, so the interval a button shows is the one
 * stored (ts-fsrs seeds its fuzz from the review time).
 */
import type { Grade } from 'ts-fsrs';
import type { CardRow } from '$lib/cards';
import { queueKind, type GradeOutcome } from '$lib/scheduling';
import type { ServiceContext } from '$lib/services/context';
import {
	buryUntilNextDay,
	checkTyped,
	gradeReview,
	openReviewQueue,
	previewGrades,
	queueAfterGrade,
	StaleCardError,
	suggestedRating,
	suspendCard,
	undoReview,
	type OpenedQueue,
	type TypedResult
} from '$lib/services/review';
import { summarise, type AnsweredCard, type SessionSummary } from '$lib/services/review-summary';

export { checkTyped, expectsTyping, type TypedResult } from '$lib/services/review';
export type { SessionSummary } from '$lib/services/review-summary';

/** Where a session's cards come from: today's queue (default) or a custom-study queue. */
export interface QueueSource {
	/**
	 * Read the queue. `finished` holds the cards this session graded that left learning, so a
	 * custom-study queue does not bring them back.
	 */
	load(ctx: ServiceContext, finished: ReadonlySet<string>): Promise<OpenedQueue>;
	/** The queue after a grade (default: today's order, see `queueAfterGrade`). */
	after?(
		ctx: ServiceContext,
		queue: readonly CardRow[],
		graded: CardRow,
		buried: string[]
	): CardRow[];
}

/** One entry of the undo stack: the log row and the siblings its grade buried. */
interface Graded {
	logId: number;
	buried: string[];
	answered: AnsweredCard;
	/** The card left learning with this grade (it is done for the session). */
	finished: boolean;
	cardId: string;
}

export class ReviewSession {
	queue = $state.raw<CardRow[]>([]);
	revealed = $state(false);
	loading = $state(true);
	busy = $state(false);
	/** Grades of this session, newest last: the undo stack and the summary's input. */
	#graded = $state.raw<Graded[]>([]);
	/** Set when the shown card had been reviewed in another tab (the queue was reloaded). */
	staleNotice = $state(false);
	/** What the last card action did (suspend `@`, bury `-`), for a notice. */
	cardNotice = $state<'suspended' | 'buried' | null>(null);
	/** Set when the last grade made the card a leech. */
	leechNotice = $state(false);
	/** The typed answer to the current card and how it compared, once submitted. */
	typed = $state.raw<TypedResult | null>(null);
	/** When the current card was shown (the summary's time per card starts here). */
	shownAt = $state(new Date());
	/** The instant the answer was revealed: the buttons are previewed and the grade scheduled at it. */
	answerAt = $state(new Date());
	/** The context with the presets of the loaded queue (previews and grades use them). */
	#ctx = $state.raw<ServiceContext>(null as unknown as ServiceContext);

	current = $derived(this.queue[0]);
	previews = $derived.by<Record<Grade, GradeOutcome> | null>(() =>
		this.current && this.revealed ? previewGrades(this.#ctx, this.current, this.answerAt) : null
	);
	/** The rating Enter/Space give once the answer shows: Again after a wrong typed answer, else Good. */
	suggested = $derived<Grade>(suggestedRating(this.typed));
	counts = $derived.by(() => {
		const c = { new: 0, learning: 0, review: 0 };
		for (const card of this.queue) c[queueKind(card)]++;
		return c;
	});
	/** Cards graded in this session (for the progress bar). */
	graded = $derived(this.#graded.length);
	undoStack = $derived(this.#graded.map((g) => g.logId));
	progress = $derived(
		this.graded + this.queue.length === 0 ? 1 : this.graded / (this.graded + this.queue.length)
	);
	/** Cards, time and again-rate of this session (shown when it ends). */
	summary = $derived<SessionSummary>(summarise(this.#graded.map((g) => g.answered)));

	/**
	 * @param ctx database, clock and the settings the session runs with (fixed for the session)
	 * @param deckIds the decks studied together
	 * @param onWriteError a write failed (it was rolled back); the session goes on
	 * @param source where the cards come from (default: today's queue of `deckIds`)
	 */
	constructor(
		private readonly ctx: ServiceContext,
		private readonly deckIds: string[],
		private readonly onWriteError: (error: unknown) => void = () => {},
		private readonly source: QueueSource = { load: (c) => openReviewQueue(c, deckIds) }
	) {
		this.#ctx = ctx;
	}

	/** Load (or reload) the queue. */
	async load(): Promise<void> {
		const finished = new Set(this.#graded.filter((g) => g.finished).map((g) => g.cardId));
		const opened = await this.source.load(this.ctx, finished);
		this.#ctx = { ...this.ctx, presets: opened.presets };
		this.queue = opened.queue;
		this.#show();
		this.loading = false;
	}

	#show(): void {
		this.revealed = false;
		this.typed = null;
		this.shownAt = this.ctx.now();
	}

	/** Show the answer; the buttons are previewed at this instant. */
	reveal(): void {
		if (!this.current || this.revealed) return;
		this.answerAt = this.ctx.now();
		this.revealed = true;
	}

	/**
	 * The page came back after being hidden with the answer shown: preview again at this instant
	 * (the labels may change; the grade still stores what they then show).
	 */
	refreshPreview(): void {
		if (this.current && this.revealed && !this.busy) this.answerAt = this.ctx.now();
	}

	/** Submit a typed answer: compare it, then show the answer. The learner still grades. */
	submitTyped(text: string): void {
		const card = this.current;
		if (!card || this.revealed) return;
		this.typed = checkTyped(card, text);
		this.reveal();
	}

	/** Grade the current card (ts-fsrs Rating: Again=1 … Easy=4). Ignored while a write is running. */
	async grade(rating: Grade): Promise<void> {
		const card = this.current;
		if (!card || !this.revealed || this.busy) return;
		this.busy = true;
		try {
			const pressedAt = this.ctx.now();
			const result = await gradeReview(this.#ctx, card.id, rating, {
				expectedReps: card.reps,
				at: this.answerAt,
				burySiblings: true
			});
			this.staleNotice = false;
			this.cardNotice = null;
			this.#graded = [
				...this.#graded,
				{
					logId: result.logId,
					buried: result.buried,
					cardId: card.id,
					finished: queueKind(result.card) !== 'learning',
					answered: { rating, ms: Math.max(0, pressedAt.getTime() - this.shownAt.getTime()) }
				}
			];
			this.leechNotice = result.outcome.becameLeech;
			const after = this.source.after ?? queueAfterGrade;
			this.queue = after(this.#ctx, this.queue, result.card, result.buried);
			this.#show();
			// Only when the in-memory queue runs dry, ask the database (later learning steps,
			// cards another tab made due).
			if (!this.current) await this.load();
		} catch (error) {
			if (error instanceof StaleCardError) {
				this.staleNotice = true;
				await this.load();
			} else this.onWriteError(error);
		} finally {
			this.busy = false;
		}
	}

	/** Suspend the card on screen (Anki `@`): out of every queue until unsuspended. */
	suspendCurrent(): Promise<void> {
		return this.#cardAction('suspended', (id) => suspendCard(this.ctx, id, true));
	}

	/** Bury the card on screen (Anki `-`) until the next study day starts. */
	buryCurrent(): Promise<void> {
		return this.#cardAction('buried', (id) => buryUntilNextDay(this.ctx, id));
	}

	async #cardAction(
		notice: 'suspended' | 'buried',
		write: (cardId: string) => Promise<unknown>
	): Promise<void> {
		const card = this.current;
		if (!card || this.busy) return;
		this.busy = true;
		try {
			await write(card.id);
			this.cardNotice = notice;
			await this.load();
		} catch (error) {
			this.onWriteError(error);
		} finally {
			this.busy = false;
		}
	}

	/** Undo the newest grade of this session: the card (and the siblings it buried) come back as they were. */
	async undo(): Promise<void> {
		const last = this.#graded.at(-1);
		if (last === undefined || this.busy) return;
		this.busy = true;
		try {
			const card = await undoReview(this.ctx, last.logId, last.buried);
			this.#graded = this.#graded.slice(0, -1);
			this.leechNotice = false;
			await this.load();
			// Show the restored card first, as it was before grading.
			this.queue = [card, ...this.queue.filter((c) => c.id !== card.id)];
			this.#show();
		} catch (error) {
			this.onWriteError(error);
		} finally {
			this.busy = false;
		}
	}
}
