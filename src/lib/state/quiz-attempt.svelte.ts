/**
 * The quiz take and result screens: open the attempt named in the URL (`?id=`), then either run
 * it ({@link QuizSession}) or show its result (submitting it first when its time ran out while
 * the app was closed). A missing or unreadable attempt becomes a message, never an exception.
 */
import { msg, type Message } from '$lib/core/message';
import {
	StoredAttemptError,
	isExpired,
	score,
	timelineNow,
	type Attempt,
	type AttemptScore
} from '$lib/quiz';
import type { ServiceContext } from '$lib/services/context';
import {
	finaliseAttempt,
	handWrittenQuestions,
	openAttempt,
	retakeQuiz,
	type OpenedAttempt
} from '$lib/services/quiz';
import {
	noteSentences,
	overrideQuizAnswer,
	retakeMissed,
	type NoteSentence
} from '$lib/services/quiz-result';
import { Loaded } from './loaded.svelte';
import { QuizSession } from './quiz-session.svelte';
import { takeHref } from './quiz-builder.svelte';

/** Link to an attempt's result page. */
export const resultHref = (attemptId: string) => `/quiz/result?id=${encodeURIComponent(attemptId)}`;

/** The message a quiz page shows when its attempt cannot be opened. */
export function problemOf(opened: Extract<OpenedAttempt, { ok: false }>): Message {
	return opened.problem === 'not-found'
		? msg('quiz_not_found')
		: msg('quiz_unreadable', { reason: opened.reason });
}

/** What the take screen opens to. */
export type TakeView =
	| { kind: 'session'; session: QuizSession }
	| { kind: 'problem'; problem: Message }
	| { kind: 'redirect'; href: string };

/** What the page around a quiz screen provides. */
export interface AttemptScreenOptions {
	/** The app's service context; null while storage is not ready (the screen waits). */
	ctx: () => ServiceContext | null;
	/** The attempt id from the URL. */
	id: () => string | null;
	/** A write failed (it was rolled back). */
	onWriteError?: (error: unknown) => void;
	/** Review logs were written (quiz lapses): the device has progress worth keeping. */
	onGraded?: () => void;
}

/** Input of the screens' load: the context and the id, once both are known. */
function opening(options: AttemptScreenOptions) {
	const ctx = options.ctx();
	return ctx ? { ctx, id: options.id() } : null;
}

/** The take screen: the running attempt's session, or where to go instead. */
export class QuizTakeScreen {
	readonly view: Loaded<TakeView, { ctx: ServiceContext; id: string | null }>;

	constructor(options: AttemptScreenOptions) {
		this.view = new Loaded(
			() => opening(options),
			async ({ ctx, id }) => {
				const opened = await openAttempt(ctx, id);
				if (!opened.ok) return { kind: 'problem', problem: problemOf(opened) };
				const attempt = opened.stored.attempt;
				if (attempt.submittedAt) return { kind: 'redirect', href: resultHref(attempt.id) };
				const session = new QuizSession(attempt, { ctx, onWriteError: options.onWriteError });
				return { kind: 'session', session };
			}
		);
	}
}

/** What the result screen opens to. */
export type ResultView =
	| {
			kind: 'result';
			attempt: Attempt;
			score: AttemptScore;
			/** The note sentence of each card question, by question id (when the notes are here). */
			notes: Record<string, NoteSentence>;
	  }
	| { kind: 'problem'; problem: Message }
	| { kind: 'redirect'; href: string };

/**
 * The result screen: a submitted attempt and its score, the note sentence behind each question;
 * "retake" starts the same quiz again, "retake the missed" only the questions it got wrong, and
 * "I was right" overrides a typed answer judged wrong.
 */
export class QuizResultScreen {
	readonly view: Loaded<ResultView, { ctx: ServiceContext; id: string | null }>;
	busy = $state(false);
	/** The attempt after an override (null until the learner makes one). */
	#changed = $state.raw<Attempt | null>(null);
	readonly #options: AttemptScreenOptions;

	/** The attempt shown: as overridden on this page, else as opened. */
	get attempt(): Attempt | null {
		const view = this.view.current;
		return this.#changed ?? (view?.kind === 'result' ? view.attempt : null);
	}

	/** Its score (overrides counted). */
	get score(): AttemptScore | null {
		const attempt = this.attempt;
		return attempt ? score(attempt) : null;
	}

	constructor(options: AttemptScreenOptions) {
		this.#options = options;
		this.view = new Loaded(
			() => opening(options),
			async ({ ctx, id }) => {
				const opened = await openAttempt(ctx, id);
				if (!opened.ok) return { kind: 'problem', problem: problemOf(opened) };
				const stored = opened.stored.attempt;
				const now = ctx.now();
				// Still running: the result comes after the quiz.
				if (!stored.submittedAt && !isExpired(stored, timelineNow(stored, now))) {
					return { kind: 'redirect', href: takeHref(stored.id) };
				}
				try {
					// Submitted at the deadline while the app was closed, or never finalised: do it
					// now (idempotent — a finalised attempt is only read).
					const done = await finaliseAttempt({ ...ctx, now: () => now }, stored.id);
					if (done.lapsed.length > 0) options.onGraded?.();
					const notes = await noteSentences(ctx, done.attempt.questions).catch(() => ({}));
					return { kind: 'result', attempt: done.attempt, score: done.score, notes };
				} catch (error) {
					const reason = error instanceof StoredAttemptError ? error.reason : String(error);
					return { kind: 'problem', problem: msg('quiz_unreadable', { reason }) };
				}
			}
		);
	}

	/**
	 * Start the same quiz again (same spec and seed over the current cards).
	 * @returns the new attempt's page, or null when it could not be started (reported)
	 */
	async retake(): Promise<string | null> {
		const view = this.view.current;
		const ctx = this.#options.ctx();
		if (!ctx || view?.kind !== 'result') return null;
		this.busy = true;
		try {
			const attempt = view.attempt;
			const handWritten = attempt.spec.includeHandWritten ? await handWrittenQuestions(ctx) : [];
			const next = await retakeQuiz(ctx, attempt.id, handWritten);
			return takeHref(next.id);
		} catch (error) {
			this.#options.onWriteError?.(error);
			return null;
		} finally {
			this.busy = false;
		}
	}

	/**
	 * Start a quiz of only the questions this attempt missed.
	 * @returns the new attempt's page, or null (nothing missed, or not started — reported)
	 */
	async retakeMissed(): Promise<string | null> {
		const attempt = this.attempt;
		const ctx = this.#options.ctx();
		if (!ctx || !attempt) return null;
		this.busy = true;
		try {
			const next = await retakeMissed(ctx, attempt.id);
			return next ? takeHref(next.id) : null;
		} catch (error) {
			this.#options.onWriteError?.(error);
			return null;
		} finally {
			this.busy = false;
		}
	}

	/** "I was right" on a typed answer judged wrong: stored, scored, its lapse taken back. */
	async override(questionId: string): Promise<void> {
		const attempt = this.attempt;
		const ctx = this.#options.ctx();
		if (!ctx || !attempt) return;
		this.busy = true;
		try {
			const changed = await overrideQuizAnswer(ctx, attempt.id, questionId);
			if (changed) this.#changed = changed;
		} catch (error) {
			this.#options.onWriteError?.(error);
		} finally {
			this.busy = false;
		}
	}
}
