/**
 * One review session: today's queue for some decks, the card on screen, reveal, grade, undo.
 * Every grade is written (card + log row, one transaction) before the next card appears.
 */
import type { Grade } from 'ts-fsrs';
import {
	QUEUE,
	StaleCardError,
	buryUntilNextDay,
	gradeCard,
	setSuspended,
	memoryOf,
	sessionQueue,
	undoReview,
	unburyDue,
	type CardRow,
	type StudyDb
} from '$lib/db';
import { judgeCommand, type Verdict } from '$lib/drill/judge';
import {
	Scheduler,
	buildSessionQueue,
	queueKind,
	type GradeOutcome,
	type SchedulerSettings
} from '$lib/scheduling';
import { compareTypedAnswer, type TypedAnswerComparison } from '$lib/scheduling/typein';

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
 * and Latin case folding, with a character diff.
 */
export function checkTyped(
	card: Pick<CardRow, 'kind' | 'command' | 'back' | 'override'>,
	typed: string
): TypedResult {
	if (card.kind === 'command' && card.command) {
		return { kind: 'verdict', typed, verdict: judgeCommand(card.command, typed) };
	}
	// The learner's edit of the answer (card browser) is the answer now.
	const expected = card.override?.back ?? card.back;
	return { kind: 'diff', typed, comparison: compareTypedAnswer(typed, expected) };
}

export class ReviewSession {
	#scheduler: Scheduler;
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
		this.current ? this.#scheduler.preview(memoryOf(this.current), this.shownAt) : null
	);
	counts = $derived.by(() => {
		const c = { new: 0, learning: 0, review: 0 };
		for (const card of this.queue) c[queueKind(card)]++;
		return c;
	});
	progress = $derived(
		this.graded + this.queue.length === 0 ? 1 : this.graded / (this.graded + this.queue.length)
	);

	constructor(
		private readonly db: StudyDb,
		private readonly deckIds: string[],
		private readonly settings: SchedulerSettings,
		private readonly clock: () => Date = () => new Date(),
		private readonly onWriteError: (error: unknown) => void = () => {}
	) {
		this.#scheduler = new Scheduler(settings);
	}

	/** Load (or reload) today's queue. */
	async load(): Promise<void> {
		const now = this.clock();
		await unburyDue(this.db, now);
		this.queue = await sessionQueue(this.db, this.deckIds, now, this.settings);
		this.revealed = false;
		this.typed = null;
		this.shownAt = this.clock();
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
			const result = await gradeCard(
				this.db,
				this.#scheduler,
				card.id,
				rating,
				this.clock(),
				'review',
				card.reps
			);
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

	/**
	 * Next card without a database round trip: the graded card leaves the queue, and comes back
	 * in order if it is a learning card due within the learn-ahead limit. The daily limits were
	 * applied when the queue was read, so only the order is recomputed here.
	 */
	#advance(graded: CardRow): void {
		const now = this.clock();
		const rest = this.queue.filter((c) => c.id !== graded.id);
		const candidates = graded.queue === QUEUE.learning ? [...rest, graded] : rest;
		const unlimited = { ...this.settings, newPerDay: Infinity, reviewsPerDay: Infinity };
		this.queue = buildSessionQueue(
			candidates.map((row) => ({ state: memoryOf(row), row })),
			now,
			unlimited,
			{ newStudied: 0, reviewsDone: 0 }
		).map((w) => w.row);
		this.revealed = false;
		this.typed = null;
		this.shownAt = now;
	}

	/** Suspend the card on screen (Anki `@`): out of every queue until unsuspended. */
	suspendCurrent(): Promise<void> {
		return this.#cardAction('suspended', (id) => setSuspended(this.db, id, true));
	}

	/** Bury the card on screen (Anki `-`) until the next study day starts. */
	buryCurrent(): Promise<void> {
		return this.#cardAction('buried', (id, now) =>
			buryUntilNextDay(this.db, id, now, this.settings.dayStartHour)
		);
	}

	async #cardAction(
		notice: 'suspended' | 'buried',
		write: (cardId: string, now: Date) => Promise<unknown>
	): Promise<void> {
		const card = this.current;
		if (!card || this.busy) return;
		this.busy = true;
		try {
			await write(card.id, this.clock());
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
			const card = await undoReview(this.db, logId);
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
