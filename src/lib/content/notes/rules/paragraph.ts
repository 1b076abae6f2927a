/**
 * Paragraphs (prose outside bullets): explicit syntax; a bold line used as a heading; lazy
 * bullets and `$ command` lines; the description of the code block after it; the text under a
 * heading that names a command; otherwise each sentence is read like a bullet (cloze cards on
 * its key terms). The paragraph right under the title describes the deck and makes no card.
 */
import type { Block, ItemBlock, ParagraphBlock } from '../blocks';
import { classify, hasExplicit } from '../classify';
import type { Scope, Sink } from '../draft';
import { plain, sliceRuns, STRONG, toMarkdown, trimRuns, type Line, type Run } from '../text';
import type { Desc } from './code-block';
import { explicitCards } from './explicit';
import { isPromptParagraph, listOf, nest, promptItems, splitLazy } from './lazy-bullets';
import { listBlock, sentenceCards } from './list-items';
import { headingCommandCard } from './numbered-headings';

/** A bold line alone (`**설치 방법**`, `**1. 설치**`) reads as a heading. */
function pseudoHeading(lines: Line[]): string | null {
	if (lines.length !== 1) return null;
	const runs = (lines[0] as Line).runs.filter((r) => !(r.k === 'text' && r.v.trim() === ''));
	if (runs.length === 0 || !runs.every((r) => r.s & STRONG)) return null;
	const text = plain(runs)
		.trim()
		.replace(/[:：]$/, '');
	return text.length > 0 && text.length <= 60 ? text : null;
}

/** Sentences of a line of prose, split after `.`, `!`, `?` or `다.`-style endings. */
export function sentences(runs: readonly Run[]): Run[][] {
	const text = plain(runs);
	const out: Run[][] = [];
	let start = 0;
	const re = /[.!?。](?=\s+|$)/g;
	for (const m of text.matchAll(re)) {
		const end = m.index + 1;
		// `e.g.`, `1.`, `v1.2.` are not sentence ends
		if (
			/(?:\b[A-Za-z]|\d)\.$/.test(text.slice(Math.max(0, end - 3), end)) &&
			!/[\uac00-\ud7a3]\.$/.test(text.slice(0, end))
		)
			continue;
		out.push(trimRuns(sliceRuns(runs, start, end)));
		start = end;
	}
	if (start < text.length) out.push(trimRuns(sliceRuns(runs, start)));
	return out.filter((s) => plain(s).trim() !== '');
}

/**
 * Read a paragraph.
 * @param siblings the blocks around it and its index (a `?` card may take the blocks after it)
 * @returns descriptions for a following code block, and how many following blocks it used
 */
export function paragraphBlock(
	sink: Sink,
	siblings: Block[],
	index: number,
	scope: Scope,
	codeNext: boolean,
	underTitle: boolean
): { descs: Desc[]; used: number } {
	const p = siblings[index] as ParagraphBlock;
	const lines = p.lines.filter((l) => plain(l.runs).trim() !== '');
	if (lines.length === 0) return { descs: [], used: 0 };
	if (hasExplicit(lines))
		return { descs: [], used: explicitCards(sink, lines, scope, siblings.slice(index + 1)) };
	const heading = pseudoHeading(lines);
	if (heading && scope.parents.length === 0) {
		sink.pseudoHeading(heading, p.line);
		return { descs: codeNext ? [{ md: heading, plain: heading, line: p.line }] : [], used: 0 };
	}
	if (isPromptParagraph(lines)) {
		listBlock(sink, listOf(promptItems(lines)), scope, false);
		return { descs: [], used: 0 };
	}
	const entries = termLineItems(lines);
	if (entries) {
		listBlock(sink, listOf(entries), scope, codeNext);
		return { descs: [], used: 0 };
	}
	const lazy = splitLazy(lines);
	if (lazy && lazy.items.length > 0) {
		if (lazy.before.length) prose(sink, { ...p, lines: lazy.before }, scope, false);
		listBlock(sink, listOf(nest(null, lazy.items, lazy.arrows)), scope, codeNext);
		return { descs: [], used: 0 };
	}
	const runs = joinLines(lines);
	const md = toMarkdown(runs).trim();
	if (codeNext) {
		// the sentence right before the code says best what it does; the paragraph may teach too
		const last = sentences(runs).at(-1);
		const descs: Desc[] = [{ md, plain: plain(runs).trim(), line: p.line }];
		if (last && plain(last).trim() !== plain(runs).trim()) {
			descs.unshift({ md: toMarkdown(last).trim(), plain: plain(last).trim(), line: p.endLine });
		}
		prose(sink, p, scope, underTitle, true);
		return { descs, used: 0 };
	}
	const command = scope.parents.length === 0 ? sink.takeHeadingCommand() : null;
	if (command) {
		headingCommandCard(sink, command.command, md, p.line);
		return { descs: [], used: 0 };
	}
	prose(sink, p, scope, underTitle);
	return { descs: [], used: 0 };
}

const ARROW = /^\s*(->|=>|→)\s*/;

/**
 * Prose lines written as entries (`pull : docker pull [OPTIONS] NAME`, `-> 설명`): each entry
 * line is a bullet, arrow lines explain the entry above. Null unless most lines are entries.
 */
function termLineItems(lines: readonly Line[]): ItemBlock[] | null {
	const kinds = lines.map((l) => (ARROW.test(plain(l.runs)) ? 'arrow' : classify([l]).kind));
	const entries = kinds.filter((k) => k === 'term' || k === 'command').length;
	const others = kinds.filter((k) => k !== 'term' && k !== 'command' && k !== 'arrow').length;
	if (entries === 0 || others > entries || (entries === 1 && others > 0)) return null;
	const items: ItemBlock[] = [];
	const arrows = new Set<ItemBlock>();
	lines.forEach((l, i) => {
		const k = kinds[i];
		if (k === 'arrow') {
			const it = bullet([{ line: l.line, runs: stripArrow(l.runs) }]);
			items.push(it);
			arrows.add(it);
		} else if (k === 'term' || k === 'command' || items.length === 0) items.push(bullet([l]));
		else {
			const last = items.at(-1) as ItemBlock;
			const head = last.children[0];
			if (head?.type === 'paragraph') head.lines.push(l);
		}
	});
	return nest(null, items, arrows);
}

function stripArrow(runs: Run[]): Run[] {
	const [first, ...rest] = runs;
	if (first?.k !== 'text') return runs;
	const v = first.v.replace(ARROW, '');
	return v ? [{ ...first, v }, ...rest] : rest;
}

function bullet(lines: Line[]): ItemBlock {
	const line = lines[0]?.line ?? 1;
	return {
		type: 'item',
		children: [{ type: 'paragraph', lines, line, endLine: line }],
		line,
		endLine: line
	};
}

function joinLines(lines: readonly Line[]): Run[] {
	return trimRuns(
		lines.flatMap((l, i) => (i > 0 ? [{ k: 'text' as const, v: ' ', s: 0 }, ...l.runs] : l.runs))
	);
}

/**
 * Prose: each sentence like a bullet; the deck's description makes no card.
 * @param describes the paragraph also describes the code block after it (no warning if it
 *   teaches nothing more)
 */
function prose(
	sink: Sink,
	p: ParagraphBlock,
	scope: Scope,
	underTitle: boolean,
	describes = false
): void {
	if (underTitle && !describes) {
		sink.warn(p.line, 'notes_description');
		return;
	}
	const runs: Run[] = [];
	const starts: [number, number][] = [];
	for (const l of p.lines) {
		if (runs.length) runs.push({ k: 'text', v: ' ', s: 0 });
		starts.push([plain(runs).length, l.line]);
		runs.push(...l.runs);
	}
	let made = 0;
	let at = 0;
	const text = plain(runs);
	for (const s of sentences(runs)) {
		const offset = text.indexOf(plain(s), at);
		at = Math.max(at, offset);
		const line = [...starts].reverse().find(([o]) => o <= at)?.[1] ?? p.line;
		made += sentenceCards(sink, s, line, line, { ...scope, listed: true }, 'later', true);
	}
	if (made === 0 && !describes) sink.warn(p.line, 'notes_paragraph_no_card');
}
