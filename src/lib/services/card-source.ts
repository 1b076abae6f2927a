/**
 * A card's source: the notes text it was made from, the section around its line, and that line
 * marked for highlighting.
 *
 * Where the text comes from: an imported deck keeps its notes in `DeckRow.sourceText`; the
 * bundled decks are stored with `sourceText: ''` (the text ships with the app), so their notes
 * are read from `questions/` through `import.meta.glob` — one small lazy chunk per file, only
 * loaded when a card's source is opened, and precached with the app so it works offline.
 * When neither is available (e.g. a deck restored from a backup) only `file:line` is shown.
 *
 * Highlighting a card's line inside its rendered source section:
 *
 * Rendered Markdown has no line numbers, so before rendering we put one private-use character
 * ({@link SOURCE_MARK}) into the Markdown source, at the start of the first text that sits on the
 * card's line (found through the mdast positions, never by scanning the Markdown by hand). The
 * renderer keeps it as ordinary text; the component then finds it in the DOM, removes it and
 * highlights the block around it (`li`, `p`, heading, `pre`, table cell).
 */
import type { Nodes } from 'mdast';
import type { CardRow } from '$lib/cards';
import { parseMarkdownTree } from '$lib/content/markdown';
import { sourceSection, type SourceSection } from '$lib/content/section';
import type { DeckRow } from '$lib/db';

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

/** The bundled notes files, `'/questions/…md' → loader of the raw text`. */
const BUNDLED_NOTES = import.meta.glob<string>(
	[
		'/questions/*.md',
		'/questions/drills/*.md',
		'!/questions/README.md',
		'!/questions/drills/README.md'
	],
	{ query: '?raw', import: 'default' }
);

/**
 * The notes text a card was made from.
 * @param sourceFile the card's `source.file` (bundled cards: `questions/<file>.md`)
 * @param files loaders of the bundled notes (tests pass their own)
 * @returns the text, or null when it is not available on this device
 */
export async function notesTextFor(
	deck: Pick<DeckRow, 'sourceText'> | undefined,
	sourceFile: string,
	files: Record<string, () => Promise<string>> = BUNDLED_NOTES
): Promise<string | null> {
	if (deck?.sourceText) return deck.sourceText;
	const load = files['/' + sourceFile.replace(/^\/+/, '')];
	return load ? await load() : null;
}

/** A card's source, ready to render: the section with {@link SOURCE_MARK} at the card's line. */
export interface SourceView {
	section: SourceSection;
	/** The section's Markdown with the card's line marked. */
	marked: string;
	/** The character that marks the line ({@link SOURCE_MARK}), for the renderer to find. */
	mark: string;
}

/** Build the source view of a card, or null when its notes text is not available. */
export async function loadSourceView(
	detail: { card: Pick<CardRow, 'source'>; deck: Pick<DeckRow, 'sourceText'> | undefined },
	files?: Record<string, () => Promise<string>>
): Promise<SourceView | null> {
	const text = await notesTextFor(detail.deck, detail.card.source.file, files);
	if (text === null) return null;
	const section = sourceSection(text, detail.card.source.line);
	const marked = markSourceLine(section.markdown, detail.card.source.line - section.startLine + 1);
	return { section, marked, mark: SOURCE_MARK };
}
