/**
 * Markdown → mdast for the display renderer (`render.ts`) and the source view (the converter
 * reads notes through `notes/adapter.ts` instead).
 *
 * Card sides are short, so micromark's cost on long documents (it grows quadratically with
 * the number of lists, syntax-tree/mdast-util-from-markdown#50) does not matter here.
 */
import type { Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';

const options = { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] };

/** Parse one string with GFM into an mdast root. Synchronous; never touches Node or DOM APIs. */
export function parseMarkdownTree(src: string): Root {
	return fromMarkdown(src, options);
}
