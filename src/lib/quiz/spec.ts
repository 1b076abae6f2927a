/**
 * Validation of the quiz builder's choices with valibot. Limits come from issue 5: 5–50
 * questions, a limit for the whole quiz (e.g. 5/10/20 min) or per question (e.g. 30 s).
 */
import * as v from 'valibot';
import { QUESTION_TYPES, type QuizSpec } from './types';

/** Fewest and most questions in a quiz. */
export const QUIZ_COUNT = Object.freeze({ min: 5, max: 50 });
/** Bounds of a whole-quiz limit, ms: 1 min … 120 min. */
export const TOTAL_LIMIT_MS = Object.freeze({ min: 60_000, max: 7_200_000 });
/** Bounds of a per-question limit, ms: 10 s … 10 min. */
export const PER_QUESTION_LIMIT_MS = Object.freeze({ min: 10_000, max: 600_000 });

/**
 * An invalid quiz spec. `field` names the offending field (`'count'`, `'types'`, `'timeLimit'`,
 * …; null when the input is not an object); `reason` is Korean, for the builder screen.
 */
export class QuizSpecError extends Error {
	override readonly name = 'QuizSpecError';
	constructor(
		readonly field: string | null,
		readonly reason: string
	) {
		super(field ? `${field}: ${reason}` : reason);
	}
}

const limitMs = (min: number, max: number, label: string) =>
	v.pipe(
		v.number(`${label}은(는) 숫자(ms)여야 합니다.`),
		v.integer(`${label}은(는) 정수(ms)여야 합니다.`),
		v.minValue(min, `${label}은(는) ${min / 1000}초 이상이어야 합니다.`),
		v.maxValue(max, `${label}은(는) ${max / 60_000}분 이하여야 합니다.`)
	);

const TimeLimitSchema = v.variant(
	'kind',
	[
		v.object({
			kind: v.literal('total'),
			ms: limitMs(TOTAL_LIMIT_MS.min, TOTAL_LIMIT_MS.max, '전체 제한 시간')
		}),
		v.object({
			kind: v.literal('perQuestion'),
			ms: limitMs(PER_QUESTION_LIMIT_MS.min, PER_QUESTION_LIMIT_MS.max, '문제당 제한 시간')
		})
	],
	"제한 시간 종류는 'total'(전체) 또는 'perQuestion'(문제당)이어야 합니다."
);

const QuizSpecSchema = v.object(
	{
		deckIds: v.optional(v.array(v.string('덱 id는 문자열이어야 합니다.'))),
		topic: v.optional(v.array(v.string('주제 경로는 문자열 목록이어야 합니다.'))),
		count: v.pipe(
			v.number('문제 수는 숫자여야 합니다.'),
			v.integer('문제 수는 정수여야 합니다.'),
			v.minValue(QUIZ_COUNT.min, `문제 수는 ${QUIZ_COUNT.min}개 이상이어야 합니다.`),
			v.maxValue(QUIZ_COUNT.max, `문제 수는 ${QUIZ_COUNT.max}개 이하여야 합니다.`)
		),
		types: v.pipe(
			v.array(
				v.picklist(
					QUESTION_TYPES,
					`알 수 없는 문제 유형입니다. 쓸 수 있는 유형: ${QUESTION_TYPES.join(', ')}`
				),
				'문제 유형은 목록이어야 합니다.'
			),
			v.minLength(1, '문제 유형을 하나 이상 골라야 합니다.'),
			v.check((types) => new Set(types).size === types.length, '같은 문제 유형이 두 번 있습니다.')
		),
		timeLimit: TimeLimitSchema,
		includeHandWritten: v.optional(v.boolean('직접 쓴 문제 포함 여부는 true/false여야 합니다.'))
	},
	'퀴즈 설정은 객체여야 합니다.'
);

const FIELD_LABELS: Record<string, string> = {
	count: '문제 수',
	types: '문제 유형',
	timeLimit: '제한 시간'
};

/**
 * Check an untrusted spec (from the builder form or from storage) and return it typed.
 * Unknown extra fields are dropped.
 *
 * @throws QuizSpecError with the first problem found (field + Korean reason).
 */
export function validateQuizSpec(input: unknown): QuizSpec {
	const result = v.safeParse(QuizSpecSchema, input);
	if (result.success) return result.output as QuizSpec;
	const issue = result.issues[0];
	const key = issue.path?.[0]?.key;
	const field = typeof key === 'string' ? key : null;
	// valibot reports a missing key with the enclosing object's message; name the field instead.
	if (field && issue.type === 'object' && issue.input === undefined && issue.path?.length === 1) {
		throw new QuizSpecError(field, `${FIELD_LABELS[field] ?? field} 값이 없습니다.`);
	}
	throw new QuizSpecError(field, issue.message);
}
