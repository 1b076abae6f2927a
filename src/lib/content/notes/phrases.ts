/**
 * The few words the converter itself adds to card text, in the language of the notes (Korean
 * notes get Korean, others English). Everything else on a card is the author's own text.
 */

/** Front of a "name the parts" card: `특징 (5가지)`. */
export function listFront(label: string, count: number, korean: boolean): string {
	return korean ? `${label} (${count}가지)` : `${label} (${count})`;
}

/** Front of an "examples of" card: `상태관리 도구의 예 (3가지)`. */
export function namesFront(label: string, count: number, korean: boolean): string {
	return korean ? `${label}의 예 (${count}가지)` : `Examples of ${label} (${count})`;
}

/** Joins a short context to a question: `특징 — 표준성`. */
export const CONTEXT_SEPARATOR = ' — ';
