/**
 * Personal FSRS parameters in the services: the optimiser is given only flashcard reviews and
 * refuses (with a reason) until there are enough; parameters are stored only when valid, the
 * scheduler of a context uses them, and undo goes back to the defaults.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { default_w } from 'ts-fsrs';
import { StudyDb } from '$lib/db';
import { DEFAULT_SCHEDULER_SETTINGS, MIN_TRAINING_ITEMS, Rating, State } from '$lib/scheduling';
import { generateHistory } from '../../../tests/review-history';
import { schedulerOf, type ServiceContext } from './context';
import {
	DEFAULT_PRESET_ID,
	ParametersError,
	loadFsrsParameters,
	optimiserInput,
	saveFsrsParameters
} from './optimise';

let db: StudyDb;
let n = 0;
const ctx = (fsrsParameters?: number[] | null): ServiceContext => ({
	db,
	now: () => new Date('2025-04-01T03:00:00Z'),
	settings: { ...DEFAULT_SCHEDULER_SETTINGS },
	timeZone: 'Asia/Seoul',
	fuzz: false,
	fsrsParameters
});
beforeEach(async () => {
	db = new StudyDb(`optimise-${++n}`);
	await db.open();
});
afterEach(async () => {
	await db.delete();
});

async function addHistory(rows: ReturnType<typeof generateHistory>, origin = 'review') {
	const state = (s: State) => ({
		due: new Date(0),
		stability: 0,
		difficulty: 0,
		elapsedDays: 0,
		scheduledDays: 0,
		learningSteps: 0,
		reps: 0,
		lapses: 0,
		state: s,
		lastReview: null
	});
	await db.reviewLogs.bulkAdd(
		rows.map((r) => ({
			cardId: r.cardId,
			deckId: r.deckId,
			rating: r.rating,
			reviewedAt: r.reviewedAt,
			origin: origin as 'review',
			stateBefore: state(r.stateBefore.state),
			stateAfter: state(State.Review),
			queueBefore: 0,
			elapsedDays: 0,
			scheduledDays: 0
		}))
	);
}

describe('what the optimiser is given', () => {
	it('too few reviews: a reason with the counts; drill verdicts never count', async () => {
		const few = generateHistory(3, { cards: 6, days: 20 });
		await addHistory(few);
		await addHistory(generateHistory(4, { cards: 80, days: 60, deckId: 'drill' }), 'drill');
		const input = await optimiserInput(ctx());
		expect(input.set.reviews).toBe(few.length);
		expect(input.items).toBeLessThan(MIN_TRAINING_ITEMS);
		expect(input.notEnough).toEqual({
			key: 'settings_optimise_not_enough',
			params: { items: input.items, min: MIN_TRAINING_ITEMS, reviews: few.length }
		});
	});

	it('enough reviews: no reason, one item per review on a later study day', async () => {
		const rows = generateHistory(5, { cards: 80, days: 60 });
		await addHistory(rows);
		const input = await optimiserInput(ctx());
		expect(input.notEnough).toBeNull();
		expect(input.items).toBeGreaterThanOrEqual(MIN_TRAINING_ITEMS);
		expect(input.set.lengths.reduce((a, b) => a + b, 0)).toBe(input.set.ratings.length);
		expect(input.current).toBeNull();
	});
});

describe('stored parameters', () => {
	it('valid ones are stored and drive the scheduler; invalid ones write nothing; undo restores the defaults', async () => {
		const w = default_w.map((x, i) => (i < 4 ? x / 3 : x));
		await expect(saveFsrsParameters(ctx(), DEFAULT_PRESET_ID, [1, 2, 3])).rejects.toBeInstanceOf(
			ParametersError
		);
		await expect(
			saveFsrsParameters(ctx(), DEFAULT_PRESET_ID, [...w.slice(0, 20), Number.NaN])
		).rejects.toBeInstanceOf(ParametersError);
		expect(await loadFsrsParameters(db)).toBeNull();

		await saveFsrsParameters(ctx(), DEFAULT_PRESET_ID, w);
		expect(await loadFsrsParameters(db)).toEqual(w);
		expect((await optimiserInput(ctx())).current).toEqual(w);

		const fresh = (c: ServiceContext) =>
			schedulerOf(c).grade(
				{
					due: new Date(0),
					stability: 0,
					difficulty: 0,
					elapsedDays: 0,
					scheduledDays: 0,
					learningSteps: 0,
					reps: 0,
					lapses: 0,
					state: State.New,
					lastReview: null
				},
				Rating.Good,
				new Date('2025-04-01T03:00:00Z')
			).state.stability;
		expect(fresh(ctx(await loadFsrsParameters(db)))).toBeCloseTo(w[2]!, 4);
		expect(fresh(ctx())).toBeCloseTo(default_w[2]!, 4);

		await saveFsrsParameters(ctx(), DEFAULT_PRESET_ID, null);
		expect(await loadFsrsParameters(db)).toBeNull();
	});
});
