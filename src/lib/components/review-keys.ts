/**
 * Keyboard and swipe mapping of the review screen, as plain functions a test can call.
 * Ratings are ts-fsrs Rating values (Again=1 … Easy=4), never button indices.
 */
import type { Grade } from 'ts-fsrs';

export type ReviewAction = { type: 'reveal' } | { type: 'grade'; rating: Grade } | { type: 'undo' };

/**
 * Map a key to an action: Space/Enter reveal the answer; 1–4 grade once it is revealed (Enter
 * also grades Good then, as in Anki); Z undoes. Keys typed into a text field are not ours.
 */
export function actionForKey(key: string, revealed: boolean): ReviewAction | null {
	if (key === 'z' || key === 'Z') return { type: 'undo' };
	if (!revealed) return key === ' ' || key === 'Enter' ? { type: 'reveal' } : null;
	if (key === 'Enter' || key === ' ') return { type: 'grade', rating: 3 };
	if (key === '1' || key === '2' || key === '3' || key === '4') {
		return { type: 'grade', rating: Number(key) as Grade };
	}
	return null;
}

/** Minimum horizontal travel (CSS px) for a swipe, and how much it must dominate vertical travel. */
export const SWIPE_MIN_PX = 80;

/** Swipe left = Again, swipe right = Good (only once the answer is shown); otherwise null. */
export function ratingForSwipe(dx: number, dy: number, revealed: boolean): Grade | null {
	if (!revealed || Math.abs(dx) < SWIPE_MIN_PX || Math.abs(dx) < 2 * Math.abs(dy)) return null;
	return dx < 0 ? 1 : 3;
}
