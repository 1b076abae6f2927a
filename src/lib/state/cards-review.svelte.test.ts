/** The review screen's card actions (suspend `@`, bury `-`) and edited answers, on a fake IndexedDB. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { NoteCard } from '$lib/content/types';
import { StudyDb, applyImport, deckIdFor, planImport, setOverride } from '$lib/db';
import { DEFAULT_SCHEDULER_SETTINGS } from '$lib/scheduling';
import { ReviewSession, checkTyped } from './review.svelte';

// Bury uses the runtime zone; 36 h later is past the next study day's start in any zone.
const NOW = new Date('2025-03-10T01:00:00Z');
const deckId = deckIdFor('import', 'test.md');

function card(i: number, kind: NoteCard['kind'] = 'basic'): NoteCard {
	return {
		id: `c${i}`,
		anchor: `a${i}`,
		kind,
		front: `질문 ${i}`,
		back: `답 ${i}`,
		topic: ['t'],
		tags: [],
		source: { file: 'test.md', line: i }
	};
}

let db: StudyDb;
let n = 0;
beforeEach(async () => {
	db = new StudyDb(`cards-review-${++n}`);
	await db.open();
	const spec = {
		id: deckId,
		title: 't',
		origin: 'import' as const,
		file: 'test.md',
		sourceText: ''
	};
	await applyImport(db, await planImport(db, spec, [card(1), card(2), card(3)], NOW), NOW);
});
afterEach(async () => {
	await db.delete();
});

function session(clock: () => Date = () => NOW) {
	return new ReviewSession({ db, now: clock, settings: { ...DEFAULT_SCHEDULER_SETTINGS } }, [
		deckId
	]);
}

describe('review card actions', () => {
	it('suspend takes the card out of the queue, also for a new session', async () => {
		const s = session();
		await s.load();
		expect(s.current?.id).toBe('c1');
		await s.suspendCurrent();
		expect(s.cardNotice).toBe('suspended');
		expect(s.queue.map((c) => c.id)).toEqual(['c2', 'c3']);
		const again = session();
		await again.load();
		expect(again.queue.map((c) => c.id)).toEqual(['c2', 'c3']);
	});

	it('bury hides the card for today only', async () => {
		const s = session();
		await s.load();
		await s.buryCurrent();
		expect(s.cardNotice).toBe('buried');
		expect(s.queue.map((c) => c.id)).toEqual(['c2', 'c3']);
		const later = session(() => new Date(NOW.getTime() + 36 * 3_600_000));
		await later.load();
		expect(later.queue.map((c) => c.id)).toEqual(['c1', 'c2', 'c3']);
	});

	it('a type-in card is checked against the edited answer', async () => {
		await setOverride(db, 'c1', { back: '고친 답' });
		const row = await db.cards.get('c1');
		expect(row).toBeDefined();
		const typein = { ...row!, kind: 'typein' as const };
		const result = checkTyped(typein, '고친 답');
		expect(result.kind === 'diff' && result.comparison.correct).toBe(true);
		const old = checkTyped(typein, '답 1');
		expect(old.kind === 'diff' && old.comparison.correct).toBe(false);
	});
});
