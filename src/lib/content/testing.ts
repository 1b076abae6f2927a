/** Helpers shared by the converter's tests (not used by the app). */
import { expect } from 'vitest';
import { isSafeUrl } from './render';

/** Tags that can run script or load active content; none may ever be emitted. */
const DANGEROUS_TAGS =
	/<(script|iframe|object|embed|svg|math|style|link|meta|base|form|frame|frameset|video|audio|source|template)\b/i;

/**
 * The one `<img>` the renderer may emit: a stored image, with no `src` (the app sets an object
 * URL of the stored Blob), its alt text, the content hash and the class, nothing else.
 */
const STORED_IMAGE = /^<img alt="[^"]*" data-media="[0-9a-f]{64}" class="card-image">$/;

/**
 * Fails the test if the HTML could run script or load anything: a dangerous tag, an `<img>`
 * other than a stored image, an `on…=` attribute, a bad URL.
 */
export function assertInert(html: string): void {
	expect(html).not.toMatch(DANGEROUS_TAGS);
	for (const img of html.match(/<img\b[^>]*>/gi) ?? []) expect(img).toMatch(STORED_IMAGE);
	// Text is escaped (`&lt;`/`&#x3C;`), so every `<` starts a real tag: check attributes in tags.
	for (const tag of html.match(/<[a-z][^>]*>/gi) ?? []) {
		expect(tag).not.toMatch(/\son[a-z]+\s*=/i);
		for (const m of tag.matchAll(/\s(?:href|src|action|formaction|xlink:href)\s*=\s*"([^"]*)"/gi)) {
			const url = (m[1] ?? '').replace(/&#x?[0-9a-f]+;?|&[a-z]+;/gi, '');
			expect(isSafeUrl(url), url).toBe(true);
		}
	}
}

/** A small seeded PRNG returning floats in [0, 1) (mulberry32, shared with the quizzes). */
export { mulberry32 as seededRandom } from '$lib/random';
