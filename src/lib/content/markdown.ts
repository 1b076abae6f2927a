/**
 * Markdown → mdast, in chunks.
 *
 * `mdast-util-from-markdown` (micromark) grows quadratically with the number of lists in one
 * document (see syntax-tree/mdast-util-from-markdown#50, "Fix O(n²) complexity in prepareList");
 * a 1 MB notes file of short lists takes minutes. We therefore cut the text into pieces of about
 * {@link CHUNK_TARGET} characters at points where a new top-level block must start, parse each
 * piece on its own, and check the cut: if the last block of a piece runs to the very end of it
 * (an unclosed code fence, `<!--`, `<script>` …), the cut was inside that block and the piece is
 * re-parsed together with the next one. The result is the same sequence of top-level blocks the
 * whole-document parse gives, except that a loose list split at a cut becomes two lists and link
 * reference definitions only resolve within their own piece.
 */
import type { Root, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';

/** Characters per parsed piece (the cost of one piece is small and roughly linear). */
export const CHUNK_TARGET = 8_000;

/** One parsed source: its text and how many lines of the file come before it. */
export interface MdDoc {
	/** The exact text this tree was parsed from; node offsets index into it. */
	src: string;
	/** Lines of the file before `src` starts: file line = node line + lineOffset. */
	lineOffset: number;
}

/** A top-level block together with the source it was parsed from. */
export interface Block {
	node: RootContent;
	doc: MdDoc;
}

const options = { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] };

/** Parse one string with GFM into an mdast root. Synchronous; never touches Node or DOM APIs. */
export function parseMarkdownTree(src: string): Root {
	return fromMarkdown(src, options);
}

/**
 * Offsets where a cut is safe to try: the start of a line that follows an empty line and begins
 * with a non-blank character at column 0 (a top-level block start unless inside a fence or a
 * raw-HTML block, which the caller checks). ATX headings are preferred so sections stay whole.
 */
function nextCut(text: string, from: number, limit: number): number {
	const heading = text.indexOf('\n\n#', from);
	if (heading !== -1 && heading < limit) return heading + 2;
	let i = from;
	while (i < text.length) {
		const p = text.indexOf('\n\n', i);
		if (p === -1) return -1;
		const c = text.charCodeAt(p + 2);
		// not a space, tab or newline: column-0 content
		if (p + 2 < text.length && c !== 32 && c !== 9 && c !== 10) return p + 2;
		i = p + 1;
	}
	return -1;
}

function countNewlines(text: string, from: number, to: number): number {
	let n = 0;
	for (let i = text.indexOf('\n', from); i !== -1 && i < to; i = text.indexOf('\n', i + 1)) n++;
	return n;
}

/**
 * Parse a whole notes text into its top-level blocks, in document order.
 * @param text already normalised text (LF line endings)
 * @param lineOffset lines of the file before `text` (for fragments re-parsed from inside a node)
 */
export function parseBlocks(text: string, lineOffset = 0): Block[] {
	const cuts: number[] = [0];
	for (let at = CHUNK_TARGET; at < text.length; ) {
		const cut = nextCut(text, at, at + 4 * CHUNK_TARGET);
		if (cut === -1) break;
		cuts.push(cut);
		at = cut + CHUNK_TARGET;
	}
	cuts.push(text.length);

	const blocks: Block[] = [];
	let lines = lineOffset;
	let startIndex = 0;
	while (startIndex < cuts.length - 1) {
		const start = cuts[startIndex] as number;
		let endIndex = startIndex + 1;
		let failures = 0;
		for (;;) {
			const end = cuts[endIndex] as number;
			const src = text.slice(start, end);
			const tree = parseMarkdownTree(src);
			const last = tree.children.at(-1);
			const isFinal = endIndex === cuts.length - 1;
			const runsToEnd = last?.position !== undefined && last.position.end.offset === src.length;
			if (isFinal || !runsToEnd) {
				const doc: MdDoc = { src, lineOffset: lines };
				for (const node of tree.children) blocks.push({ node, doc });
				lines += countNewlines(text, start, end);
				break;
			}
			// The cut fell inside an unclosed block: widen the piece (after two tries, take the rest).
			failures++;
			endIndex = failures >= 2 ? cuts.length - 1 : endIndex + 1;
		}
		startIndex = endIndex;
	}
	return blocks;
}
