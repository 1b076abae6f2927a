/**
 * The cards a quiz draws on, with what the fairness rules need to know about all of them at
 * once: the notes' headings and parent labels (never an option), the statements the notes make
 * (a wrong option must not complete the stem into one of them), and the answers each stem and
 * subject already has (a wrong option must not be one of them).
 */
import { foldText, normaliseText, plainText } from '../text';
import type { QuizSourceCard } from '../types';
import { prepare, type Prepared } from './prepare';

export interface Pool {
	/** Every card given to the generator, prepared (distractors may come from any of them). */
	all: readonly Prepared[];
	/** Folded headings (topic segments) and parent labels (`context`) of every card. */
	labels: ReadonlySet<string>;
	/** Folded plain statements the notes make: cloze sentences and `stem — answer` pairs. */
	facts: ReadonlySet<string>;
	/** Answer keys of the cards with a given stem key. */
	answersByStem: ReadonlyMap<string, ReadonlySet<string>>;
	/** Answer keys of the cards about a given subject key. */
	answersBySubject: ReadonlyMap<string, ReadonlySet<string>>;
	/** Folded plain text of each section's cards (deck and exact topic path), one entry per note. */
	sections: ReadonlyMap<string, readonly string[]>;
}

/** Key of a card's section: its deck and exact topic path. */
function sectionKey(p: Prepared): string {
	return JSON.stringify([p.card.deckId, ...p.topicKeys]);
}

/**
 * Whether the term `answerKey` is what `target`'s section is about: at least two of the section's
 * notes, and at least half of them, speak of it (see `distractors.ts`).
 */
export function sectionSubject(pool: Pool, target: Prepared, answerKey: string): boolean {
	if (answerKey.length === 0) return false;
	let section = sectionOf.get(target);
	if (!section) {
		section = { texts: pool.sections.get(sectionKey(target)) ?? [], known: new Map() };
		sectionOf.set(target, section);
	}
	let known = section.known.get(answerKey);
	if (known === undefined) {
		const speaking = section.texts.filter((t) => t.includes(answerKey)).length;
		known = speaking >= 2 && speaking * 2 >= section.texts.length;
		section.known.set(answerKey, known);
	}
	return known;
}

/** A target's section texts and the {@link sectionSubject} answers found so far. */
const sectionOf = new WeakMap<
	Prepared,
	{ texts: readonly string[]; known: Map<string, boolean> }
>();

function add(map: Map<string, Set<string>>, key: string, value: string): void {
	const set = map.get(key) ?? new Set<string>();
	set.add(value);
	map.set(key, set);
}

/** Folded plain key of a statement, the way {@link Pool.facts} holds them. */
export function factKey(markdownOrPlain: string): string {
	return foldText(plainText(markdownOrPlain));
}

/** Prepare every card and index what the fairness rules look up. */
export function buildPool(cards: readonly QuizSourceCard[]): Pool {
	const labels = new Set<string>();
	for (const card of cards) {
		for (const segment of card.topic) labels.add(foldText(segment));
		if (card.context) labels.add(foldText(card.context));
	}
	const all = cards.map((card) => {
		const p = prepare(card);
		// A subject that is only a heading or a parent label names a section, not a thing.
		return p.named && labels.has(p.subjectKey) ? { ...p, named: false } : p;
	});
	const facts = new Set<string>();
	const notes = new Map<string, Map<string, string>>();
	for (const p of all) {
		const byNote = notes.get(sectionKey(p)) ?? new Map<string, string>();
		// Sibling cards of one note say one thing: the note counts once.
		byNote.set(p.group, `${byNote.get(p.group) ?? ''}\n${factKey(p.card.back)}`);
		notes.set(sectionKey(p), byNote);
	}
	const sections = new Map([...notes].map(([key, byNote]) => [key, [...byNote.values()]]));
	const answersByStem = new Map<string, Set<string>>();
	const answersBySubject = new Map<string, Set<string>>();
	for (const p of all) {
		if (p.answerKey.length === 0) continue;
		add(answersByStem, p.frontKey, p.answerKey);
		add(answersBySubject, p.subjectKey, p.answerKey);
		if (p.card.kind === 'cloze') facts.add(factKey(p.card.back));
		else facts.add(foldText(`${p.frontPlain} — ${p.answerPlain}`));
	}
	return { all, labels, facts, answersByStem, answersBySubject, sections };
}

/** Whether `plain` is only a heading or a parent label of the notes (never an option). */
export function isLabel(pool: Pool, plain: string): boolean {
	return pool.labels.has(foldText(normaliseText(plain)));
}
