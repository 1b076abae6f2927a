/**
 * Reading an attempt back from storage. IndexedDB gives back whatever was written (possibly by an
 * older app version), so the shape is checked with valibot before the quiz screen trusts it.
 */
import * as v from 'valibot';
import { PER_QUESTION_LIMIT_MS, QUIZ_COUNT, TOTAL_LIMIT_MS } from './spec';
import { QUESTION_TYPES, type Attempt } from './types';

const SourceSchema = v.object({
	file: v.string(),
	line: v.number(),
	endLine: v.optional(v.number()),
	deckId: v.optional(v.string())
});

const MessageSchema = v.object({
	key: v.string(),
	params: v.optional(v.record(v.string(), v.unknown()))
});

const base = {
	id: v.string(),
	cardId: v.nullable(v.string()),
	prompt: v.string(),
	ask: v.optional(MessageSchema),
	topic: v.array(v.string()),
	explanation: v.string(),
	source: SourceSchema
};

const QuestionSchema = v.variant('type', [
	v.object({
		...base,
		type: v.literal('mcq'),
		options: v.array(v.string()),
		correctIndex: v.number()
	}),
	v.object({ ...base, type: v.literal('truefalse'), correct: v.boolean() }),
	v.object({
		...base,
		type: v.literal('fillin'),
		expected: v.string(),
		accepted: v.array(v.string())
	}),
	v.object({ ...base, type: v.literal('command'), expected: v.string(), display: v.string() })
]);

const AnswerSchema = v.variant('type', [
	v.object({ type: v.literal('mcq'), choice: v.number(), answeredAt: v.date() }),
	v.object({ type: v.literal('truefalse'), value: v.boolean(), answeredAt: v.date() }),
	v.object({ type: v.literal('fillin'), text: v.string(), answeredAt: v.date() }),
	v.object({ type: v.literal('command'), text: v.string(), answeredAt: v.date() })
]);

const SpecSchema = v.object({
	deckIds: v.optional(v.array(v.string())),
	topic: v.optional(v.array(v.string())),
	count: v.pipe(v.number(), v.integer(), v.minValue(QUIZ_COUNT.min), v.maxValue(QUIZ_COUNT.max)),
	types: v.array(v.picklist(QUESTION_TYPES)),
	timeLimit: v.variant('kind', [
		v.object({
			kind: v.literal('total'),
			ms: v.pipe(v.number(), v.minValue(TOTAL_LIMIT_MS.min), v.maxValue(TOTAL_LIMIT_MS.max))
		}),
		v.object({
			kind: v.literal('perQuestion'),
			ms: v.pipe(
				v.number(),
				v.minValue(PER_QUESTION_LIMIT_MS.min),
				v.maxValue(PER_QUESTION_LIMIT_MS.max)
			)
		})
	]),
	includeHandWritten: v.optional(v.boolean())
});

const AttemptSchema = v.pipe(
	v.object({
		id: v.string(),
		seed: v.number(),
		spec: SpecSchema,
		questions: v.pipe(v.array(QuestionSchema), v.minLength(1)),
		answers: v.record(v.string(), AnswerSchema),
		startedAt: v.date(),
		deadline: v.date(),
		submittedAt: v.optional(v.date()),
		elapsedMs: v.optional(v.pipe(v.number(), v.minValue(0))),
		overrides: v.optional(v.record(v.string(), v.date())),
		lapses: v.optional(v.record(v.string(), v.number())),
		origin: v.optional(v.object({ kind: v.literal('missed'), from: v.string() }))
	}),
	v.check(
		(a) => Object.keys(a.answers).every((id) => a.questions.some((q) => q.id === id)),
		'answer to an unknown question'
	),
	v.check((a) => a.deadline.getTime() > a.startedAt.getTime(), 'deadline not after start')
);

/** A stored attempt that cannot be used; `reason` says what is wrong (for logs, English). */
export class StoredAttemptError extends Error {
	override readonly name = 'StoredAttemptError';
	constructor(readonly reason: string) {
		super(`Stored quiz attempt is invalid: ${reason}`);
	}
}

/**
 * Check data read from storage (e.g. `QuizAttemptRow.data`) and return it as an {@link Attempt}.
 * Unknown extra fields are dropped.
 *
 * @throws StoredAttemptError naming the first problem and its path.
 */
export function readStoredAttempt(data: unknown): Attempt {
	const result = v.safeParse(AttemptSchema, data);
	if (result.success) return result.output as Attempt;
	const issue = result.issues[0];
	const path = issue.path?.map((p) => String(p.key)).join('.') ?? '';
	throw new StoredAttemptError(path ? `${path}: ${issue.message}` : issue.message);
}

/** The row status the database indexes attempts by: running until submitted. */
export function attemptStatus(attempt: Attempt): 'running' | 'submitted' {
	return attempt.submittedAt ? 'submitted' : 'running';
}
