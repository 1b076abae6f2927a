/** Command questions from command cards: the learner types the command. */
import { msg } from '$lib/core/message';
import { DEFAULT_USER } from '$lib/drill';
import { containsFolded } from '../text';
import type { CommandQuestion } from '../types';
import { fact, shownTopic, sourceOf, type Prepared } from './prepare';

/**
 * Command: the card's front asks, the learner types `command.template` (judged later by
 * `judgeCommand`); a `{user}` slot tells the learner the drill's user name (the judge accepts
 * only that name there).
 */
export function makeCommand(p: Prepared): CommandQuestion | null {
	const { card } = p;
	if (card.kind !== 'command' || !card.command) return null;
	if (p.frontPlain.length === 0 || containsFolded(p.frontPlain, card.command.original)) return null;
	const needsUser = card.command.slots.some((s) => s.name === 'user');
	return {
		id: `command:${card.id}`,
		type: 'command',
		cardId: card.id,
		prompt: p.front,
		...(needsUser ? { ask: msg('quiz_ask_user_name', { user: DEFAULT_USER }) } : {}),
		topic: shownTopic(card.topic, card.command.original),
		explanation: fact(p, `\`${card.command.original}\``),
		source: sourceOf(card),
		expected: card.command.template,
		display: card.command.original
	};
}
