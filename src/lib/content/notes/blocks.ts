/**
 * The converter's own block tree: what the rules walk. Parser-independent (only `adapter.ts`
 * knows the Markdown parser). Lines are 1-based and inclusive, in the file's numbering.
 */
import type { Line } from './text';

interface Base {
	/** First line of the block (1-based). */
	line: number;
	/** Last line of the block (1-based, inclusive). */
	endLine: number;
}

export interface HeadingBlock extends Base {
	type: 'heading';
	depth: number;
	text: Line;
}

export interface ParagraphBlock extends Base {
	type: 'paragraph';
	lines: Line[];
}

export interface ListBlock extends Base {
	type: 'list';
	ordered: boolean;
	items: ItemBlock[];
}

export interface ItemBlock extends Base {
	type: 'item';
	children: Block[];
}

export interface CodeBlock extends Base {
	type: 'code';
	/** Info string after the opening fence, trimmed ('' for indented code). */
	info: string;
	/** Content lines, without the fences. */
	value: string;
	/** File line of the first content line. */
	contentLine: number;
	fenced: boolean;
	/** False when the fence was never closed (it then runs to the end of the file). */
	closed: boolean;
}

export interface TableRow {
	line: number;
	cells: Line[];
}

export interface TableBlock extends Base {
	type: 'table';
	head: TableRow;
	rows: TableRow[];
}

export interface QuoteBlock extends Base {
	type: 'quote';
	children: Block[];
}

export interface HtmlBlock extends Base {
	type: 'html';
	/** The raw HTML source of the block. */
	value: string;
}

export interface RuleBlock extends Base {
	type: 'hr';
}

/** A block of the tree. */
export type Block =
	| HeadingBlock
	| ParagraphBlock
	| ListBlock
	| ItemBlock
	| CodeBlock
	| TableBlock
	| QuoteBlock
	| HtmlBlock
	| RuleBlock;

/** Something inline the adapter dropped (an image, a script tag), for the warnings. */
export interface InlineDrop {
	line: number;
	/** Message id (see `warnings.ts`). */
	code: 'notes_image_dropped' | 'notes_html_dropped';
	params: Record<string, string>;
	/** An image's `src` as written (images only; absent when the tag has none). */
	src?: string;
	/** An image's alt text as written. */
	alt?: string;
}
