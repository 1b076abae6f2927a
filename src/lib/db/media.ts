/** The images of imported notes (`media` table, schema version 4). */
import type { MediaRow, StudyDb } from './schema';

/**
 * One stored image by its content hash, or undefined. Returns Dexie's own promise (usable
 * inside a live query).
 */
export function getMedia(db: StudyDb, hash: string): Promise<MediaRow | undefined> {
	return db.media.get(hash);
}

/** Which of `hashes` are stored (same order; for an import preview). */
export async function storedMediaHashes(
	db: StudyDb,
	hashes: readonly string[]
): Promise<Set<string>> {
	const keys = await db.media.bulkGet([...hashes]);
	return new Set(keys.filter((row): row is MediaRow => !!row).map((row) => row.hash));
}

/** Number of stored images and their bytes. */
export async function mediaTotals(db: StudyDb): Promise<{ count: number; bytes: number }> {
	let bytes = 0;
	let count = 0;
	await db.media.each((row) => {
		count++;
		bytes += row.size;
	});
	return { count, bytes };
}
