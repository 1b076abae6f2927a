/**
 * The `quizAttempts` table. Rows carry the attempt as opaque data (its shape is `$lib/quiz`'s);
 * the quiz services read and validate it.
 */
import type { QuizAttemptRow, StudyDb } from './schema';

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
