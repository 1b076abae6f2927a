/**
 * Drafts → cards with stable ids.
 *
 * Identity: a card's anchor is `deck › headings › key`, where the key is what the card is
 * about, not how its front is worded — for a term card `Docker 특징 — 표준성` (innermost heading,
 * parent terms, term: the same string earlier versions used as the front, so their ids
 * survive), for a cloze card the sentence's plain text and its answer (`컨테이너 기반의 … ⟨컨테이너⟩`),
 * for a command the question and the command, for `Q :: A` the question. The id is the cyrb53
 * hash of the normalised anchor. Anchors that collide (the same key twice under one heading)
 * are numbered `#2`, `#3` in document order. The sibling key (`note`) is hashed the same way
 * from the note's text, so every card of one bullet, row or block shares it.
 */
import { cardAnchor, cardIdFromAnchor, hash53, normaliseAnchorPart } from '../identity';
import type { NoteCard, NotesWarning } from '../types';
import type { PlacedDraft } from './walker';

/** Sibling group id: `g` + base-36 hash of deck, headings and the note's text. */
export function noteId(deck: string, headingPath: readonly string[], note: string): string {
	return (
		'g' +
		hash53(cardAnchor(deck, headingPath, note))
			.toString(36)
			.padStart(11, '0')
	);
}

/** Drafts → cards in document order; identical duplicates are dropped with a warning. */
export function finalise(
	drafts: PlacedDraft[],
	deck: string,
	file: string,
	warnings: NotesWarning[]
): NoteCard[] {
	const sorted = drafts
		.map((d, i) => ({ d, i }))
		.sort((a, b) => a.d.line - b.d.line || a.i - b.i)
		.map(({ d }) => d);
	const seen = new Map<string, string[]>();
	const prefixes = new Map<readonly string[], string>();
	const cards: NoteCard[] = [];
	for (const d of sorted) {
		let prefix = prefixes.get(d.headingPath);
		if (prefix === undefined) {
			prefix = [deck, ...d.headingPath].map(normaliseAnchorPart).join(' › ');
			prefixes.set(d.headingPath, prefix);
		}
		const base = `${prefix} › ${normaliseAnchorPart(d.key)}`;
		const same = seen.get(base) ?? [];
		const signature = `${d.kind}\u0000${normaliseAnchorPart(d.front)}\u0000${normaliseAnchorPart(d.back)}`;
		if (same.includes(signature)) {
			warnings.push({ file, line: d.line, code: 'notes_duplicate_card' });
			continue;
		}
		same.push(signature);
		seen.set(base, same);
		const anchor = same.length === 1 ? base : `${base} #${same.length}`;
		const card: NoteCard = {
			id: cardIdFromAnchor(anchor),
			anchor,
			kind: d.kind,
			front: d.front,
			back: d.back,
			topic: d.topic,
			note:
				'g' +
				hash53(`${prefix} › ${normaliseAnchorPart(d.note)}`)
					.toString(36)
					.padStart(11, '0'),
			tags: [],
			source:
				d.endLine !== undefined && d.endLine !== d.line
					? { file, line: d.line, endLine: d.endLine }
					: { file, line: d.line },
			pattern: d.pattern
		};
		if (d.context !== undefined && d.context !== '') card.context = d.context;
		if (d.clozeIndex !== undefined) card.clozeIndex = d.clozeIndex;
		if (d.command !== undefined) card.command = d.command;
		cards.push(card);
	}
	return cards;
}
