/** What the result page shows for a learner's answer (plain functions the tests can call). */
import type { Answer, Question } from '$lib/quiz';

/**
 * The learner's answer for display: an option's Markdown, or plain text (typed answers are shown
 * literally, never rendered as Markdown; commands in code style).
 * @param yes the word for "true", @param no the word for "false"
 */
export function givenView(
	q: Question,
	a: Answer,
	yes: string,
	no: string
): { markdown: string } | { text: string; code: boolean } {
	if (a.type === 'mcq' && q.type === 'mcq') return { markdown: q.options[a.choice] ?? '' };
	if (a.type === 'truefalse') return { text: a.value ? yes : no, code: false };
	if (a.type === 'mcq') return { text: '', code: false };
	return { text: a.text, code: a.type === 'command' };
}
