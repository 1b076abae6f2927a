import { describe, expect, it } from 'vitest';
import { parseReviewRequest } from '$lib/state/review-screen.svelte';
import { deckHref, reviewHref } from './links';

describe('deck and review links', () => {
	it('round-trip through the review screen’s reader', () => {
		const read = (href: string) => parseReviewRequest(new URL(href, 'http://x').searchParams);
		expect(read(reviewHref('import:a b#1'))).toEqual({
			deck: 'import:a b#1',
			study: null,
			days: 1
		});
		expect(read(reviewHref('import:a', 'ahead', 7))).toEqual({
			deck: 'import:a',
			study: 'ahead',
			days: 7
		});
		expect(read(reviewHref(null))).toEqual({ deck: null, study: null, days: 1 });
		// Custom study needs one deck; unknown values are ignored.
		expect(read('/review?study=forgotten&days=3')).toEqual({ deck: null, study: null, days: 3 });
		expect(read('/review?deck=d&study=x&days=-1')).toEqual({ deck: 'd', study: null, days: 1 });
		expect(deckHref('import:a b')).toBe('/deck?id=import%3Aa%20b');
	});
});
