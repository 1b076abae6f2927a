/**
 * Scheduler settings (deck options), their defaults and their validation with valibot.
 * Defaults follow Anki's deck options and FSRS's recommended desired retention.
 */
import * as v from 'valibot';

/**
 * Options that drive the scheduler and the daily queue.
 * Units are in each field's name or comment; all values are validated by
 * {@link validateSchedulerSettings}.
 */
export interface SchedulerSettings {
	/** FSRS desired retention (ts-fsrs `request_retention`), 0.70–0.97; default 0.90. */
	desiredRetention: number;
	/** Learning steps for new cards, ts-fsrs step units (`'1m'`, `'10m'`, `'1h'`, `'1d'`); default `['1m', '10m']`. */
	learningSteps: string[];
	/** Relearning steps after a lapse; default `['10m']`. */
	relearningSteps: string[];
	/** Longest review interval in days (ts-fsrs `maximum_interval`); default 36500. */
	maximumIntervalDays: number;
	/** New cards introduced per study day; default 20. */
	newPerDay: number;
	/** Review cards shown per study day; default 200. */
	reviewsPerDay: number;
	/** Local hour (0–23) at which a study day begins; default 4 (Anki "Next day starts at"). */
	dayStartHour: number;
	/** Lapses at which a card becomes a leech (tagged and suspended); default 8 (Anki). */
	leechThreshold: number;
	/** Minutes a learning card may be shown early when nothing else is left (Anki "Learn ahead limit"); default 20. */
	learnAheadMinutes: number;
}

/** Defaults of {@link SchedulerSettings}. Frozen; copy before editing. */
export const DEFAULT_SCHEDULER_SETTINGS: SchedulerSettings = Object.freeze({
	desiredRetention: 0.9,
	learningSteps: Object.freeze(['1m', '10m']) as unknown as string[],
	relearningSteps: Object.freeze(['10m']) as unknown as string[],
	maximumIntervalDays: 36500,
	newPerDay: 20,
	reviewsPerDay: 200,
	dayStartHour: 4,
	leechThreshold: 8,
	learnAheadMinutes: 20
});

/**
 * Invalid settings. `reason` is Korean first, then English in parentheses; `field` names the
 * offending setting (null when the whole input is not an object).
 */
export class SettingsError extends Error {
	override readonly name = 'SettingsError';
	constructor(
		readonly field: keyof SchedulerSettings | null,
		readonly reason: string
	) {
		super(field ? `${field}: ${reason}` : reason);
	}
}

function bilingual(ko: string, en: string): string {
	return `${ko} (${en})`;
}

function integerIn(min: number, max: number, ko: string, en: string) {
	const message = bilingual(
		`${ko}: ${min}–${max} 사이의 정수를 입력하세요`,
		`${en} must be an integer from ${min} to ${max}`
	);
	return v.pipe(
		v.number(message),
		v.integer(message),
		v.minValue(min, message),
		v.maxValue(max, message)
	);
}

/** A ts-fsrs step: a positive whole number of minutes, hours or days, as `'10m'`, `'1h'`, `'1d'`. */
const STEP_PATTERN = /^[1-9][0-9]*[mhd]$/;

function stepsSchema(ko: string, en: string) {
	const message = bilingual(
		`${ko}: '1m', '10m', '1h', '1d' 같은 단계를 최대 10개까지 입력하세요`,
		`${en} must be up to 10 steps like '1m', '10m', '1h', '1d'`
	);
	return v.pipe(
		v.array(v.pipe(v.string(message), v.regex(STEP_PATTERN, message)), message),
		v.maxLength(10, message)
	);
}

const retentionMessage = bilingual(
	'목표 기억률: 0.70–0.97 사이의 값을 입력하세요',
	'desired retention must be between 0.70 and 0.97'
);

const SettingsSchema = v.object(
	{
		desiredRetention: v.optional(
			v.pipe(
				v.number(retentionMessage),
				v.minValue(0.7, retentionMessage),
				v.maxValue(0.97, retentionMessage)
			),
			DEFAULT_SCHEDULER_SETTINGS.desiredRetention
		),
		learningSteps: v.optional(stepsSchema('학습 단계', 'learning steps'), () => [
			...DEFAULT_SCHEDULER_SETTINGS.learningSteps
		]),
		relearningSteps: v.optional(stepsSchema('재학습 단계', 'relearning steps'), () => [
			...DEFAULT_SCHEDULER_SETTINGS.relearningSteps
		]),
		maximumIntervalDays: v.optional(
			integerIn(1, 36500, '최대 간격(일)', 'maximum interval (days)'),
			DEFAULT_SCHEDULER_SETTINGS.maximumIntervalDays
		),
		newPerDay: v.optional(
			integerIn(0, 9999, '하루 새 카드 수', 'new cards per day'),
			DEFAULT_SCHEDULER_SETTINGS.newPerDay
		),
		reviewsPerDay: v.optional(
			integerIn(0, 99999, '하루 복습 카드 수', 'reviews per day'),
			DEFAULT_SCHEDULER_SETTINGS.reviewsPerDay
		),
		dayStartHour: v.optional(
			integerIn(0, 23, '하루 시작 시각', 'day start hour'),
			DEFAULT_SCHEDULER_SETTINGS.dayStartHour
		),
		leechThreshold: v.optional(
			integerIn(1, 99, '거머리 카드 기준(실패 횟수)', 'leech threshold (lapses)'),
			DEFAULT_SCHEDULER_SETTINGS.leechThreshold
		),
		learnAheadMinutes: v.optional(
			integerIn(0, 1440, '미리 학습 한도(분)', 'learn-ahead limit (minutes)'),
			DEFAULT_SCHEDULER_SETTINGS.learnAheadMinutes
		)
	},
	bilingual('설정 형식이 올바르지 않습니다', 'settings must be an object')
);

/**
 * Validate settings read from storage or a form. Missing fields take their defaults (so settings
 * saved by an older version still load); unknown fields are dropped. Returns a fresh object.
 * @throws SettingsError with the first problem found, its `field`, and a Korean + English reason.
 */
export function validateSchedulerSettings(input: unknown): SchedulerSettings {
	const result = v.safeParse(SettingsSchema, input);
	if (result.success) return result.output;
	const issue = result.issues[0];
	const key = issue.path?.[0]?.key;
	const field =
		typeof key === 'string' && key in DEFAULT_SCHEDULER_SETTINGS
			? (key as keyof SchedulerSettings)
			: null;
	throw new SettingsError(field, issue.message);
}
