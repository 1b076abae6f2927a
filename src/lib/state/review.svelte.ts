/**
 * One review session: today's queue for some decks, the card on screen, reveal, grade, undo.
 * Every grade is written (card + log row, one transaction) before the next card appears.
 */
import type { Grade } from 'ts-fsrs';
import type { CardRow } from '$lib/cards';
import { queueKind, type GradeOutcome } from '$lib/scheduling';
import type { ServiceContext } from '$lib/services/context';
import {
	buryUntilNextDay,
	checkTyped,
	gradeReview,
	loadReviewQueue,
	previewGrades,
	queueAfterGrade,
	StaleCardError,
	suspendCard,
	undoReview,
	type TypedResult
} from '$lib/services/review';

export { checkTyped, expectsTyping, type TypedResult } from '$lib/services/review';

export class ReviewSession {
	queue = $state.raw<CardRow[]>([]);
	revealed = $state(false);
	loading = $state(true);
	busy = $state(false);
	/** Cards graded in this session (for the progress bar). */
	graded = $state(0);
	/** Log ids of this session's grades, newest last: the undo stack. */
	undoStack = $state<number[]>([]);
	/** Set when the shown card had been reviewed in another tab (the queue was reloaded). */
	staleNotice = $state(false);
	/** What the last card action did (suspend `@`, bury `-`), for a notice. */
	cardNotice = $state<'suspended' | 'buried' | null>(null);
	/** Set when the last grade made the card a leech. */
	leechNotice = $state(false);
	/** The typed answer to the current card and how it compared, once submitted. */
	typed = $state.raw<TypedResult | null>(null);
	/** Time the current card was shown; the clock for previews and grading. */
	shownAt = $state(new Date());

	current = $derived(this.queue[0]);
	previews = $derived.by<Record<Grade, GradeOutcome> | null>(() =>
		this.current ? previewGrades(this.ctx, this.current, this.shownAt) : null
	);
	counts = $derived.by(() => {
		const c = { new: 0, learning: 0, review: 0 };
		for (const card of this.queue) c[queueKind(card)]++;
		return c;
	});
	progress = $derived(
		this.graded + this.queue.length === 0 ? 1 : this.graded / (this.graded + this.queue.length)
	);

	/**
	 * @param ctx database, clock and the settings the session runs with (fixed for the session)
	 * @param deckIds the decks studied together
	 * @param onWriteError a write failed (it was rolled back); the session goes on
	 */
	constructor(
		private readonly ctx: ServiceContext,
		private readonly deckIds: string[],
		private readonly onWriteError: (error: unknown) => void = () => {}
	) {}

	/** Load (or reload) today's queue. */
	async load(): Promise<void> {
		this.queue = await loadReviewQueue(this.ctx, this.deckIds);
		this.revealed = false;
		this.typed = null;
		this.shownAt = this.ctx.now();
		this.loading = false;
	}

	reveal(): void {
		if (this.current) this.revealed = true;
	}

	/** Submit a typed answer: compare it, then show the answer. The learner still grades. */
	submitTyped(text: string): void {
		const card = this.current;
		if (!card || this.revealed) return;
		this.typed = checkTyped(card, text);
		this.revealed = true;
	}

	/** Grade the current card (ts-fsrs Rating: Again=1 … Easy=4). Ignored while a write is running. */
	async grade(rating: Grade): Promise<void> {
		const card = this.current;
		if (!card || !this.revealed || this.busy) return;
		this.busy = true;
		try {
			const result = await gradeReview(this.ctx, card.id, rating, { expectedReps: card.reps });
			this.staleNotice = false;
			this.cardNotice = null;
			this.undoStack = [...this.undoStack, result.logId];
			this.leechNotice = result.outcome.becameLeech;
			this.graded++;
			this.#advance(result.card);
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

	/** Next card without a database round trip (see `queueAfterGrade`). */
	#advance(graded: CardRow): void {
		this.queue = queueAfterGrade(this.ctx, this.queue, graded);
		this.revealed = false;
		this.typed = null;
		this.shownAt = this.ctx.now();
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

	/** Undo the newest grade of this session: the card comes back exactly as it was. */
	async undo(): Promise<void> {
		const logId = this.undoStack.at(-1);
		if (logId === undefined || this.busy) return;
		this.busy = true;
		try {
			const card = await undoReview(this.ctx, logId);
			this.undoStack = this.undoStack.slice(0, -1);
			this.graded = Math.max(0, this.graded - 1);
			this.leechNotice = false;
			await this.load();
			// Show the restored card first, as it was before grading.
			this.queue = [card, ...this.queue.filter((c) => c.id !== card.id)];
		} catch (error) {
			this.onWriteError(error);
		} finally {
			this.busy = false;
		}
	}
}
