/**
 * Text helpers for quiz generation and answer checking: normalised comparison keys and the plain
 * text of a Markdown card side (through mdast, never by pattern-matching Markdown source).
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import type { Nodes, Root, Text } from 'mdast';

/**
 * NFC-normalise, trim and collapse every run of whitespace to one space.
 * Composes decomposed Hangul jamo (as some IMEs and macOS file names produce) into syllables.
 */
export function normaliseText(text: string): string {
	return text.normalize('NFC').trim().replace(/\s+/gu, ' ');
}

/**
 * {@link normaliseText} plus case folding (`toLowerCase`, locale-independent), the key used to
 * compare answers and options. Hangul has no case, so only Latin (and other cased scripts) change.
 */
export function foldText(text: string): string {
	return normaliseText(text).toLowerCase();
}

/** Parse card Markdown (CommonMark + GFM), as the rest of the app does. */
export function parseMarkdown(markdown: string): Root {
	return fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
}

function collect(node: Nodes, out: string[]): void {
	switch (node.type) {
		case 'text':
		case 'inlineCode':
		case 'code':
			out.push(node.value);
			return;
		case 'break':
			out.push(' ');
			return;
		case 'image':
			out.push(node.alt ?? '');
			return;
		case 'html':
			return;
		default:
			break;
	}
	if ('children' in node) {
		const blocks = node.type === 'root' || node.type === 'list' || node.type === 'listItem';
		node.children.forEach((child, i) => {
			if (blocks && i > 0) out.push('\n');
			collect(child as Nodes, out);
		});
	}
}

/**
 * The text a reader sees in a Markdown card side: inline code kept literally, emphasis and link
 * syntax dropped, HTML dropped, image alt text kept; blocks separated by `\n`. Not normalised.
 */
export function plainText(markdown: string): string {
	if (isPlainLine(markdown)) return markdown.trim();
	const cached = plainCache.get(markdown);
	if (cached !== undefined) return cached;
	const out: string[] = [];
	collect(parseMarkdown(markdown), out);
	const text = out.join('');
	if (plainCache.size >= PLAIN_CACHE_LIMIT) plainCache.clear();
	plainCache.set(markdown, text);
	return text;
}

/**
 * A single line with no character that could start Markdown syntax (emphasis, code, links, HTML,
 * entities, escapes, headings, tables, strikethrough) and no block marker at its start reads as
 * itself; most Korean card sentences are like this, and skipping the parser for them makes
 * generation several times faster. Anything else goes through mdast.
 */
function isPlainLine(text: string): boolean {
	return (
		!/[\n\r\t\\`*_[\]<>!&#|~:]/u.test(text) &&
		!/^\s*(?:\d{1,9}[.)]|[-+=>])(?:\s|$)/u.test(text) &&
		!/^\s{4}/u.test(text)
	);
}

/** Parsing Markdown dominates quiz generation; card texts repeat, so their plain text is memoised. */
const plainCache = new Map<string, string>();
const PLAIN_CACHE_LIMIT = 5_000;

/** Whether `needle` occurs in `haystack` after folding both ({@link foldText}); empty needles never occur. */
export function containsFolded(haystack: string, needle: string): boolean {
	const n = foldText(needle);
	return n.length > 0 && foldText(haystack).includes(n);
}

/** A text node of a parsed Markdown string together with its offset in that string. */
export interface TextSpan {
	/** The node's literal value (equal to the source slice at `offset`). */
	value: string;
	/** 0-based offset of `value` in the Markdown source. */
	offset: number;
}

/**
 * The text nodes of `markdown` whose value is exactly the source slice at their position (no
 * escapes or entities inside), so a word found in `value` can be replaced in the source.
 * Inline code, code, links' URLs and HTML are not included.
 */
export function textSpans(markdown: string): TextSpan[] {
	const spans: TextSpan[] = [];
	const walk = (node: Nodes): void => {
		if (node.type === 'text') {
			const t = node as Text;
			const start = t.position?.start.offset;
			const end = t.position?.end.offset;
			if (start !== undefined && end !== undefined && markdown.slice(start, end) === t.value) {
				spans.push({ value: t.value, offset: start });
			}
			return;
		}
		if ('children' in node) for (const child of node.children) walk(child as Nodes);
	};
	walk(parseMarkdown(markdown));
	return spans;
}
