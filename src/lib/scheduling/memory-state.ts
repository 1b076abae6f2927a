/** The memory state belongs to the card model (`$lib/cards`); scheduling reads it from there. */
export {
	cloneMemoryState,
	fromFsrsCard,
	newMemoryState,
	toFsrsCard,
	type MemoryState
} from '$lib/cards/memory';
