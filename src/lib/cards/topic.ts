/** Where a card is filed in the browser's topic filter. */

/**
 * The topic a card is filed under in the browser: its first two topic levels (the deck title
 * and the section heading), joined with ` › `. Deeper levels (parent bullets) are too many to
 * list as a filter.
 */
export function topicKey(card: { topic: readonly string[] }): string {
	return card.topic.slice(0, 2).join(' › ');
}
