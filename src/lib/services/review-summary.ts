/**
 * The summary at the end of a review session: how many cards, how long, how many forgotten.
 * Time per card is counted as Anki does: from showing the card to answering it, at most
 * {@link MAX_ANSWER_MS} (Anki's "maximum answer seconds", 60 by default), so a card left on screen
 * during a break does not count as an hour of study.
 */
import type { Grade } from 'ts-fsrs';

/** Anki's default "maximum answer seconds": longer answers count as this long. */
export const MAX_ANSWER_MS = 60_000;

/** One answer of a session: its rating and the time from showing the card to answering it (ms). */
export interface AnsweredCard {
	rating: Grade;
	ms: number;
}

/** What a finished session shows. */
export interface SessionSummary {
	/** Answers given (a card answered twice — a learning step — counts twice, as in Anki). */
	cards: number;
	/** Study time in ms, each answer capped at {@link MAX_ANSWER_MS}. */
	ms: number;
	/** Answers rated Again. */
	again: number;
	/** `again / cards`, 0–1 (0 for an empty session). */
	againRate: number;
}

/** Sum up a session's answers. */
export function summarise(answers: readonly AnsweredCard[]): SessionSummary {
	const cards = answers.length;
	const again = answers.filter((a) => a.rating === 1).length;
	const ms = answers.reduce((s, a) => s + Math.min(MAX_ANSWER_MS, Math.max(0, a.ms)), 0);
	return { cards, ms, again, againRate: cards ? again / cards : 0 };
}
