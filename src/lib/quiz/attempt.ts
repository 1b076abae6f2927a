/**
 * A quiz attempt as plain data, and the deadline arithmetic (issue 5, case C15).
 *
 * Time is never counted by ticks: every function takes the clock (`now`) and computes from the
 * absolute times stored in the attempt, so a hidden tab, a sleeping phone or a killed page never
 * stalls or stretches the countdown. Functions return new attempts and never change their input.
 */
import { msg, type Message } from '$lib/core/message';
import { judgeCommand, type Reason } from '$lib/drill';
import { foldText } from './text';
import type { Answer, AnswerValue, Attempt, Question, QuestionSource, Quiz } from './types';

/** Fraction of the limit at or below which the countdown shows a warning (issue 5: 10 %). */
export const WARNING_FRACTION = 0.1;
/** Time left at which a screen reader hears the remaining time once (issue 5: one minute). */
export const ANNOUNCE_AT_MS = 60_000;

/** A programming error: unknown question, answer of the wrong type, option out of range, no questions. */
export class QuizAttemptError extends Error {
	override readonly name = 'QuizAttemptError';
	constructor(
		readonly code: 'empty-quiz' | 'unknown-question' | 'type-mismatch' | 'bad-choice',
		message: string
	) {
		super(message);
	}
}

/** Why an answer was not recorded. `reason` is a message for the quiz screen. */
export type AnswerRefusal =
	| { ok: false; code: 'expired'; reason: Message }
	| { ok: false; code: 'submitted'; reason: Message }
	| { ok: false; code: 'not-current'; reason: Message };

/** Result of {@link answer}: the new attempt, or why the answer was refused. */
export type AnswerResult = { ok: true; attempt: Attempt } | AnswerRefusal;

const ms = (d: Date): number => d.getTime();

/**
 * Start an attempt at `now`.
 *
 * @param quiz a generated quiz (its questions are copied into the attempt, so the attempt alone
 *   is enough to resume: same questions, order and options).
 * @param now the clock; `startedAt = now`.
 * @param id attempt id; default `<seed base 36>-<startedAt ms base 36>`.
 * @returns deadline `startedAt + ms` for a total limit, `startedAt + n × ms` for a per-question limit.
 * @throws QuizAttemptError `empty-quiz` when the quiz has no questions.
 */
export function startAttempt(quiz: Quiz, now: Date, id?: string): Attempt {
	if (quiz.questions.length === 0) {
		throw new QuizAttemptError('empty-quiz', 'A quiz without questions cannot be started.');
	}
	const limit = quiz.spec.timeLimit;
	const span = limit.kind === 'total' ? limit.ms : limit.ms * quiz.questions.length;
	return {
		id: id ?? `${quiz.seed.toString(36)}-${ms(now).toString(36)}`,
		seed: quiz.seed,
		spec: structuredClone(quiz.spec),
		questions: structuredClone(quiz.questions),
		answers: {},
		startedAt: new Date(ms(now)),
		deadline: new Date(ms(now) + span),
		...(quiz.origin ? { origin: { ...quiz.origin } } : {})
	};
}

/** One question's time window in per-question mode, epoch ms; `end` is exclusive. */
interface Window {
	start: number;
	end: number;
	answered: boolean;
}

/**
 * Per-question windows: question i starts when question i−1 was answered or ran out; it ends at
 * its own answer or after `ms`. Computed from the stored answers only.
 */
function windows(attempt: Attempt): Window[] {
	const limit = attempt.spec.timeLimit.ms;
	const out: Window[] = [];
	let start = ms(attempt.startedAt);
	for (const q of attempt.questions) {
		const a = attempt.answers[q.id];
		// Clamped into the window, so a clock set back between two answers cannot move time backwards.
		const end = a ? Math.max(start, Math.min(ms(a.answeredAt), start + limit)) : start + limit;
		out.push({ start, end, answered: a !== undefined });
		start = end;
	}
	return out;
}

/**
 * When the attempt ends if nothing else is answered: the deadline for a total limit; for a
 * per-question limit, the end of the last question's window (earlier than `deadline` when
 * questions were answered early; equal to the last answer's time once every question is answered).
 */
export function endsAt(attempt: Attempt): Date {
	if (attempt.spec.timeLimit.kind === 'total') return new Date(ms(attempt.deadline));
	const last = windows(attempt).at(-1);
	return new Date(last ? last.end : ms(attempt.startedAt));
}

/**
 * Per-question mode: the index of the question the learner is on at `now` (its window contains
 * `now` and it is unanswered); null when the attempt has ended or was submitted. Total mode:
 * always null (the learner moves freely between questions).
 */
export function currentQuestionIndex(attempt: Attempt, now: Date): number | null {
	if (attempt.spec.timeLimit.kind === 'total' || attempt.submittedAt) return null;
	const t = ms(now);
	const i = windows(attempt).findIndex((w) => !w.answered && t < w.end);
	return i === -1 ? null : i;
}

/** Whether the attempt has ended at `now` (deadline reached, or every per-question window closed). */
export function isExpired(attempt: Attempt, now: Date): boolean {
	return ms(now) >= ms(endsAt(attempt));
}

/**
 * Milliseconds left at `now`: until the deadline (total limit) or until the current question's
 * window closes (per-question limit). Never negative, never more than the limit (a clock set back
 * does not add time), 0 at and after the end and after submission.
 */
export function timeLeftMs(attempt: Attempt, now: Date): number {
	if (attempt.submittedAt) return 0;
	const limit = attempt.spec.timeLimit;
	const t = ms(now);
	if (limit.kind === 'total') {
		return Math.max(0, Math.min(limit.ms, ms(attempt.deadline) - t));
	}
	const i = currentQuestionIndex(attempt, now);
	if (i === null) return 0;
	const w = windows(attempt)[i] as Window;
	return Math.max(0, Math.min(limit.ms, w.start + limit.ms - t));
}

/**
 * Countdown state for the timer display: `'expired'` when no time is left (or submitted),
 * `'warning'` at or below {@link WARNING_FRACTION} of the limit, else `'normal'`.
 */
export function warningState(attempt: Attempt, now: Date): 'normal' | 'warning' | 'expired' {
	const left = timeLeftMs(attempt, now);
	if (left <= 0) return 'expired';
	return left <= attempt.spec.timeLimit.ms * WARNING_FRACTION ? 'warning' : 'normal';
}

/**
 * Whether to announce the time left to a screen reader now: true only on the frame that crosses
 * {@link ANNOUNCE_AT_MS} left — more than 60 s left at `prevMs`, 60 s or less (but not 0) at
 * `nowMs`. Call it with the clock of the previous and the current frame (also on
 * `visibilitychange`); it is true once per crossing, never every second.
 *
 * @param prevMs epoch ms of the previous check
 * @param nowMs epoch ms of this check
 */
export function announceAt(attempt: Attempt, prevMs: number, nowMs: number): boolean {
	const before = timeLeftMs(attempt, new Date(prevMs));
	const after = timeLeftMs(attempt, new Date(nowMs));
	return before > ANNOUNCE_AT_MS && after > 0 && after <= ANNOUNCE_AT_MS;
}

function findQuestion(attempt: Attempt, qid: string): { q: Question; index: number } {
	const index = attempt.questions.findIndex((q) => q.id === qid);
	const q = attempt.questions[index];
	if (!q)
		throw new QuizAttemptError('unknown-question', `No question ${qid} in attempt ${attempt.id}.`);
	return { q, index };
}

/**
 * Record (or, with a total limit, replace) the answer to question `qid` at `now`.
 *
 * Refused — the attempt is unchanged and the result says why (a message) — after submission, at or
 * after the end ({@link isExpired}), and in per-question mode for any question but the current one.
 *
 * @throws QuizAttemptError for an unknown question, a value of another type, or an option index
 *   out of range (programming errors, not learner errors).
 */
export function answer(attempt: Attempt, qid: string, value: AnswerValue, now: Date): AnswerResult {
	const { q, index } = findQuestion(attempt, qid);
	if (value.type !== q.type) {
		throw new QuizAttemptError(
			'type-mismatch',
			`Question ${qid} is ${q.type}, answer is ${value.type}.`
		);
	}
	if (value.type === 'mcq' && q.type === 'mcq') {
		if (!Number.isInteger(value.choice) || value.choice < 0 || value.choice >= q.options.length) {
			throw new QuizAttemptError('bad-choice', `Option ${value.choice} out of range for ${qid}.`);
		}
	}
	if (attempt.submittedAt) {
		return { ok: false, code: 'submitted', reason: msg('quiz_refused_submitted') };
	}
	if (isExpired(attempt, now)) {
		return { ok: false, code: 'expired', reason: msg('quiz_refused_expired') };
	}
	if (
		attempt.spec.timeLimit.kind === 'perQuestion' &&
		currentQuestionIndex(attempt, now) !== index
	) {
		return { ok: false, code: 'not-current', reason: msg('quiz_refused_not_current') };
	}
	const stored = { ...structuredClone(value), answeredAt: new Date(ms(now)) } as Answer;
	return { ok: true, attempt: { ...attempt, answers: { ...attempt.answers, [qid]: stored } } };
}

/**
 * Submit the attempt. `submittedAt = min(now, end)` (see {@link endsAt}): a learner who comes back
 * after the deadline gets the attempt submitted at the deadline with the answers given until then
 * and no extra time. Idempotent: an already submitted attempt is returned unchanged.
 */
export function submit(attempt: Attempt, now: Date): Attempt {
	if (attempt.submittedAt) return attempt;
	const at = Math.max(ms(attempt.startedAt), Math.min(ms(now), ms(endsAt(attempt))));
	return { ...attempt, submittedAt: new Date(at) };
}

/**
 * For resuming: submit the attempt if it has ended at `now` (deadline passed while the page was
 * closed), else return it unchanged.
 */
export function submitIfExpired(attempt: Attempt, now: Date): Attempt {
	return !attempt.submittedAt && isExpired(attempt, now) ? submit(attempt, now) : attempt;
}

/**
 * Check a typed fill-in answer: equal after NFC normalisation, trimming, whitespace collapsing and
 * case folding ({@link foldText}); so decomposed Hangul and `DOCKERFILE` for `Dockerfile` match.
 *
 * @param expected one accepted text or several.
 */
export function checkFillIn(typed: string, expected: string | readonly string[]): boolean {
	const key = foldText(typed);
	if (key.length === 0) return false;
	const all = typeof expected === 'string' ? [expected] : expected;
	return all.some((e) => foldText(e) === key);
}

/** How one question went. */
export interface QuestionResult {
	questionId: string;
	type: Question['type'];
	cardId: string | null;
	/**
	 * The judged verdict. `correct-with-note`: accepted by the command judge with a remark
	 * (`reasons`); counts as correct. Stays as judged when the learner overrode it.
	 */
	verdict: 'correct' | 'correct-with-note' | 'wrong' | 'unanswered';
	/** Counted as right: the verdict, or the learner's "I was right" override. */
	correct: boolean;
	/** The learner overrode a wrong verdict of a typed answer ("I was right"). */
	overridden: boolean;
	given: Answer | null;
	/**
	 * The right answer as Markdown for display (option text, term, `` `command` ``); for a
	 * true/false question `'true'` or `'false'`, which the screen words in the learner's language.
	 */
	expected: string;
	explanation: string;
	/** The command judge's reasons (message ids with parameters; the result page renders them). */
	reasons?: Reason[];
	source: QuestionSource;
}

/** Score of an attempt. Unanswered questions count as wrong. */
export interface AttemptScore {
	correct: number;
	total: number;
	perQuestion: QuestionResult[];
	/**
	 * Cards of wrong or unanswered questions (no duplicates), to be made due again as quiz lapses.
	 * Overridden answers count as right and are not listed.
	 */
	wrongCardIds: string[];
	/** How many wrong verdicts the learner overrode. */
	overridden: number;
	/** `submittedAt − startedAt` in ms; null before submission. */
	timeUsedMs: number | null;
}

function expectedText(q: Question): string {
	switch (q.type) {
		case 'mcq':
			return q.options[q.correctIndex] ?? '';
		case 'truefalse':
			return q.correct ? 'true' : 'false';
		case 'fillin':
			return q.expected;
		case 'command':
			return `\`${q.display}\``;
	}
}

function judge(q: Question, a: Answer): Pick<QuestionResult, 'verdict' | 'reasons'> {
	const ok = (b: boolean) => ({ verdict: b ? ('correct' as const) : ('wrong' as const) });
	if (a.type === 'mcq' && q.type === 'mcq') return ok(a.choice === q.correctIndex);
	if (a.type === 'truefalse' && q.type === 'truefalse') return ok(a.value === q.correct);
	if (a.type === 'fillin' && q.type === 'fillin')
		return ok(checkFillIn(a.text, [q.expected, ...q.accepted]));
	if (a.type === 'command' && q.type === 'command') {
		// The notes' own text (`display`) is the template the drill reads; `expected` is its `{slot}` form.
		const v = judgeCommand({ original: q.display, template: q.expected }, a.text);
		return { verdict: v.verdict, reasons: v.reasons };
	}
	return { verdict: 'wrong' };
}

/** Why an override was refused (programming errors are thrown instead). */
export type OverrideRefusal = 'not-submitted' | 'not-typed' | 'not-wrong' | 'already-overridden';

/**
 * "I was right": count a typed answer (fill-in or command) that was judged wrong as right. Only
 * after submission, only for an answered question judged `wrong`, and once; the override is stored on
 * the attempt (`overrides[qid] = at`), so the judged verdict stays visible beside it.
 * @param at when the learner overrode it (device time, for the history)
 * @returns the new attempt, or why nothing changed
 * @throws QuizAttemptError `unknown-question`
 */
export function overrideAnswer(
	attempt: Attempt,
	qid: string,
	at: Date
): { ok: true; attempt: Attempt } | { ok: false; code: OverrideRefusal } {
	const { q } = findQuestion(attempt, qid);
	if (!attempt.submittedAt) return { ok: false, code: 'not-submitted' };
	if (q.type !== 'fillin' && q.type !== 'command') return { ok: false, code: 'not-typed' };
	if (attempt.overrides?.[qid] !== undefined) return { ok: false, code: 'already-overridden' };
	const item = score(attempt).perQuestion.find((r) => r.questionId === qid);
	if (item?.verdict !== 'wrong') return { ok: false, code: 'not-wrong' };
	const overrides = { ...attempt.overrides, [qid]: new Date(ms(at)) };
	return { ok: true, attempt: { ...attempt, overrides } };
}

/**
 * Score the attempt (at any time; the result page calls it after {@link submit}). Only answers given
 * before the end count — {@link answer} already refuses later ones. Command answers are judged by
 * the drill's `judgeCommand`.
 */
export function score(attempt: Attempt): AttemptScore {
	const end = attempt.submittedAt ? ms(attempt.submittedAt) : ms(endsAt(attempt));
	const perQuestion = attempt.questions.map((q): QuestionResult => {
		const a = attempt.answers[q.id];
		const given = a && ms(a.answeredAt) <= end ? a : null;
		const judged = given ? judge(q, given) : { verdict: 'unanswered' as const };
		const overridden = judged.verdict === 'wrong' && attempt.overrides?.[q.id] !== undefined;
		return {
			questionId: q.id,
			type: q.type,
			cardId: q.cardId,
			verdict: judged.verdict,
			correct: overridden || judged.verdict === 'correct' || judged.verdict === 'correct-with-note',
			overridden,
			given,
			expected: expectedText(q),
			explanation: q.explanation,
			...('reasons' in judged && judged.reasons?.length ? { reasons: judged.reasons } : {}),
			source: q.source
		};
	});
	const wrongCardIds = [
		...new Set(
			perQuestion.filter((r) => !r.correct && r.cardId !== null).map((r) => r.cardId as string)
		)
	];
	return {
		correct: perQuestion.filter((r) => r.correct).length,
		total: perQuestion.length,
		perQuestion,
		wrongCardIds,
		overridden: perQuestion.filter((r) => r.overridden).length,
		timeUsedMs: attempt.submittedAt ? ms(attempt.submittedAt) - ms(attempt.startedAt) : null
	};
}
