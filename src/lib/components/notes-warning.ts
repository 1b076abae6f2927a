/**
 * A notes warning (message id + parameters from the converter) as text in the current language.
 */
import type { NotesWarning } from '$lib/content/types';
import { m } from '$lib/paraglide/messages';

type Formatter = (params: Record<string, string | number>) => string;

/** The warning's reason, e.g. "빈칸으로 물을 핵심어가 없어 …"; its id when a message is missing. */
export function notesWarningText(w: NotesWarning): string {
	const format = (m as unknown as Record<string, Formatter | undefined>)[w.code];
	return format ? format(w.params ?? {}) : w.code;
}
