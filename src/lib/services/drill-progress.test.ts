import { describe, expect, it } from 'vitest';
import { QUEUE, type QueueValue } from '$lib/db';
import type { Drill, RecallDrill, ScenarioDrill } from '$lib/drill';
import { DEFAULT_SCHEDULER_SETTINGS, State, newMemoryState } from '$lib/scheduling';
import { summariseDrills, type DrillCard } from './drill-progress';

// 10:00 in Seoul; the study day starts at 04:00, so "today" ends 2025-03-11 04:00 KST.
const NOW = new Date('2025-03-10T10:00:00+09:00');
const TZ = 'Asia/Seoul';
const settings = DEFAULT_SCHEDULER_SETTINGS;

function recall(id: string): RecallDrill {
	return {
		kind: 'recall',
		id,
		promptEn: id,
		prompt: id,
		expected: 'docker version',
		slots: {},
		hints: {},
		start: 'fresh',
		tags: [],
		source: { file: 'questions/drills/x.md', line: 1 }
	};
}

function scenario(id: string): ScenarioDrill {
	return {
		kind: 'scenario',
		id,
		titleEn: id,
		promptEn: id,
		title: id,
		prompt: id,
		start: 'fresh',
		goals: ['docker-installed'],
		solution: ['curl -fsSL https://get.docker.com/ | sudo sh'],
		hints: {},
		tags: [],
		source: { file: 'questions/drills/x.md', line: 1 }
	};
}

function card(id: string, state: State, due: string, queue: QueueValue): DrillCard {
	return { ...newMemoryState(NOW), id: `drill:${id}`, state, due: new Date(due), queue };
}

const review = (id: string, due: string) => card(id, State.Review, due, QUEUE.review);

describe('summariseDrills', () => {
	const drills: Drill[] = [
		recall('a-new'),
		scenario('s1'),
		recall('b-later'),
		recall('c-due-late'),
		recall('d-due-early'),
		recall('e-suspended'),
		recall('f-missing'),
		recall('g-new'),
		scenario('s2'),
		recall('h-learning')
	];
	const cards: DrillCard[] = [
		card('a-new', State.New, '2025-03-10T09:00:00+09:00', QUEUE.new),
		review('b-later', '2025-03-12T12:00:00+09:00'),
		// Tonight 23:00 and tomorrow 03:00 are still this study day (it ends at 04:00).
		review('c-due-late', '2025-03-11T03:00:00+09:00'),
		review('d-due-early', '2025-03-10T23:00:00+09:00'),
		{ ...review('e-suspended', '2025-03-01T12:00:00+09:00'), queue: QUEUE.suspended },
		card('g-new', State.New, '2025-03-10T09:00:00+09:00', QUEUE.new),
		// A learning card due in 15 minutes is inside the 20-minute learn-ahead window.
		card('h-learning', State.Learning, '2025-03-10T10:15:00+09:00', QUEUE.learning),
		card('not-a-drill', State.Review, '2025-03-01T00:00:00+09:00', QUEUE.review)
	];

	it('puts due drills first (earliest due first), then new, later, suspended, missing', () => {
		const p = summariseDrills(drills, cards, {}, NOW, settings, TZ);
		expect(p.recall.map((e) => [e.drill.id, e.status])).toEqual([
			['h-learning', 'due'],
			['d-due-early', 'due'],
			['c-due-late', 'due'],
			['a-new', 'new'],
			['g-new', 'new'],
			['b-later', 'later'],
			['e-suspended', 'suspended'],
			['f-missing', 'missing']
		]);
		expect(p.counts).toEqual({ due: 3, new: 2, later: 1, total: 8, solved: 0 });
	});

	it('new and missing drills carry no due date; the others carry their card’s', () => {
		const p = summariseDrills(drills, cards, {}, NOW, settings, TZ);
		const due = Object.fromEntries(p.recall.map((e) => [e.drill.id, e.due?.toISOString()]));
		expect(due['a-new']).toBeUndefined();
		expect(due['f-missing']).toBeUndefined();
		expect(due['b-later']).toBe('2025-03-12T03:00:00.000Z');
	});

	it('a review card due after the next 04:00 is not due yet (study-day rule, C12 kind)', () => {
		const p = summariseDrills(
			[recall('x')],
			[review('x', '2025-03-11T04:30:00+09:00')],
			{},
			NOW,
			settings,
			TZ
		);
		expect(p.recall[0]?.status).toBe('later');
		const atFour = new Date('2025-03-11T04:00:00+09:00');
		expect(
			summariseDrills(
				[recall('x')],
				[review('x', '2025-03-11T04:30:00+09:00')],
				{},
				atFour,
				settings,
				TZ
			).recall[0]?.status
		).toBe('due');
	});

	it('a retired or buried card is not due', () => {
		const p = summariseDrills(
			[recall('r'), recall('b')],
			[
				{ ...review('r', '2025-03-01T12:00:00+09:00'), queue: QUEUE.retired },
				{ ...review('b', '2025-03-01T12:00:00+09:00'), queue: QUEUE.buried }
			],
			{},
			NOW,
			settings,
			TZ
		);
		expect(p.recall.map((e) => e.status)).toEqual(['later', 'missing']);
	});

	it('lists scenarios in file order with their best run, and counts the solved ones', () => {
		const best = { best: 5, reference: 4, solvedAt: NOW };
		const p = summariseDrills(drills, cards, { s2: best }, NOW, settings, TZ);
		expect(p.scenarios.map((s) => [s.drill.id, s.best])).toEqual([
			['s1', null],
			['s2', best]
		]);
		expect(p.counts.solved).toBe(1);
	});
});
