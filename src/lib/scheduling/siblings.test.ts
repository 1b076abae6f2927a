import { describe, expect, it } from 'vitest';
import { State } from 'ts-fsrs';
import { newMemoryState, type MemoryState } from './memory-state';
import { SiblingGate, buryKindOf, siblingsToBury, spreadSiblings } from './siblings';

const NOW = new Date('2025-03-10T01:00:00Z');
const DAY_END = new Date('2025-03-10T19:00:00Z');
const ON = { buryNew: true, buryReviews: true, buryInterdayLearning: true };
const OFF = { buryNew: false, buryReviews: false, buryInterdayLearning: false };

function state(kind: 'new' | 'review' | 'intraday' | 'interday', dueMs = 0): MemoryState {
	const s = newMemoryState(NOW);
	if (kind === 'new') return s;
	const last = new Date(NOW.getTime() - 3_600_000);
	const due = new Date(NOW.getTime() + dueMs);
	if (kind === 'review')
		return { ...s, state: State.Review, scheduledDays: 3, due, lastReview: last, reps: 3 };
	return {
		...s,
		state: State.Learning,
		due: kind === 'interday' ? new Date(last.getTime() + 86_400_000) : due,
		scheduledDays: kind === 'interday' ? 1 : 0,
		lastReview: last,
		reps: 1
	};
}

describe('bury siblings', () => {
	it('kinds: new, review, intraday and interday learning', () => {
		expect(
			['new', 'review', 'intraday', 'interday'].map((k) => buryKindOf(state(k as 'new')))
		).toEqual(['new', 'review', 'intraday', 'interday']);
	});

	it('gathering: a note’s second card stays out of today’s queue (reverse after forward)', () => {
		const gate = new SiblingGate(ON);
		const forward = { key: 'line:9', state: state('new') };
		const reverse = { key: 'line:9', state: state('new') };
		const other = { key: 'line:10', state: state('new') };
		expect([forward, reverse, other].map((c) => gate.accept(c))).toEqual([true, false, true]);
		// A review of the note gathered first keeps its new sibling out too.
		const g2 = new SiblingGate(ON);
		expect(g2.accept({ key: 'a', state: state('review') })).toBe(true);
		expect(g2.accept({ key: 'a', state: state('new') })).toBe(false);
		// With burying off every card goes in.
		const g3 = new SiblingGate(OFF);
		expect([forward, reverse].map((c) => g3.accept(c))).toEqual([true, true]);
	});

	it('answering: new siblings, review siblings due today and interday ones are buried; intraday never', () => {
		const answered = { id: 'a' };
		const cards = [
			{ id: 'a', key: 'k', state: state('new') },
			{ id: 'b', key: 'k', state: state('new') },
			{ id: 'c', key: 'k', state: state('review', 3_600_000) },
			{ id: 'd', key: 'k', state: state('review', 5 * 86_400_000) },
			{ id: 'e', key: 'k', state: state('intraday', 60_000) },
			{ id: 'f', key: 'k', state: state('interday') }
		];
		expect(siblingsToBury(answered, cards, ON, DAY_END).map((c) => c.id)).toEqual(['b', 'c']);
		const farDay = new Date(NOW.getTime() + 3 * 86_400_000);
		expect(siblingsToBury(answered, cards, ON, farDay).map((c) => c.id)).toEqual(['b', 'c', 'f']);
		expect(siblingsToBury(answered, cards, OFF, farDay)).toEqual([]);
		expect(
			siblingsToBury(answered, cards, { ...OFF, buryNew: true }, DAY_END).map((c) => c.id)
		).toEqual(['b']);
	});

	it('spread: every note’s first card before any note’s second, order kept otherwise', () => {
		const cards = ['a1', 'a2', 'a3', 'b1', 'b2', 'c1'];
		expect(spreadSiblings(cards, (c) => c[0]!)).toEqual(['a1', 'b1', 'c1', 'a2', 'b2', 'a3']);
		expect(spreadSiblings([], (c: string) => c)).toEqual([]);
	});
});
