import { describe, expect, it } from 'vitest';
import { newMemoryState } from '$lib/scheduling';
import type { ReviewLogRow } from '$lib/services/cards';
import { browseQuery, parseBrowseParams } from '$lib/state/browse-params';
import { cardActionForKey, cardHref, historyRows, oneDecimal } from './card-view';

const NOW = new Date('2025-03-10T01:00:00Z');

describe('browse params', () => {
	it('round-trips every filter through the URL', () => {
		const p = {
			page: 3,
			text: '도커 ps',
			deckId: 'bundled:docker-basics',
			topic: '도커 기초 › Docker',
			state: 'leech' as const,
			tag: 'leech',
			sort: 'position' as const
		};
		expect(parseBrowseParams(new URLSearchParams(browseQuery(p)))).toEqual(p);
	});

	it('defaults: first page, by due; unknown values ignored; defaults left out of the URL', () => {
		const p = parseBrowseParams(new URLSearchParams('state=bogus&sort=x&page=-2'));
		expect(p).toEqual({ page: 1, sort: 'due' });
		expect(browseQuery(p)).toBe('');
	});

	it('cardHref encodes the id', () => {
		expect(cardHref('import:a b#1')).toBe('/cards/view?id=import%3Aa%20b%231');
	});
});

describe('historyRows', () => {
	function log(minutes: number, rating: 1 | 2 | 3 | 4, dueAfterMs: number): ReviewLogRow {
		const at = new Date(NOW.getTime() + minutes * 60_000);
		const after = { ...newMemoryState(at), due: new Date(at.getTime() + dueAfterMs) };
		return {
			id: minutes,
			cardId: 'c',
			deckId: 'd',
			rating,
			reviewedAt: at,
			origin: 'review',
			stateBefore: newMemoryState(at),
			stateAfter: after,
			queueBefore: 0,
			elapsedDays: 0,
			scheduledDays: 0
		};
	}

	it('lists newest first with the interval each review scheduled', () => {
		const rows = historyRows([log(0, 1, 60_000), log(1, 3, 600_000), log(20, 3, 3 * 86_400_000)]);
		expect(rows.map((r) => [r.rating, r.interval])).toEqual([
			[3, { value: 3, unit: 'day' }],
			[3, { value: 10, unit: 'minute' }],
			[1, { value: 1, unit: 'minute' }]
		]);
	});
});

describe('keys and numbers', () => {
	it("maps Anki's card shortcuts", () => {
		expect(['-', '@', 'e', 'E', 'x', '1'].map(cardActionForKey)).toEqual([
			'bury',
			'suspend',
			'edit',
			'edit',
			null,
			null
		]);
	});

	it('oneDecimal shows a dash for a new card', () => {
		expect(oneDecimal(0, 'ko')).toBe('—');
		expect(oneDecimal(12.345, 'en')).toBe('12.3');
	});
});
