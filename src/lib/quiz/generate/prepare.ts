/**
 * What the generator knows about a card before it asks anything: its stem, its answer, their
 * comparison keys, what kind of question it can be (its shape) and what it is about (its
 * subject). Computed once per card and quiz.
 */
import { containsFolded, foldText, normaliseText, plainText } from '../text';
import type { QuizSourceCard } from '../types';

/** Longest card answer (plain characters) used as an option or in a true/false statement. */
export const MAX_OPTION_CHARS = 160;
/** Longest answer (plain characters) a learner is asked to type in a fill-in question. */
export const MAX_FILL_IN_CHARS = 40;

/**
 * What kind of question a card asks, which decides what may stand beside its answer:
 * - `blank`: a cloze sentence asks for its hidden term (options: other blanked terms);
 * - `term`: a description asks for a term (reversed, type-in and short-answer cards);
 * - `definition`: a term asks for its definition or description, a sentence ("which statement
 *   about X is true?"; options: definitions of other, named subjects);
 * - `command`: a task asks for a command.
 */
export type Shape = 'blank' | 'term' | 'definition' | 'command';

/** How a term is written; options of one question are written alike where the deck allows. */
export type TermClass = 'code' | 'number' | 'latin' | 'hangul' | 'mixed';

/** A card with its stem, its answer and their plain texts and keys, computed once. */
export interface Prepared {
	card: QuizSourceCard;
	/** Markdown stem: the card's front without a trailing "— opening words …" cue. */
	front: string;
	frontPlain: string;
	/** Folded plain stem. */
	frontKey: string;
	/** The topic path, each segment NFC-normalised (for prefix comparisons). */
	topicKeys: string[];
	/** Markdown answer: the hidden term for a cloze card, else the back. */
	answer: string;
	answerPlain: string;
	/** Folded plain answer: the comparison key of the card's answer. */
	answerKey: string;
	/** Short, single-line answer, usable as an option or in a statement. */
	optionable: boolean;
	/** The answer is a term (short, not a sentence). */
	termLike: boolean;
	/** The back is one paragraph line (not a list): words in it can be blanked. */
	singleLine: boolean;
	/** For a cloze card with one blank: the front's Markdown around the blank. */
	cloze?: { before: string; after: string };
	shape: Shape;
	/** Sibling group: the converter's note key, else the card's source line. */
	group: string;
	/**
	 * Folded subject: for a `definition` card the term it defines (the last ` — ` segment of its
	 * stem), else the stem key.
	 */
	subjectKey: string;
	/** The subject is a term the notes name (not a heading or a parent label standing alone). */
	named: boolean;
	termClass: TermClass;
	/** Length of the plain answer in characters (for the length balance of options). */
	length: number;
}

/**
 * The stem of a card: its front without a trailing cue segment. A converter may tell apart
 * several sentence cards under one heading by appending their opening words
 * (`Docker — an open-source …`); in a quiz that cue would give the answer away, so it is
 * dropped when the back really starts with it.
 */
function stemOf(front: string, backPlain: string): string {
	const trimmed = front.trim();
	const cut = trimmed.lastIndexOf(' — ');
	if (cut === -1 || !trimmed.endsWith('…')) return trimmed;
	// The cue may end inside inline code (`` `docker run … ``): compare without backticks.
	const cue = foldText(plainText(trimmed.slice(cut + 3, -1)).replaceAll('`', ''));
	return cue.length > 0 && foldText(backPlain).startsWith(cue) ? trimmed.slice(0, cut) : trimmed;
}

/** A blank in a cloze front as the notes converter writes it: `[...]` or `[hint]`. */
const CLOZE_BLANK = /^\[[^\]\n]*\]$/u;

/**
 * The hidden term of a cloze card with exactly one blank: the part of the back (the full
 * sentence) that differs from the front, where the front shows a blank `[...]`/`[hint]`. Falls back
 * to the back itself when the back is only the term. Null when neither fits.
 */
function clozeTerm(frontPlain: string, backPlain: string): string | null {
	let pre = 0;
	while (pre < frontPlain.length && pre < backPlain.length && frontPlain[pre] === backPlain[pre])
		pre++;
	let post = 0;
	while (
		post < frontPlain.length - pre &&
		post < backPlain.length - pre &&
		frontPlain[frontPlain.length - 1 - post] === backPlain[backPlain.length - 1 - post]
	)
		post++;
	const blank = frontPlain.slice(pre, frontPlain.length - post);
	const term = normaliseText(backPlain.slice(pre, backPlain.length - post));
	if (CLOZE_BLANK.test(blank) && term.length > 0) return term;
	return frontPlain.includes('[') && isTerm(backPlain) && !frontPlain.includes(backPlain)
		? backPlain
		: null;
}

/** A typeable answer: short, one line, not a sentence. */
export function isTerm(plain: string): boolean {
	return (
		plain.length > 0 &&
		plain.length <= MAX_FILL_IN_CHARS &&
		!plain.includes('\n') &&
		plain.split(' ').length <= 3 &&
		!/[.?!。…`]/u.test(plain.at(-1) ?? '')
	);
}

/** How a plain term is written (inline code is told by its Markdown, see {@link prepare}). */
function termClassOf(markdown: string, plain: string): TermClass {
	const md = markdown.trim();
	if (md.startsWith('`') && md.endsWith('`')) return 'code';
	if (/^\d/u.test(plain)) return 'number';
	const latin = /[A-Za-z]/u.test(plain);
	const hangul = /\p{Script=Hangul}/u.test(plain);
	if (latin && hangul) return 'mixed';
	return latin ? 'latin' : hangul ? 'hangul' : 'mixed';
}

/** The shape of a card's question (see {@link Shape}). */
function shapeOf(card: QuizSourceCard, termLike: boolean): Shape {
	if (card.kind === 'cloze') return 'blank';
	if (card.kind === 'command') return 'command';
	if (card.kind === 'reversed' || card.kind === 'typein') return 'term';
	return termLike ? 'term' : 'definition';
}

/**
 * The cloze blank's surroundings when the front has exactly one blank and the term was found.
 */
function clozeParts(front: string, term: string | null): Prepared['cloze'] {
	const blanks = front.match(/\[[^\]\n]*\]/gu) ?? [];
	if (term === null || blanks.length !== 1) return undefined;
	const blank = blanks[0] as string;
	const at = front.indexOf(blank);
	return { before: front.slice(0, at), after: front.slice(at + blank.length) };
}

/**
 * Prepare a card. `named` is refined by the pool (`pool.ts`), which knows the deck's headings.
 */
export function prepare(card: QuizSourceCard): Prepared {
	const rawBack = plainText(card.back);
	const backPlain = normaliseText(rawBack);
	const front = stemOf(card.front, backPlain);
	const frontPlain = normaliseText(plainText(front));
	let answer = card.back.trim();
	let answerPlain = backPlain;
	let cloze: Prepared['cloze'];
	if (card.kind === 'cloze') {
		const term = clozeTerm(frontPlain, backPlain);
		answer = term ?? '';
		answerPlain = term ?? '';
		cloze = clozeParts(front, term);
	}
	const termLike = isTerm(answerPlain);
	const shape = shapeOf(card, termLike);
	const subject = normaliseText(frontPlain.split(' — ').at(-1) ?? frontPlain);
	return {
		card,
		front,
		frontPlain,
		frontKey: foldText(frontPlain),
		topicKeys: card.topic.map(normaliseText),
		answer,
		answerPlain,
		answerKey: foldText(answerPlain),
		optionable:
			answerPlain.length > 0 &&
			answerPlain.length <= MAX_OPTION_CHARS &&
			(card.kind === 'cloze' || !rawBack.trim().includes('\n')),
		termLike,
		singleLine: !rawBack.trim().includes('\n'),
		...(cloze ? { cloze } : {}),
		shape,
		group: card.note ?? `${card.source.file}:${card.source.line}`,
		subjectKey: shape === 'definition' ? foldText(subject) : foldText(frontPlain),
		// A definition card names its subject when the subject is a term that is not the card's
		// own heading (a heading → first sentence card is about a section, not a named thing).
		named:
			shape === 'definition' &&
			isTerm(subject) &&
			!containsFolded(subject, '[') &&
			card.pattern !== 'list' &&
			card.pattern !== 'names',
		termClass: termClassOf(answer, answerPlain),
		length: answerPlain.length
	};
}

/**
 * The answer the generator asks for a card (Markdown): the hidden term of a cloze card, else the
 * back, trimmed. Null for a cloze card whose single hidden term cannot be found.
 */
export function cardAnswer(card: QuizSourceCard): string | null {
	const p = prepare(card);
	return p.answer.length > 0 ? p.answer : null;
}

/** The card's topic path without segments that contain `answer` (they would give it away). */
export function shownTopic(topic: readonly string[], answer: string): string[] {
	return topic.filter((segment) => !containsFolded(segment, answer));
}

/** The first line of a Markdown text, as plain text. */
function firstLine(markdown: string): string {
	return normaliseText(plainText(markdown).split('\n')[0] ?? '');
}

/**
 * The card's fact, shown as the explanation: the full sentence of a cloze card, `term — sentence`
 * for a reversed card, `stem — answer` otherwise (Markdown).
 */
export function fact(p: Prepared, answer = p.answer): string {
	const { card } = p;
	if (card.kind === 'cloze') return card.back.trim();
	if (card.kind === 'reversed') return `${card.back.trim()} — ${firstLine(card.front)}`;
	return `${p.front} — ${answer}`;
}

/** Where a question made from the card comes from. */
export function sourceOf(card: QuizSourceCard) {
	return { ...card.source, deckId: card.deckId };
}
