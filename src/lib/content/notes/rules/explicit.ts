/**
 * Explicit card syntax (Obsidian Spaced Repetition compatible): `Q :: A`, `Q ::: A` (both
 * ways), `Q ::> A` (type-in), question lines + `?`/`??` + answer lines, and cloze `==term==` /
 * `{{c1::term}}` / `{{c1::term::hint}}`. Separators count only in text, never in inline code.
 */
import type { Block } from '../blocks';
import { findInText, textOnly } from '../classify';
import type { Scope, Sink } from '../draft';
import { shortAnswer, topicWithout } from './answer-shown';
import {
	linesMarkdown,
	plain,
	sliceRuns,
	STRONG,
	textRun,
	toMarkdown,
	trimRuns,
	type Line,
	type Run
} from '../text';

const CLOZE_BRACE = /\{\{c(\d+)::([\s\S]*?)(?:::([^}]*?))?\}\}/g;
const CLOZE_HIGHLIGHT = /==([^\s=](?:[^=]*?[^\s=])?)==/g;

/** Markdown of blocks used as a multi-line answer (paragraphs, lists, code). */
function blockMarkdown(b: Block, indent = ''): string {
	switch (b.type) {
		case 'paragraph':
			return b.lines.map((l) => indent + toMarkdown(l.runs).trim()).join('\n');
		case 'list':
			return b.items
				.map((it, i) => {
					const marker = b.ordered ? `${i + 1}. ` : '- ';
					const [head, ...rest] = it.children;
					const first = head ? blockMarkdown(head, '').replace(/\n/g, '\n' + indent + '  ') : '';
					return [
						indent + marker + first,
						...rest.map((c) => blockMarkdown(c, indent + '    '))
					].join('\n');
				})
				.join('\n');
		case 'code':
			return `${indent}\`\`\`${b.info}\n${b.value
				.split('\n')
				.map((l) => indent + l)
				.join('\n')}\n${indent}\`\`\``;
		default:
			return '';
	}
}

/**
 * Cards of a paragraph (or bullet) with explicit syntax.
 * @param following sibling blocks after it, for a `?` card whose answer comes as blocks
 * @returns how many of `following` were used as the answer
 */
export function explicitCards(
	sink: Sink,
	lines: Line[],
	scope: Scope,
	following: Block[] = []
): number {
	const sep = lines.findIndex((l) => ['?', '??'].includes(plain(l.runs).trim()));
	if (sep !== -1) return multiline(sink, lines, sep, scope, following);
	if (lines.some((l) => findInText(l.runs, /::/) && !/\{\{c\d+::/.test(textOnly(l.runs)))) {
		for (const l of lines) qaLine(sink, l, scope);
		return 0;
	}
	cloze(sink, lines, scope);
	return 0;
}

function multiline(
	sink: Sink,
	lines: Line[],
	sep: number,
	scope: Scope,
	following: Block[]
): number {
	const both = plain((lines[sep] as Line).runs).trim() === '??';
	const question = linesMarkdownKeep(lines.slice(0, sep));
	let answer = linesMarkdownKeep(lines.slice(sep + 1));
	let used = 0;
	if (answer === '') {
		let prevEnd = (lines[sep] as Line).line;
		const parts: string[] = [];
		for (const b of following) {
			if (b.line !== prevEnd + 1) break;
			parts.push(blockMarkdown(b));
			prevEnd = b.endLine;
			used++;
		}
		answer = parts.join('\n\n').trim();
	}
	const line = lines[0]?.line ?? (lines[sep] as Line).line;
	if (question === '' || answer === '') {
		sink.warn(line, 'notes_explicit_empty');
		return used;
	}
	const base = { note: question, line, context: scope.parent?.key };
	sink.add({
		...base,
		answer: shortAnswer(answer),
		kind: 'basic',
		pattern: 'multiline',
		front: question,
		back: answer,
		key: question
	});
	if (both)
		sink.add({
			...base,
			answer: shortAnswer(question),
			kind: 'reversed',
			pattern: 'multiline',
			front: answer,
			back: question,
			key: `${question} ⟲`
		});
	return used;
}

/** Lines joined by newlines (explicit cards keep the author's line breaks). */
function linesMarkdownKeep(lines: Line[]): string {
	return lines
		.map((l) => toMarkdown(l.runs).trim())
		.filter(Boolean)
		.join('\n');
}

function qaLine(sink: Sink, l: Line, scope: Scope): void {
	const at = findInText(l.runs, /::/);
	if (!at) return;
	const text = plain(l.runs);
	const reversed = text.startsWith(':::', at.index);
	const typein = !reversed && text.startsWith('::>', at.index);
	const len = reversed || typein ? 3 : 2;
	const q = toMarkdown(trimRuns(sliceRuns(l.runs, 0, at.index))).trim();
	const a = toMarkdown(trimRuns(sliceRuns(l.runs, at.index + len))).trim();
	if (q === '' || a === '') {
		sink.warn(l.line, 'notes_explicit_empty');
		return;
	}
	const base = { note: q, line: l.line, context: scope.parent?.key };
	sink.add({
		...base,
		answer: shortAnswer(a),
		kind: typein ? 'typein' : 'basic',
		pattern: reversed ? 'qa-reversed' : typein ? 'qa-typein' : 'qa',
		front: q,
		back: a,
		key: q
	});
	if (reversed)
		sink.add({
			...base,
			answer: shortAnswer(q),
			kind: 'reversed',
			pattern: 'qa-reversed',
			front: a,
			back: q,
			key: `${q} ⟲`
		});
}

interface Hole {
	line: number;
	start: number;
	end: number;
	answer: [number, number];
	hint?: string;
	index: number;
}

function holesOf(lines: Line[]): Hole[] {
	const holes: Hole[] = [];
	let max = 0;
	lines.forEach((l, li) => {
		const mask = textOnly(l.runs);
		for (const m of mask.matchAll(CLOZE_BRACE)) {
			const index = Number(m[1]);
			const open = `{{c${m[1]}::`.length;
			const a = m.index + open;
			const hint =
				m[3] !== undefined
					? plain(l.runs).slice(m.index + m[0].length - 2 - m[3].length, m.index + m[0].length - 2)
					: undefined;
			holes.push({
				line: li,
				start: m.index,
				end: m.index + m[0].length,
				answer: [a, a + (m[2]?.length ?? 0)],
				hint,
				index
			});
			max = Math.max(max, index);
		}
	});
	lines.forEach((l, li) => {
		for (const m of textOnly(l.runs).matchAll(CLOZE_HIGHLIGHT)) {
			if (holes.some((h) => h.line === li && m.index < h.end && m.index + m[0].length > h.start))
				continue;
			holes.push({
				line: li,
				start: m.index,
				end: m.index + m[0].length,
				answer: [m.index + 2, m.index + m[0].length - 2],
				index: ++max
			});
		}
	});
	return holes;
}

function cloze(sink: Sink, lines: Line[], scope: Scope): void {
	const holes = holesOf(lines);
	const render = (fill: (h: Hole, runs: Run[]) => Run[]): string =>
		linesMarkdown(
			lines.map((l, li) => {
				const own = holes.filter((h) => h.line === li).sort((a, b) => a.start - b.start);
				const runs: Run[] = [];
				let at = 0;
				for (const h of own) {
					runs.push(
						...sliceRuns(l.runs, at, h.start),
						...fill(h, sliceRuns(l.runs, h.answer[0], h.answer[1]))
					);
					at = h.end;
				}
				runs.push(...sliceRuns(l.runs, at));
				return { line: l.line, runs };
			})
		);
	for (const index of [...new Set(holes.map((h) => h.index))].sort((a, b) => a - b)) {
		const first = holes.find((h) => h.index === index) as Hole;
		const front = render((h, runs) =>
			h.index === index ? [textRun(`[${h.hint?.trim() || '...'}]`)] : runs
		);
		const back = render((h, runs) =>
			h.index === index ? trimRuns(runs).map((r) => ({ ...r, s: r.s | STRONG })) : runs
		);
		const answers = holes
			.filter((h) => h.index === index)
			.map((h) =>
				plain(trimRuns(sliceRuns((lines[h.line] as Line).runs, h.answer[0], h.answer[1])))
			);
		// the topic line must not show what the blank hides (`## CMD vs ENTRYPOINT` over `{{c1::CMD}}`)
		const topic = answers.reduce((t, a) => topicWithout(t, a), sink.headingPath());
		sink.add({
			kind: 'cloze',
			pattern: 'cloze',
			front: escapeBlank(front),
			back,
			answer: answers.length === 1 ? (answers[0] as string) : '',
			topic,
			key: front,
			note: render((_h, runs) => runs),
			line: lines[first.line]?.line ?? 1,
			clozeIndex: index,
			context: scope.parent?.key
		});
	}
}

/** The blank was written as text (`[...]` escaped): show it as the converter's blank. */
function escapeBlank(md: string): string {
	return md.replace(/\\\[([^\]]*)\]/g, '[$1]');
}
