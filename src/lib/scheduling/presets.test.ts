import { describe, expect, it } from 'vitest';
import { default_w } from 'ts-fsrs';
import {
	DEFAULT_PRESET_ID,
	PresetError,
	decksOfPreset,
	defaultPreset,
	presetOf,
	schedulerSettingsFor,
	validatePreset
} from './presets';
import { DEFAULT_SCHEDULER_SETTINGS } from './settings';

describe('presets', () => {
	it('round-trip: a valid preset validates to itself; missing options take the defaults', () => {
		const preset = { ...defaultPreset(), id: 'p1', name: '  내 덱  ', newPerDay: 5 };
		expect(validatePreset(preset)).toEqual({ ...preset, name: '내 덱' });
		expect(validatePreset({ id: 'p2' })).toEqual({ ...defaultPreset(), id: 'p2' });
		const tuned = { ...preset, fsrsParameters: [...default_w] };
		expect(validatePreset(tuned).fsrsParameters).toEqual([...default_w]);
	});

	it('bury siblings is on by default, limits are Anki’s, scheduling fields follow the settings', () => {
		const p = defaultPreset({ ...DEFAULT_SCHEDULER_SETTINGS, desiredRetention: 0.85 });
		expect(p).toMatchObject({
			id: DEFAULT_PRESET_ID,
			newPerDay: 20,
			reviewsPerDay: 200,
			desiredRetention: 0.85,
			buryNew: true,
			buryReviews: true,
			buryInterdayLearning: true
		});
		expect(p.fsrsParameters).toBeUndefined();
	});

	it('rejects bad options with the field and a message naming it', () => {
		const bad = (input: object) => {
			try {
				validatePreset({ id: 'p', ...input });
			} catch (e) {
				expect(e).toBeInstanceOf(PresetError);
				return { field: (e as PresetError).field, key: (e as PresetError).reason.key };
			}
			throw new Error('accepted');
		};
		expect(bad({ newPerDay: -1 })).toEqual({ field: 'newPerDay', key: 'settings_error_integer' });
		expect(bad({ reviewsPerDay: 1.5 })).toEqual({
			field: 'reviewsPerDay',
			key: 'settings_error_integer'
		});
		expect(bad({ desiredRetention: 0.99 })).toEqual({
			field: 'desiredRetention',
			key: 'settings_error_retention'
		});
		expect(bad({ learningSteps: ['10'] })).toEqual({
			field: 'learningSteps',
			key: 'settings_error_steps'
		});
		expect(bad({ name: 'x'.repeat(61) })).toEqual({ field: 'name', key: 'deck_preset_error_name' });
		expect(bad({ fsrsParameters: [1, 2, 3] })).toEqual({
			field: 'fsrsParameters',
			key: 'deck_preset_error_parameters'
		});
		expect(bad({ fsrsParameters: [...default_w.slice(0, 20), Number.NaN] })).toEqual({
			field: 'fsrsParameters',
			key: 'deck_preset_error_parameters'
		});
		expect(() => validatePreset(null)).toThrow(PresetError);
		expect(() => validatePreset({ name: 'no id' })).toThrow(PresetError);
	});

	it('a deck uses its chosen preset, else the built-in one (also when the chosen one is gone)', () => {
		const mine = { ...defaultPreset(), id: 'p1', name: 'mine', newPerDay: 3 };
		const book = {
			presets: [defaultPreset(), mine],
			deckPresets: { a: 'p1', b: 'gone' }
		};
		expect(presetOf(book, 'a')).toBe(mine);
		expect(presetOf(book, 'b').id).toBe(DEFAULT_PRESET_ID);
		expect(presetOf(book, 'c').id).toBe(DEFAULT_PRESET_ID);
		expect(decksOfPreset(book, 'p1', ['a', 'b', 'c'])).toEqual(['a']);
		expect(decksOfPreset(book, DEFAULT_PRESET_ID, ['a', 'b', 'c'])).toEqual(['b', 'c']);
	});

	it('scheduler settings of a preset keep the collection’s study day and take the preset’s options', () => {
		const collection = { ...DEFAULT_SCHEDULER_SETTINGS, dayStartHour: 6, newPerDay: 50 };
		const preset = { ...defaultPreset(), desiredRetention: 0.8, learningSteps: ['5m'] };
		expect(schedulerSettingsFor(collection, preset)).toMatchObject({
			dayStartHour: 6,
			desiredRetention: 0.8,
			learningSteps: ['5m'],
			newPerDay: 20
		});
	});
});
