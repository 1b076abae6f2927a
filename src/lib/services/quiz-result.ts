/**
 * What the result page does with a submitted attempt: the "I was right" override (stored on the
 * attempt, counted in the score, its quiz lapse taken back), "retake only the missed questions",
 * and the note sentence each question came from (explanations from the source).
 */
import { deckIdFor } from '$lib/cards';
import { parseMarkdownTree } from '$lib/content/markdown';
import {
	getAttemptRow,
	inQuizTransaction,
	listDecks,
	putAttemptRow,
	takeBackQuizLapse
} from '$lib/db';
import {
	missedQuiz,
	overrideAnswer,
	readStoredAttempt,
	score,
	type Attempt,
	type Question
} from '$lib/quiz';
import type { Nodes } from 'mdast';
import { notesTextFor } from './card-source';
import type { ServiceContext } from './context';
import { attemptRow, MissingAttemptError, newSeed, startQuiz } from './quiz';

/**
 * "I was right": count a typed answer judged wrong as right. In one transaction: the override is
 * stored on the attempt, the row's score recomputed, and the card's quiz lapse from this attempt
 * taken back when the card has not been reviewed since (a later review stays as it is).
 * @returns the updated attempt, or null when the question cannot be overridden (not a typed
 *   answer judged wrong, or not submitted)
 * @throws MissingAttemptError, StoredAttemptError
 */
export async function overrideQuizAnswer(
	ctx: ServiceContext,
	id: string,
	questionId: string
): Promise<Attempt | null> {
	const { db } = ctx;
	const at = ctx.now();
	return inQuizTransaction(db, async () => {
		const row = await getAttemptRow(db, id);
		if (!row) throw new MissingAttemptError(id);
		const result = overrideAnswer(readStoredAttempt(row.data), questionId, at);
		if (!result.ok) return null;
		let attempt = result.attempt;
		const cardId = attempt.questions.find((q) => q.id === questionId)?.cardId;
		if (cardId && (await takeBackQuizLapse(db, cardId, attempt.lapses?.[cardId]))) {
			const { [cardId]: _taken, ...rest } = attempt.lapses ?? {};
			attempt = { ...attempt, lapses: rest };
		}
		const s = score(attempt);
		await putAttemptRow(db, {
			...attemptRow(attempt),
			score: { correct: s.correct, total: s.total }
		});
		return attempt;
	});
}

/**
 * Start a quiz of the questions attempt `id` missed (same questions, new order; see
 * `$lib/quiz` `missedQuiz`). Its submission logs no quiz lapses.
 * @returns the new attempt, or null when nothing was missed
 */
export async function retakeMissed(ctx: ServiceContext, id: string): Promise<Attempt | null> {
	const row = await getAttemptRow(ctx.db, id);
	if (!row) throw new MissingAttemptError(id);
	const quiz = missedQuiz(readStoredAttempt(row.data), newSeed());
	return quiz ? startQuiz(ctx, quiz) : null;
}

/** The note a question came from, for its result item. */
export interface NoteSentence {
	/** The sentence (or heading, table row, code line) as written in the notes, Markdown. */
	markdown: string;
	/** The card to open in the card browser (its source view), null for hand-written questions. */
	cardId: string | null;
}

/** Blocks whose own text is "the sentence": a list item's first paragraph, a paragraph, … */
const OWN_TEXT = new Set(['paragraph', 'heading', 'tableRow', 'code']);

/**
 * The notes' cloze markers in a piece of plain text (`{{c1::term}}`, `{{c1::term::hint}}`,
 * `==term==`, the converter's syntax): a sentence shown as written keeps the term, not the markup.
 */
function withoutClozeMarks(text: string): string {
	return text
		.replace(/\{\{c\d+::/gu, '')
		.replace(/::[^:{}]*\}\}|\}\}/gu, '')
		.replace(/==([^\s=](?:[^=]*?[^\s=])?)==/gu, '$1');
}

/**
 * The Markdown of the block that starts on `line` of `text` (a bullet's own paragraph without its
 * children, a paragraph, a heading, a table row, a code block), found through mdast positions,
 * with the notes' cloze markers taken out of its text (never out of inline code).
 */
export function sentenceAt(text: string, line: number): string | null {
	let found: Nodes | null = null;
	const visit = (node: Nodes): void => {
		if (found !== null) return;
		const pos = node.position;
		if (pos && (pos.start.line > line || pos.end.line < line)) return;
		if (pos && OWN_TEXT.has(node.type) && pos.start.line <= line) {
			found = node;
			return;
		}
		if ('children' in node) for (const child of node.children) visit(child as Nodes);
	};
	visit(parseMarkdownTree(text) as Nodes);
	const block = found as Nodes | null;
	if (!block?.position) return null;
	const start = block.position.start.offset ?? 0;
	const end = block.position.end.offset ?? 0;
	const texts: { from: number; to: number }[] = [];
	const collect = (node: Nodes): void => {
		const pos = node.position;
		if (node.type === 'text' && pos?.start.offset !== undefined && pos.end.offset !== undefined) {
			texts.push({ from: pos.start.offset, to: pos.end.offset });
		}
		if ('children' in node) for (const child of node.children) collect(child as Nodes);
	};
	if (block.type !== 'code') collect(block);
	let out = '';
	let at = start;
	for (const t of texts.sort((a, b) => a.from - b.from)) {
		out += text.slice(at, t.from) + withoutClozeMarks(text.slice(t.from, t.to));
		at = t.to;
	}
	return (out + text.slice(at, end)).trim();
}

/**
 * The note sentence of every card question of `questions` (question id → sentence), read from the
 * notes text on the device (imported decks keep theirs; bundled notes ship with the app). A
 * question whose notes are not available is left out (the result then shows its explanation only).
 */
export async function noteSentences(
	ctx: ServiceContext,
	questions: readonly Question[]
): Promise<Record<string, NoteSentence>> {
	const out: Record<string, NoteSentence> = {};
	const texts = new Map<string, string | null>();
	const decks = await listDecks(ctx.db);
	for (const q of questions) {
		if (!q.cardId) continue;
		const file = q.source.file;
		if (!texts.has(file)) {
			const deckId = q.source.deckId ?? deckIdFor('bundled', file);
			texts.set(
				file,
				await notesTextFor(
					decks.find((d) => d.id === deckId),
					file
				)
			);
		}
		const text = texts.get(file);
		const sentence = text ? sentenceAt(text, q.source.line) : null;
		if (sentence) out[q.id] = { markdown: sentence, cardId: q.cardId };
	}
	return out;
}
