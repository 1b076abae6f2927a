/**
 * Markdown plumbing of the hand-written quiz format: a file split into `##` sections, and the
 * Markdown of inline and block content rebuilt from mdast nodes (so blockquote `>` markers never
 * leak into a question).
 */
import type { Heading, Nodes, PhrasingContent, RootContent } from 'mdast';
import { normaliseText, plainText } from '../text';

function backtickFence(value: string): string {
	let longest = 0;
	for (const run of value.match(/`+/gu) ?? []) longest = Math.max(longest, run.length);
	const fence = '`'.repeat(longest + 1);
	const pad = value.startsWith('`') || value.endsWith('`') ? ' ' : '';
	return `${fence}${pad}${value}${pad}${fence}`;
}

/**
 * Markdown of inline content, rebuilt from the nodes: text and inline code from their values,
 * anything else as written in the source.
 */
export function inlineMarkdown(nodes: readonly PhrasingContent[], source: string): string {
	return nodes
		.map((n) => {
			if (n.type === 'text') return n.value;
			if (n.type === 'inlineCode') return backtickFence(n.value);
			if (n.type === 'break') return '\n';
			const s = n.position?.start.offset;
			const e = n.position?.end.offset;
			return s !== undefined && e !== undefined ? source.slice(s, e) : '';
		})
		.join('');
}

/** Markdown of a block's paragraphs (blockquote, list item), paragraphs separated by a blank line. */
export function blockMarkdown(node: Nodes, source: string): string {
	if (!('children' in node)) return '';
	return node.children
		.map((child) => {
			if (child.type === 'paragraph') return inlineMarkdown(child.children, source);
			return blockMarkdown(child as Nodes, source);
		})
		.filter((s) => s.length > 0)
		.join('\n\n');
}

/** 1-based line of a node, or `fallback`. */
export const lineOf = (n: { position?: { start: { line: number } } }, fallback = 1): number =>
	n.position?.start.line ?? fallback;

/** One `##` section: the question's heading and the blocks under it. */
export interface Draft {
	heading: Heading;
	body: RootContent[];
}

/** Split the document into `##` sections; returns the title (`#` heading or file name) too. */
export function sections(
	children: RootContent[],
	file: string,
	source: string
): { title: string; drafts: Draft[] } {
	let title = file.replace(/^.*\//u, '').replace(/\.md$/u, '');
	const drafts: Draft[] = [];
	for (const node of children) {
		if (node.type === 'heading' && node.depth === 1 && drafts.length === 0) {
			title = normaliseText(plainText(inlineMarkdown(node.children, source)));
		} else if (node.type === 'heading' && node.depth === 2) {
			drafts.push({ heading: node, body: [] });
		} else if (drafts.length > 0) {
			drafts.at(-1)?.body.push(node);
		}
	}
	return { title, drafts };
}
