/** Preset use cases on fake IndexedDB with a fixed clock. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { default_w } from 'ts-fsrs';
import { StudyDb, setSetting } from '$lib/db';
import { DEFAULT_SCHEDULER_SETTINGS, PresetError, Rating, newMemoryState } from '$lib/scheduling';
import { schedulerOf, type ServiceContext } from './context';
import {
	DEFAULT_PRESET_ID,
	createPreset,
	deletePreset,
	getPreset,
	listPresets,
	loadPresetBook,
	presetForDeck,
	savePreset,
	setDeckPreset
} from './presets';

const NOW = new Date('2025-03-10T01:00:00Z');
let db: StudyDb;
let n = 0;
const ctx = (): ServiceContext => ({
	db,
	now: () => NOW,
	settings: { ...DEFAULT_SCHEDULER_SETTINGS, desiredRetention: 0.85 },
	timeZone: 'Asia/Seoul',
	fuzz: false
});

beforeEach(async () => {
	db = new StudyDb(`presets-${++n}`);
	await db.open();
});
afterEach(async () => {
	await db.delete();
});

describe('preset use cases', () => {
	it('round-trip: create, edit, choose for a deck, read back; the built-in one always exists', async () => {
		expect((await listPresets(ctx())).map((p) => p.id)).toEqual([DEFAULT_PRESET_ID]);
		// Before any preset is stored, the built-in one carries the learner's old settings.
		expect((await presetForDeck(ctx(), 'import:a')).desiredRetention).toBe(0.85);

		const light = await createPreset(ctx(), '가볍게');
		expect(light.id).not.toBe(DEFAULT_PRESET_ID);
		const edited = await savePreset(ctx(), { ...light, newPerDay: 5 });
		await setDeckPreset(ctx(), 'import:a', light.id);
		expect(await presetForDeck(ctx(), 'import:a')).toEqual(edited);
		expect((await presetForDeck(ctx(), 'import:b')).id).toBe(DEFAULT_PRESET_ID);
		expect(await getPreset(ctx(), light.id)).toEqual(edited);
		expect(await getPreset(ctx(), 'nope')).toBeNull();

		const book = await loadPresetBook(db, ctx().settings);
		expect(book.deckPresets).toEqual({ 'import:a': light.id });
		expect(book.presets.map((p) => p.name)).toEqual(['', '가볍게']);
	});

	it('a bad preset is refused and nothing is written', async () => {
		const p = await createPreset(ctx(), 'x');
		await expect(savePreset(ctx(), { ...p, newPerDay: -1 })).rejects.toThrow(PresetError);
		expect((await getPreset(ctx(), p.id))?.newPerDay).toBe(20);
	});

	it('deleting a preset moves its decks back to the built-in one; the built-in one stays', async () => {
		const p = await createPreset(ctx(), 'x');
		await setDeckPreset(ctx(), 'import:a', p.id);
		expect(await deletePreset(ctx(), p.id)).toEqual(['import:a']);
		expect((await presetForDeck(ctx(), 'import:a')).id).toBe(DEFAULT_PRESET_ID);
		await expect(deletePreset(ctx(), DEFAULT_PRESET_ID)).rejects.toThrow(RangeError);
	});

	it('a damaged preset row is skipped; its decks use the built-in preset', async () => {
		await setSetting(db, 'preset:bad', { id: 'bad', newPerDay: 'many' });
		await setDeckPreset(ctx(), 'import:a', 'bad');
		expect((await listPresets(ctx())).map((p) => p.id)).toEqual([DEFAULT_PRESET_ID]);
		expect((await presetForDeck(ctx(), 'import:a')).id).toBe(DEFAULT_PRESET_ID);
	});

	it('each deck is scheduled with its preset: retention and optimised parameters take effect', async () => {
		const strict = await createPreset(ctx(), 'strict');
		const tuned = [...default_w];
		tuned[2] = 10; // initial stability after Good: 10 days instead of ~2.3
		await savePreset(ctx(), { ...strict, fsrsParameters: tuned, desiredRetention: 0.9 });
		await setDeckPreset(ctx(), 'import:tuned', strict.id);
		const c = { ...ctx(), presets: await loadPresetBook(db, ctx().settings) };
		const card = newMemoryState(NOW);
		const plain = schedulerOf(c).grade(card, Rating.Easy, NOW, 'import:plain');
		const mine = schedulerOf(c).grade(card, Rating.Good, NOW, 'import:tuned');
		expect(schedulerOf(c).forDeck('import:tuned').settings.desiredRetention).toBe(0.9);
		expect(schedulerOf(c).forDeck('import:plain').settings.desiredRetention).toBe(0.85);
		// Good on a new card with 1m/10m steps stays in learning on either preset; with the tuned
		// weights its stability is the tuned one.
		expect(mine.state.stability).toBeCloseTo(10, 5);
		expect(plain.state.stability).not.toBeCloseTo(10, 1);
	});
});
