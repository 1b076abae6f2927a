/**
 * The review session on fake IndexedDB: shown = stored (the interval a button shows is the one
 * stored when it is pressed, fuzz on, over random cards and clocks), the key suggested after a
 * typed answer, and the summary at the end.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { State, type Grade } from 'ts-fsrs';
import type { NoteCard } from '$lib/cards';
import { mulberry32 } from '$lib/core/random';
import { StudyDb, applyImport, deckIdFor, planImport } from '$lib/db';
import { DEFAULT_SCHEDULER_SETTINGS, storedInterval } from '$lib/scheduling';
import { ReviewSession } from './review.svelte';

const NOW = new Date('2025-03-10T01:00:00Z');
const DAY = 86_400_000;
const deckId = deckIdFor('import', 'shown.md');

function card(i: number, kind: NoteCard['kind'] = 'basic'): NoteCard {
	return {
		id: `c${i}`,
		anchor: `a${i}`,
		kind,
		front: `질문 ${i}`,
		back: `답 ${i}`,
		topic: ['t'],
		tags: [],
		source: { file: 'shown.md', line: i }
	};
}

let db: StudyDb;
let n = 0;
beforeEach(async () => {
	db = new StudyDb(`review-session-${++n}`);
	await db.open();
});
afterEach(async () => {
	await db.delete();
});

async function importCards(cards: NoteCard[]) {
	const spec = {
		id: deckId,
		title: 't',
		origin: 'import' as const,
		file: 'shown.md',
		sourceText: ''
	};
	await applyImport(db, await planImport(db, spec, cards, NOW), NOW);
}

describe('shown = stored', () => {
	it('property: over random cards and clocks, fuzz on, the pressed button’s interval is stored', async () => {
		const mismatches: string[] = [];
		for (let seed = 1; seed <= 12; seed++) {
			const rand = mulberry32(seed);
			await db.cards.clear();
			await db.reviewLogs.clear();
			await db.decks.clear();
			await importCards(Array.from({ length: 6 }, (_, i) => card(i)));
			// Random memory: some new, some review cards due today with random stability.
			let clock = new Date(NOW.getTime() + Math.floor(rand() * 300 * DAY));
			for (let i = 0; i < 6; i++) {
				if (rand() < 0.3) continue;
				const stability = 0.5 + rand() * 200;
				const last = new Date(clock.getTime() - Math.ceil(stability) * DAY);
				await db.cards.update(`c${i}`, {
					state: State.Review,
					queue: 2,
					stability,
					difficulty: 1 + rand() * 9,
					reps: 1 + Math.floor(rand() * 20),
					lapses: Math.floor(rand() * 4),
					scheduledDays: Math.ceil(stability),
					lastReview: last,
					due: new Date(clock.getTime() - Math.floor(rand() * 3_600_000))
				});
			}
			const s = new ReviewSession(
				{ db, now: () => clock, settings: { ...DEFAULT_SCHEDULER_SETTINGS }, fuzz: true },
				[deckId]
			);
			await s.load();
			for (let step = 0; step < 10 && s.current; step++) {
				clock = new Date(clock.getTime() + Math.floor(rand() * 20_000));
				s.reveal();
				const shown = s.previews!;
				// The learner reads the buttons for a while before pressing one.
				clock = new Date(clock.getTime() + 500 + Math.floor(rand() * 90_000));
				const rating = (1 + Math.floor(rand() * 4)) as Grade;
				const id = s.current.id;
				await s.grade(rating);
				const stored = await db.cards.get(id);
				const log = (await db.reviewLogs.toArray()).at(-1)!;
				const label = JSON.stringify(shown[rating].interval);
				const kept = JSON.stringify(storedInterval(stored!, log.reviewedAt));
				if (label !== kept || stored!.due.getTime() !== shown[rating].state.due.getTime()) {
					mismatches.push(
						`seed ${seed} card ${id} rating ${rating}: shown ${label}, stored ${kept}`
					);
				}
			}
		}
		expect(mismatches).toEqual([]);
	});
});

describe('keys after a typed answer', () => {
	it('a wrong typed answer suggests Again; a right one Good', async () => {
		await importCards([card(1, 'typein'), card(2, 'typein')]);
		const s = new ReviewSession(
			{ db, now: () => NOW, settings: { ...DEFAULT_SCHEDULER_SETTINGS }, fuzz: false },
			[deckId]
		);
		await s.load();
		expect(s.suggested).toBe(3);
		s.submitTyped('틀린 답');
		expect(s.revealed).toBe(true);
		expect(s.suggested).toBe(1);
		await s.grade(s.suggested);
		expect((await db.reviewLogs.toArray()).map((l) => l.rating)).toEqual([1]);
		s.submitTyped('답 2');
		expect(s.suggested).toBe(3);
	});
});

describe('session summary', () => {
	it('counts answers, time (each at most 60 s) and the again-rate; undo takes an answer back', async () => {
		await importCards([card(1), card(2), card(3)]);
		let clock = NOW;
		const s = new ReviewSession(
			{ db, now: () => clock, settings: { ...DEFAULT_SCHEDULER_SETTINGS }, fuzz: false },
			[deckId]
		);
		await s.load();
		const answer = async (seconds: number, rating: Grade) => {
			clock = new Date(clock.getTime() + seconds * 1000);
			s.reveal();
			await s.grade(rating);
		};
		await answer(10, 4);
		await answer(300, 1); // a break: counts as 60 s
		await answer(20, 4);
		expect(s.summary).toEqual({ cards: 3, ms: 90_000, again: 1, againRate: 1 / 3 });
		await s.undo();
		expect(s.summary.cards).toBe(2);
	});
});
