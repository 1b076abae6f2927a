/**
 * The review screen: resolve the decks of `?deck=` (one deck or every deck), then run a
 * {@link ReviewSession} over them with the settings in force when it opened.
 */
import type { ServiceContext } from '$lib/services/context';
import { reviewDecks } from '$lib/services/review';
import { Loaded } from './loaded.svelte';
import { ReviewSession } from './review.svelte';

/** The session and the title of the deck it studies ('' for every deck). */
export interface ReviewOpened {
	session: ReviewSession;
	deckTitle: string;
}

export class ReviewScreen {
	readonly opened: Loaded<ReviewOpened, ServiceContext>;
	/** The context the session was opened with (kept: a later settings change does not restart it). */
	#ctx: ServiceContext | null = null;

	/**
	 * Create inside a component.
	 * @param ctx the app's service context (null while storage is not ready)
	 * @param wanted the `?deck=` id, or null for every deck (read once, when the screen opens)
	 * @param onWriteError a write failed (it was rolled back); the session goes on
	 */
	constructor(
		ctx: () => ServiceContext | null,
		wanted: () => string | null,
		onWriteError: (error: unknown) => void
	) {
		// Opened once: once the context is known it is kept, so nothing re-runs the load.
		this.opened = new Loaded(
			() => (this.#ctx ??= ctx()),
			async (c) => {
				const decks = await reviewDecks(c, wanted());
				const session = new ReviewSession(c, decks.deckIds, onWriteError);
				await session.load();
				return { session, deckTitle: decks.title };
			}
		);
	}

	get session(): ReviewSession | null {
		return this.opened.current?.session ?? null;
	}
}
