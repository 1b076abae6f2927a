/**
 * One attempt on the quiz screen: the question shown, answers saved as they are given (typed ones
 * as they are typed), and the countdown (issue 5, case C15; issue 15, cases C17 and C18).
 *
 * Time: the session reads the attempt's own clock (`$lib/quiz` `attemptClock`): elapsed time
 * counted with the monotonic clock while the page lives, the stored deadline across a closed
 * page, so a device clock set back or forward mid-quiz neither freezes nor jumps the countdown.
 * {@link QuizSession.tick} reads that clock on every animation frame and on `visibilitychange`;
 * everything else is derived from the attempt's times.
 *
 * Typed answers: every keystroke (also a syllable still being composed by an IME) is a draft,
 * saved after {@link DRAFT_SAVE_MS} without another keystroke, and saved at its own time when the
 * deadline comes first, so an attempt submitted by the clock keeps what the learner typed.
 */
import { systemClock, type Clock } from '$lib/core/clock';
import type { Message } from '$lib/core/message';
import {
	announceAt,
	answer as answerAttempt,
	attemptClock,
	currentQuestionIndex,
	endsAt,
	isExpired,
	score,
	submit as submitAttempt,
	timeLeftMs,
	warningState,
	withElapsed,
	type AnswerResult,
	type AnswerValue,
	type Attempt,
	type AttemptScore,
	type Question
} from '$lib/quiz';
import type { ServiceContext } from '$lib/services/context';
import { finaliseAttempt, saveAttempt } from '$lib/services/quiz';

/** A typed draft is saved this long after the last keystroke (issue 15: at most 0.5 s). */
export const DRAFT_SAVE_MS = 300;

/** What a {@link QuizSession} needs from the app. */
export interface QuizSessionOptions {
	/**
	 * Where answers and the submission go (its scheduler grades the wrong cards); null keeps
	 * everything in memory (tests, no storage).
	 */
	ctx: ServiceContext | null;
	/** The device clock, read once when the session opens; default the context's, else the device's. */
	clock?: Clock;
	/** Monotonic milliseconds; default `performance.now()`. */
	monotonic?: () => number;
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

/** A typed answer not saved yet: the text and when (attempt clock) it was typed. */
interface Draft {
	value: Extract<AnswerValue, { text: string }>;
	at: Date;
	timer: ReturnType<typeof setTimeout> | null;
}

/**
 * The quiz screen's state for one attempt. Build it from a stored attempt (`loadAttempt`), call
 * {@link QuizSession.tick} from the frame loop and on `visibilitychange`, {@link QuizSession.answer}
 * for each choice, {@link QuizSession.type} for every change of a typed answer,
 * {@link QuizSession.submit} for the submit button; the deadline submits by itself on the first
 * tick after it. Tests drive it with fake clocks and `ctx: null`.
 */
export class QuizSession {
	/** The attempt as last recorded (replaced, never mutated: it is written to IndexedDB as is). */
	attempt = $state.raw<Attempt>() as Attempt;
	/** The attempt clock's epoch ms at the last {@link tick}. */
	nowMs = $state(0);
	/** Set on the tick that crosses one minute left (for a polite live region, once). */
	announced = $state(false);
	/** Why the last answer was not recorded (from `$lib/quiz`), until the next answer. */
	refusal = $state.raw<Message | null>(null);
	/** Set once the attempt is submitted and scored. */
	outcome = $state.raw<QuizOutcome | null>(null);
	/** Total limit: the question on screen (the learner moves freely). */
	#shown = $state(0);
	#submitting: Promise<QuizOutcome> | null = null;
	readonly #drafts = new Map<string, Draft>();
	/** Saves run one after another, so an older attempt never overwrites a newer one. */
	#writes: Promise<unknown> = Promise.resolve();
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

	/** @param attempt a running (or submitted) attempt, e.g. read back with `loadAttempt`. */
	constructor(attempt: Attempt, options: QuizSessionOptions) {
		this.#options = options;
		const device = options.clock ?? options.ctx?.now ?? systemClock;
		const monotonic = options.monotonic ?? (() => performance.now());
		this.#clock = attemptClock(attempt, device(), monotonic);
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

	/** The text typed for `qid`: the unsaved draft, else the stored answer, else ''. */
	typedText(qid: string): string {
		const draft = this.#drafts.get(qid);
		if (draft) return draft.value.text;
		const a = this.attempt.answers[qid];
		return a && (a.type === 'fillin' || a.type === 'command') ? a.text : '';
	}

	/**
	 * A typed answer changed (every keystroke, composing syllables included): keep it as a draft
	 * stamped with the attempt clock, and save it after {@link DRAFT_SAVE_MS} of quiet. A blank
	 * field is not saved (an earlier answer stays).
	 */
	type(qid: string, value: Extract<AnswerValue, { text: string }>): void {
		if (this.finished) return;
		const old = this.#drafts.get(qid);
		if (old?.timer) clearTimeout(old.timer);
		const draft: Draft = { value: { ...value }, at: this.#clock(), timer: null };
		draft.timer = setTimeout(() => void this.#saveDraft(qid, draft), DRAFT_SAVE_MS);
		this.#drafts.set(qid, draft);
	}

	/** Save a draft (at its own time) unless a newer one replaced it or it is already stored. */
	async #saveDraft(qid: string, draft: Draft): Promise<void> {
		if (this.#drafts.get(qid) !== draft) return;
		if (draft.timer) clearTimeout(draft.timer);
		this.#drafts.delete(qid);
		const stored = this.attempt.answers[qid];
		const same = stored && 'text' in stored && stored.text === draft.value.text;
		if (draft.value.text.trim() === '' || same) return;
		await this.#record(qid, draft.value, draft.at);
	}

	/** Save every draft now (at the deadline, before submitting). */
	async flushDrafts(): Promise<void> {
		for (const [qid, draft] of [...this.#drafts]) await this.#saveDraft(qid, draft);
	}

	/**
	 * Record an answer at the clock's time and save the attempt (one row `put`). A refused answer
	 * (time up, already submitted, not the current question) is not saved; its reason is kept in
	 * {@link QuizSession.refusal}. A failed write is reported and the answer kept in memory.
	 */
	async answer(qid: string, value: AnswerValue): Promise<AnswerResult> {
		const draft = this.#drafts.get(qid);
		if (draft?.timer) clearTimeout(draft.timer);
		this.#drafts.delete(qid);
		const result = await this.#record(qid, value, this.#clock());
		if (!result.ok && result.code === 'expired') void this.submit().catch(() => undefined);
		return result;
	}

	async #record(qid: string, value: AnswerValue, at: Date): Promise<AnswerResult> {
		this.nowMs = this.#clock().getTime();
		const result = answerAttempt(this.attempt, qid, value, at);
		if (!result.ok) {
			this.refusal = result.reason;
			return result;
		}
		this.refusal = null;
		this.attempt = result.attempt;
		await this.#save();
		return result;
	}

	/** Write the attempt with its time-used checkpoint; saves are queued in order. */
	#save(): Promise<unknown> {
		const ctx = this.#ctx;
		if (!ctx) return Promise.resolve();
		this.#writes = this.#writes.then(async () => {
			try {
				const saved = await saveAttempt(ctx, withElapsed(this.attempt, this.#clock()));
				if (saved === 'already-submitted') void this.submit().catch(() => undefined);
			} catch (error) {
				this.#options.onWriteError?.(error);
			}
		});
		return this.#writes;
	}

	/** Store the time used so far (the page is being hidden or closed). */
	checkpoint(): Promise<unknown> {
		return this.finished ? Promise.resolve() : this.#save();
	}

	/**
	 * Submit the attempt (the learner's button, or the deadline): once; later calls share the
	 * first. Drafts are saved first, at the time they were typed. With a context,
	 * `finaliseAttempt` writes the row and the quiz lapses in one transaction; a failed write is
	 * reported and the result is computed in memory.
	 */
	submit(): Promise<QuizOutcome> {
		this.#submitting ??= this.#submit();
		return this.#submitting;
	}

	async #submit(): Promise<QuizOutcome> {
		await this.flushDrafts();
		await this.#writes;
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
