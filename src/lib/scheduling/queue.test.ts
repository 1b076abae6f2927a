import { describe, expect, it } from 'vitest';
import { Rating, State } from 'ts-fsrs';
import { newMemoryState, type MemoryState } from './memory-state';
import { buildSessionQueue, isDueNow, queueCounts, queueKind } from './queue';
import { Scheduler } from './scheduler';
import { DEFAULT_SCHEDULER_SETTINGS, type SchedulerSettings } from './settings';

const ZONE = 'Asia/Seoul';
const MIN = 60_000;
const NOW = new Date('2025-03-10T10:00:00+09:00');
const settings: SchedulerSettings = { ...DEFAULT_SCHEDULER_SETTINGS };

interface TestCard {
	id: string;
	state: MemoryState;
}

function card(id: string, state: State, due: Date): TestCard {
	return {
		id,
		state: {
			...newMemoryState(new Date('2025-01-01T00:00:00Z')),
			due,
			state,
			stability: state === State.New ? 0 : 5,
			difficulty: state === State.New ? 0 : 5,
			lastReview: state === State.New ? null : new Date('2025-03-01T00:00:00Z')
		}
	};
}

const at = (minutes: number) => new Date(NOW.getTime() + minutes * MIN);
const ids = (cards: TestCard[]) => cards.map((c) => c.id);

describe('queueKind / isDueNow', () => {
	it('maps ts-fsrs states to the three queues', () => {
		expect(queueKind(card('a', State.New, NOW).state)).toBe('new');
		expect(queueKind(card('b', State.Learning, NOW).state)).toBe('learning');
		expect(queueKind(card('c', State.Relearning, NOW).state)).toBe('learning');
		expect(queueKind(card('d', State.Review, NOW).state)).toBe('review');
	});

	it('learning cards are due within the learn-ahead limit, review cards any time today', () => {
		expect(isDueNow(card('l', State.Learning, at(20)).state, NOW, settings, ZONE)).toBe(true);
		expect(isDueNow(card('l', State.Learning, at(21)).state, NOW, settings, ZONE)).toBe(false);
		const noAhead = { ...settings, learnAheadMinutes: 0 };
		expect(isDueNow(card('l', State.Learning, at(1)).state, NOW, noAhead, ZONE)).toBe(false);
		// Study day 2025-03-10 ends at 2025-03-11 04:00 Seoul.
		const lastMoment = new Date('2025-03-11T03:59:59+09:00');
		expect(isDueNow(card('r', State.Review, lastMoment).state, NOW, settings, ZONE)).toBe(true);
		const nextDay = new Date('2025-03-11T04:00:00+09:00');
		expect(isDueNow(card('r', State.Review, nextDay).state, NOW, settings, ZONE)).toBe(false);
		expect(isDueNow(card('n', State.New, at(-60)).state, NOW, settings, ZONE)).toBe(false);
	});
});

describe('buildSessionQueue', () => {
	const cards = [
		card('new1', State.New, at(-100)),
		card('rev-late', State.Review, at(300)),
		card('learn-ahead', State.Learning, at(5)),
		card('rev-early', State.Review, at(-3000)),
		card('new2', State.New, at(-100)),
		card('learn-now', State.Learning, at(-1)),
		card('learn-later', State.Learning, at(60)),
		card('rev-tomorrow', State.Review, new Date('2025-03-11T12:00:00+09:00')),
		card('new3', State.New, at(-100))
	];

	it('orders learning due, then reviews by due, then new in given order, then learn-ahead', () => {
		const queue = buildSessionQueue(cards, NOW, settings, { newStudied: 0, reviewsDone: 0 }, ZONE);
		expect(ids(queue)).toEqual([
			'learn-now',
			'rev-early',
			'rev-late',
			'new1',
			'new2',
			'new3',
			'learn-ahead'
		]);
		expect(queueCounts(queue)).toEqual({ new: 3, learning: 2, review: 2 });
	});

	it('applies newPerDay and reviewsPerDay minus what was already done today', () => {
		const limited = { ...settings, newPerDay: 3, reviewsPerDay: 2 };
		const queue = buildSessionQueue(cards, NOW, limited, { newStudied: 2, reviewsDone: 1 }, ZONE);
		expect(ids(queue)).toEqual(['learn-now', 'rev-early', 'new1', 'learn-ahead']);
		const over = buildSessionQueue(cards, NOW, limited, { newStudied: 9, reviewsDone: 9 }, ZONE);
		// Learning cards are never limited.
		expect(ids(over)).toEqual(['learn-now', 'learn-ahead']);
	});

	it('does not change its input', () => {
		const copy = [...cards];
		buildSessionQueue(cards, NOW, settings, { newStudied: 0, reviewsDone: 0 }, ZONE);
		expect(cards).toEqual(copy);
	});

	it('a session: 20 new of 30, a card answered Again comes back when its step is due', () => {
		const scheduler = new Scheduler(settings, { fuzz: false, timeZone: ZONE });
		let deck: TestCard[] = Array.from({ length: 30 }, (_, i) => card(`n${i}`, State.New, at(-10)));
		const done = { newStudied: 0, reviewsDone: 0 };
		let clock = NOW.getTime();
		const shown: string[] = [];
		for (let turn = 0; turn < 200; turn++) {
			const now = new Date(clock);
			const queue = buildSessionQueue(deck, now, settings, done, ZONE);
			const next = queue[0];
			if (!next) break;
			shown.push(next.id);
			const rating =
				next.id === 'n0' && shown.filter((x) => x === 'n0').length === 1
					? Rating.Again
					: Rating.Good;
			if (next.state.state === State.New) done.newStudied += 1;
			else if (next.state.state === State.Review) done.reviewsDone += 1;
			const outcome = scheduler.grade(next.state, rating, now);
			deck = deck.map((c) => (c.id === next.id ? { ...c, state: outcome.state } : c));
			clock += 30_000; // 30 s per answer
		}
		const distinct = new Set(shown);
		expect(distinct.size).toBe(20);
		// n0: Again (1m) → Good (10m) → Good (graduates), so it is shown three times, the second
		// time right after its 1-minute step is due (before the rest of the new cards).
		const n0Turns = shown.flatMap((id, i) => (id === 'n0' ? [i] : []));
		expect(n0Turns.length).toBe(3);
		expect(n0Turns[1]).toBe(2);
		// Every studied card graduated to review by the end of the session.
		const studied = deck.filter((c) => distinct.has(c.id));
		expect(studied.every((c) => c.state.state === State.Review)).toBe(true);
		expect(deck.filter((c) => c.state.state === State.New)).toHaveLength(10);
	});
});
