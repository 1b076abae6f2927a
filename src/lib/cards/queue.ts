/** Which queue a stored card sits in, and the rule that derives it from the card's state. */
import { State } from 'ts-fsrs';
import type { MemoryState } from './memory';

/**
 * Queue a card sits in, derived from its memory state and flags; stored because the session
 * queue is read from the `[deckId+queue+due]` index range, never from a table scan.
 * 0 new, 1 learning/relearning, 2 review, -1 suspended, -2 buried, -3 retired.
 */
export type QueueValue = 0 | 1 | 2 | -1 | -2 | -3;

/** The queue values by name. */
export const QUEUE = {
	new: 0,
	learning: 1,
	review: 2,
	suspended: -1,
	buried: -2,
	retired: -3
} as const satisfies Record<string, QueueValue>;

/**
 * The queue a card belongs in, from its flags and memory state.
 * Suspended wins over buried; retired is only set by imports and never derived here.
 */
export function queueOf(
	row: MemoryState & { suspended?: boolean; buriedUntil?: Date }
): QueueValue {
	if (row.suspended) return QUEUE.suspended;
	if (row.buriedUntil) return QUEUE.buried;
	if (row.state === State.New) return QUEUE.new;
	if (row.state === State.Learning || row.state === State.Relearning) return QUEUE.learning;
	return QUEUE.review;
}
