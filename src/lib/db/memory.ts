import type { MemoryState } from '$lib/scheduling';

/** The memory-state part of a card row (what FSRS reads and writes). */
export function memoryOf(row: MemoryState): MemoryState {
	return {
		due: row.due,
		stability: row.stability,
		difficulty: row.difficulty,
		elapsedDays: row.elapsedDays,
		scheduledDays: row.scheduledDays,
		learningSteps: row.learningSteps,
		reps: row.reps,
		lapses: row.lapses,
		state: row.state,
		lastReview: row.lastReview
	};
}
