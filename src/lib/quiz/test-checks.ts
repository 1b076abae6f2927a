/**
 * Test helper: the invariants every generated quiz must keep, shared by the generator tests on
 * hand-built cards and on cards parsed from the real notes. Not imported by application code.
 */
import { BLANK, cardAnswer, MCQ_OPTIONS } from './generate';
import { containsFolded, foldText, plainText } from './text';
import type { Question, Quiz, QuizSourceCard } from './types';

/** Plain text a learner sees before answering: the prompt and the topic path. */
export function visible(q: Question): string {
	return [plainText(q.prompt), ...q.topic].join('\n');
}

/** The invariants every generated quiz keeps; returns a list of violations (empty = fine). */
const answersCache = new WeakMap<readonly QuizSourceCard[], Map<string, string | null>>();
/** `cardAnswer` of every card, computed once per card list. */
function answersOf(cards: readonly QuizSourceCard[]): Map<string, string | null> {
	let map = answersCache.get(cards);
	if (!map) {
		map = new Map(cards.map((c) => [c.id, cardAnswer(c)]));
		answersCache.set(cards, map);
	}
	return map;
}

export function violations(quiz: Quiz, cards: readonly QuizSourceCard[]): string[] {
	const problems: string[] = [];
	const answers = answersOf(cards);
	const ids = new Set<string>();
	const cardIds = new Set<string>();
	for (const q of quiz.questions) {
		if (ids.has(q.id)) problems.push(`${q.id}: duplicate question id`);
		ids.add(q.id);
		if (q.cardId) {
			if (cardIds.has(q.cardId)) problems.push(`${q.id}: card used twice`);
			cardIds.add(q.cardId);
		}
		if (!quiz.spec.types.includes(q.type)) problems.push(`${q.id}: type not asked for`);
		if (q.type === 'mcq') {
			if (q.options.length !== MCQ_OPTIONS) problems.push(`${q.id}: ${q.options.length} options`);
			const keys = q.options.map((o) => foldText(plainText(o)));
			if (new Set(keys).size !== keys.length)
				problems.push(`${q.id}: duplicate options ${keys.join(' | ')}`);
			const answer = q.options[q.correctIndex];
			if (answer === undefined) problems.push(`${q.id}: correctIndex out of range`);
			else if (containsFolded(visible(q), plainText(answer)))
				problems.push(`${q.id}: answer leaks`);
			const card = cards.find((c) => c.id === q.cardId);
			if (card && answer !== answers.get(card.id))
				problems.push(`${q.id}: answer is not the card's`);
			for (const o of q.options) {
				const from = cards.filter((c) => answers.get(c.id) === o);
				if (card && !from.some((c) => c.deckId === card.deckId)) {
					problems.push(`${q.id}: option "${o}" is no answer of a card of deck ${card.deckId}`);
				}
			}
			if (plainText(q.prompt).endsWith('…'))
				problems.push(`${q.id}: stem keeps the opening-words cue`);
		}
		if (q.type === 'fillin') {
			for (const e of [q.expected, ...q.accepted]) {
				if (containsFolded(visible(q), e)) problems.push(`${q.id}: fill-in answer "${e}" leaks`);
			}
			if (!q.prompt.includes(BLANK) && cards.find((c) => c.id === q.cardId)?.kind === 'basic') {
				problems.push(`${q.id}: basic-card fill-in without a blank`);
			}
		}
		if (q.type === 'command' && containsFolded(visible(q), q.display)) {
			problems.push(`${q.id}: command leaks`);
		}
	}
	return problems;
}

/** What a card is about, judged from its text alone (independently of the generator). */
function subjectOf(card: QuizSourceCard): string {
	return foldText(plainText(card.front).split(' — ').at(-1) ?? '');
}

/** Folded headings and parent labels of the cards. */
function labelsOf(cards: readonly QuizSourceCard[]): Set<string> {
	const out = new Set<string>();
	for (const c of cards) {
		for (const t of c.topic) out.add(foldText(t));
		if (c.context) out.add(foldText(c.context));
	}
	return out;
}

/** Figures of the fairness properties over a set of quizzes. */
export interface FairnessReport {
	mcqs: number;
	/** Share of questions a learner who always picks the longest option gets right (ties split). */
	longestRate: number;
	/** The same for the shortest option. */
	shortestRate: number;
	/** "Pick the longest" by number of options k: questions and win rate (chance is 1/k). */
	byOptions: Record<number, { mcqs: number; longestRate: number }>;
	/** Distractors that are the answer of another card with the same front or subject. */
	alsoCorrect: string[];
	/** Options (right or wrong) that are a heading or a parent label. */
	headings: string[];
	/** Cloze distractors that, filled in, make a sentence the notes state. */
	statedFacts: string[];
}

/** Chance that picking the longest (or shortest) option hits the right one; ties share. */
function pickShare(
	lengths: number[],
	correct: number,
	pick: (a: number, b: number) => number
): number {
	const best = lengths.reduce((a, b) => pick(a, b));
	const tied = lengths.filter((l) => l === best).length;
	return lengths[correct] === best ? 1 / tied : 0;
}

/**
 * Check every multiple-choice question of `quizzes` against the cards it was made from: the
 * issue-15 properties, computed from the cards' own text (not from the generator's indexes).
 */
export function fairnessReport(
	quizzes: readonly Quiz[],
	cards: readonly QuizSourceCard[]
): FairnessReport {
	const answers = answersOf(cards);
	const labels = labelsOf(cards);
	const byId = new Map(cards.map((c) => [c.id, c]));
	const facts = new Set(
		cards.filter((c) => c.kind === 'cloze').map((c) => foldText(plainText(c.back)))
	);
	const report: FairnessReport = {
		mcqs: 0,
		longestRate: 0,
		shortestRate: 0,
		alsoCorrect: [],
		headings: [],
		statedFacts: [],
		byOptions: {}
	};
	let longest = 0;
	let shortest = 0;
	for (const q of quizzes.flatMap((z) => z.questions)) {
		if (q.type !== 'mcq') continue;
		report.mcqs++;
		const lengths = q.options.map((o) => plainText(o).trim().length);
		const win = pickShare(lengths, q.correctIndex, Math.max);
		longest += win;
		const k = (report.byOptions[q.options.length] ??= { mcqs: 0, longestRate: 0 });
		k.mcqs++;
		k.longestRate += win;
		shortest += pickShare(lengths, q.correctIndex, Math.min);
		for (const o of q.options) {
			if (labels.has(foldText(plainText(o)))) report.headings.push(`${q.id}: "${o}"`);
		}
		const card = q.cardId ? byId.get(q.cardId) : undefined;
		if (!card) continue;
		const front = foldText(plainText(card.front));
		const subject = subjectOf(card);
		const same = cards.filter(
			(c) =>
				c.id !== card.id &&
				(foldText(plainText(c.front)) === front ||
					(card.kind === 'basic' && c.kind === 'basic' && subjectOf(c) === subject))
		);
		q.options.forEach((o, i) => {
			if (i === q.correctIndex) return;
			const key = foldText(plainText(o));
			if (same.some((c) => foldText(plainText(answers.get(c.id) ?? '')) === key)) {
				report.alsoCorrect.push(`${q.id}: "${o}" also answers "${card.front}"`);
			}
			if (card.kind === 'cloze') {
				const filled = foldText(plainText(q.prompt.replace(/\[[^\]\n]*\]/u, o)));
				if (facts.has(filled)) report.statedFacts.push(`${q.id}: "${o}" makes a stated fact`);
			}
		});
	}
	for (const k of Object.values(report.byOptions)) k.longestRate /= k.mcqs;
	report.longestRate = report.mcqs ? longest / report.mcqs : 0;
	report.shortestRate = report.mcqs ? shortest / report.mcqs : 0;
	return report;
}
