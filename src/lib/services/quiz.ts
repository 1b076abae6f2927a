/**
 * Quiz use cases: the learner's cards as quiz sources, the bundled hand-written questions, and
 * attempts stored in the `quizAttempts` table — saved after every answer, submitted once (score
 * on the row, wrong cards logged as quiz lapses in the same transaction), listed for the history.
 *
 * The quiz itself (generation, deadline arithmetic, scoring) is `$lib/quiz`; this module only
 * reads and writes rows, at the context's clock.
 */
import { QUEUE, shownCard, type CardRow } from '$lib/cards';
import {
	forEachCard,
	getAttemptRow,
	getCard,
	gradeCard,
	inQuizTransaction,
	putAttemptRow,
	putRunningAttemptRow,
	recentAttemptRows,
	runningAttemptIds,
	runningAttemptRows,
	listDecks,
	type DeckRow,
	type QuizAttemptRow
} from '$lib/db';
import {
	attemptStatus,
	generateQuiz,
	isExpired,
	loadHandWrittenQuizzes,
	readStoredAttempt,
	score,
	startAttempt,
	submit,
	timelineNow,
	type Attempt,
	type AttemptScore,
	type Question,
	type Quiz,
	type QuizSourceCard,
	type QuizSpec,
	type TimeLimit,
	StoredAttemptError
} from '$lib/quiz';
import { schedulerOf, type ServiceContext } from './context';

/** An attempt id that is not stored (deleted, or a mistyped link). */
export class MissingAttemptError extends Error {
	override readonly name = 'MissingAttemptError';
	constructor(readonly id: string) {
		super(`No quiz attempt ${id}`);
	}
}

/** A card as the quiz generator reads it: the learner's edited text wins over the notes. */
export function toQuizSource(row: CardRow): QuizSourceCard {
	return shownCard(row);
}

/**
 * Every card a quiz may ask about: all cards but retired ones (no longer in the notes).
 * Suspended cards are kept — a quiz tests knowledge, it does not schedule.
 */
export async function loadQuizCards(ctx: ServiceContext): Promise<QuizSourceCard[]> {
	const cards: QuizSourceCard[] = [];
	await forEachCard(ctx.db, (row) => {
		if (row.queue !== QUEUE.retired) cards.push(toQuizSource(row));
	});
	return cards;
}

/** The bundled hand-written quiz files (`questions/quizzes/*.md`), loaded on demand. */
const HAND_WRITTEN_FILES = import.meta.glob<string>(
	['/questions/quizzes/*.md', '!/questions/quizzes/README.md'],
	{ query: '?raw', import: 'default' }
);

/**
 * Parse the bundled hand-written questions (format: `questions/quizzes/README.md`), each filed
 * under the bundled deck and headings its deck line names.
 * @param deckTitles bundled deck id → title (see {@link bundledDeckTitles}); a question naming a
 *   deck not in it is a problem
 * @param files `path → loader` (default: the files bundled with the app; tests pass their own).
 * @throws HandWrittenQuizError listing `file:line: reason` for every problem.
 */
export async function loadBundledQuestions(
	deckTitles: ReadonlyMap<string, string>,
	files: Record<string, () => Promise<string>> = HAND_WRITTEN_FILES
): Promise<Question[]> {
	const paths = Object.keys(files).sort();
	const loaded = await Promise.all(
		paths.map(async (path) => ({ file: path.replace(/^\//, ''), text: await files[path]!() }))
	);
	return loadHandWrittenQuizzes(loaded, deckTitles);
}

/** Bundled deck id → title, from the decks stored on the device. */
export function bundledDeckTitles(decks: readonly Pick<DeckRow, 'id' | 'title' | 'origin'>[]) {
	return new Map(decks.filter((d) => d.origin === 'bundled').map((d) => [d.id, d.title]));
}

/** The hand-written questions, with the deck titles read from the device's decks. */
export async function handWrittenQuestions(ctx: ServiceContext): Promise<Question[]> {
	return loadBundledQuestions(bundledDeckTitles(await listDecks(ctx.db)));
}

/**
 * A fresh quiz seed: an unsigned 32-bit integer from the platform's CSPRNG
 * (`crypto.getRandomValues`, Web Crypto API).
 */
export function newSeed(random: Pick<Crypto, 'getRandomValues'> = crypto): number {
	const [value] = random.getRandomValues(new Uint32Array(1));
	return (value ?? 0) >>> 0;
}

/** The row that stores `attempt` (status from the attempt; no score until finalised). */
export function attemptRow(attempt: Attempt): QuizAttemptRow {
	return {
		id: attempt.id,
		status: attemptStatus(attempt),
		startedAt: attempt.startedAt,
		data: attempt
	};
}

/**
 * Save a running attempt (after every answer): one `put` of its row, in a transaction that first
 * checks the stored row was not submitted meanwhile (e.g. by another tab at the deadline), so a
 * stale tab never turns a submitted attempt back into a running one.
 * @returns `'saved'`, or `'already-submitted'` when nothing was written.
 */
export function saveAttempt(
	ctx: ServiceContext,
	attempt: Attempt
): Promise<'saved' | 'already-submitted'> {
	return putRunningAttemptRow(ctx.db, attemptRow(attempt));
}

/** An attempt read back from storage, with the row's score once it was finalised. */
export interface StoredQuizAttempt {
	attempt: Attempt;
	/** Present once {@link finaliseAttempt} has run (the wrong cards were logged). */
	score: { correct: number; total: number } | null;
}

function fromRow(row: QuizAttemptRow): StoredQuizAttempt {
	return { attempt: readStoredAttempt(row.data), score: row.score ?? null };
}

/**
 * Read one attempt.
 * @returns null when no row has this id.
 * @throws StoredAttemptError when the row's data is not a valid attempt.
 */
export async function loadAttempt(
	ctx: ServiceContext,
	id: string
): Promise<StoredQuizAttempt | null> {
	const row = await getAttemptRow(ctx.db, id);
	return row ? fromRow(row) : null;
}

/** What a quiz page finds for the attempt id in its URL. */
export type OpenedAttempt =
	| { ok: true; stored: StoredQuizAttempt }
	| { ok: false; problem: 'not-found' }
	| { ok: false; problem: 'unreadable'; reason: string };

/**
 * Open an attempt by id for a page: no id, no database or no such row → `not-found`; a row that
 * is not a valid attempt (or a failed read) → `unreadable` with the reason. Never throws.
 */
export async function openAttempt(
	ctx: ServiceContext | null,
	id: string | null
): Promise<OpenedAttempt> {
	if (!id || !ctx) return { ok: false, problem: 'not-found' };
	try {
		const stored = await loadAttempt(ctx, id);
		return stored ? { ok: true, stored } : { ok: false, problem: 'not-found' };
	} catch (error) {
		const reason = error instanceof StoredAttemptError ? error.reason : String(error);
		return { ok: false, problem: 'unreadable', reason };
	}
}

/** What {@link finaliseAttempt} did. */
export interface FinalisedAttempt {
	/** The submitted attempt (as stored). */
	attempt: Attempt;
	score: AttemptScore;
	/** Cards graded Again (origin `'quiz'`) by this call; empty when it had been finalised before. */
	lapsed: string[];
}

/**
 * Submit an attempt for good, idempotently: in ONE transaction read the stored row, submit it at
 * the attempt's own clock for `now` (`timelineNow`: never before the time it had already used;
 * `submittedAt = min(that, end)`, so no extra time — see `$lib/quiz` `submit`), grade each
 * wrong or unanswered question's card Again with origin `'quiz'` (a quiz lapse: the card is due
 * again soon), and write the row with `status: 'submitted'` and its `score`. A row that already
 * has a score was finalised before: nothing is written and no card is graded twice (reloads,
 * two tabs). Cards deleted or retired since the quiz started are skipped; a retake of missed
 * questions grades none (they lapsed in the first attempt). The lapses' log ids are kept on the
 * attempt (`lapses`), so an "I was right" override can take its card's lapse back.
 *
 * The lapses are graded by the context's scheduler (the learner's FSRS settings), at `ctx.now()`.
 * @throws MissingAttemptError when the row is gone; StoredAttemptError when its data is invalid.
 */
export async function finaliseAttempt(ctx: ServiceContext, id: string): Promise<FinalisedAttempt> {
	const { db } = ctx;
	const now = ctx.now();
	const scheduler = schedulerOf(ctx);
	return inQuizTransaction(db, async () => {
		const row = await getAttemptRow(db, id);
		if (!row) throw new MissingAttemptError(id);
		const stored = readStoredAttempt(row.data);
		if (row.status === 'submitted' && row.score) {
			return { attempt: stored, score: score(stored), lapsed: [] };
		}
		// The attempt's own clock (`$lib/quiz` clock.ts): never back before time already used.
		const submitted = submit(stored, timelineNow(stored, now));
		const result = score(submitted);
		const lapsed: string[] = [];
		const lapses: Record<string, number> = {};
		// A retake of missed questions logs no lapse: its cards lapsed in the first attempt.
		const wrong = submitted.origin?.kind === 'missed' ? [] : result.wrongCardIds;
		for (const cardId of wrong) {
			const card = await getCard(db, cardId);
			if (!card || card.queue === QUEUE.retired) continue;
			lapses[cardId] = (await gradeCard(db, scheduler, cardId, 1, now, 'quiz')).logId;
			lapsed.push(cardId);
		}
		const attempt = lapsed.length > 0 ? { ...submitted, lapses } : submitted;
		await putAttemptRow(db, {
			...attemptRow(attempt),
			score: { correct: result.correct, total: result.total }
		});
		return { attempt, score: result, lapsed };
	});
}

/** One line of the attempt history. */
export interface AttemptSummary {
	id: string;
	status: 'running' | 'submitted';
	startedAt: Date;
	/** Null while running (or when a submitted row was never finalised). */
	score: { correct: number; total: number } | null;
	/** `submittedAt − startedAt`, ms; null while running. */
	timeUsedMs: number | null;
	/** "I was right" overrides the learner made. */
	overrides: number;
	/** A retake of another attempt's missed questions. */
	missedRetake: boolean;
	questionCount: number;
	seed: number;
	spec: QuizSpec;
}

/** The attempt a row holds, or null when its data is not a valid attempt (left out of lists). */
function readableAttempt(row: QuizAttemptRow): Attempt | null {
	try {
		return readStoredAttempt(row.data);
	} catch {
		return null;
	}
}

/**
 * The attempt history, newest first (at most `limit` rows). Rows whose data cannot be read are
 * left out (they are reported by `loadAttempt` when opened directly).
 */
export async function listAttempts(ctx: ServiceContext, limit = 50): Promise<AttemptSummary[]> {
	const rows = await recentAttemptRows(ctx.db, limit);
	const out: AttemptSummary[] = [];
	for (const row of rows) {
		const attempt = readableAttempt(row);
		if (!attempt) continue;
		out.push({
			id: attempt.id,
			status: attemptStatus(attempt),
			startedAt: attempt.startedAt,
			score: row.score ?? null,
			timeUsedMs: attempt.submittedAt
				? attempt.submittedAt.getTime() - attempt.startedAt.getTime()
				: null,
			questionCount: attempt.questions.length,
			overrides: Object.keys(attempt.overrides ?? {}).length,
			missedRetake: attempt.origin?.kind === 'missed',
			seed: attempt.seed,
			spec: attempt.spec
		});
	}
	return out;
}

/** What {@link checkRunningAttempts} found. */
export interface RunningCheck {
	/** The newest attempt still running at `now` (to offer to resume it), or null. */
	running: Attempt | null;
	/** Ids of attempts whose deadline had passed: submitted now, at their deadline. */
	submitted: string[];
}

/**
 * On opening the app: find the running attempt to resume, and submit (finalise) running attempts
 * whose time ran out while the app was closed.
 */
export async function checkRunningAttempts(ctx: ServiceContext): Promise<RunningCheck> {
	const now = ctx.now();
	const at = { ...ctx, now: () => now };
	const rows = await runningAttemptRows(ctx.db);
	let running: Attempt | null = null;
	const submitted: string[] = [];
	for (const row of rows) {
		const attempt = readableAttempt(row);
		if (!attempt) continue;
		if (isExpired(attempt, timelineNow(attempt, now))) {
			await finaliseAttempt(at, attempt.id);
			submitted.push(attempt.id);
		} else {
			running ??= attempt;
		}
	}
	return { running, submitted };
}

/**
 * Generate a quiz and store a new attempt at it, started at `now`. Attempts still running are
 * submitted first (one attempt runs at a time; their unanswered questions count as wrong).
 * @throws QuizSpecError when the spec is invalid or no question can be made.
 */
export async function startQuiz(ctx: ServiceContext, quiz: Quiz): Promise<Attempt> {
	const now = ctx.now();
	const at = { ...ctx, now: () => now };
	const attempt = startAttempt(quiz, now);
	for (const id of await runningAttemptIds(ctx.db)) await finaliseAttempt(at, id);
	await putAttemptRow(ctx.db, attemptRow(attempt));
	return attempt;
}

/**
 * "Retake the same quiz": the same spec and seed over the current cards, so the same questions
 * while the cards are unchanged.
 * @throws MissingAttemptError, StoredAttemptError, QuizSpecError
 */
export async function retakeQuiz(
	ctx: ServiceContext,
	id: string,
	handWritten: readonly Question[]
): Promise<Attempt> {
	const stored = await loadAttempt(ctx, id);
	if (!stored) throw new MissingAttemptError(id);
	const cards = await loadQuizCards(ctx);
	const quiz = generateQuiz(cards, stored.attempt.spec, stored.attempt.seed, handWritten);
	return startQuiz(ctx, quiz);
}

/** A topic the builder offers: a heading path (one or two levels) and how many cards it has. */
export interface TopicOption {
	path: string[];
	cards: number;
}

/**
 * Topics of the chosen decks for the builder: every first-level heading and every second-level
 * heading under it, in the order the cards come (notes order), with card counts.
 * @param deckIds empty = every deck.
 */
export function topicOptions(
	cards: readonly Pick<QuizSourceCard, 'deckId' | 'topic'>[],
	deckIds: readonly string[]
): TopicOption[] {
	const counts = new Map<string, TopicOption>();
	for (const card of cards) {
		if (deckIds.length > 0 && !deckIds.includes(card.deckId)) continue;
		for (let depth = 1; depth <= Math.min(2, card.topic.length); depth++) {
			const path = card.topic.slice(0, depth);
			const key = JSON.stringify(path);
			const entry = counts.get(key) ?? { path, cards: 0 };
			entry.cards++;
			counts.set(key, entry);
		}
	}
	// Children right after their parent, each level in first-seen order.
	const all = [...counts.values()];
	return all
		.filter((t) => t.path.length === 1)
		.flatMap((parent) => [
			parent,
			...all.filter((t) => t.path.length === 2 && t.path[0] === parent.path[0])
		]);
}

/** The time-limit choices of the builder (issue 5: whole quiz 5/10/20 min, per question 30 s …). */
export const TIME_LIMIT_CHOICES: readonly TimeLimit[] = Object.freeze([
	{ kind: 'total', ms: 60_000 },
	{ kind: 'total', ms: 2 * 60_000 },
	{ kind: 'total', ms: 5 * 60_000 },
	{ kind: 'total', ms: 10 * 60_000 },
	{ kind: 'total', ms: 20 * 60_000 },
	{ kind: 'perQuestion', ms: 15_000 },
	{ kind: 'perQuestion', ms: 30_000 },
	{ kind: 'perQuestion', ms: 60_000 }
]);
