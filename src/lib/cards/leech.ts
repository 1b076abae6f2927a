/**
 * The leech rule on a stored card (Anki manual, "Leeches"): the review that brings the lapses up
 * to the threshold tags the card `leech` and suspends it (the threshold itself is a scheduler
 * setting, see `isLeech` in `$lib/scheduling`). Unsuspending or resetting the card, or undoing
 * that review, takes the tag back. Re-imports keep the tag: it is the app's, not the notes'.
 */

/** The tag the app puts on a leech. */
export const LEECH_TAG = 'leech';

/** Tags the app sets itself (not from the notes); a re-import keeps them. */
export const APP_TAGS: readonly string[] = [LEECH_TAG];

/** Whether the card carries the leech tag. */
export function isLeechCard(card: { tags: readonly string[] }): boolean {
	return card.tags.includes(LEECH_TAG);
}

/** The tags with the leech tag added (once). */
export function withLeechTag(tags: string[]): string[] {
	return tags.includes(LEECH_TAG) ? tags : [...tags, LEECH_TAG];
}

/** The tags without the leech tag. */
export function withoutLeechTag(tags: readonly string[]): string[] {
	return tags.filter((t) => t !== LEECH_TAG);
}

/** The notes' tags plus the app's own tags already on the stored card (what a re-import writes). */
export function mergedTags(noteTags: readonly string[], stored: readonly string[]): string[] {
	return [...new Set([...noteTags, ...stored.filter((t) => APP_TAGS.includes(t))])];
}
