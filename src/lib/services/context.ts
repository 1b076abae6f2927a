/**
 * What every use case is handed: the database, the clock and the learner's scheduler settings
 * (and, once loaded, the deck option presets). Services never read `new Date()`, never open a
 * database and never build a scheduler from anything but this, so tests pin all of it.
 */
import type { Grade } from 'ts-fsrs';
import type { Clock } from '$lib/core/clock';
import type { StudyDb } from '$lib/db';
import {
	Scheduler,
	presetOf,
	schedulerSettingsFor,
	type GradeOutcome,
	type MemoryState,
	type Preset,
	type PresetBook,
	type SchedulerSettings
} from '$lib/scheduling';

export type { StudyDb } from '$lib/db';

/** The context of a use case. */
export interface ServiceContext {
	db: StudyDb;
	/** Read at the moment a decision depends on the time. */
	now: Clock;
	/** The collection's settings (study day, learn-ahead, collection-wide daily limits). */
	settings: SchedulerSettings;
	/**
	 * The deck option presets, when the caller loaded them (the app does at start and after each
	 * change); without them every deck is scheduled with `settings`.
	 */
	presets?: PresetBook;
	/** IANA zone of study days; default the runtime's (tests pin it). */
	timeZone?: string;
	/** ts-fsrs interval fuzz; default true (tests turn it off). */
	fuzz?: boolean;
}

/**
 * Schedules each card with its deck's preset: what grading, previews and the quiz's lapses use.
 * `grade`'s fourth argument is the card's deck (the database passes it, see `$lib/db`
 * `ReviewGrader`); without it the collection's settings apply.
 */
export interface DeckScheduler {
	/** The scheduler of `deckId`'s preset (or of the collection settings when no deck is given). */
	forDeck(deckId?: string): Scheduler;
	grade(state: MemoryState, rating: Grade, now: Date, deckId?: string): GradeOutcome;
	preview(state: MemoryState, now: Date, deckId?: string): Record<Grade, GradeOutcome>;
}

const cache = new WeakMap<ServiceContext, Map<string, Scheduler>>();

function build(ctx: ServiceContext, preset: Preset | null): Scheduler {
	const settings = preset ? schedulerSettingsFor(ctx.settings, preset) : ctx.settings;
	return new Scheduler(settings, {
		fuzz: ctx.fuzz ?? true,
		timeZone: ctx.timeZone,
		parameters: preset?.fsrsParameters
	});
}

/**
 * The scheduler of one preset in a context (built once per context and preset): with
 * {@link schedulerOf}, the only place a `Scheduler` is constructed for the app.
 * @param preset null for the collection settings alone
 */
export function schedulerForPreset(ctx: ServiceContext, preset: Preset | null): Scheduler {
	let byPreset = cache.get(ctx);
	if (!byPreset) cache.set(ctx, (byPreset = new Map()));
	const key = preset ? `p:${preset.id}:${JSON.stringify(preset)}` : '';
	let scheduler = byPreset.get(key);
	if (!scheduler) byPreset.set(key, (scheduler = build(ctx, preset)));
	return scheduler;
}

/** The context's scheduler: each deck's preset from `ctx.presets` (see {@link DeckScheduler}). */
export function schedulerOf(ctx: ServiceContext): DeckScheduler {
	const forDeck = (deckId?: string) =>
		schedulerForPreset(
			ctx,
			deckId !== undefined && ctx.presets ? presetOf(ctx.presets, deckId) : null
		);
	return {
		forDeck,
		grade: (state, rating, now, deckId) => forDeck(deckId).grade(state, rating, now),
		preview: (state, now, deckId) => forDeck(deckId).preview(state, now)
	};
}
