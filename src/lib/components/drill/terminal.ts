/**
 * Plain functions behind the drill terminal: command history (↑/↓ like bash's readline) and the
 * extra-key row that inserts characters at the caret. No DOM: the component passes the field's
 * value and selection in and applies what comes back.
 */

/** Characters phone keyboards hide behind extra layers, in the order of the key row. */
export const EXTRA_KEYS = ['-', '|', '/', '~', '$', "'", '"', '.'] as const;

/** How many lines the history keeps (bash's default HISTSIZE is 500; a drill needs far fewer). */
export const HISTORY_LIMIT = 100;

/**
 * Where ↑/↓ stand in the history. `index` runs from 0 (oldest entry) to `entries.length`, which
 * is the line being typed (the draft); `draft` is that line, kept while browsing older entries.
 */
export interface HistoryCursor {
	entries: string[];
	index: number;
	draft: string;
}

/** A cursor on the draft line (after a submit, or for an empty history). */
export function historyCursor(entries: string[]): HistoryCursor {
	return { entries, index: entries.length, draft: '' };
}

/**
 * Add a submitted line. Blank lines and a repeat of the newest entry are not added (bash with
 * `HISTCONTROL=ignoreboth` does the same); the oldest entries fall off past `limit`.
 * @returns the new entry list (the input is not modified).
 */
export function pushHistory(entries: string[], line: string, limit = HISTORY_LIMIT): string[] {
	if (line.trim() === '' || entries.at(-1) === line) return entries;
	const next = [...entries, line];
	return next.length > limit ? next.slice(next.length - limit) : next;
}

/** A history move's result: the new cursor and the text the field should now hold. */
export interface HistoryMove {
	cursor: HistoryCursor;
	value: string;
}

/**
 * ↑: show the previous (older) entry. Leaving the draft line remembers `current` as the draft.
 * At the oldest entry the field stays as it is (`value` = `current`).
 */
export function historyUp(cursor: HistoryCursor, current: string): HistoryMove {
	if (cursor.index === 0 || cursor.entries.length === 0) return { cursor, value: current };
	const draft = cursor.index === cursor.entries.length ? current : cursor.draft;
	const index = cursor.index - 1;
	return { cursor: { ...cursor, index, draft }, value: cursor.entries[index]! };
}

/**
 * ↓: show the next (newer) entry; past the newest one, the draft comes back. On the draft line
 * nothing changes.
 */
export function historyDown(cursor: HistoryCursor, current: string): HistoryMove {
	if (cursor.index >= cursor.entries.length) return { cursor, value: current };
	const index = cursor.index + 1;
	const value = index === cursor.entries.length ? cursor.draft : cursor.entries[index]!;
	return { cursor: { ...cursor, index }, value };
}

/** The field after inserting: its value and where the caret goes (a collapsed selection). */
export interface Insertion {
	value: string;
	caret: number;
}

/**
 * Insert `text` at the selection `[start, end)` of `value`, replacing what is selected, as typing
 * would. Offsets are UTF-16 code units (what `selectionStart` reports); out-of-range or missing
 * offsets mean the end of the field. When the result would pass `maxLength`, `text` is cut so it
 * fits (like the browser's own `maxlength`).
 */
export function insertAtCaret(
	value: string,
	start: number | null,
	end: number | null,
	text: string,
	maxLength = Infinity
): Insertion {
	const clamp = (n: number | null) =>
		n === null || !Number.isFinite(n) ? value.length : Math.max(0, Math.min(value.length, n));
	let from = clamp(start);
	let to = clamp(end);
	if (to < from) [from, to] = [to, from];
	const room = Math.max(0, maxLength - (value.length - (to - from)));
	const inserted = text.slice(0, room);
	return {
		value: value.slice(0, from) + inserted + value.slice(to),
		caret: from + inserted.length
	};
}
