/**
 * Validation of the quiz builder's choices with valibot. Limits come from issue 5: 5–50
 * questions, a limit for the whole quiz (e.g. 5/10/20 min) or per question (e.g. 30 s).
 */
import * as v from 'valibot';
import { msg, type Message } from '$lib/core/message';
import { QUESTION_TYPES, type QuizSpec } from './types';

/** Fewest and most questions in a quiz. */
export const QUIZ_COUNT = Object.freeze({ min: 5, max: 50 });
/** Bounds of a whole-quiz limit, ms: 1 min … 120 min. */
export const TOTAL_LIMIT_MS = Object.freeze({ min: 60_000, max: 7_200_000 });
/** Bounds of a per-question limit, ms: 10 s … 10 min. */
export const PER_QUESTION_LIMIT_MS = Object.freeze({ min: 10_000, max: 600_000 });

/**
 * An invalid quiz spec. `field` names the offending field (`'count'`, `'types'`, `'timeLimit'`,
 * …; `'seed'` or `'cards'` from `generateQuiz`; null when the input is not an object); `reason` is
 * a message id with its parameters, for the builder screen. `message` is English, for logs.
 */
export class QuizSpecError extends Error {
	override readonly name = 'QuizSpecError';
	constructor(
		readonly field: string | null,
		readonly reason: Message
	) {
		super(`${field ?? 'spec'}: ${reason.key}`);
	}
}

/** Parameters of the spec messages that have some (the limits they name). */
const PARAMS: Record<string, Record<string, number | string>> = {
	quiz_spec_count_range: { min: QUIZ_COUNT.min, max: QUIZ_COUNT.max },
	quiz_spec_total_range: {
		min: TOTAL_LIMIT_MS.min / 60_000,
		max: TOTAL_LIMIT_MS.max / 60_000
	},
	quiz_spec_per_question_range: {
		min: PER_QUESTION_LIMIT_MS.min / 1000,
		max: PER_QUESTION_LIMIT_MS.max / 60_000
	},
	quiz_spec_types_unknown: { types: QUESTION_TYPES.join(', ') }
};

/** The message of a spec problem: its id (the valibot message) and its parameters. */
export function specMessage(key: string): Message {
	return msg(key, PARAMS[key]);
}

const limitMs = (min: number, max: number, range: string) =>
	v.pipe(
		v.number('quiz_spec_limit_number'),
		v.integer('quiz_spec_limit_number'),
		v.minValue(min, range),
		v.maxValue(max, range)
	);

const TimeLimitSchema = v.variant(
	'kind',
	[
		v.object({
			kind: v.literal('total'),
			ms: limitMs(TOTAL_LIMIT_MS.min, TOTAL_LIMIT_MS.max, 'quiz_spec_total_range')
		}),
		v.object({
			kind: v.literal('perQuestion'),
			ms: limitMs(
				PER_QUESTION_LIMIT_MS.min,
				PER_QUESTION_LIMIT_MS.max,
				'quiz_spec_per_question_range'
			)
		})
	],
	'quiz_spec_limit_kind'
);

const QuizSpecSchema = v.object(
	{
		deckIds: v.optional(v.array(v.string('quiz_spec_deck_ids'), 'quiz_spec_deck_ids')),
		topic: v.optional(v.array(v.string('quiz_spec_topic'), 'quiz_spec_topic')),
		count: v.pipe(
			v.number('quiz_spec_count_number'),
			v.integer('quiz_spec_count_number'),
			v.minValue(QUIZ_COUNT.min, 'quiz_spec_count_range'),
			v.maxValue(QUIZ_COUNT.max, 'quiz_spec_count_range')
		),
		types: v.pipe(
			v.array(v.picklist(QUESTION_TYPES, 'quiz_spec_types_unknown'), 'quiz_spec_types_list'),
			v.minLength(1, 'quiz_spec_types_empty'),
			v.check((types) => new Set(types).size === types.length, 'quiz_spec_types_repeat')
		),
		timeLimit: TimeLimitSchema,
		includeHandWritten: v.optional(v.boolean('quiz_spec_hand_written'))
	},
	'quiz_spec_not_object'
);

/** Message ids naming the fields that can be missing. */
const FIELD_LABELS: Record<string, string> = {
	count: 'quiz_count',
	types: 'quiz_types',
	timeLimit: 'quiz_time_limit'
};

/**
 * Check an untrusted spec (from the builder form or from storage) and return it typed.
 * Unknown extra fields are dropped.
 *
 * @throws QuizSpecError with the first problem found (field + message).
 */
export function validateQuizSpec(input: unknown): QuizSpec {
	const result = v.safeParse(QuizSpecSchema, input);
	if (result.success) return result.output as QuizSpec;
	const issue = result.issues[0];
	const key = issue.path?.[0]?.key;
	const field = typeof key === 'string' ? key : null;
	// valibot reports a missing key with the enclosing object's message; name the field instead.
	if (field && issue.type === 'object' && issue.input === undefined && issue.path?.length === 1) {
		const label = FIELD_LABELS[field];
		throw new QuizSpecError(field, msg('quiz_spec_missing', { field: label ? msg(label) : field }));
	}
	throw new QuizSpecError(field, specMessage(issue.message));
}
