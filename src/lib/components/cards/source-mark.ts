/**
 * Highlighting a card's line inside its rendered source section.
 *
 * Rendered Markdown has no line numbers, so before rendering we put one private-use character
 * ({@link SOURCE_MARK}) into the Markdown source, at the start of the first text that sits on the
 * card's line (found through the mdast positions, never by scanning the Markdown by hand). The
 * renderer keeps it as ordinary text; the component then finds it in the DOM, removes it and
 * highlights the block around it (`li`, `p`, heading, `pre`, table cell).
 */
import type { Nodes } from 'mdast';
import { parseMarkdownTree } from '$lib/content/markdown';

/** U+E000 (private use): never in notes text that means something, kept by the renderer. */
export const SOURCE_MARK = '\uE000';

/** Leaf nodes whose start is a safe place for the mark (inside the rendered text). */
const LEAVES = new Set(['text', 'inlineCode', 'emphasis', 'strong', 'delete', 'link']);

function lineStarts(text: string): number[] {
	const starts = [0];
	for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
	return starts;
}

/**
 * Put {@link SOURCE_MARK} into `markdown` at the first text on `line`.
 * @param markdown a section of notes (LF line ends, as `sourceSection` returns it)
 * @param line 1-based line within `markdown`
 * @returns the marked Markdown, or `markdown` unchanged when the line holds no text (blank line,
 *   raw HTML) or is outside the section
 */
export function markSourceLine(markdown: string, line: number): string {
	const starts = lineStarts(markdown);
	if (!Number.isInteger(line) || line < 1 || line > starts.length) return markdown;
	const tree = parseMarkdownTree(markdown);
	let exact: number | undefined;
	let spanning: number | undefined;

	const visit = (node: Nodes): void => {
		if (exact !== undefined) return;
		const pos = node.position;
		if (pos && (pos.end.line < line || pos.start.line > line)) return;
		if (node.type === 'code' && pos) {
			exact = codeLineOffset(markdown, starts, pos, line);
			return;
		}
		if (LEAVES.has(node.type) && pos) {
			if (pos.start.line === line && pos.start.offset !== undefined) {
				exact = pos.start.offset;
				return;
			}
			// A paragraph's soft-wrapped text: remember the text the line continues.
			if (node.type === 'text') spanning ??= pos.start.offset;
		}
		if ('children' in node) for (const child of node.children) visit(child);
	};
	visit(tree);
	const at = exact ?? spanning;
	return at === undefined ? markdown : markdown.slice(0, at) + SOURCE_MARK + markdown.slice(at);
}

/**
 * Offset for a line of a code block: after the line's indentation (so a fence indented inside a
 * list item stays inside it); never on a fence line itself (that would break the fence).
 */
function codeLineOffset(
	markdown: string,
	starts: number[],
	pos: NonNullable<Nodes['position']>,
	line: number
): number | undefined {
	const first = markdown.slice(pos.start.offset ?? 0).trimStart()[0];
	const fenced = first === '`' || first === '~';
	let target = line;
	if (fenced) {
		if (pos.end.line - pos.start.line < 2) return undefined; // no content line
		target = Math.min(Math.max(line, pos.start.line + 1), pos.end.line - 1);
	}
	const start = starts[target - 1];
	if (start === undefined) return undefined;
	let i = start;
	while (markdown[i] === ' ' || markdown[i] === '\t') i++;
	return i;
}
