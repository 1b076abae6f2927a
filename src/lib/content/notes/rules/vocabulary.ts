/**
 * The terms the notes name, collected from a parsed piece before its cards are made: headings,
 * `term:` entries, short parent bullets, bold and inline code, table first cells. They become
 * the key terms cloze cards may blank (see `key-terms.ts`).
 */
import type { Block } from '../blocks';
import { classify } from '../classify';
import type { Vocabulary } from '../key-terms';
import { plain, STRONG, type Line } from '../text';
import { normaliseHeading } from './numbered-headings';

function emphasis(lines: readonly Line[], into: Vocabulary): void {
	for (const l of lines) {
		for (const r of l.runs) {
			if ((r.k === 'code' && r.v.length <= 30) || (r.k === 'text' && r.s & STRONG)) into.add(r.v);
		}
	}
}

/** Add the terms a block names (recursively) to the vocabulary. */
export function collectVocabulary(b: Block, into: Vocabulary): void {
	switch (b.type) {
		case 'heading': {
			const text = normaliseHeading(plain(b.text.runs));
			into.add(text);
			const head = /^(.+?)\s[-–—:(]/.exec(text)?.[1];
			if (head) into.add(head);
			emphasis([b.text], into);
			return;
		}
		case 'paragraph':
			emphasis(b.lines, into);
			return;
		case 'list':
			for (const item of b.items) collectVocabulary(item, into);
			return;
		case 'item': {
			const head = b.children[0];
			if (head?.type === 'paragraph') {
				const info = classify(head.lines);
				if (info.kind === 'term') into.add(plain(info.term));
				else if (info.kind === 'sentence' && b.children.some((c) => c.type === 'list')) {
					const t = plain(info.runs);
					if (t.length <= 24) into.add(t);
				}
			}
			for (const c of b.children) collectVocabulary(c, into);
			return;
		}
		case 'quote':
			for (const c of b.children) collectVocabulary(c, into);
			return;
		case 'table':
			for (const row of b.rows) {
				const first = row.cells[0];
				if (first && plain(first.runs).length <= 30) into.add(plain(first.runs));
			}
			return;
		default:
			return;
	}
}
