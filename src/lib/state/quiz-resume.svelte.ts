/**
 * The "resume your quiz" check of the home and quiz screens: on opening, find the attempt still
 * running, and submit attempts whose time ran out while the app was closed (their result is
 * offered). Loaded after the first paint by the screens (the quiz code is large).
 */
import type { Attempt } from '$lib/quiz';
import { timeLeftMs } from '$lib/quiz';
import type { ServiceContext } from '$lib/services/context';
import { checkRunningAttempts } from '$lib/services/quiz';
import { Loaded } from './loaded.svelte';

/** What the banner shows. */
export interface ResumeOffer {
	/** The running attempt, with the time it has left at the check. */
	running: { attempt: Attempt; leftMs: number } | null;
	/** An attempt submitted at its deadline by this check (its result is offered). */
	submitted: string | null;
}

export class QuizResume {
	readonly check: Loaded<ResumeOffer, ServiceContext>;

	/**
	 * Create inside a component.
	 * @param onChecked told what was found (the quiz screen refreshes its history)
	 * @param onError a write failed while submitting an expired attempt
	 */
	constructor(
		ctx: () => ServiceContext | null,
		onChecked: (running: Attempt | null) => unknown = () => {},
		onError: (error: unknown) => void = () => {}
	) {
		this.check = new Loaded(ctx, async (c) => {
			try {
				const now = c.now();
				const found = await checkRunningAttempts({ ...c, now: () => now });
				void onChecked(found.running);
				return {
					running: found.running
						? { attempt: found.running, leftMs: timeLeftMs(found.running, now) }
						: null,
					submitted: found.submitted[0] ?? null
				};
			} catch (error) {
				onError(error);
				return { running: null, submitted: null };
			}
		});
	}

	get offer(): ResumeOffer | undefined {
		return this.check.current;
	}
}
