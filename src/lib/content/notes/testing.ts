/** Helpers for the converter's rule tests (not used by the app). */
import { parseNotes } from '../parse';
import type { NoteCard, ParsedNotes } from '../types';

/** Parse notes as `notes.md`. */
export function parse(md: string): ParsedNotes {
	return parseNotes(md, 'notes.md');
}

/** The cards of some notes. */
export function cards(md: string): NoteCard[] {
	return parse(md).cards;
}

/** `[pattern, front, back]` of each card. */
export function shape(list: NoteCard[]): [string | undefined, string, string][] {
	return list.map((c) => [c.pattern, c.front, c.back]);
}

/** The answer a cloze card hides: what its back has where its front shows `[...]`. */
export function hidden(c: NoteCard): string | undefined {
	const front = c.front.replace(/\*\*|`/g, '');
	const back = c.back.replace(/\*\*|`/g, '');
	const at = front.indexOf('[...]');
	if (at === -1) return undefined;
	const after = front.slice(at + 5);
	const end = after ? back.lastIndexOf(after) : back.length;
	return back.slice(at, end);
}
