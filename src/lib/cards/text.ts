/**
 * "The learner's edit wins": a card shows the text the learner edited where there is one, else
 * the imported text. Imports never touch the edit, so it survives re-imports of the notes.
 */
import type { CardOverride, CardRow, ShownCard } from './types';

/** The text a card shows: the learner's edit where there is one, else the imported text. */
export function shownText(card: Pick<CardRow, 'front' | 'back' | 'override'>): {
	front: string;
	back: string;
} {
	return { front: card.override?.front ?? card.front, back: card.override?.back ?? card.back };
}

/** A stored card as the learner sees it (edited text applied): the quiz generator's input. */
export function shownCard(row: CardRow): ShownCard {
	const { front, back } = shownText(row);
	return {
		id: row.id,
		deckId: row.deckId,
		kind: row.kind,
		front,
		back,
		topic: row.topic,
		...(row.command ? { command: row.command } : {}),
		source: row.source
	};
}

/**
 * The override to store for an edit: a side equal to the imported text (or blank) is not kept,
 * and an edit that keeps neither side is no override at all. Text is NFC-normalised.
 * @param edit the text the learner wants shown, per side; a missing side keeps the imported text
 * @returns the override, or undefined when the card shows its imported text
 */
export function overrideFor(
	card: Pick<CardRow, 'front' | 'back'>,
	edit: CardOverride
): CardOverride | undefined {
	const next: CardOverride = {};
	const front = edit.front?.normalize('NFC');
	const back = edit.back?.normalize('NFC');
	if (front !== undefined && front.trim() !== '' && front !== card.front) next.front = front;
	if (back !== undefined && back.trim() !== '' && back !== card.back) next.back = back;
	return next.front === undefined && next.back === undefined ? undefined : next;
}
