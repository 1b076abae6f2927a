/**
 * Keyboard, tap and swipe mapping of the review screen, as plain functions a test can call.
 * Ratings are ts-fsrs Rating values (Again=1 … Easy=4), never button indices.
 */
import type { Grade } from 'ts-fsrs';

export type ReviewAction = { type: 'reveal' } | { type: 'grade'; rating: Grade } | { type: 'undo' };

/**
 * Map a key to an action: Space/Enter reveal the answer; 1–4 grade once it is revealed, and
 * Enter/Space then give the suggested rating (Good, as in Anki — Again after a wrong typed
 * answer); Z undoes. Keys typed into a text field are not ours.
 * @param suggested the rating Enter/Space give once the answer shows (default Good)
 */
export function actionForKey(
	key: string,
	revealed: boolean,
	suggested: Grade = 3
): ReviewAction | null {
	if (key === 'z' || key === 'Z') return { type: 'undo' };
	if (!revealed) return key === ' ' || key === 'Enter' ? { type: 'reveal' } : null;
	if (key === 'Enter' || key === ' ') return { type: 'grade', rating: suggested };
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

/**
 * Whether a tap (click) on the card shows the answer (AnkiMobile: tap to reveal): only while the
 * answer is hidden, not for a card answered by typing (its field and Check button do that), and
 * not when the tap lands on something of its own (a link, a button, a field) or ends a text
 * selection.
 * @param target what was tapped, as `closest` sees it
 */
export function tapReveals(
	target: { closest(selector: string): unknown } | null,
	revealed: boolean,
	typing: boolean,
	selecting: boolean
): boolean {
	if (revealed || typing || selecting) return false;
	return !target?.closest('a, button, input, textarea, select, summary, [contenteditable]');
}
