/**
 * What every use case is handed: the database, the clock and the learner's scheduler settings.
 * Services never read `new Date()`, never open a database and never build a scheduler from
 * anything but this, so tests pin all three.
 */
import type { Clock } from '$lib/core/clock';
import type { StudyDb } from '$lib/db';
import { Scheduler, type SchedulerSettings } from '$lib/scheduling';

export type { StudyDb } from '$lib/db';

/** The context of a use case. */
export interface ServiceContext {
	db: StudyDb;
	/** Read at the moment a decision depends on the time. */
	now: Clock;
	settings: SchedulerSettings;
	/** IANA zone of study days; default the runtime's (tests pin it). */
	timeZone?: string;
	/** ts-fsrs interval fuzz; default true (tests turn it off). */
	fuzz?: boolean;
	/**
	 * Personal FSRS parameters of the options preset (19/21 numbers from the optimiser, see
	 * `services/optimise`); absent: FSRS's defaults.
	 */
	fsrsParameters?: readonly number[] | null;
}

const schedulers = new WeakMap<ServiceContext, Scheduler>();

/**
 * The scheduler for a context (one per context object, built from its settings): the only place
 * a `Scheduler` is constructed for the app.
 */
export function schedulerOf(ctx: ServiceContext): Scheduler {
	let scheduler = schedulers.get(ctx);
	if (!scheduler) {
		scheduler = new Scheduler(ctx.settings, {
			fuzz: ctx.fuzz ?? true,
			timeZone: ctx.timeZone,
			...(ctx.fsrsParameters ? { parameters: ctx.fsrsParameters } : {})
		});
		schedulers.set(ctx, scheduler);
	}
	return scheduler;
}
