/**
 * One attempt on the quiz screen: the question shown, answers saved as they are given, and the
 * countdown (issue 5, case C15).
 *
 * The session never counts time. {@link QuizSession.tick} reads the clock and everything else is
 * derived from the attempt's absolute times (`$lib/quiz`): the screen calls `tick` on every
 * animation frame and on `visibilitychange`, so a hidden tab or a sleeping phone shows the time
 * really left when it comes back, and an attempt whose deadline passed meanwhile is submitted at
 * its deadline with no extra time.
 */
import { systemClock, type Clock } from '$lib/core/clock';
import {
	announceAt,
	answer as answerAttempt,
	currentQuestionIndex,
	endsAt,
	isExpired,
	score,
	submit as submitAttempt,
	timeLeftMs,
	warningState,
	type AnswerResult,
	type AnswerValue,
	type Attempt,
	type AttemptScore,
	type Question
} from '$lib/quiz';
import type { ServiceContext } from '$lib/services/context';
import { finaliseAttempt, saveAttempt } from '$lib/services/quiz';

/** What a {@link QuizSession} needs from the app. */
export interface QuizSessionOptions {
	/**
	 * Where answers and the submission go (its scheduler grades the wrong cards); null keeps
	 * everything in memory (tests, no storage).
	 */
	ctx: ServiceContext | null;
	/** The clock; default the context's, else the device's. */
	clock?: Clock;
	/** A write failed (the attempt stays in memory and the quiz goes on). */
	onWriteError?: (error: unknown) => void;
}

/** The submitted attempt and its score, once the quiz is over. */
export interface QuizOutcome {
	attempt: Attempt;
	score: AttemptScore;
	/** Cards logged as quiz lapses by this submission. */
	lapsed: number;
}

/**
 * The quiz screen's state for one attempt. Build it from a stored attempt (`loadAttempt`), call
 * {@link QuizSession.tick} from the frame loop and on `visibilitychange`, {@link QuizSession.answer}
 * for each answer (saved at once), {@link QuizSession.submit} for the submit button; the deadline
 * submits by itself on the first tick after it. Tests drive it with a fake clock and `ctx: null`.
 */
export class QuizSession {
	/** The attempt as last saved (replaced, never mutated: it is written to IndexedDB as is). */
	attempt = $state.raw<Attempt>() as Attempt;
	/** Epoch ms of the last {@link tick}. */
	nowMs = $state(0);
	/** Set on the tick that crosses one minute left (for a polite live region, once). */
	announced = $state(false);
	/** Why the last answer was not recorded (from `$lib/quiz`), until the next answer. */
	refusal = $state<string | null>(null);
	/** Set once the attempt is submitted and scored. */
	outcome = $state.raw<QuizOutcome | null>(null);
	/** Total limit: the question on screen (the learner moves freely). */
	#shown = $state(0);
	#submitting: Promise<QuizOutcome> | null = null;
	readonly #clock: Clock;
	readonly #options: QuizSessionOptions;
	/** The context with the session's clock, or null without storage. */
	readonly #ctx: ServiceContext | null;

	/** Milliseconds left on the countdown (whole quiz, or the current question); never negative. */
	timeLeftMs = $derived(timeLeftMs(this.attempt, new Date(this.nowMs)));
	/** `'normal'`, `'warning'` (≤ 10 % of the limit left) or `'expired'`. */
	warning = $derived(warningState(this.attempt, new Date(this.nowMs)));
	/** Whole seconds left, rounded up (what the countdown shows; 0 only when time is up). */
	secondsLeft = $derived(Math.ceil(this.timeLeftMs / 1000));
	/** True once the time has run out (the deadline, or every per-question window), submitted or not. */
	timeUp = $derived(isExpired(this.attempt, new Date(this.nowMs)));
	/** True once the attempt is over (submitted, or its time has run out). */
	finished = $derived(
		this.outcome !== null ||
			this.attempt.submittedAt !== undefined ||
			isExpired(this.attempt, new Date(this.nowMs))
	);
	/**
	 * Index of the question on screen. Per-question limit: the open question (the last one once
	 * the attempt ended); total limit: the one the learner chose.
	 */
	index = $derived.by(() => {
		if (this.attempt.spec.timeLimit.kind === 'total') return this.#shown;
		const i = currentQuestionIndex(this.attempt, new Date(this.nowMs));
		return i ?? this.attempt.questions.length - 1;
	});
	question = $derived(this.attempt.questions[this.index] as Question);
	answeredCount = $derived(Object.keys(this.attempt.answers).length);
	/** Whether the learner may move between questions (total limit only). */
	canNavigate = $derived(this.attempt.spec.timeLimit.kind === 'total');

	/**
	 * @param attempt a running (or submitted) attempt, e.g. read back with `loadAttempt`.
	 */
	constructor(attempt: Attempt, options: QuizSessionOptions) {
		this.#options = options;
		this.#clock = options.clock ?? options.ctx?.now ?? systemClock;
		this.#ctx = options.ctx ? { ...options.ctx, now: this.#clock } : null;
		this.attempt = attempt;
		this.nowMs = this.#clock().getTime();
		if (attempt.spec.timeLimit.kind === 'total') {
			// Resume on the first unanswered question.
			const first = attempt.questions.findIndex((q) => !(q.id in attempt.answers));
			this.#shown = first === -1 ? 0 : first;
		}
	}

	/**
	 * Read the clock and bring the countdown up to date. Call on every animation frame and on
	 * `visibilitychange`. When the time has run out, the attempt is submitted (at its end time).
	 * @returns true while the attempt is running (keep the frame loop going).
	 */
	tick(): boolean {
		const prev = this.nowMs;
		const now = this.#clock().getTime();
		this.nowMs = now;
		if (!this.announced && announceAt(this.attempt, prev, now)) this.announced = true;
		if (this.outcome || this.#submitting) return false;
		if (this.attempt.submittedAt || isExpired(this.attempt, new Date(now))) {
			void this.submit().catch(() => undefined);
			return false;
		}
		return true;
	}

	/** Milliseconds from the last tick until the attempt ends if nothing more is answered. */
	msUntilEnd(): number {
		return Math.max(0, endsAt(this.attempt).getTime() - this.nowMs);
	}

	/** Total limit: show question `i` (clamped). Per-question limit: ignored. */
	show(i: number): void {
		if (!this.canNavigate) return;
		this.#shown = Math.max(0, Math.min(this.attempt.questions.length - 1, i));
	}

	/** The stored answer to question `qid`, if any. */
	answerTo(qid: string): AttemptAnswer | undefined {
		return this.attempt.answers[qid];
	}

	/**
	 * Record an answer at the clock's time and save the attempt (one row `put`). A refused answer
	 * (time up, already submitted, not the current question) is not saved; its reason is kept in
	 * {@link QuizSession.refusal}. A failed write is reported and the answer kept in memory.
	 */
	async answer(qid: string, value: AnswerValue): Promise<AnswerResult> {
		const now = this.#clock();
		this.nowMs = now.getTime();
		const result = answerAttempt(this.attempt, qid, value, now);
		if (!result.ok) {
			this.refusal = result.reason;
			if (result.code === 'expired') void this.submit().catch(() => undefined);
			return result;
		}
		this.refusal = null;
		this.attempt = result.attempt;
		if (this.#ctx) {
			try {
				const saved = await saveAttempt(this.#ctx, result.attempt);
				if (saved === 'already-submitted') await this.submit();
			} catch (error) {
				this.#options.onWriteError?.(error);
			}
		}
		return result;
	}

	/**
	 * Submit the attempt (the learner's button, or the deadline): once; later calls share the
	 * first. With a context, `finaliseAttempt` writes the row and the quiz lapses in one
	 * transaction; a failed write is reported and the result is computed in memory.
	 */
	submit(): Promise<QuizOutcome> {
		this.#submitting ??= this.#submit();
		return this.#submitting;
	}

	async #submit(): Promise<QuizOutcome> {
		const now = this.#clock();
		let outcome: QuizOutcome | null = null;
		if (this.#ctx) {
			try {
				const done = await finaliseAttempt({ ...this.#ctx, now: () => now }, this.attempt.id);
				outcome = { attempt: done.attempt, score: done.score, lapsed: done.lapsed.length };
			} catch (error) {
				this.#options.onWriteError?.(error);
			}
		}
		if (!outcome) {
			const attempt = submitAttempt(this.attempt, now);
			outcome = { attempt, score: score(attempt), lapsed: 0 };
		}
		this.attempt = outcome.attempt;
		this.nowMs = now.getTime();
		this.outcome = outcome;
		return outcome;
	}
}

/** A stored answer (re-exported shape of `Attempt['answers'][string]`). */
export type AttemptAnswer = Attempt['answers'][string];
