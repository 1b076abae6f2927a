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
import { mdPlain } from './rules/answer-shown';
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
	const seen = new Map<string, number[]>();
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
		const signature = hash53(`${d.kind}\u0000${d.front}\u0000${d.back}`);
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
	return distinctFronts(cards, warnings, file);
}

/** Patterns whose answers can be listed together when two cards ask the same thing. */
const MERGEABLE: ReadonlySet<string> = new Set(['term', 'table-row', 'command-meaning']);
const MAX_MERGED = 5;
const EXPLICIT: ReadonlySet<string> = new Set([
	'qa',
	'qa-reversed',
	'qa-typein',
	'multiline',
	'cloze'
]);

function frontKey(c: NoteCard): string {
	const front = mdPlain(c.front).toLowerCase().replace(/\s+/g, ' ').trim();
	return `${c.topic.join('\u0001')}\u0000${front}`;
}

/**
 * Cards that show the same topic line and front but answer differently are one question with
 * several answers (`- Dockerfile: 이미지를 만드는 파일` and later `- Dockerfile: 코드로 적은 환경`):
 * term-like cards are merged into one card listing the answers (the first card's id); any other
 * such group is ambiguous and made into no card, with a warning.
 */
function distinctFronts(cards: NoteCard[], warnings: NotesWarning[], file: string): NoteCard[] {
	const groups = new Map<string, number[]>();
	cards.forEach((c, i) => {
		const k = frontKey(c);
		const g = groups.get(k);
		if (g) g.push(i);
		else groups.set(k, [i]);
	});
	const drop = new Set<number>();
	for (const g of groups.values()) {
		if (g.length < 2) continue;
		const members = g.map((i) => cards[i] as NoteCard);
		if (new Set(members.map((c) => normaliseAnchorPart(c.back))).size < 2) continue;
		const first = members[0] as NoteCard;
		if (
			members.length <= MAX_MERGED &&
			members.every((c) => c.kind === 'basic' && MERGEABLE.has(c.pattern ?? ''))
		) {
			first.back = members.map((c) => `- ${c.back.replace(/\n/g, '\n  ')}`).join('\n');
			for (const i of g.slice(1)) drop.add(i);
			continue;
		}
		// what the author wrote explicitly stays as written (the lint tells them)
		if (members.some((c) => EXPLICIT.has(c.pattern ?? ''))) continue;
		for (const i of g) {
			drop.add(i);
			warnings.push({
				file,
				line: (cards[i] as NoteCard).source.line,
				code: 'notes_ambiguous_front'
			});
		}
	}
	return drop.size ? cards.filter((_c, i) => !drop.has(i)) : cards;
}
