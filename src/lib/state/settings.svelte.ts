/**
 * The settings screen's study form: the collection-wide options (Anki's preferences: next day
 * starts at, learn-ahead limit) and the daily limits of the whole collection, which every deck's
 * preset caps within. Per-deck options (retention, steps, limits per deck, burying) are the deck
 * screen's presets. Filled from the stored scheduler settings (and disabled until they are loaded,
 * so nothing typed is overwritten), validated and saved through the services. The theme is a
 * device preference (localStorage), applied at once.
 */
import { msg, type Message } from '$lib/core/message';
import { DEFAULT_SCHEDULER_SETTINGS, SettingsError, type SchedulerSettings } from '$lib/scheduling';
import type { ServiceContext } from '$lib/services/context';
import { saveSchedulerSettings } from '$lib/services/settings';
import { THEME_KEY, applyTheme, readTheme, type ThemeChoice } from './preferences';

/** The form's fields as the inputs hold them. */
export interface SettingsFormFields {
	/** New cards per study day over every deck together. */
	newPerDay: number;
	/** Reviews per study day over every deck together. */
	reviewsPerDay: number;
	dayStartHour: number;
	learnAheadMinutes: number;
}

/** The form fields showing `s`. */
export function fieldsOf(s: SchedulerSettings): SettingsFormFields {
	return {
		newPerDay: s.newPerDay,
		reviewsPerDay: s.reviewsPerDay,
		dayStartHour: s.dayStartHour,
		learnAheadMinutes: s.learnAheadMinutes
	};
}

export class SettingsForm {
	form = $state<SettingsFormFields>(fieldsOf(DEFAULT_SCHEDULER_SETTINGS));
	/** The outcome of the last save. */
	message = $state.raw<{ ok: boolean; text: Message } | null>(null);
	theme = $state<ThemeChoice>('system');

	/**
	 * Create inside a component.
	 * @param current the stored settings (the form follows them when they change)
	 * @param ctx the service context (null while storage is not ready)
	 * @param saved told the settings now stored
	 */
	constructor(
		private readonly current: () => SchedulerSettings,
		private readonly ctx: () => ServiceContext | null,
		private readonly saved: (settings: SchedulerSettings) => void
	) {
		$effect(() => {
			this.form = fieldsOf(this.current());
		});
	}

	/** Read the theme chosen on this device. */
	loadTheme(storage: Pick<Storage, 'getItem'>): void {
		this.theme = readTheme(storage);
	}

	/** Validate and store the form; the outcome goes to {@link SettingsForm.message}. */
	async save(): Promise<void> {
		const c = this.ctx();
		if (!c) return;
		try {
			const settings = await saveSchedulerSettings(c.db, { ...this.current(), ...this.form });
			this.saved(settings);
			this.message = { ok: true, text: msg('settings_saved') };
		} catch (error) {
			const reason: Message =
				error instanceof SettingsError
					? error.reason
					: msg('settings_error_other', { reason: String(error) });
			this.message = { ok: false, text: msg('settings_invalid', { reason }) };
		}
	}

	/** Choose and apply a theme, and remember it on this device. */
	chooseTheme(choice: ThemeChoice, storage: Pick<Storage, 'setItem'>, root: HTMLElement): void {
		this.theme = choice;
		storage.setItem(THEME_KEY, choice);
		applyTheme(root, choice);
	}
}
