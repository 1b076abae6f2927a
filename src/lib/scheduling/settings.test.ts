import { describe, expect, it } from 'vitest';
import { formatMessage } from '../../../tests/unit/format-message';
import {
	DEFAULT_SCHEDULER_SETTINGS,
	SETTING_LABELS,
	SettingsError,
	validateSchedulerSettings
} from './settings';

describe('validateSchedulerSettings', () => {
	it('round-trips the defaults and returns a fresh object', () => {
		const out = validateSchedulerSettings(DEFAULT_SCHEDULER_SETTINGS);
		expect(out).toEqual(DEFAULT_SCHEDULER_SETTINGS);
		expect(out).not.toBe(DEFAULT_SCHEDULER_SETTINGS);
		expect(out.learningSteps).not.toBe(DEFAULT_SCHEDULER_SETTINGS.learningSteps);
	});

	it('fills missing fields with defaults and drops unknown ones', () => {
		const out = validateSchedulerSettings({ newPerDay: 5, colour: 'red' });
		expect(out).toEqual({ ...DEFAULT_SCHEDULER_SETTINGS, newPerDay: 5 });
		expect('colour' in out).toBe(false);
	});

	it('has the documented defaults', () => {
		expect(DEFAULT_SCHEDULER_SETTINGS).toEqual({
			desiredRetention: 0.9,
			learningSteps: ['1m', '10m'],
			relearningSteps: ['10m'],
			maximumIntervalDays: 36500,
			newPerDay: 20,
			reviewsPerDay: 200,
			dayStartHour: 4,
			leechThreshold: 8,
			learnAheadMinutes: 20
		});
	});

	it('accepts the retention bounds 0.70 and 0.97 and empty step lists', () => {
		expect(validateSchedulerSettings({ desiredRetention: 0.7 }).desiredRetention).toBe(0.7);
		expect(validateSchedulerSettings({ desiredRetention: 0.97 }).desiredRetention).toBe(0.97);
		expect(validateSchedulerSettings({ learningSteps: [] }).learningSteps).toEqual([]);
	});

	const bad: Array<[string, unknown]> = [
		['desiredRetention', 0.69],
		['desiredRetention', 0.98],
		['desiredRetention', Number.NaN],
		['desiredRetention', '0.9'],
		['learningSteps', ['1m', '10']],
		['learningSteps', ['0m']],
		['learningSteps', ['1.5m']],
		['relearningSteps', '10m'],
		['maximumIntervalDays', 0],
		['maximumIntervalDays', 36501],
		['newPerDay', -1],
		['newPerDay', 2.5],
		['reviewsPerDay', Number.POSITIVE_INFINITY],
		['dayStartHour', 24],
		['leechThreshold', 0],
		['learnAheadMinutes', -5]
	];
	for (const [field, value] of bad) {
		it(`rejects ${field} = ${JSON.stringify(value) ?? String(value)} with a reason in both languages`, () => {
			let caught: unknown;
			try {
				validateSchedulerSettings({ [field]: value });
			} catch (e) {
				caught = e;
			}
			expect(caught).toBeInstanceOf(SettingsError);
			const err = caught as SettingsError;
			expect(err.field).toBe(field);
			const ko = formatMessage(err.reason, 'ko');
			const en = formatMessage(err.reason, 'en');
			expect(ko).toMatch(/[가-힣]/);
			expect(en).not.toMatch(/[가-힣]/);
			// The reason names the setting by its form label.
			expect(ko).toContain(
				formatMessage({ key: SETTING_LABELS[field as keyof typeof SETTING_LABELS] }, 'ko')
			);
		});
	}

	it('rejects a non-object with field null', () => {
		expect(() => validateSchedulerSettings(null)).toThrow(SettingsError);
		try {
			validateSchedulerSettings('x');
		} catch (e) {
			expect((e as SettingsError).field).toBeNull();
		}
	});
});
