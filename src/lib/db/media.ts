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

const MEDIA_REF = /media:([0-9a-f]{64})/g;

/**
 * Delete the stored images no card refers to any more (after a deck is deleted or its notes
 * re-imported without an image), in one transaction with the cards so a card written meanwhile
 * never loses its image. Cards' own text and local edits both count as references.
 * @returns the hashes deleted
 */
export function deleteUnusedMedia(db: StudyDb): Promise<string[]> {
	return db.transaction('rw', db.cards, db.media, async () => {
		const used = new Set<string>();
		await db.cards.each((card) => {
			const texts = [card.front, card.back, card.override?.front, card.override?.back];
			for (const text of texts) {
				if (!text) continue;
				for (const m of text.matchAll(MEDIA_REF)) used.add(m[1]!);
			}
		});
		const unused = (await db.media.toCollection().primaryKeys()).filter((h) => !used.has(h));
		if (unused.length) await db.media.bulkDelete(unused);
		return unused;
	});
}
