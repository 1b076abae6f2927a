/**
 * Quiz generation from the learner's cards (issues 5 and 15): multiple choice, true/false,
 * fill-in-the-blank and command questions, mixed with hand-written questions, all driven by one
 * seeded PRNG so that the same cards, spec and seed give the same quiz. One file per question
 * kind; the fairness rules of wrong options are in `distractors.ts`.
 */
import { msg } from '$lib/core/message';
import { mulberry32, shuffle, isSeed } from '../random';
import { specMessage, validateQuizSpec, QuizSpecError } from '../spec';
import { normaliseText } from '../text';
import type {
	Question,
	QuestionType,
	Quiz,
	QuizShortfall,
	QuizSourceCard,
	QuizSpec
} from '../types';
import { makeCommand } from './command';
import { makeFillIn } from './fillin';
import { makeMcq } from './mcq';
import { buildPool, type Pool } from './pool';
import type { Prepared } from './prepare';
import { makeTrueFalse } from './truefalse';

export { MCQ_OPTIONS } from './mcq';
export { BLANK } from './fillin';
export { MAX_OPTION_CHARS, MAX_FILL_IN_CHARS, cardAnswer } from './prepare';

/** Message ids of the question types (for messages that name one). */
const TYPE_MESSAGES: Record<QuestionType, string> = {
	mcq: 'quiz_type_mcq',
	truefalse: 'quiz_type_truefalse',
	fillin: 'quiz_type_fillin',
	command: 'quiz_type_command'
};

/**
 * Whether something filed under `deckId` and `topic` is inside the spec's decks and topic: the
 * same bound for cards and hand-written questions. Topics compare NFC-normalised, as a prefix.
 */
export function inScope(
	deckId: string | undefined,
	topic: readonly string[],
	spec: Pick<QuizSpec, 'deckIds' | 'topic'>
): boolean {
	if (spec.deckIds && spec.deckIds.length > 0) {
		if (deckId === undefined || !spec.deckIds.includes(deckId)) return false;
	}
	const wanted = spec.topic ?? [];
	return wanted.every((segment, i) => normaliseText(topic[i] ?? '') === normaliseText(segment));
}

type Item = { kind: 'card'; p: Prepared } | { kind: 'hand'; q: Question };

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Build one question of `type` from `item`, or null when it cannot make one. */
function build(type: QuestionType, item: Item, pool: Pool, rng: () => number): Question | null {
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
}

/** Round-robin over the types, each item used once; stops when `count` are made or all ran out. */
function roundRobin(
	items: readonly Item[],
	types: readonly QuestionType[],
	count: number,
	pool: Pool,
	rng: () => number
): { made: Question[]; exhausted: Set<QuestionType> } {
	const used = new Set<Item>();
	const tried = new Map<QuestionType, Set<Item>>(types.map((t) => [t, new Set()]));
	const next = (type: QuestionType): Question | null => {
		const failed = tried.get(type) as Set<Item>;
		for (const item of items) {
			if (used.has(item) || failed.has(item)) continue;
			const q = build(type, item, pool, rng);
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
	for (let turn = 0; made.length < count && exhausted.size < types.length; turn++) {
		const type = types[turn % types.length] as QuestionType;
		if (exhausted.has(type)) continue;
		const q = next(type);
		if (q) made.push(q);
		else exhausted.add(type);
	}
	return { made, exhausted };
}

/** Why fewer questions were made: a type that made none, else too few cards. */
function shortfallOf(
	requested: number,
	made: readonly Question[],
	types: readonly QuestionType[]
): QuizShortfall {
	const none = types.find((t) => !made.some((q) => q.type === t));
	return {
		requested,
		made: made.length,
		reason: none
			? msg('quiz_shortfall_type', {
					requested,
					made: made.length,
					type: msg(TYPE_MESSAGES[none])
				})
			: msg('quiz_shortfall_cards', { requested, made: made.length })
	};
}

/**
 * Generate a quiz.
 *
 * - **Bounds**: cards *and* hand-written questions are filtered by `spec.deckIds` and
 *   `spec.topic` (topic path prefix, see {@link inScope}); a hand-written question is filed under
 *   the bundled deck and headings its file names. Hand-written questions join only with
 *   `spec.includeHandWritten` and when their type is asked for.
 * - Items are shuffled with the seed and turned into questions round-robin over `spec.types`;
 *   each card gives at most one question. Hand-written questions in scope get at least their
 *   share of the count (`⌈count × hand / (hand + cards)⌉`, offered first); the others are mixed
 *   with the cards. The final order is shuffled.
 * - Stems and answers: see `prepare.ts`. Wrong options (multiple choice) and swapped-in answers
 *   (true/false) follow the fairness rules of `distractors.ts`; they may come from any card of
 *   the same deck, also outside the chosen topic (they are never asked about).
 * - Multiple choice `mcq.ts`, true/false `truefalse.ts`, fill-in `fillin.ts`, command `command.ts`.
 *
 * @param cards the learner's cards (any order; the result does not depend on it beyond ties).
 * @param spec validated here with {@link validateQuizSpec}.
 * @param seed unsigned 32-bit integer; same cards + spec + seed → deep-equal quiz.
 * @param handWritten parsed hand-written questions; used only with `spec.includeHandWritten`.
 * @returns the quiz; `shortfall` says (a message) when fewer questions than asked could be made.
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
	if (!isSeed(seed)) throw new QuizSpecError('seed', specMessage('quiz_spec_seed'));
	const rng = mulberry32(seed);
	// Sorted by id first so the quiz does not depend on the order the database returned them in.
	const pool = buildPool(cards.slice().sort(byId));
	const eligible = pool.all.filter((p) => inScope(p.card.deckId, p.card.topic, valid));
	const hand = valid.includeHandWritten
		? handWritten
				.filter((q) => valid.types.includes(q.type) && inScope(q.source.deckId, q.topic, valid))
				.slice()
				.sort(byId)
		: [];
	// Hand-written questions, when asked for, get at least their share of the quiz (rounded up):
	// that many of them are offered first, the rest are mixed with the cards.
	const hands = shuffle(
		hand.map((q) => ({ kind: 'hand', q }) as Item),
		rng
	);
	const share = Math.min(
		hands.length,
		Math.ceil((valid.count * hands.length) / Math.max(1, hands.length + eligible.length))
	);
	const items: Item[] = [
		...hands.slice(0, share),
		...shuffle([...hands.slice(share), ...eligible.map((p) => ({ kind: 'card', p }) as Item)], rng)
	];
	const { made } = roundRobin(items, valid.types, valid.count, pool, rng);
	if (made.length === 0) throw new QuizSpecError('cards', specMessage('quiz_spec_no_questions'));
	const shortfall = made.length < valid.count ? shortfallOf(valid.count, made, valid.types) : null;
	return { seed, spec: valid, questions: shuffle(made, rng), shortfall };
}
