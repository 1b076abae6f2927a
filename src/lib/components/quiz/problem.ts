/** The message a quiz page shows when its attempt cannot be opened. */
import { m } from '$lib/paraglide/messages';
import type { OpenedAttempt } from '$lib/state/quiz.svelte';

export function problemText(opened: Extract<OpenedAttempt, { ok: false }>): string {
	return opened.problem === 'not-found'
		? m.quiz_not_found()
		: m.quiz_unreadable({ reason: opened.reason });
}
