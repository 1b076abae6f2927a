/** A card's state as the learner reads it (badges, the browser's state filter). */
import { QUEUE, type QueueValue } from './queue';

/** A card's state as the browser shows it (`retired` only for a card opened by its id). */
export type CardStateLabel = 'new' | 'learning' | 'review' | 'suspended' | 'buried' | 'retired';

/**
 * States the browser filters by. `leech` is the `leech` tag (a leech is normally also
 * suspended); the others are the card's queue. Retired cards (source gone from the notes) are
 * never listed.
 */
export type CardStateFilter = 'new' | 'learning' | 'review' | 'suspended' | 'buried' | 'leech';

/** Every state filter, in the order the browser's menu lists them. */
export const CARD_STATE_FILTERS: readonly CardStateFilter[] = [
	'new',
	'learning',
	'review',
	'suspended',
	'buried',
	'leech'
];

/** The queue each queue-based filter reads (`leech` is a tag, not a queue). */
export const QUEUE_OF_STATE: Readonly<Record<Exclude<CardStateFilter, 'leech'>, QueueValue>> = {
	new: QUEUE.new,
	learning: QUEUE.learning,
	review: QUEUE.review,
	suspended: QUEUE.suspended,
	buried: QUEUE.buried
};

/** The state label of a stored card, from its queue. */
export function cardStateOf(card: { queue: QueueValue }): CardStateLabel {
	switch (card.queue) {
		case QUEUE.new:
			return 'new';
		case QUEUE.learning:
			return 'learning';
		case QUEUE.review:
			return 'review';
		case QUEUE.suspended:
			return 'suspended';
		case QUEUE.buried:
			return 'buried';
		default:
			return 'retired';
	}
}
