/**
 * Scheduler settings (deck options), their defaults and their validation with valibot.
 * Defaults follow Anki's deck options and FSRS's recommended desired retention.
 */
import * as v from 'valibot';
import { msg, type Message } from '$lib/core/message';

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
 * Invalid settings. `reason` is the message for the learner (`settings_error_…` with the field's
 * label and the allowed range); `field` names the offending setting (null when the whole input is
 * not an object).
 */
export class SettingsError extends Error {
	override readonly name = 'SettingsError';
	constructor(
		readonly field: keyof SchedulerSettings | null,
		readonly reason: Message
	) {
		super(field ? `${field}: ${reason.key}` : reason.key);
	}
}

/** The message id of each setting's form label (the field named in a reason). */
export const SETTING_LABELS: Readonly<Record<keyof SchedulerSettings, string>> = {
	desiredRetention: 'settings_retention',
	learningSteps: 'settings_learning_steps',
	relearningSteps: 'settings_relearning_steps',
	maximumIntervalDays: 'settings_max_interval',
	newPerDay: 'settings_new_per_day',
	reviewsPerDay: 'settings_reviews_per_day',
	dayStartHour: 'settings_day_start',
	leechThreshold: 'settings_leech',
	learnAheadMinutes: 'settings_learn_ahead'
};

/** Inclusive range of each whole-number setting (option presets share the ones they have). */
export const INTEGER_RANGES = {
	maximumIntervalDays: [1, 36500],
	newPerDay: [0, 9999],
	reviewsPerDay: [0, 99999],
	dayStartHour: [0, 23],
	leechThreshold: [1, 99],
	learnAheadMinutes: [0, 1440]
} as const satisfies Partial<Record<keyof SchedulerSettings, readonly [number, number]>>;

// Valibot carries a plain string per check: the kind of rule that failed; the field comes from
// the issue's path, and `reasonFor` turns both into the message.
const INTEGER = 'integer';
const STEPS = 'steps';
const RETENTION = 'retention';
const OBJECT = 'object';

function integerIn(field: keyof typeof INTEGER_RANGES) {
	const [min, max] = INTEGER_RANGES[field];
	return v.optional(
		v.pipe(
			v.number(INTEGER),
			v.integer(INTEGER),
			v.minValue(min, INTEGER),
			v.maxValue(max, INTEGER)
		),
		DEFAULT_SCHEDULER_SETTINGS[field]
	);
}

/** A ts-fsrs step: a positive whole number of minutes, hours or days, as `'10m'`, `'1h'`, `'1d'`. */
const STEP_PATTERN = /^[1-9][0-9]*[mhd]$/;

function stepsSchema(field: 'learningSteps' | 'relearningSteps') {
	return v.optional(
		v.pipe(
			v.array(v.pipe(v.string(STEPS), v.regex(STEP_PATTERN, STEPS)), STEPS),
			v.maxLength(10, STEPS)
		),
		() => [...DEFAULT_SCHEDULER_SETTINGS[field]]
	);
}

const SettingsSchema = v.object(
	{
		desiredRetention: v.optional(
			v.pipe(v.number(RETENTION), v.minValue(0.7, RETENTION), v.maxValue(0.97, RETENTION)),
			DEFAULT_SCHEDULER_SETTINGS.desiredRetention
		),
		learningSteps: stepsSchema('learningSteps'),
		relearningSteps: stepsSchema('relearningSteps'),
		maximumIntervalDays: integerIn('maximumIntervalDays'),
		newPerDay: integerIn('newPerDay'),
		reviewsPerDay: integerIn('reviewsPerDay'),
		dayStartHour: integerIn('dayStartHour'),
		leechThreshold: integerIn('leechThreshold'),
		learnAheadMinutes: integerIn('learnAheadMinutes')
	},
	OBJECT
);

/** The message for a failed rule of `field`. */
function reasonFor(field: keyof SchedulerSettings | null, rule: string): Message {
	if (!field || rule === OBJECT) return msg('settings_error_not_object');
	const label = msg(SETTING_LABELS[field]);
	if (rule === RETENTION) return msg('settings_error_retention', { field: label });
	if (rule === STEPS) return msg('settings_error_steps', { field: label });
	const [min, max] = INTEGER_RANGES[field as keyof typeof INTEGER_RANGES] ?? [0, 0];
	return msg('settings_error_integer', { field: label, min, max });
}

/**
 * Validate settings read from storage or a form. Missing fields take their defaults (so settings
 * saved by an older version still load); unknown fields are dropped. Returns a fresh object.
 * @throws SettingsError with the first problem found, its `field`, and the reason's message.
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
	throw new SettingsError(field, reasonFor(field, issue.message));
}
