/** Fill-in-the-blank questions from cards: the learner types a term. */
import { msg, type Message } from '$lib/core/message';
import type { Rng } from '../random';
import { shuffle } from '../random';
import { containsFolded, foldText, normaliseText, plainText, textSpans } from '../text';
import type { FillInQuestion } from '../types';
import { fact, isTerm, shownTopic, sourceOf, type Prepared } from './prepare';

/**
 * The blank shown in fill-in prompts: four escaped underscores, so Markdown renders `____` and
 * never reads them as emphasis or a thematic break.
 */
export const BLANK = '\\_\\_\\_\\_';

/** Latin technical words in a plain string, e.g. `SIGKILL`, `Dockerfile`, `CI/CD`, `Node.js`. */
const LATIN_WORD = /[A-Za-z][A-Za-z0-9]*(?:[-+./#][A-Za-z0-9]+)*/gu;

/** Occurrences of `needle` in `haystack`, folded; for the "appears once" rule of blanks. */
function countFolded(haystack: string, needle: string): number {
	const h = foldText(haystack);
	const n = foldText(needle);
	if (n.length === 0) return 0;
	let count = 0;
	for (let i = h.indexOf(n); i !== -1; i = h.indexOf(n, i + 1)) count++;
	return count;
}

interface Blank {
	prompt: string;
	expected: string;
	ask?: Message;
}

/**
 * Candidate blanks in a sentence card's back: Latin technical words and the topic's last term,
 * each occurring exactly once in the back, replaced by {@link BLANK} in the Markdown source.
 */
function sentenceBlanks(p: Prepared): Blank[] {
	const { card } = p;
	const source = card.back;
	const words: { word: string; at: number }[] = [];
	const leaf = card.topic.at(-1);
	for (const span of textSpans(source)) {
		for (const m of span.value.matchAll(LATIN_WORD)) {
			if (m[0].length >= 2) words.push({ word: m[0], at: span.offset + (m.index ?? 0) });
		}
		if (leaf && isTerm(normaliseText(leaf))) {
			const i = span.value.normalize('NFC').indexOf(leaf.normalize('NFC'));
			if (i !== -1 && span.value === span.value.normalize('NFC')) {
				words.push({ word: leaf.normalize('NFC'), at: span.offset + i });
			}
		}
	}
	const blanks: Blank[] = [];
	const seen = new Set<string>();
	for (const { word, at } of words) {
		const key = foldText(word);
		if (seen.has(key) || countFolded(p.answerPlain, word) !== 1) continue;
		seen.add(key);
		const blanked = source.slice(0, at) + BLANK + source.slice(at + word.length);
		blanks.push({ prompt: blanked, expected: normaliseText(word) });
	}
	return blanks;
}

/**
 * Other accepted spellings of a term written `X(Y)`, e.g. `Compose(docker compose)` →
 * `Compose`, `docker compose`; none for other terms.
 */
function alternatives(term: string): string[] {
	const open = term.indexOf('(');
	if (open <= 0 || !term.endsWith(')')) return [];
	const outer = normaliseText(term.slice(0, open));
	const inner = normaliseText(term.slice(open + 1, -1));
	return [outer, inner].filter((t) => t.length > 0 && !t.includes('(') && !t.includes(')'));
}

/** Blanks of a `term: definition` / heading card: ask for the term, or blank a word of the back. */
function basicBlanks(p: Prepared): Blank[] {
	const { card } = p;
	const out: Blank[] = [];
	const parts = p.frontPlain.split(' — ');
	const term = normaliseText(parts.at(-1) ?? '');
	// A heading card (front = its heading) is not asked for: a heading is a label, and the
	// converter already decides which headings really are terms.
	const headingOnly = foldText(p.frontPlain) === foldText(card.topic.at(-1) ?? '');
	if (!headingOnly && isTerm(term) && !containsFolded(p.answerPlain, term)) {
		const context = parts.length > 1 ? `${parts.slice(0, -1).join(' — ')} — ` : '';
		out.push({
			prompt: `${card.back.trim()}\n\n(${context}${BLANK})`,
			expected: term,
			ask: msg('quiz_ask_term')
		});
	}
	for (const blank of p.singleLine ? sentenceBlanks(p) : []) {
		const withFront = `${p.front} — ${blank.prompt}`;
		out.push(
			containsFolded(plainText(withFront), blank.expected) ? blank : { ...blank, prompt: withFront }
		);
	}
	return out;
}

/** What a card can blank, before the leak check. */
function candidates(p: Prepared): Blank[] {
	const { card } = p;
	if (card.kind === 'cloze') {
		return p.cloze && isTerm(p.answerPlain)
			? [{ prompt: `${p.cloze.before}${BLANK}${p.cloze.after}`, expected: p.answerPlain }]
			: [];
	}
	if (card.kind === 'typein' || card.kind === 'reversed') {
		// The card already asks for a short answer: its front is the prompt (without the cue
		// paragraph a reversed card may carry).
		const prompt = card.kind === 'reversed' ? (p.front.split('\n\n')[0] ?? p.front) : p.front;
		return isTerm(p.answerPlain)
			? [{ prompt, expected: p.answerPlain, ask: msg('quiz_ask_term') }]
			: [];
	}
	return basicBlanks(p);
}

/**
 * Fill-in: cloze cards blank their term; typein/reversed cards ask their front for a short back;
 * basic cards either show the definition and ask for the term (not heading-only cards), or blank
 * one Latin technical word (or the topic term) that occurs once in a one-line back. The prompt
 * never contains the answer or an accepted form (`X(Y)` also accepts `X` and `Y`).
 */
export function makeFillIn(p: Prepared, rng: Rng): FillInQuestion | null {
	const { card } = p;
	if (card.kind === 'command') return null;
	const usable = candidates(p).filter((c) => {
		const shown = plainText(c.prompt);
		return [c.expected, ...alternatives(c.expected)].every((e) => !containsFolded(shown, e));
	});
	const chosen = usable.length <= 1 ? usable[0] : shuffle(usable, rng)[0];
	if (!chosen) return null;
	const accepted = alternatives(chosen.expected);
	return {
		id: `fillin:${card.id}`,
		type: 'fillin',
		cardId: card.id,
		prompt: chosen.prompt,
		...(chosen.ask ? { ask: chosen.ask } : {}),
		topic: [chosen.expected, ...accepted].reduce((topic, e) => shownTopic(topic, e), card.topic),
		explanation: fact(p),
		source: sourceOf(card),
		expected: chosen.expected,
		accepted
	};
}
