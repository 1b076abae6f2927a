/**
 * The `quizAttempts` table. Rows carry the attempt as opaque data (its shape is `$lib/quiz`'s);
 * the quiz services read and validate it.
 */
import type { QuizAttemptRow, StudyDb } from './schema';
import { undoReview } from './review';

/** One attempt row, or undefined. */
export function getAttemptRow(db: StudyDb, id: string): Promise<QuizAttemptRow | undefined> {
	return db.quizAttempts.get(id);
}

/** Write an attempt row (insert or replace). */
export function putAttemptRow(db: StudyDb, row: QuizAttemptRow): Promise<unknown> {
	return db.quizAttempts.put(row);
}

/**
 * Write a running attempt unless its stored row was submitted meanwhile (e.g. by another tab at
 * the deadline): one read-write transaction, so a stale tab never reopens a submitted attempt.
 * @returns `'saved'`, or `'already-submitted'` when nothing was written.
 */
export function putRunningAttemptRow(
	db: StudyDb,
	row: QuizAttemptRow
): Promise<'saved' | 'already-submitted'> {
	return db.transaction('rw', db.quizAttempts, async () => {
		const stored = await db.quizAttempts.get(row.id);
		if (stored?.status === 'submitted') return 'already-submitted';
		await db.quizAttempts.put(row);
		return 'saved';
	});
}

/** Rows still running, newest first. */
export async function runningAttemptRows(db: StudyDb): Promise<QuizAttemptRow[]> {
	const rows = await db.quizAttempts.where('status').equals('running').toArray();
	return rows.sort((a, b) => b.startedAt.getTime() - a.startedAt.getTime());
}

/** Ids of the rows still running. */
export function runningAttemptIds(db: StudyDb): Promise<string[]> {
	return db.quizAttempts.where('status').equals('running').primaryKeys();
}

/** The newest `limit` rows, newest first. */
export function recentAttemptRows(db: StudyDb, limit: number): Promise<QuizAttemptRow[]> {
	return db.quizAttempts.orderBy('startedAt').reverse().limit(limit).toArray();
}

/**
 * Run `work` in one read-write transaction over attempts, cards and review logs (submitting an
 * attempt and logging its quiz lapses together). Only IndexedDB requests may be awaited inside.
 */
export function inQuizTransaction<T>(db: StudyDb, work: () => Promise<T>): Promise<T> {
	return db.transaction('rw', db.quizAttempts, db.cards, db.reviewLogs, work);
}

/** Every attempt row; empty for a database without the table (schema version 1). */
export async function listAttemptRows(db: StudyDb): Promise<QuizAttemptRow[]> {
	const table = db.tables.find((t) => t.name === 'quizAttempts');
	return table ? ((await table.toArray()) as QuizAttemptRow[]) : [];
}

/**
 * Take back the quiz lapse logged as review log `logId` for `cardId` ("I was right" on the result
 * page): undone only while the card has not been reviewed since (its `reps` are still the log's
 * after-state); otherwise the later history stands. Runs inside the caller's quiz transaction.
 * @returns whether the lapse was taken back
 */
export async function takeBackQuizLapse(
	db: StudyDb,
	cardId: string,
	logId: number | undefined
): Promise<boolean> {
	if (logId === undefined) return false;
	const log = await db.reviewLogs.get(logId);
	const card = await db.cards.get(cardId);
	if (!log || !card || log.cardId !== cardId || card.reps !== log.stateAfter.reps) return false;
	await undoReview(db, logId);
	return true;
}
