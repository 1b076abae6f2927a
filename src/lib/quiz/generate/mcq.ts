/** Multiple-choice questions from cards: the stem asks, four options, three fair distractors. */
import { msg, type Message } from '$lib/core/message';
import type { Rng } from '../random';
import { shuffle } from '../random';
import { containsFolded } from '../text';
import type { McqQuestion } from '../types';
import { pickDistractors } from './distractors';
import { isLabel, type Pool } from './pool';
import { fact, shownTopic, sourceOf, type Prepared } from './prepare';

/** Number of options of a multiple-choice question (issue 5). */
export const MCQ_OPTIONS = 4;

/** The app's instruction for a stem of this shape (the stem itself is the notes' text). */
export function askFor(p: Prepared): Message | undefined {
	switch (p.shape) {
		case 'definition':
			return msg('quiz_ask_true_about');
		case 'term':
			return msg('quiz_ask_term');
		case 'blank':
			return msg('quiz_ask_blank');
		case 'command':
			return msg('quiz_ask_command');
	}
}

/**
 * A multiple-choice question, or null when the card cannot make a fair one: its answer is too
 * long, is a heading or label, shows in its stem, or the deck has fewer than three fair
 * distractors (see `distractors.ts`).
 */
export function makeMcq(p: Prepared, pool: Pool, rng: Rng): McqQuestion | null {
	const { card } = p;
	if (!p.optionable || isLabel(pool, p.answerPlain)) return null;
	if (containsFolded(p.frontPlain, p.answerPlain)) return null;
	// A definition question asks about a named subject; a heading's first sentence has none.
	if (p.shape === 'definition' && !p.named) return null;
	const topic = shownTopic(card.topic, p.answerPlain);
	const visible = [p.frontPlain, ...topic].join('\n');
	const distractors = pickDistractors(p, pool, visible, MCQ_OPTIONS - 1, rng, true);
	if (distractors.length < MCQ_OPTIONS - 1) return null;
	const options = shuffle([p, ...distractors], rng);
	const ask = askFor(p);
	return {
		id: `mcq:${card.id}`,
		type: 'mcq',
		cardId: card.id,
		prompt: p.front,
		...(ask ? { ask } : {}),
		topic,
		explanation: fact(p),
		source: sourceOf(card),
		options: options.map((o) => o.answer),
		correctIndex: options.indexOf(p)
	};
}
