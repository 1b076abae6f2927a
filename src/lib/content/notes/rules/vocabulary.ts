/**
 * The terms the notes name, collected from a parsed piece before its cards are made: headings,
 * `term:` entries, short parent bullets, bold and inline code, table first cells. They become
 * the key terms cloze cards may blank (see `key-terms.ts`).
 */
import { commandsFromCode, isCommandLine, isKnownCommand, SHELL_LANGUAGES } from '../../commands';
import type { Block, CodeBlock } from '../blocks';
import { classify } from '../classify';
import type { Vocabulary } from '../key-terms';
import { plain, STRONG, type Line } from '../text';
import { normaliseHeading } from './numbered-headings';

/** Bold and code spans name terms; code spans that are commands hold example values. */
function emphasis(lines: readonly Line[], into: Vocabulary): void {
	for (const l of lines) {
		for (const r of l.runs) {
			if ((r.k === 'code' && r.v.length <= 30) || (r.k === 'text' && r.s & STRONG)) into.add(r.v);
			if (r.k === 'code' && r.v.includes(' ') && isKnownCommand(r.v) && isCommandLine(r.v))
				into.examples.addCommand(r.v);
			else if (r.k === 'text') into.frequency.addText(r.v);
		}
	}
}

/** The example values of a code block's commands (shell lines or Dockerfile instructions). */
function codeValues(b: CodeBlock, into: Vocabulary): void {
	const lang = b.info.trim().split(/\s+/)[0]?.toLowerCase() ?? '';
	if (lang === 'dockerfile' || lang === 'docker' || /^\s*FROM\s/im.test(b.value)) {
		for (const l of b.value.split('\n')) into.examples.addInstruction(l);
		if (lang !== '' && !SHELL_LANGUAGES.has(lang)) return;
	}
	if (lang !== '' && !SHELL_LANGUAGES.has(lang)) return;
	for (const c of commandsFromCode(b.value, 200)) into.examples.addCommand(c.command);
}

/** Add the terms a block names (recursively) to the vocabulary. */
export function collectVocabulary(b: Block, into: Vocabulary): void {
	switch (b.type) {
		case 'heading': {
			const text = normaliseHeading(plain(b.text.runs));
			into.add(text);
			into.examples.addNamed(text);
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
				if (info.kind === 'term') {
					into.add(plain(info.term));
					into.examples.addNamed(plain(info.term));
				} else if (info.kind === 'sentence' && b.children.some((c) => c.type === 'list')) {
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
				if (first && plain(first.runs).length <= 30) {
					into.add(plain(first.runs));
					into.examples.addNamed(plain(first.runs));
				}
			}
			for (const row of [b.head, ...b.rows]) emphasis(row.cells, into);
			return;
		case 'code':
			codeValues(b, into);
			return;
		default:
			return;
	}
}
