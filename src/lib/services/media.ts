/** Stored images for the screens (the import writes them; see `import-media.ts`). */
import { getMedia } from '$lib/db';
import type { ServiceContext } from './context';

/** The stored image with content hash `hash` (sha-256 hex) as a Blob of its type, or null. */
export async function loadImage(ctx: ServiceContext, hash: string): Promise<Blob | null> {
	const row = await getMedia(ctx.db, hash);
	return row?.blob ?? null;
}
