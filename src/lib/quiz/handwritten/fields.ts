/**
 * Reading one hand-written question's section into raw fields (type, options, answer, deck, …)
 * with the line of each, before the schema checks them. Problems are reported through `issue`
 * as message ids; the labels are the format's Korean words (`../korean.ts`).
 */
import type { List, Paragraph, RootContent } from 'mdast';
import { msg, type Message } from '$lib/core/message';
import { HAND_WRITTEN_LABELS, TRUE_FALSE_WORDS } from '../korean';
import { normaliseText, plainText } from '../text';
import { blockMarkdown, inlineMarkdown, lineOf, type Draft } from './markdown';

type Field = (typeof HAND_WRITTEN_LABELS)[keyof typeof HAND_WRITTEN_LABELS];

/** The raw fields of a question and where each was written. */
export interface ReadFields {
	fields: Record<string, unknown> & { type?: string };
	/** Line of each field (for issues), by field name. */
	lines: Record<string, number>;
	prompt: string;
	explanation: string;
	/** The deck line's value, unparsed, when there is one. */
	deck?: string;
	/** A problem was already reported: the question is left out. */
	bad: boolean;
}

type Report = (line: number, reason: Message) => void;

function labelOf(line: string): Field | null {
	const colon = line.indexOf(':');
	if (colon === -1) return null;
	const key = line.slice(0, colon).trim();
	return key in HAND_WRITTEN_LABELS
		? HAND_WRITTEN_LABELS[key as keyof typeof HAND_WRITTEN_LABELS]
		: null;
}

function readList(node: List, at: number, out: ReadFields, source: string, issue: Report): void {
	if (out.fields.type !== undefined) {
		issue(at, msg('quiz_hw_two_lists'));
		out.bad = true;
		return;
	}
	out.fields.type = 'mcq';
	out.lines.options = at;
	out.lines.correct = at;
	const options: string[] = [];
	const correct: number[] = [];
	node.children.forEach((item, i) => {
		if (item.checked === null || item.checked === undefined) {
			issue(lineOf(item, at), msg('quiz_hw_checkbox'));
			out.bad = true;
		}
		if (item.checked) correct.push(i);
		options.push(blockMarkdown(item, source));
	});
	out.fields.options = options;
	out.fields.correct = correct;
}

/** One `label: value` line. */
function readRow(row: string, rowLine: number, out: ReadFields, issue: Report): void {
	const label = labelOf(row);
	const value = label ? row.slice(row.indexOf(':') + 1).trim() : '';
	const { fields } = out;
	const fail = (reason: string) => {
		issue(rowLine, msg(reason));
		out.bad = true;
	};
	if (label === 'answer') {
		if (fields.type !== undefined) return fail('quiz_hw_two_answers');
		const tf =
			value in TRUE_FALSE_WORDS ? TRUE_FALSE_WORDS[value as keyof typeof TRUE_FALSE_WORDS] : null;
		fields.type = tf === null ? 'fillin' : 'truefalse';
		fields.answer = tf === null ? normaliseText(plainText(value)) : tf;
		if (tf === null) fields.accepted ??= [];
		out.lines.answer = rowLine;
	} else if (label === 'accepted') {
		fields.accepted = [
			...((fields.accepted as string[] | undefined) ?? []),
			normaliseText(plainText(value))
		];
		out.lines.accepted = rowLine;
	} else if (label === 'command') {
		if (fields.type !== undefined) return fail('quiz_hw_two_commands');
		if (!(value.startsWith('`') && value.endsWith('`') && value.length > 2)) {
			return fail('quiz_hw_command_backticks');
		}
		fields.type = 'command';
		fields.answer = plainText(value).trim();
		out.lines.answer = rowLine;
	} else if (label === 'deck') {
		if (out.deck !== undefined) return fail('quiz_hw_two_decks');
		out.deck = value;
		out.lines.deck = rowLine;
	} else {
		fail('quiz_hw_unknown_line');
	}
}

function readParagraph(
	node: Paragraph,
	at: number,
	out: ReadFields,
	source: string,
	issue: Report,
	prompt: string[]
): void {
	const md = inlineMarkdown(node.children, source);
	const rows = md.split('\n');
	if (labelOf(rows[0] ?? '') === null) {
		prompt.push(md);
		return;
	}
	rows.forEach((row, i) => readRow(row, at + i, out, issue));
}

/** Read one section's blocks into fields (never throws; problems go to `issue`). */
export function readFields(draft: Draft, source: string, issue: Report): ReadFields {
	const { heading, body } = draft;
	const headLine = lineOf(heading);
	const out: ReadFields = {
		fields: {},
		lines: { prompt: headLine, explanation: headLine, type: headLine },
		prompt: '',
		explanation: '',
		bad: false
	};
	const prompt = [inlineMarkdown(heading.children, source)];
	const explanation: string[] = [];
	for (const node of body as RootContent[]) {
		const at = lineOf(node, headLine);
		if (node.type === 'html') continue; // comments, e.g. `<!-- cards: off -->` or a source
		if (node.type === 'blockquote') {
			explanation.push(blockMarkdown(node, source));
			out.lines.explanation = at;
		} else if (node.type === 'list') {
			readList(node, at, out, source, issue);
		} else if (node.type === 'paragraph') {
			readParagraph(node, at, out, source, issue, prompt);
		} else if (node.type === 'code') {
			const s = node.position?.start.offset;
			const e = node.position?.end.offset;
			if (s !== undefined && e !== undefined) prompt.push(source.slice(s, e));
		} else {
			issue(at, msg('quiz_hw_block', { type: node.type }));
			out.bad = true;
		}
	}
	out.prompt = prompt.join('\n\n');
	out.explanation = explanation.join('\n\n');
	return out;
}
