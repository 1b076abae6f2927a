/** The use cases on fake IndexedDB with a fixed clock (round trip first, then edge cases). */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { siblingKeyOf } from '$lib/cards';
import { StudyDb, setSetting } from '$lib/db';
import { DEFAULT_SCHEDULER_SETTINGS, Rating, SettingsError } from '$lib/scheduling';
import type { ServiceContext } from './context';
import { deckOverview } from './decks';
import {
	ImportRefusedError,
	NoCardsError,
	applyImport,
	checkNotesSize,
	prepareImport
} from './import';
import { gradeReview, loadReviewQueue, reviewDecks } from './review';
import { loadSchedulerSettings, saveSchedulerSettings } from './settings';
import { loadStats } from './stats';

const ZONE = 'Asia/Seoul';
const NOW = new Date('2025-03-10T01:00:00Z'); // 10:00 in Seoul
const NOTES = '# 테스트\n\n## 이미지\n\n- 레이어: 읽기 전용\n- 컨테이너: 실행 중인 이미지\n';

let db: StudyDb;
let n = 0;
let now = NOW;
const ctx = (): ServiceContext => ({
	db,
	now: () => now,
	settings: { ...DEFAULT_SCHEDULER_SETTINGS },
	timeZone: ZONE,
	fuzz: false
});

beforeEach(async () => {
	now = NOW;
	db = new StudyDb(`services-${++n}`);
	await db.open();
});
afterEach(async () => {
	await db.delete();
});

async function importNotes(text = NOTES, file = 'test.md') {
	const prepared = await prepareImport(ctx(), text, file);
	await applyImport(ctx(), prepared.plan);
	return prepared;
}

describe('import → overview → review → stats', () => {
	it('a notes file becomes a deck whose cards are counted, reviewed and charted', async () => {
		const prepared = await importNotes();
		expect(prepared.cardCount).toBeGreaterThan(0);
		const overview = await deckOverview(ctx());
		expect(overview.decks.map((d) => d.deck.id)).toEqual(['import:test']);
		// One card of each note today: its siblings (cards of the same note) wait for another day.
		const notes = new Set(prepared.plan.added.map(siblingKeyOf));
		expect(prepared.plan.added).toHaveLength(prepared.cardCount);
		expect(overview.all.new).toBe(notes.size);

		const { deckIds, title } = await reviewDecks(ctx(), 'import:test');
		expect({ deckIds, title }).toEqual({ deckIds: ['import:test'], title: '테스트' });
		const [first] = await loadReviewQueue(ctx(), deckIds);
		const graded = await gradeReview(ctx(), first!.id, Rating.Good, {
			expectedReps: first!.reps
		});
		expect(graded.card.reps).toBe(1);
		expect((await deckOverview(ctx())).all.new).toBe(notes.size - 1);

		now = new Date(NOW.getTime() + 60_000);
		const stats = await loadStats(ctx());
		expect(stats.heatmap.reduce((s, d) => s + d.count, 0)).toBe(1);
		expect(stats.states.new).toBe(prepared.cardCount - 1);
	});

	it('an unknown deck id studies nothing, and no id studies every deck', async () => {
		await importNotes();
		await importNotes(NOTES.replace('테스트', '둘째'), 'second.md');
		expect(await reviewDecks(ctx(), 'import:nope')).toEqual({ deckIds: [], title: 'import:nope' });
		expect((await reviewDecks(ctx(), null)).deckIds.sort()).toEqual([
			'import:second',
			'import:test'
		]);
	});
});

describe('import refusals carry their message', () => {
	it('a file with no card, and a file over the size limit', async () => {
		const none = await prepareImport(ctx(), '# 제목만\n', 'empty.md').catch((e: unknown) => e);
		expect(none).toBeInstanceOf(NoCardsError);
		expect((none as NoCardsError).reason).toEqual({ key: 'import_no_cards' });
		expect(() => checkNotesSize({ name: 'big.md', size: 11 * 1024 * 1024 })).toThrow(
			ImportRefusedError
		);
		try {
			checkNotesSize({ name: 'big.md', size: 11 * 1024 * 1024 });
		} catch (e) {
			expect((e as ImportRefusedError).reason).toEqual({
				key: 'import_too_large',
				params: { file: 'big.md', size: 11, max: 10 }
			});
		}
		expect(() => checkNotesSize({ name: 'ok.md', size: 1024 })).not.toThrow();
	});
});

describe('scheduler settings', () => {
	it('round-trip, and a damaged stored value falls back to the defaults', async () => {
		const saved = await saveSchedulerSettings(db, { ...DEFAULT_SCHEDULER_SETTINGS, newPerDay: 7 });
		expect(await loadSchedulerSettings(db)).toEqual(saved);
		await setSetting(db, 'scheduler', { newPerDay: -3 });
		expect(await loadSchedulerSettings(db)).toEqual({ ...DEFAULT_SCHEDULER_SETTINGS });
		await expect(saveSchedulerSettings(db, { newPerDay: 1.5 })).rejects.toThrow(SettingsError);
	});
});

describe('cards imported through the service keep their content', () => {
	it('stores what the converter made', async () => {
		await importNotes();
		const stored = await db.cards.toArray();
		expect(stored.length).toBeGreaterThan(0);
		expect(stored.every((c) => c.deckId === 'import:test' && c.source.file === 'test.md')).toBe(
			true
		);
	});
});
