/**
 * Links to the deck screen and the review sessions (one prerendered page each; what to show is
 * in the query, like the other deep links). The review screen reads them back with
 * `parseReviewRequest` of `$lib/state/review-screen.svelte`.
 */

/** The deck screen of `deckId`. */
export function deckHref(deckId: string): string {
	return `/deck?id=${encodeURIComponent(deckId)}`;
}

/** A custom-study session of the review screen. */
export type CustomStudyLink = 'ahead' | 'forgotten';

/**
 * A review session: today's queue of one deck (or of every visible deck for null), or a
 * custom-study session of one deck over `days` study days.
 */
export function reviewHref(
	deckId: string | null,
	study: CustomStudyLink | null = null,
	days = 1
): string {
	const params = new URLSearchParams();
	if (deckId) params.set('deck', deckId);
	if (deckId && study) {
		params.set('study', study);
		params.set('days', String(days));
	}
	const query = params.toString();
	return query ? `/review?${query}` : '/review';
}
