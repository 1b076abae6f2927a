/**
 * Test helper: the invariants every generated quiz must keep, shared by the generator tests on
 * hand-built cards and on cards parsed from the real notes. Not imported by application code.
 */
import { BLANK, cardAnswer, MCQ_OPTIONS } from './generate';
import { containsFolded, foldText, plainText } from './text';
import type { Question, Quiz, QuizSourceCard } from './types';

/** Plain text a learner sees before answering: the prompt and the topic path. */
export function visible(q: Question): string {
	return [plainText(q.prompt), ...q.topic].join('\n');
}

/** The invariants every generated quiz keeps; returns a list of violations (empty = fine). */
const answersCache = new WeakMap<readonly QuizSourceCard[], Map<string, string | null>>();
/** `cardAnswer` of every card, computed once per card list. */
function answersOf(cards: readonly QuizSourceCard[]): Map<string, string | null> {
	let map = answersCache.get(cards);
	if (!map) {
		map = new Map(cards.map((c) => [c.id, cardAnswer(c)]));
		answersCache.set(cards, map);
	}
	return map;
}

export function violations(quiz: Quiz, cards: readonly QuizSourceCard[]): string[] {
	const problems: string[] = [];
	const answers = answersOf(cards);
	const ids = new Set<string>();
	const cardIds = new Set<string>();
	for (const q of quiz.questions) {
		if (ids.has(q.id)) problems.push(`${q.id}: duplicate question id`);
		ids.add(q.id);
		if (q.cardId) {
			if (cardIds.has(q.cardId)) problems.push(`${q.id}: card used twice`);
			cardIds.add(q.cardId);
		}
		if (!quiz.spec.types.includes(q.type)) problems.push(`${q.id}: type not asked for`);
		if (q.type === 'mcq') {
			if (q.options.length !== MCQ_OPTIONS) problems.push(`${q.id}: ${q.options.length} options`);
			const keys = q.options.map((o) => foldText(plainText(o)));
			if (new Set(keys).size !== keys.length)
				problems.push(`${q.id}: duplicate options ${keys.join(' | ')}`);
			const answer = q.options[q.correctIndex];
			if (answer === undefined) problems.push(`${q.id}: correctIndex out of range`);
			else if (containsFolded(visible(q), plainText(answer)))
				problems.push(`${q.id}: answer leaks`);
			const card = cards.find((c) => c.id === q.cardId);
			if (card && answer !== answers.get(card.id))
				problems.push(`${q.id}: answer is not the card's`);
			for (const o of q.options) {
				const from = cards.filter((c) => answers.get(c.id) === o);
				if (card && !from.some((c) => c.kind === card.kind)) {
					problems.push(`${q.id}: option "${o}" is not from a card of kind ${card.kind}`);
				}
			}
			if (plainText(q.prompt).endsWith('…'))
				problems.push(`${q.id}: stem keeps the opening-words cue`);
		}
		if (q.type === 'fillin') {
			for (const e of [q.expected, ...q.accepted]) {
				if (containsFolded(visible(q), e)) problems.push(`${q.id}: fill-in answer "${e}" leaks`);
			}
			if (!q.prompt.includes(BLANK) && cards.find((c) => c.id === q.cardId)?.kind === 'basic') {
				problems.push(`${q.id}: basic-card fill-in without a blank`);
			}
		}
		if (q.type === 'command' && containsFolded(visible(q), q.display)) {
			problems.push(`${q.id}: command leaks`);
		}
	}
	return problems;
}
