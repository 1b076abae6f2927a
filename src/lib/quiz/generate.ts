/**
 * Quiz generation from the learner's cards (issue 5): multiple choice, true/false,
 * fill-in-the-blank and command questions, mixed with hand-written questions, all driven by one
 * seeded PRNG so that the same cards, spec and seed give the same quiz.
 */
import { DEFAULT_USER } from '$lib/drill';
import { mulberry32, shuffle, isSeed, type Rng } from './random';
import { validateQuizSpec, QuizSpecError } from './spec';
import { containsFolded, foldText, normaliseText, plainText, textSpans } from './text';
import type {
	CommandQuestion,
	FillInQuestion,
	McqQuestion,
	Question,
	QuestionType,
	Quiz,
	QuizShortfall,
	QuizSourceCard,
	QuizSpec,
	TrueFalseQuestion
} from './types';

/** Number of options of a multiple-choice question (issue 5). */
export const MCQ_OPTIONS = 4;
/** Longest card answer (plain characters) used as an option or in a true/false statement. */
export const MAX_OPTION_CHARS = 160;
/** Longest answer (plain characters) a learner is asked to type in a fill-in question. */
export const MAX_FILL_IN_CHARS = 40;
/**
 * The blank shown in fill-in prompts: four escaped underscores, so Markdown renders `____` and
 * never reads them as emphasis or a thematic break.
 */
export const BLANK = '\\_\\_\\_\\_';

/** A card with its stem, its answer and their plain texts and keys, computed once. */
interface Prepared {
	card: QuizSourceCard;
	/** Markdown stem: the card's front without a trailing "— opening words …" cue (see {@link stemOf}). */
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
	/** The answer is a term (short, not a sentence); distractors prefer the same shape. */
	termLike: boolean;
	/** The back is one paragraph line (not a list): words in it can be blanked. */
	singleLine: boolean;
	/** For a cloze card with one blank: the front's Markdown around the blank. */
	cloze?: { before: string; after: string };
}

/**
 * The stem of a card: its front without a trailing cue segment. The notes converter tells apart
 * several sentence cards under one heading by appending their opening words, e.g.
 * `Docker — 컨테이너 기반의 …` for the back `컨테이너 기반의 오픈소스 가상화 플랫폼이다.`; in a quiz
 * that cue would give the answer away, so it is dropped when the back really starts with it.
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

function prepare(card: QuizSourceCard): Prepared {
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
		const blanks = front.match(/\[[^\]\n]*\]/gu) ?? [];
		if (term !== null && blanks.length === 1) {
			const at = front.indexOf(blanks[0] as string);
			cloze = { before: front.slice(0, at), after: front.slice(at + (blanks[0] as string).length) };
		}
	}
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
		termLike: isTerm(answerPlain),
		singleLine: !rawBack.trim().includes('\n'),
		...(cloze ? { cloze } : {})
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

function commonPrefixKeys(a: readonly string[], b: readonly string[]): number {
	let i = 0;
	while (i < a.length && i < b.length && a[i] === b[i]) i++;
	return i;
}

function commonPrefix(a: readonly string[], b: readonly string[]): number {
	let i = 0;
	while (i < a.length && i < b.length && normaliseText(a[i] ?? '') === normaliseText(b[i] ?? ''))
		i++;
	return i;
}

/** The card's topic path without segments that contain `answer` (they would give it away). */
function shownTopic(topic: readonly string[], answer: string): string[] {
	return topic.filter((segment) => !containsFolded(segment, answer));
}

/**
 * Up to `n` cards whose answers can stand beside `target`'s as wrong options: same kind, same
 * deck, option-sized, another front, answer keys distinct from the target's and from each other.
 * Answers of the same shape (term or sentence) come first; among them siblings (same topic), then
 * cards under the parent topic, … up to the whole deck; ties are broken by the seeded shuffle.
 */
function pickDistractors(
	target: Prepared,
	pool: readonly Prepared[],
	n: number,
	rng: Rng
): Prepared[] {
	const depthOf = (p: Prepared) => commonPrefixKeys(p.topicKeys, target.topicKeys);
	const stemIsTerm = isTerm(target.frontPlain);
	const candidates = pool.filter(
		(p) =>
			p.card.id !== target.card.id &&
			p.card.kind === target.card.kind &&
			p.card.deckId === target.card.deckId &&
			p.optionable &&
			p.answerKey !== target.answerKey &&
			// Same front = another true answer to the same stem (e.g. several facts under `Docker`).
			p.frontKey !== target.frontKey &&
			// An option that names the stem's term reads as right (`Chef, Puppet, Ansible` for `Chef`).
			!(stemIsTerm && target.frontKey.length > 0 && p.answerKey.includes(target.frontKey)) &&
			// A sentence is a fact about its topic: another fact from the same topic (or about the same
			// subject, `볼륨` vs `볼륨 — named 볼륨`) would be a second right answer.
			// Commands are not facts about their topic: sibling commands are the best distractors.
			(target.termLike ||
				target.card.kind === 'command' ||
				(depthOf(p) < target.topicKeys.length &&
					!p.frontKey.startsWith(target.frontKey) &&
					!target.frontKey.startsWith(p.frontKey)))
	);
	const mixed = shuffle(candidates, rng);
	const ranked = mixed
		.map((p, i) => ({
			p,
			i,
			// A lone term among sentences (or the reverse) gives the answer away: same shape first.
			shape: p.termLike === target.termLike ? 1 : 0,
			depth: depthOf(p)
		}))
		.sort((a, b) => b.shape - a.shape || b.depth - a.depth || a.i - b.i);
	const out: Prepared[] = [];
	const keys = new Set([target.answerKey]);
	for (const { p } of ranked) {
		if (keys.has(p.answerKey)) continue;
		keys.add(p.answerKey);
		out.push(p);
		if (out.length === n) break;
	}
	return out;
}

function sourceOf(card: QuizSourceCard) {
	return { ...card.source, deckId: card.deckId };
}

/** The first line of a Markdown text, as plain text (a reversed card's sentence without its cue). */
function firstLine(markdown: string): string {
	return normaliseText(plainText(markdown).split('\n')[0] ?? '');
}

/**
 * The card's fact, shown as the explanation: the full sentence of a cloze card, `term — sentence`
 * for a reversed card, `stem — answer` otherwise (Markdown).
 */
function fact(p: Prepared, answer = p.answer): string {
	const { card } = p;
	if (card.kind === 'cloze') return card.back.trim();
	if (card.kind === 'reversed') return `${card.back.trim()} — ${firstLine(card.front)}`;
	return `${p.front} — ${answer}`;
}

function makeMcq(p: Prepared, pool: readonly Prepared[], rng: Rng): McqQuestion | null {
	const { card } = p;
	if (!p.optionable) return null;
	if (containsFolded(p.frontPlain, p.answerPlain)) return null;
	const topic = shownTopic(card.topic, p.answerPlain);
	const distractors = pickDistractors(p, pool, MCQ_OPTIONS - 1, rng);
	if (distractors.length < MCQ_OPTIONS - 1) return null;
	const options = shuffle([p, ...distractors], rng);
	return {
		id: `mcq:${card.id}`,
		type: 'mcq',
		cardId: card.id,
		// A bare heading over sentence options reads as no question at all: say what is asked.
		prompt: isTerm(p.answerPlain) ? p.front : `다음 중 **${p.front}**에 대한 설명으로 맞는 것은?`,
		topic,
		explanation: fact(p),
		source: sourceOf(card),
		options: options.map((o) => o.answer),
		correctIndex: options.indexOf(p)
	};
}

/** Korean particles that change with the final consonant (batchim) of the word before them. */
const PARTICLES: readonly (readonly [string, string])[] = [
	['으로', '로'],
	['은', '는'],
	['이', '가'],
	['을', '를'],
	['과', '와']
];

/**
 * Make the particle at the start of `after` agree with the last syllable of `word` (a swapped-in
 * term in a true/false statement): `하이픈` + `로` → `하이픈으로`. `로` also follows a final ㄹ.
 * Words not ending in a Hangul syllable are left alone.
 */
function fitParticle(word: string, after: string): string {
	const last = word.trim().at(-1)?.codePointAt(0) ?? 0;
	if (last < 0xac00 || last > 0xd7a3) return after;
	const jong = (last - 0xac00) % 28;
	for (const [withBatchim, without] of PARTICLES) {
		for (const form of [withBatchim, without]) {
			if (!after.startsWith(form)) continue;
			// Only a particle if a space, punctuation or the end follows (not `이다`, `로그`…).
			const next = after.slice(form.length, form.length + 1);
			if (next !== '' && !/[\s.,!?)·]/u.test(next)) continue;
			const wanted = jong === 0 || (withBatchim === '으로' && jong === 8) ? without : withBatchim;
			return wanted + after.slice(form.length);
		}
	}
	return after;
}

/**
 * True/false: `stem — answer`, or for a cloze card the sentence with the blank filled; half of the
 * time (seeded) with a distractor's answer instead. Reversed cards are left out: their stem is a
 * question, and the same fact is stated by the forward card.
 */
function makeTrueFalse(p: Prepared, pool: readonly Prepared[], rng: Rng): TrueFalseQuestion | null {
	const { card } = p;
	if (!p.optionable || p.frontPlain.length === 0 || card.kind === 'reversed') return null;
	if (card.kind === 'cloze' && !p.cloze) return null;
	const wantFalse = rng() < 0.5;
	const swap = wantFalse ? pickDistractors(p, pool, 1, rng)[0] : undefined;
	const shown = swap ? swap.answer : p.answer;
	return {
		id: `truefalse:${card.id}`,
		type: 'truefalse',
		cardId: card.id,
		prompt: p.cloze
			? `${p.cloze.before}${shown}${fitParticle(shown, p.cloze.after)}`
			: `${p.front} — ${shown}`,
		topic: card.topic.slice(),
		explanation: fact(p),
		source: sourceOf(card),
		correct: swap === undefined
	};
}

/** A typeable answer: short, one line, not a sentence. */
function isTerm(plain: string): boolean {
	return (
		plain.length > 0 &&
		plain.length <= MAX_FILL_IN_CHARS &&
		!plain.includes('\n') &&
		plain.split(' ').length <= 3 &&
		!/[.?!。…`]/u.test(plain.at(-1) ?? '')
	);
}

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
}

/**
 * Candidate blanks in a sentence card's back: Latin technical words and the topic's last term,
 * each occurring exactly once in the back, replaced by {@link BLANK} in the Markdown source.
 */
function sentenceBlanks(p: Prepared): Blank[] {
	const { card } = p;
	const source = card.back;
	const spans = textSpans(source);
	const words: { word: string; at: number }[] = [];
	for (const span of spans) {
		for (const m of span.value.matchAll(LATIN_WORD)) {
			if (m[0].length >= 2) words.push({ word: m[0], at: span.offset + (m.index ?? 0) });
		}
		const leaf = card.topic.at(-1);
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
 * Other accepted spellings of a term written `X(Y)`, e.g. `네임스페이스(namespaces)` → `네임스페이스`,
 * `namespaces`; none for other terms.
 */
function alternatives(term: string): string[] {
	const open = term.indexOf('(');
	if (open <= 0 || !term.endsWith(')')) return [];
	const outer = normaliseText(term.slice(0, open));
	const inner = normaliseText(term.slice(open + 1, -1));
	return [outer, inner].filter((t) => t.length > 0 && !t.includes('(') && !t.includes(')'));
}

function makeFillIn(p: Prepared, rng: Rng): FillInQuestion | null {
	const { card } = p;
	if (card.kind === 'command') return null;
	const candidates: Blank[] = [];
	if (card.kind === 'cloze') {
		if (p.cloze && isTerm(p.answerPlain)) {
			candidates.push({
				prompt: `${p.cloze.before}${BLANK}${p.cloze.after}`,
				expected: p.answerPlain
			});
		}
	} else if (card.kind === 'typein' || card.kind === 'reversed') {
		// The card already asks for a short answer: its front is the prompt (a reversed card's
		// "what does this describe?" cue is dropped: the blank asks for the term already).
		const prompt = card.kind === 'reversed' ? (p.front.split('\n\n')[0] ?? p.front) : p.front;
		if (isTerm(p.answerPlain)) candidates.push({ prompt, expected: p.answerPlain });
	} else {
		// A `term: definition` / heading card: show the definition, ask for the term.
		const parts = p.frontPlain.split(' — ');
		const term = normaliseText(parts.at(-1) ?? '');
		// A heading card (front = its heading) already has a reverse card from the converter,
		// which also knows which headings are too generic (`Background`) to be asked for.
		const headingOnly = foldText(p.frontPlain) === foldText(card.topic.at(-1) ?? '');
		if (!headingOnly && isTerm(term) && !containsFolded(p.answerPlain, term)) {
			const context = parts.length > 1 ? `${parts.slice(0, -1).join(' — ')} — ` : '';
			candidates.push({
				prompt: `${card.back.trim()}\n\n위 설명에 해당하는 용어는? (${context}${BLANK})`,
				expected: term
			});
		}
		for (const blank of p.singleLine ? sentenceBlanks(p) : []) {
			const withFront = `${p.front} — ${blank.prompt}`;
			candidates.push(
				containsFolded(plainText(withFront), blank.expected)
					? blank
					: { ...blank, prompt: withFront }
			);
		}
	}
	const usable = candidates.filter((c) => {
		const shown = plainText(c.prompt);
		return [c.expected, ...alternatives(c.expected)].every((e) => !containsFolded(shown, e));
	});
	if (usable.length === 0) return null;
	const chosen = usable.length === 1 ? usable[0] : shuffle(usable, rng)[0];
	if (!chosen) return null;
	return {
		id: `fillin:${card.id}`,
		type: 'fillin',
		cardId: card.id,
		prompt: chosen.prompt,
		topic: [chosen.expected, ...alternatives(chosen.expected)].reduce(
			(topic, e) => shownTopic(topic, e),
			card.topic
		),
		explanation: fact(p),
		source: sourceOf(card),
		expected: chosen.expected,
		accepted: alternatives(chosen.expected)
	};
}

function makeCommand(p: Prepared): CommandQuestion | null {
	const { card } = p;
	if (card.kind !== 'command' || !card.command) return null;
	if (p.frontPlain.length === 0 || containsFolded(p.frontPlain, card.command.original)) return null;
	return {
		id: `command:${card.id}`,
		type: 'command',
		cardId: card.id,
		// The drill judge accepts only the drill's learner name for a `{user}` slot; say which.
		prompt: card.command.slots.some((s) => s.name === 'user')
			? `${p.front}\n\n(사용자 계정 이름은 \`${DEFAULT_USER}\`로 쓰세요.)`
			: p.front,
		topic: shownTopic(card.topic, card.command.original),
		explanation: fact(p, `\`${card.command.original}\``),
		source: sourceOf(card),
		expected: card.command.template,
		display: card.command.original
	};
}

function matchesSpec(card: QuizSourceCard, spec: QuizSpec): boolean {
	if (spec.deckIds && spec.deckIds.length > 0 && !spec.deckIds.includes(card.deckId)) return false;
	if (spec.topic && spec.topic.length > 0) {
		return commonPrefix(card.topic, spec.topic) === spec.topic.length;
	}
	return true;
}

type Item = { kind: 'card'; p: Prepared } | { kind: 'hand'; q: Question };

/**
 * Generate a quiz.
 *
 * - Cards are filtered by `spec.deckIds` and `spec.topic` (topic path prefix), shuffled with the
 *   seed, and turned into questions round-robin over `spec.types`; each card gives at most one
 *   question. Hand-written questions (`handWritten`, see `parseHandWrittenQuiz`) join the pool when
 *   `spec.includeHandWritten` is true and their type is asked for. The final order is shuffled.
 * - Stem and answer of a card: the front without the converter's trailing opening-words cue
 *   (`Docker — 컨테이너 기반의 …`), and the back — for a cloze card the hidden term, found by
 *   comparing the front (with its `[...]` blank) and the back (the whole sentence).
 * - Multiple choice: the stem asks, 3 distractors are answers of cards of the same kind and deck
 *   with another stem; answers of the same shape (term / sentence) first, then siblings in the same
 *   topic, widening to the parent topic and then the whole deck. A sentence answer never gets a
 *   distractor from its own topic or about the same subject (it would be a second true fact).
 *   Options never repeat (folded comparison); the stem and shown topic never contain the answer.
 * - True/false: `stem — answer`, or the cloze sentence with its blank filled; with probability ½
 *   (seeded) a distractor's answer is swapped in (Korean particles made to agree). Reversed cards
 *   are not used (their forward card states the same fact).
 * - Fill-in: cloze cards blank their term; typein/reversed cards ask their front for a short back;
 *   basic cards either show the definition and ask for the term (not for heading-only cards), or
 *   blank one Latin technical word (or the topic term) that occurs once in a one-line back. The
 *   prompt never contains the answer or an accepted form (`X(Y)` also accepts `X` and `Y`).
 * - Command: `command` cards; the front asks, the learner types `command.template` (judged later
 *   by `judgeCommand`); a `{user}` slot tells the learner the drill's user name.
 *
 * @param cards the learner's cards (any order; the result does not depend on it beyond ties).
 * @param spec validated here with {@link validateQuizSpec}.
 * @param seed unsigned 32-bit integer; same cards + spec + seed → deep-equal quiz.
 * @param handWritten parsed hand-written questions; used only with `spec.includeHandWritten`.
 * @returns the quiz; `shortfall` says (in Korean) when fewer questions than asked could be made.
 * @throws QuizSpecError when the spec is invalid, the seed is not an unsigned 32-bit integer, or
 *   not a single question can be made (field `'cards'`).
 */
export function generateQuiz(
	cards: readonly QuizSourceCard[],
	spec: QuizSpec,
	seed: number,
	handWritten: readonly Question[] = []
): Quiz {
	const valid = validateQuizSpec(spec);
	if (!isSeed(seed)) {
		throw new QuizSpecError('seed', '시드는 0 이상 2³²−1 이하의 정수여야 합니다.');
	}
	const rng = mulberry32(seed);
	// Sort by id first so the quiz does not depend on the order the database returned the cards in.
	const eligible = cards
		.filter((c) => matchesSpec(c, valid))
		.slice()
		.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
	const pool = eligible.map(prepare);
	const hand = valid.includeHandWritten
		? handWritten.filter((q) => valid.types.includes(q.type)).slice()
		: [];
	hand.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
	const items = shuffle<Item>(
		[
			...pool.map((p) => ({ kind: 'card', p }) as Item),
			...hand.map((q) => ({ kind: 'hand', q }) as Item)
		],
		rng
	);

	const used = new Set<Item>();
	const tried = new Map<QuestionType, Set<Item>>(valid.types.map((t) => [t, new Set()]));
	const build = (type: QuestionType, item: Item): Question | null => {
		if (item.kind === 'hand') return item.q.type === type ? structuredClone(item.q) : null;
		switch (type) {
			case 'mcq':
				return makeMcq(item.p, pool, rng);
			case 'truefalse':
				return makeTrueFalse(item.p, pool, rng);
			case 'fillin':
				return makeFillIn(item.p, rng);
			case 'command':
				return makeCommand(item.p);
		}
	};
	const next = (type: QuestionType): Question | null => {
		const failed = tried.get(type) as Set<Item>;
		for (const item of items) {
			if (used.has(item) || failed.has(item)) continue;
			const q = build(type, item);
			if (q) {
				used.add(item);
				return q;
			}
			failed.add(item);
		}
		return null;
	};

	const made: Question[] = [];
	const exhausted = new Set<QuestionType>();
	for (let turn = 0; made.length < valid.count && exhausted.size < valid.types.length; turn++) {
		const type = valid.types[turn % valid.types.length] as QuestionType;
		if (exhausted.has(type)) continue;
		const q = next(type);
		if (q) made.push(q);
		else exhausted.add(type);
	}
	if (made.length === 0) {
		throw new QuizSpecError(
			'cards',
			'조건에 맞는 카드로 만들 수 있는 문제가 없습니다. 덱, 주제 또는 문제 유형을 바꿔 보세요.'
		);
	}
	const shortfall: QuizShortfall | null =
		made.length < valid.count
			? {
					requested: valid.count,
					made: made.length,
					reason: `요청한 ${valid.count}문제 중 ${made.length}문제만 만들 수 있었습니다. 조건에 맞는 카드가 부족합니다.`
				}
			: null;
	return { seed, spec: valid, questions: shuffle(made, rng), shortfall };
}
