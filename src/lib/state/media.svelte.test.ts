import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { StudyDb } from '$lib/db';
import { DEFAULT_SCHEDULER_SETTINGS } from '$lib/scheduling';
import type { ServiceContext } from '$lib/services/context';
import { MediaCache, type ObjectUrls } from './media.svelte';

const HASH = 'c'.repeat(64);
let db: StudyDb;
let n = 0;
beforeEach(async () => {
	db = new StudyDb(`media-cache-${++n}`);
	await db.open();
	await db.media.add({
		hash: HASH,
		blob: new Blob([new Uint8Array([0x89, 0x50, 0x4e, 0x47])], { type: 'image/png' }),
		type: 'image/png',
		size: 4,
		name: 'x.png',
		addedAt: new Date(0)
	});
});
afterEach(async () => {
	await db.delete();
});

function counting(): ObjectUrls & { made: string[]; revoked: string[] } {
	const made: string[] = [];
	const revoked: string[] = [];
	return {
		made,
		revoked,
		createObjectURL: (blob: Blob) => {
			const url = `blob:test/${made.length}:${blob.type}`;
			made.push(url);
			return url;
		},
		revokeObjectURL: (url: string) => void revoked.push(url)
	};
}

describe('object URLs of stored images', () => {
	const ctx = (): ServiceContext => ({
		db,
		now: () => new Date(0),
		settings: DEFAULT_SCHEDULER_SETTINGS
	});

	it('one URL per image while cards show it, revoked when the last one goes', async () => {
		const urls = counting();
		const cache = new MediaCache(ctx, urls);
		const [a, b] = await Promise.all([cache.acquire(HASH), cache.acquire(HASH)]);
		expect(a).toBe('blob:test/0:image/png');
		expect(b).toBe(a);
		expect(urls.made).toHaveLength(1);
		cache.release(HASH);
		await Promise.resolve();
		expect(urls.revoked).toEqual([]);
		cache.release(HASH);
		await new Promise((r) => setTimeout(r, 0));
		expect(urls.revoked).toEqual([a]);
		expect(cache.size).toBe(0);
		// Shown again later: read again, a new URL.
		expect(await cache.acquire(HASH)).toBe('blob:test/1:image/png');
	});

	it('an image that is not stored, or a closed database, gives null (the alt text shows)', async () => {
		const urls = counting();
		const cache = new MediaCache(ctx, urls);
		expect(await cache.acquire('d'.repeat(64))).toBeNull();
		db.close();
		expect(await new MediaCache(ctx, urls).acquire(HASH)).toBeNull();
		expect(await new MediaCache(() => null, urls).acquire(HASH)).toBeNull();
		expect(urls.made).toEqual([]);
	});
});
