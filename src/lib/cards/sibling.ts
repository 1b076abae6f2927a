/**
 * Siblings: the cards made from one note (Anki: one note, several cards). Reviewing one buries the
 * others until the next study day, and new siblings are spread apart.
 *
 * The group key is the converter's note key (`NoteCard.note`, the same for every card of one
 * bullet, sentence, table row or code block) when a card carries it, else the note's line in its
 * notes file: the cards one line made (forward and reverse, the blanks of one sentence) share it.
 * Keys are compared within one deck only (a deck is one notes file).
 */

/** The sibling group of a card within its deck. */
export function siblingKeyOf(card: { note?: string; source: { line: number } }): string {
	return card.note ?? `line:${card.source.line}`;
}

/** The notes line of a line key (`line:<n>`), or null for a note key from the converter. */
export function lineOfSiblingKey(key: string): number | null {
	const match = /^line:(\d+)$/.exec(key);
	return match ? Number(match[1]) : null;
}
