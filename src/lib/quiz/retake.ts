/**
 * "Retake only the missed questions" (Quizlet's habit): a new quiz of the questions an attempt
 * got wrong or left unanswered — the same questions, in a new order, options shuffled again.
 */
import { mulberry32, shuffle } from './random';
import { score } from './attempt';
import { TOTAL_LIMIT_MS } from './spec';
import type { Attempt, Question, Quiz, TimeLimit } from './types';

/** Questions of a submitted attempt that were not counted right (overrides count as right). */
export function missedQuestions(attempt: Attempt): Question[] {
	const right = new Set(
		score(attempt)
			.perQuestion.filter((r) => r.correct)
			.map((r) => r.questionId)
	);
	return attempt.questions.filter((q) => !right.has(q.id));
}

/**
 * The time limit for `n` of the attempt's questions: per question unchanged; for the whole quiz
 * the same time per question, rounded up to whole minutes, at least the shortest limit.
 */
function scaledLimit(limit: TimeLimit, n: number, of: number): TimeLimit {
	if (limit.kind === 'perQuestion') return { ...limit };
	const minutes = Math.ceil((limit.ms * n) / of / 60_000);
	return { kind: 'total', ms: Math.max(TOTAL_LIMIT_MS.min, minutes * 60_000) };
}

/**
 * A quiz of the attempt's missed questions, or null when it missed none.
 * @param seed unsigned 32-bit seed for the new order (same seed → same quiz)
 */
export function missedQuiz(attempt: Attempt, seed: number): Quiz | null {
	const missed = missedQuestions(attempt);
	if (missed.length === 0) return null;
	const rng = mulberry32(seed);
	const questions = shuffle(missed, rng).map((q): Question => {
		const copy = structuredClone(q);
		if (copy.type !== 'mcq') return copy;
		const order = shuffle(
			copy.options.map((_, i) => i),
			rng
		);
		return {
			...copy,
			options: order.map((i) => copy.options[i] as string),
			correctIndex: order.indexOf(copy.correctIndex)
		};
	});
	return {
		seed,
		spec: {
			...structuredClone(attempt.spec),
			timeLimit: scaledLimit(attempt.spec.timeLimit, missed.length, attempt.questions.length)
		},
		questions,
		shortfall: null,
		origin: { kind: 'missed', from: attempt.id }
	};
}
