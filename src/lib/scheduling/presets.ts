/**
 * Deck option presets (Anki manual, "Deck Options": a preset is a named set of options that
 * several decks can share; every deck uses exactly one, the built-in "Default" unless another is
 * chosen). A preset holds what Anki keeps per preset: the deck's daily limits, learning steps,
 * desired retention, maximum interval, the leech threshold, the bury-siblings options and the
 * FSRS parameters. What Anki keeps per collection (next day starts at, learn-ahead limit) and
 * this app's collection-wide daily limits stay in {@link SchedulerSettings}.
 *
 * Plain data and valibot validation; storage is `$lib/db` (settings rows), use cases are
 * `$lib/services/presets`.
 */
import * as v from 'valibot';
import { checkParameters } from 'ts-fsrs';
import { msg, type Message } from '$lib/core/message';
import { DEFAULT_SCHEDULER_SETTINGS, INTEGER_RANGES, type SchedulerSettings } from './settings';

/** The id of the built-in preset every deck uses until another is chosen. It cannot be deleted. */
export const DEFAULT_PRESET_ID = 'default';

/**
 * One options preset. Limits are per study day and per deck: a deck's limit caps what the deck
 * contributes, inside the collection's limit (see `$lib/scheduling/limits`).
 */
export interface Preset {
	/** Stable id: {@link DEFAULT_PRESET_ID} or `p` + base-36 creation time (see `newPresetId`). */
	id: string;
	/** The learner's name for it (1–60 characters). '' for the built-in preset: the UI names it. */
	name: string;
	/** New cards a deck using this preset introduces per study day, 0–9999; default 20 (Anki). */
	newPerDay: number;
	/** Review cards a deck using this preset shows per study day, 0–99999; default 200 (Anki). */
	reviewsPerDay: number;
	/** FSRS desired retention, 0.70–0.97; default 0.90. */
	desiredRetention: number;
	/** Learning steps, ts-fsrs units (`'1m'`, `'10m'`, `'1h'`, `'1d'`); default `['1m', '10m']`. */
	learningSteps: string[];
	/** Relearning steps after a lapse; default `['10m']`. */
	relearningSteps: string[];
	/** Longest review interval, in days (1–36500); default 36500. */
	maximumIntervalDays: number;
	/** Lapses at which a card becomes a leech (tagged and suspended), 1–99; default 8. */
	leechThreshold: number;
	/**
	 * Anki "Bury new siblings": once a card of a note is seen today, the note's other new cards
	 * wait for the next study day (and new cards of a note already in today's queue are not
	 * gathered). On by default here (Anki ships it off; our notes make many siblings per note).
	 */
	buryNew: boolean;
	/** Anki "Bury review siblings": the same for review cards due today. On by default. */
	buryReviews: boolean;
	/**
	 * Anki "Bury interday learning siblings": the same for learning cards whose step is a day or
	 * more. Intraday learning siblings are never buried (Anki's rule). On by default.
	 */
	buryInterdayLearning: boolean;
	/**
	 * FSRS model weights (ts-fsrs `w`: 17, 19 or 21 numbers) found by the optimiser from this
	 * preset's review history; absent = ts-fsrs's defaults. Written by the optimise screen.
	 */
	fsrsParameters?: number[];
}

/** The scheduling part of a preset (what `Scheduler` is built from, with the collection's settings). */
export type PresetSchedulingFields = Pick<
	Preset,
	| 'desiredRetention'
	| 'learningSteps'
	| 'relearningSteps'
	| 'maximumIntervalDays'
	| 'leechThreshold'
>;

/**
 * The built-in preset. Its scheduling fields start from `settings` (the values a learner set
 * before presets existed are kept); limits and bury options take Anki's defaults (20 new, 200
 * reviews) and ours (bury on).
 */
export function defaultPreset(settings: SchedulerSettings = DEFAULT_SCHEDULER_SETTINGS): Preset {
	return {
		id: DEFAULT_PRESET_ID,
		name: '',
		newPerDay: 20,
		reviewsPerDay: 200,
		desiredRetention: settings.desiredRetention,
		learningSteps: [...settings.learningSteps],
		relearningSteps: [...settings.relearningSteps],
		maximumIntervalDays: settings.maximumIntervalDays,
		leechThreshold: settings.leechThreshold,
		buryNew: true,
		buryReviews: true,
		buryInterdayLearning: true
	};
}

/**
 * The settings a `Scheduler` for a deck using `preset` is built from: the collection's study day
 * and learn-ahead, the preset's scheduling fields and limits.
 */
export function schedulerSettingsFor(
	collection: SchedulerSettings,
	preset: PresetSchedulingFields & Pick<Preset, 'newPerDay' | 'reviewsPerDay'>
): SchedulerSettings {
	return {
		...collection,
		desiredRetention: preset.desiredRetention,
		learningSteps: [...preset.learningSteps],
		relearningSteps: [...preset.relearningSteps],
		maximumIntervalDays: preset.maximumIntervalDays,
		leechThreshold: preset.leechThreshold,
		newPerDay: preset.newPerDay,
		reviewsPerDay: preset.reviewsPerDay
	};
}

/** Every preset and which deck uses which: what the queue and the scheduler read. */
export interface PresetBook {
	/** Every stored preset; the built-in one is always there. */
	presets: Preset[];
	/** Deck id → preset id, for decks that use another preset than the built-in one. */
	deckPresets: Readonly<Record<string, string>>;
}

/** The preset `deckId` uses: its chosen one, else the built-in one (also when the chosen one is gone). */
export function presetOf(book: PresetBook, deckId: string): Preset {
	const wanted = book.deckPresets[deckId] ?? DEFAULT_PRESET_ID;
	return (
		book.presets.find((p) => p.id === wanted) ??
		book.presets.find((p) => p.id === DEFAULT_PRESET_ID) ??
		defaultPreset()
	);
}

/** The ids of the decks among `deckIds` that use preset `presetId`. */
export function decksOfPreset(
	book: PresetBook,
	presetId: string,
	deckIds: readonly string[]
): string[] {
	return deckIds.filter((id) => presetOf(book, id).id === presetId);
}

/** A fresh preset id from the creation time (ms), e.g. `pm8x3k2a`. */
export function newPresetId(now: Date): string {
	return `p${now.getTime().toString(36)}`;
}

/**
 * Invalid preset. `field` names the offending option (null when the input is not an object);
 * `reason` is the message for the learner (`deck_preset_error_…` / `settings_error_…`).
 */
export class PresetError extends Error {
	override readonly name = 'PresetError';
	constructor(
		readonly field: keyof Preset | null,
		readonly reason: Message
	) {
		super(field ? `${field}: ${reason.key}` : reason.key);
	}
}

/** The message id of each option's form label (the field named in a reason). */
export const PRESET_LABELS: Readonly<Record<keyof Preset, string>> = {
	id: 'deck_preset',
	name: 'deck_preset_name',
	newPerDay: 'deck_preset_new_per_day',
	reviewsPerDay: 'deck_preset_reviews_per_day',
	desiredRetention: 'settings_retention',
	learningSteps: 'settings_learning_steps',
	relearningSteps: 'settings_relearning_steps',
	maximumIntervalDays: 'settings_max_interval',
	leechThreshold: 'settings_leech',
	buryNew: 'deck_preset_bury_new',
	buryReviews: 'deck_preset_bury_reviews',
	buryInterdayLearning: 'deck_preset_bury_interday',
	fsrsParameters: 'deck_preset_parameters'
};

/** The whole-number options' ranges: the collection settings' own, one rule for both. */
const RANGES = {
	newPerDay: INTEGER_RANGES.newPerDay,
	reviewsPerDay: INTEGER_RANGES.reviewsPerDay,
	maximumIntervalDays: INTEGER_RANGES.maximumIntervalDays,
	leechThreshold: INTEGER_RANGES.leechThreshold
} as const satisfies Partial<Record<keyof Preset, readonly [number, number]>>;

// Each check carries the kind of rule that failed; the field comes from the issue's path.
const INTEGER = 'integer';
const STEPS = 'steps';
const RETENTION = 'retention';
const NAME = 'name';
const PARAMETERS = 'parameters';
const FLAG = 'flag';
const OBJECT = 'object';

function integerIn(field: keyof typeof RANGES, fallback: number) {
	const [min, max] = RANGES[field];
	return v.optional(
		v.pipe(
			v.number(INTEGER),
			v.integer(INTEGER),
			v.minValue(min, INTEGER),
			v.maxValue(max, INTEGER)
		),
		fallback
	);
}

const STEP_PATTERN = /^[1-9][0-9]*[mhd]$/;

function steps(fallback: readonly string[]) {
	return v.optional(
		v.pipe(
			v.array(v.pipe(v.string(STEPS), v.regex(STEP_PATTERN, STEPS)), STEPS),
			v.maxLength(10, STEPS)
		),
		() => [...fallback]
	);
}

/** ts-fsrs accepts the weights (17, 19 or 21 finite numbers; `checkParameters`). */
function validWeights(w: number[]): boolean {
	try {
		checkParameters(w);
		return true;
	} catch {
		return false;
	}
}

const BASE = defaultPreset();

const PresetSchema = v.object(
	{
		id: v.pipe(v.string(OBJECT), v.nonEmpty(OBJECT), v.maxLength(40, OBJECT)),
		name: v.optional(v.pipe(v.string(NAME), v.trim(), v.maxLength(60, NAME)), ''),
		newPerDay: integerIn('newPerDay', BASE.newPerDay),
		reviewsPerDay: integerIn('reviewsPerDay', BASE.reviewsPerDay),
		desiredRetention: v.optional(
			v.pipe(v.number(RETENTION), v.minValue(0.7, RETENTION), v.maxValue(0.97, RETENTION)),
			BASE.desiredRetention
		),
		learningSteps: steps(BASE.learningSteps),
		relearningSteps: steps(BASE.relearningSteps),
		maximumIntervalDays: integerIn('maximumIntervalDays', BASE.maximumIntervalDays),
		leechThreshold: integerIn('leechThreshold', BASE.leechThreshold),
		buryNew: v.optional(v.boolean(FLAG), BASE.buryNew),
		buryReviews: v.optional(v.boolean(FLAG), BASE.buryReviews),
		buryInterdayLearning: v.optional(v.boolean(FLAG), BASE.buryInterdayLearning),
		fsrsParameters: v.optional(
			v.pipe(
				v.array(v.pipe(v.number(PARAMETERS), v.finite(PARAMETERS)), PARAMETERS),
				v.check(validWeights, PARAMETERS)
			)
		)
	},
	OBJECT
);

function reasonFor(field: keyof Preset | null, rule: string): Message {
	if (!field || rule === OBJECT) return msg('deck_preset_error_not_object');
	const label = msg(PRESET_LABELS[field]);
	if (rule === RETENTION) return msg('settings_error_retention', { field: label });
	if (rule === STEPS) return msg('settings_error_steps', { field: label });
	if (rule === NAME) return msg('deck_preset_error_name');
	if (rule === PARAMETERS) return msg('deck_preset_error_parameters');
	if (rule === FLAG) return msg('deck_preset_error_not_object');
	const [min, max] = RANGES[field as keyof typeof RANGES] ?? [0, 0];
	return msg('settings_error_integer', { field: label, min, max });
}

/**
 * Validate a preset read from storage or the options form. Missing options take the built-in
 * defaults (so presets saved by an older version still load); unknown fields are dropped; the
 * name is trimmed. Returns a fresh object.
 * @throws PresetError with the first problem found, its `field`, and the reason's message.
 */
export function validatePreset(input: unknown): Preset {
	const result = v.safeParse(PresetSchema, input);
	if (result.success) {
		const out: Preset = { ...result.output };
		if (out.fsrsParameters === undefined) delete out.fsrsParameters;
		return out;
	}
	const issue = result.issues[0];
	const key = issue.path?.[0]?.key;
	const field = typeof key === 'string' && key in PRESET_LABELS ? (key as keyof Preset) : null;
	throw new PresetError(field, reasonFor(field, issue.message));
}
