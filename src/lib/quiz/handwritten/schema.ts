/**
 * The checks of a hand-written question (valibot, message ids as messages) and the question it
 * becomes, filed under the bundled deck and headings its deck line names.
 */
import * as v from 'valibot';
import { deckIdFor } from '$lib/cards';
import { msg, type Message } from '$lib/core/message';
import { judgeCommand } from '$lib/drill';
import { BLANK } from '../generate/fillin';
import { containsFolded, foldText, normaliseText, plainText } from '../text';
import type { Question } from '../types';

const nonEmpty = (message: string) => v.pipe(v.string(message), v.trim(), v.nonEmpty(message));
const PROMPT = nonEmpty('quiz_hw_empty_prompt');
const EXPLANATION = nonEmpty('quiz_hw_no_explanation');
const distinct = (items: string[]) =>
	new Set(items.map((o) => foldText(plainText(o)))).size === items.length;

/** Accepted against itself and readable by the shell (else any typo would be its own answer). */
function readableCommand(cmd: string): boolean {
	const verdict = judgeCommand(cmd, cmd);
	return verdict.verdict !== 'wrong' && verdict.normalised !== '';
}

export const HandWrittenSchema = v.variant('type', [
	v.object({
		type: v.literal('mcq'),
		prompt: PROMPT,
		explanation: EXPLANATION,
		options: v.pipe(
			v.array(nonEmpty('quiz_hw_empty_option')),
			v.length(4, 'quiz_hw_option_count'),
			v.check(distinct, 'quiz_hw_option_repeat')
		),
		correct: v.pipe(v.array(v.number()), v.length(1, 'quiz_hw_correct_count'))
	}),
	v.object({
		type: v.literal('truefalse'),
		prompt: PROMPT,
		explanation: EXPLANATION,
		answer: v.boolean()
	}),
	v.object({
		type: v.literal('fillin'),
		prompt: v.pipe(PROMPT, v.includes('___', 'quiz_hw_fill_blank')),
		explanation: EXPLANATION,
		answer: nonEmpty('quiz_hw_empty_answer'),
		accepted: v.array(nonEmpty('quiz_hw_empty_accepted'))
	}),
	v.object({
		type: v.literal('command'),
		prompt: PROMPT,
		explanation: EXPLANATION,
		answer: v.pipe(
			nonEmpty('quiz_hw_empty_command'),
			v.check(readableCommand, 'quiz_hw_unreadable_command')
		)
	})
]);

export type Checked = v.InferOutput<typeof HandWrittenSchema>;

/** Where a question is filed: its deck id and topic path (deck title, then headings). */
export interface Filing {
	deckId: string;
	topic: string[];
}

/**
 * Read a deck line: `<bundled notes file> › <heading> › …`, e.g.
 * `06-compose.md › depends_on`. The first part names the deck (its id as the app gives bundled decks), the rest the
 * headings under the deck's title.
 * @param titles deck id → deck title; when given, an unknown deck is a problem
 * @returns the filing, or the problem as a message
 */
export function readDeckLine(
	value: string,
	titles: ReadonlyMap<string, string> | undefined
): Filing | Message {
	const parts = value
		.split('›')
		.map((p) => normaliseText(p))
		.filter((p) => p.length > 0);
	const file = parts[0];
	if (!file) return msg('quiz_hw_no_deck');
	const deckId = deckIdFor('bundled', file);
	const title = titles ? titles.get(deckId) : deckId;
	if (title === undefined) return msg('quiz_hw_unknown_deck', { deck: file });
	return { deckId, topic: [title, ...parts.slice(1)] };
}

/** A checked question, or why it cannot be asked (its answer shows in its prompt). */
export function toQuestion(
	out: Checked,
	base: Pick<Question, 'id' | 'cardId' | 'topic' | 'explanation' | 'source'>
): Question | { problem: Message; field: string } {
	const leaks = (answer: string) => containsFolded(plainText(out.prompt), answer);
	if (out.type === 'mcq') {
		const correctIndex = out.correct[0] as number;
		if (leaks(plainText(out.options[correctIndex] ?? ''))) {
			return { problem: msg('quiz_hw_leak_option'), field: 'options' };
		}
		return { ...base, type: 'mcq', prompt: out.prompt, options: out.options, correctIndex };
	}
	if (out.type === 'truefalse') {
		return { ...base, type: 'truefalse', prompt: out.prompt, correct: out.answer };
	}
	if (out.type === 'fillin') {
		const leaked = [out.answer, ...out.accepted].find(leaks);
		if (leaked !== undefined) {
			return { problem: msg('quiz_hw_leak_answer', { answer: leaked }), field: 'answer' };
		}
		return {
			...base,
			type: 'fillin',
			prompt: out.prompt.replace(/_{3,}/gu, BLANK),
			expected: out.answer,
			accepted: out.accepted
		};
	}
	if (leaks(out.answer)) return { problem: msg('quiz_hw_leak_command'), field: 'answer' };
	return {
		...base,
		type: 'command',
		prompt: out.prompt,
		expected: out.answer,
		display: out.answer
	};
}
