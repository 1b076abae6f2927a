/**
 * Wrong options that are really wrong (issue 15). A distractor is the answer of a **sibling
 * question of the same kind** — another blanked term for a cloze blank, another term for a
 * description, the definition of another, named subject for "which statement about X is true?" —
 * and is left out whenever it could also be right for the question as worded:
 *
 * - it is the answer of another card with the same stem or about the same subject;
 * - it comes from the same note (sibling cards state one fact);
 * - it is only a heading or a parent label of the notes (a heading such as "Basics"): a label is no answer;
 * - it appears in what the learner sees with the question (stem and topic);
 * - one of two terms contains the other (`volume` / `named volume`);
 * - for a definition: its subject is not named, is the asked subject, contains it or is contained
 *   in it, or the definition mentions the asked subject;
 * - for a cloze blank: filled into the blank, it makes a statement the notes make; or it is what
 *   the blank's section is about (a term most sentences of that section speak of: put in for
 *   one of its parts, it makes a sentence that is still true: "containers" in a blank of a
 *   section about containers); or it is a predicate where the answer is a noun, or the other way
 *   round (the sentence's grammar would rule it out);
 * - for a command: it does what the task asks too — the answer's command is contained in it
 *   (same program and subcommand, every option of the answer, its arguments in order, slots
 *   standing for any value), e.g. `docker run --rm <image>` or `docker run -it ubuntu bash`
 *   beside `docker run <image>` for "make a container and start it".
 *
 * Among the fair candidates, relevance decides (same topic first, then the parent topic …, same
 * parent label, same way of writing a term), and the option lengths are balanced: the number of
 * distractors longer than the answer is drawn uniformly, so "pick the longest option" wins no more
 * often than chance.
 */
import { parse as parseShell } from 'shell-quote';
import type { Rng } from '../random';
import { shuffle } from '../random';
import { foldText } from '../text';
import { isPredicate } from '../korean';
import { factKey, isLabel, sectionSubject, type Pool } from './pool';
import type { Prepared } from './prepare';

function commonPrefix(a: readonly string[], b: readonly string[]): number {
	let i = 0;
	while (i < a.length && i < b.length && a[i] === b[i]) i++;
	return i;
}

/** Whether one of two folded keys contains the other. */
export function nested(a: string, b: string): boolean {
	return a.length > 0 && b.length > 0 && (a.includes(b) || b.includes(a));
}

/** The rules of the module docstring that depend on the question's shape. */
function fairForShape(target: Prepared, p: Prepared, pool: Pool): boolean {
	if (target.shape === 'definition') {
		return (
			p.named &&
			!nested(p.subjectKey, target.subjectKey) &&
			!p.answerKey.includes(target.subjectKey)
		);
	}
	if (target.shape === 'blank' && target.cloze) {
		if (isPredicate(p.answerPlain) !== isPredicate(target.answerPlain)) return false;
		if (sectionSubject(pool, target, p.answerKey)) return false;
		const filled = `${target.cloze.before}${p.answer}${target.cloze.after}`;
		return !pool.facts.has(factKey(filled));
	}
	if (target.shape === 'command') {
		const answer = target.card.command?.template;
		const other = p.card.command?.template;
		return !(answer && other && commandContains(other, answer));
	}
	return true;
}

/** Tokens of a command template (slots stay as `{name}` words). */
function tokens(template: string): string[] {
	return parseShell(template).filter((t): t is string => typeof t === 'string');
}

const SLOT = /\{[a-z][a-z0-9_]*\}/giu;

/** Whether the answer's word `want` is matched by the other command's word `have`. */
function wordMatches(want: string, have: string): boolean {
	if (want === have) return true;
	if (!SLOT.test(want)) return false;
	SLOT.lastIndex = 0;
	// A slot stands for any value, but two different placeholders are different arguments.
	if (/\{/u.test(have)) return false;
	const pattern = want
		.split(SLOT)
		.map((part) => part.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&'))
		.join('.+');
	return new RegExp(`^${pattern}$`, 'u').test(have);
}

/**
 * Whether command template `other` does what template `answer` does: the same first two words
 * (program and subcommand), every option word of `answer`, and `answer`'s other words matched in
 * order (not necessarily side by side) by `other`'s (a slot matches any literal value).
 */
export function commandContains(other: string, answer: string): boolean {
	const a = tokens(answer);
	const o = tokens(other);
	if (a.length === 0 || o.length < a.length) return false;
	if (a.slice(0, 2).some((w, i) => w !== o[i])) return false;
	const options = (ws: string[]) => ws.filter((w) => w.startsWith('-'));
	const args = (ws: string[]) => ws.slice(2).filter((w) => !w.startsWith('-'));
	if (!options(a).every((w) => options(o).includes(w))) return false;
	// In order, but not side by side: `other` may have option values between them.
	let at = 0;
	for (const w of args(a)) {
		const have = args(o);
		while (at < have.length && !wordMatches(w, have[at] as string)) at++;
		if (at === have.length) return false;
		at++;
	}
	return true;
}

/**
 * Whether `p`'s answer may stand as a wrong option beside `target`'s (every rule of the module
 * docstring).
 * @param visibleKey folded plain text shown with the question (stem and topic)
 */
export function fairDistractor(
	target: Prepared,
	p: Prepared,
	pool: Pool,
	visibleKey: string
): boolean {
	if (p.card.id === target.card.id || p.shape !== target.shape) return false;
	if (p.card.deckId !== target.card.deckId || !p.optionable || p.group === target.group)
		return false;
	if (p.answerKey === target.answerKey) return false;
	if (pool.answersByStem.get(target.frontKey)?.has(p.answerKey)) return false;
	if (pool.answersBySubject.get(target.subjectKey)?.has(p.answerKey)) return false;
	if (isLabel(pool, p.answerPlain) || visibleKey.includes(p.answerKey)) return false;
	if ((p.termLike || target.termLike) && nested(p.answerKey, target.answerKey)) return false;
	return fairForShape(target, p, pool);
}

/** Relevance of a fair candidate: siblings first, then written alike, then close in length. */
function relevance(target: Prepared, p: Prepared): number {
	const depth = commonPrefix(p.topicKeys, target.topicKeys);
	const context = p.card.context !== undefined && p.card.context === target.card.context ? 1 : 0;
	const written = target.termLike && p.termClass === target.termClass ? 2 : 0;
	const pattern = p.card.pattern !== undefined && p.card.pattern === target.card.pattern ? 1 : 0;
	const ratio = Math.max(p.length, 1) / Math.max(target.length, 1);
	const far = Math.abs(Math.log2(ratio));
	return depth * 2 + context + written + pattern - (far > 1 ? Math.min(3, far - 1) : 0);
}

/** Add `p` to `chosen` unless its answer repeats or nests with one already there. */
function fits(chosen: readonly Prepared[], p: Prepared): boolean {
	return chosen.every(
		(c) =>
			c.answerKey !== p.answerKey &&
			!((c.termLike || p.termLike) && nested(c.answerKey, p.answerKey))
	);
}

/** Choose `longer` candidates longer than the answer and the rest not longer, best first. */
function chooseWith(
	target: Prepared,
	ranked: readonly Prepared[],
	n: number,
	longer: number
): Prepared[] | null {
	const chosen: Prepared[] = [];
	let up = 0;
	let down = 0;
	for (const p of ranked) {
		const side = p.length > target.length ? 'up' : p.length < target.length ? 'down' : 'either';
		const wantUp = up < longer && side !== 'down';
		const wantDown = down < n - longer && side !== 'up';
		if ((!wantUp && !wantDown) || !fits([target, ...chosen], p)) continue;
		chosen.push(p);
		if (wantUp && (side === 'up' || !wantDown)) up++;
		else down++;
		if (chosen.length === n) return chosen;
	}
	return null;
}

/**
 * Up to `n` fair distractors for `target`, best first.
 * @param visible plain text shown with the question (stem and topic)
 * @param balance draw how many are longer than the answer (multiple choice); without it, the
 *   most relevant fair candidates (a true/false swap)
 * @returns the distractors; fewer than `n` when the deck has no more fair ones (with
 *   `balance`: none when no balanced choice exists)
 */
export function pickDistractors(
	target: Prepared,
	pool: Pool,
	visible: string,
	n: number,
	rng: Rng,
	balance = false
): Prepared[] {
	const visibleKey = foldText(visible);
	const fair = pool.all.filter((p) => fairDistractor(target, p, pool, visibleKey));
	const ranked = shuffle(fair, rng)
		.map((p, i) => ({ p, i, score: relevance(target, p) }))
		.sort((a, b) => b.score - a.score || a.i - b.i)
		.map((x) => x.p);
	// A term's options are written alike (code beside code, Latin beside Latin) whenever the deck
	// has enough such fair ones: an option written otherwise is ruled out at a glance.
	const alike = target.termLike ? ranked.filter((p) => p.termClass === target.termClass) : [];
	if (alike.length >= n && alike.length < ranked.length) {
		const chosen = choose(target, alike, n, rng, balance);
		if (chosen.length === n) return chosen;
	}
	return choose(target, ranked, n, rng, balance);
}

/** {@link pickDistractors} over candidates already ranked. */
function choose(
	target: Prepared,
	ranked: readonly Prepared[],
	n: number,
	rng: Rng,
	balance: boolean
): Prepared[] {
	if (!balance) return greedy(target, ranked, n);
	// How many distractors are longer than the answer: drawn uniformly, so the answer is the
	// longest (and the shortest) option with probability 1/(n+1) on every card. When the draw
	// cannot be met another middle rank is used, never an extreme one: a card whose answer can
	// only be the longest or the shortest option makes no multiple-choice question.
	const wanted = Math.floor(rng() * (n + 1));
	const middle = Array.from({ length: Math.max(0, n - 1) }, (_, k) => k + 1)
		.filter((k) => k !== wanted)
		.sort((a, b) => Math.abs(a - wanted) - Math.abs(b - wanted) || b - a);
	for (const longer of [wanted, ...middle]) {
		const chosen = chooseWith(target, ranked, n, longer);
		if (chosen) return chosen;
	}
	return [];
}

/** The most relevant candidates that fit together, whatever their length. */
function greedy(target: Prepared, ranked: readonly Prepared[], n: number): Prepared[] {
	const chosen: Prepared[] = [];
	for (const p of ranked) {
		if (chosen.length === n) break;
		if (fits([target, ...chosen], p)) chosen.push(p);
	}
	return chosen;
}
