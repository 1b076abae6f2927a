/**
 * Front matter (a static-site generator's metadata block at the very top of a file: YAML between
 * `---` lines, TOML between `+++` lines) is not notes: `title = "…"`, `draft = false` or
 * `tags: [docker]` would otherwise become term cards. The block's lines are blanked (so every
 * later line keeps its number) and one warning names it.
 */

/** The opening and closing fences of a front matter block, by kind. */
const FENCES: readonly { open: RegExp; close: RegExp }[] = [
	{ open: /^---[ \t]*$/, close: /^(---|\.\.\.)[ \t]*$/ },
	{ open: /^\+\+\+[ \t]*$/, close: /^\+\+\+[ \t]*$/ }
];

/** Front matter is short metadata: a longer block is not one. */
const MAX_LINES = 200;

/** A `key: value` (YAML) or `key = value` (TOML) line, a list item, a comment or a blank. */
const META_LINE = /^\s*(?:[A-Za-z_][\w.-]*\s*[:=](?:\s|$)|-\s|#|\[|$)|^\s+\S/;

/**
 * The text with a leading front matter block blanked, and the block's last line (0 when there
 * is none). Only a block on line 1 whose lines read as metadata counts: a `---` rule further
 * down, or one that opens a paragraph, is Markdown.
 */
export function stripFrontMatter(text: string): { text: string; endLine: number } {
	const firstEnd = text.indexOf('\n');
	const first = firstEnd === -1 ? text : text.slice(0, firstEnd);
	const fence = FENCES.find((f) => f.open.test(first));
	if (!fence) return { text, endLine: 0 };
	const lines = text.split('\n', MAX_LINES + 2);
	let close = -1;
	for (let i = 1; i < lines.length && i <= MAX_LINES; i++) {
		if (fence.close.test(lines[i] as string)) {
			close = i;
			break;
		}
		if (!META_LINE.test(lines[i] as string)) return { text, endLine: 0 };
	}
	if (close < 2) return { text, endLine: 0 };
	let at = 0;
	for (let i = 0; i <= close; i++) at = text.indexOf('\n', at) + 1 || text.length;
	return { text: '\n'.repeat(close + 1) + text.slice(at), endLine: close + 1 };
}
