/**
 * Drill texts in the UI language: a drill's prompt and title (authored in Korean and English in
 * `questions/drills/*.md`), hints (authored Markdown or generated reasons) and goals.
 */
import type { Drill, Hint, Reason } from '$lib/drill';
import { getLocale } from '$lib/paraglide/runtime';
import { renderReason, type Locale } from './reasons';

function locale(): Locale {
	return getLocale() === 'en' ? 'en' : 'ko';
}

/** The drill's task (Markdown) in the UI language. Drills made from notes show their skeleton. */
export function drillPrompt(drill: Drill): string {
	const text = locale() === 'en' ? drill.promptEn : drill.prompt;
	if (drill.id.startsWith('note-'))
		return renderReason({ id: 'notes-prompt', params: { skeleton: text.replace(/^`|`$/g, '') } });
	return text;
}

/** A scenario's title in the UI language. */
export function drillTitle(drill: Drill & { kind: 'scenario' }): string {
	return locale() === 'en' ? drill.titleEn : drill.title;
}

/** A hint as Markdown in the UI language. */
export function hintMarkdown(hint: Hint): string {
	if ('reason' in hint) return renderReason(hint.reason);
	return locale() === 'en' ? (hint.authoredEn ?? hint.authored) : hint.authored;
}

/** A goal (or any reason) as text in the UI language. */
export function reasonText(r: Reason): string {
	return renderReason(r);
}
