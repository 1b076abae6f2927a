/**
 * The review screen: resolve the decks of `?deck=` (one deck or every visible deck) and the
 * custom study of `?study=ahead|forgotten&days=N` (one deck only), then run a
 * {@link ReviewSession} over them with the settings in force when it opened.
 */
import type { ServiceContext } from '$lib/services/context';
import { reviewDecks } from '$lib/services/review';
import { customSource, studyDays, type CustomStudy } from '$lib/services/review-custom';
import { Loaded } from './loaded.svelte';
import { ReviewSession } from './review.svelte';

export type { CustomStudy } from '$lib/services/review-custom';

/** What the review screen's address asks for. */
export interface ReviewRequest {
	/** One deck's id, or null for every visible deck. */
	deck: string | null;
	/** A custom-study session (only with one deck), or null for today's queue. */
	study: CustomStudy | null;
	/** Days ahead or back of a custom-study session (1–365). */
	days: number;
}

/** Read the review screen's query (`?deck=…&study=ahead&days=7`); unknown values are ignored. */
export function parseReviewRequest(params: URLSearchParams): ReviewRequest {
	const deck = params.get('deck');
	const study = params.get('study');
	return {
		deck,
		study: deck && (study === 'ahead' || study === 'forgotten') ? study : null,
		days: studyDays(params.get('days'))
	};
}

/** The session and the title of the deck it studies ('' for every deck). */
export interface ReviewOpened {
	session: ReviewSession;
	deckTitle: string;
	/** The deck studied alone (null for every deck): the summary links to its deck screen. */
	deckId: string | null;
	request: ReviewRequest;
}

export class ReviewScreen {
	readonly opened: Loaded<ReviewOpened, ServiceContext>;
	/** The context the session was opened with (kept: a later settings change does not restart it). */
	#ctx: ServiceContext | null = null;

	/**
	 * Create inside a component.
	 * @param ctx the app's service context (null while storage is not ready)
	 * @param request what the address asks for (read once, when the screen opens)
	 * @param onWriteError a write failed (it was rolled back); the session goes on
	 */
	constructor(
		ctx: () => ServiceContext | null,
		request: () => ReviewRequest,
		onWriteError: (error: unknown) => void
	) {
		// Opened once: once the context is known it is kept, so nothing re-runs the load.
		this.opened = new Loaded(
			() => (this.#ctx ??= ctx()),
			async (c) => {
				const wanted = request();
				const decks = await reviewDecks(c, wanted.deck);
				const one = wanted.deck && decks.deckIds.length === 1 ? decks.deckIds[0]! : null;
				const source =
					one && wanted.study ? customSource(one, wanted.study, wanted.days) : undefined;
				const session = new ReviewSession(c, decks.deckIds, onWriteError, source);
				await session.load();
				return { session, deckTitle: decks.title, deckId: one, request: wanted };
			}
		);
	}

	get session(): ReviewSession | null {
		return this.opened.current?.session ?? null;
	}
}
