/**
 * Lazy bullets (issue rule 6): `` -`ENTRYPOINT …` `` or `-도커` (no space after the marker),
 * `• 항목`, `· 항목` are not list items in CommonMark, so they arrive as paragraph lines (often
 * glued to the bullet above as a lazy continuation). Read as the author meant: each such line
 * starts a bullet of its own, and `$ command` lines in prose are command bullets.
 */
import type { Block, ItemBlock, ListBlock } from '../blocks';
import { plain, type Line, type Run } from '../text';

// `-t : 옵션 설명` is an option, not a bullet: a glued marker never precedes a Latin letter
const LAZY_MARKER =
	/^(?:[-*+](?=[^\s\-*+A-Za-z0-9])|[-*+]\s+(?=\S)|->\s*|=>\s*|[→•·◦▪●○■□▶➤]\s*)/;

/** The marker at the start of a line (read in its plain text, `-` then a code span too), or null. */
function lazyMarker(l: Line): string | null {
	const first = l.runs[0];
	if (!first || first.k !== 'text') return null;
	// `` -`ENTRYPOINT` ``: a marker glued to a code span
	if (/^[-*+]$/.test(first.v) && l.runs[1]?.k === 'code') return first.v;
	return LAZY_MARKER.exec(plain(l.runs))?.[0] ?? null;
}

function stripMarker(l: Line, marker: string): Line {
	const [first, ...rest] = l.runs as [Run, ...Run[]];
	const v = first.v.slice(marker.length).replace(/^\s+/, '');
	return { line: l.line, runs: v ? [{ ...first, v }, ...rest] : trimStart(rest) };
}

function trimStart(runs: Run[]): Run[] {
	const [first, ...rest] = runs;
	if (first?.k === 'text') {
		const v = first.v.replace(/^\s+/, '');
		return v ? [{ ...first, v }, ...rest] : rest;
	}
	return runs;
}

function item(lines: Line[]): ItemBlock {
	const line = lines[0]?.line ?? 1;
	const endLine = lines.at(-1)?.line ?? line;
	return { type: 'item', children: [{ type: 'paragraph', lines, line, endLine }], line, endLine };
}

/**
 * Split lines at lazy bullets. Returns the lines before the first lazy bullet and one item per
 * lazy bullet (its own line plus the plain lines after it), or null when there are none.
 */
export function splitLazy(
	lines: readonly Line[]
): { before: Line[]; items: ItemBlock[]; arrows: Set<ItemBlock> } | null {
	const starts = lines.map((l, i) => (i > 0 || lines.length > 0 ? lazyMarker(l) : null));
	if (!starts.some((m) => m !== null)) return null;
	const before: Line[] = [];
	const items: ItemBlock[] = [];
	const arrows = new Set<ItemBlock>();
	let cur: Line[] | null = null;
	let arrow = false;
	const close = () => {
		if (!cur) return;
		const it = item(cur);
		items.push(it);
		if (arrow) arrows.add(it);
	};
	lines.forEach((l, i) => {
		const m = starts[i];
		if (m) {
			close();
			cur = [stripMarker(l, m)];
			arrow = /^(->|=>|→)/.test(m);
		} else if (cur) cur.push(l);
		else before.push(l);
	});
	close();
	return { before, items, arrows };
}

/** Whether a paragraph is only `$ command` lines and their descriptions. */
export function isPromptParagraph(lines: readonly Line[]): boolean {
	return /^\$\s/.test(plain(lines[0]?.runs ?? []));
}

/** `$ cmd` lines (each with the lines after it) as items, for the command-bullet rule. */
export function promptItems(lines: readonly Line[]): ItemBlock[] {
	const items: ItemBlock[] = [];
	let cur: Line[] = [];
	for (const l of lines) {
		if (/^\$\s/.test(plain(l.runs)) && cur.length) {
			items.push(item(cur));
			cur = [];
		}
		cur.push(l);
	}
	if (cur.length) items.push(item(cur));
	return items;
}

/** A list block made of synthetic items. */
export function listOf(items: ItemBlock[]): ListBlock {
	const line = items[0]?.line ?? 1;
	return { type: 'list', ordered: false, items, line, endLine: items.at(-1)?.endLine ?? line };
}

/**
 * Items in order, with `-> explanation` items made children of the item before them (an
 * arrow line explains the line above it).
 */
export function nest(
	first: ItemBlock | null,
	items: ItemBlock[],
	arrows: Set<ItemBlock>
): ItemBlock[] {
	const out: ItemBlock[] = first ? [first] : [];
	for (const it of items) {
		const parent = out.at(-1);
		if (arrows.has(it) && parent) {
			const last = parent.children.at(-1);
			if (last?.type === 'list') last.items.push(it);
			else parent.children.push(listOf([it]));
			parent.endLine = it.endLine;
		} else out.push(it);
	}
	return out;
}

/** Items of a list with lazy bullets inside their first paragraphs split out as siblings. */
export function expandLazyItems(items: readonly ItemBlock[]): ItemBlock[] {
	const out: ItemBlock[] = [];
	for (const it of items) {
		const head = it.children[0];
		const split = head?.type === 'paragraph' ? splitLazy(head.lines.slice(1)) : null;
		if (!split || head?.type !== 'paragraph') {
			out.push(it);
			continue;
		}
		const lines = [head.lines[0] as Line, ...split.before];
		const own: Block = { ...head, lines, endLine: lines.at(-1)?.line ?? head.line };
		out.push(
			...nest({ ...it, children: [own, ...it.children.slice(1)] }, split.items, split.arrows)
		);
	}
	return out;
}
