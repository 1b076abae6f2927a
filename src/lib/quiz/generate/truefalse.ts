/** True/false statements from cards: the card's fact, or half of the time a fair distractor's. */
import type { Rng } from '../random';
import type { TrueFalseQuestion } from '../types';
import { fitParticle } from '../korean';
import { pickDistractors } from './distractors';
import { isLabel, type Pool } from './pool';
import { fact, shownTopic, sourceOf, type Prepared } from './prepare';

/**
 * True/false: `stem — answer`, or for a cloze card the sentence with the blank filled; half of
 * the time (seeded) with a fair distractor's answer instead (Korean particles made to agree), so
 * a "false" statement is false for the same reasons a wrong option is. Reversed cards are left
 * out (their stem is a description; the forward card states the same fact); so are answers that
 * are only a heading or label.
 */
export function makeTrueFalse(p: Prepared, pool: Pool, rng: Rng): TrueFalseQuestion | null {
	const { card } = p;
	if (!p.optionable || p.frontPlain.length === 0 || card.kind === 'reversed') return null;
	if (isLabel(pool, p.answerPlain) || (p.shape === 'definition' && !p.named)) return null;
	if (card.kind === 'cloze' && !p.cloze) return null;
	const wantFalse = rng() < 0.5;
	const topic = shownTopic(card.topic, p.answerPlain);
	const visible = [p.frontPlain, ...topic].join('\n');
	const swap = wantFalse ? pickDistractors(p, pool, visible, 1, rng)[0] : undefined;
	const shown = swap ? swap.answer : p.answer;
	return {
		id: `truefalse:${card.id}`,
		type: 'truefalse',
		cardId: card.id,
		prompt: p.cloze
			? `${p.cloze.before}${shown}${fitParticle(shown, p.cloze.after)}`
			: `${p.front} — ${shown}`,
		topic,
		explanation: fact(p),
		source: sourceOf(card),
		correct: swap === undefined
	};
}
