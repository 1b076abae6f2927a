/** The deck screen's status messages (`deck_…` and the preset errors), rendered through Paraglide. */
import { m } from '$lib/paraglide/messages';
import { SETTINGS_MESSAGES, renderMessage, type MessageTable } from '../messages';
import type { Message } from '$lib/core/message';

/** Every message the deck screen's actions can report. */
export const DECK_MESSAGES: MessageTable = {
	...SETTINGS_MESSAGES,
	deck_renamed: m.deck_renamed,
	deck_deleted: m.deck_deleted,
	deck_hidden_done: m.deck_hidden_done,
	deck_shown_done: m.deck_shown_done,
	deck_reset_done: m.deck_reset_done,
	deck_preset_chosen: m.deck_preset_chosen,
	deck_preset_saved: m.deck_preset_saved,
	deck_preset_created: m.deck_preset_created,
	deck_preset_deleted: m.deck_preset_deleted,
	deck_extended: m.deck_extended,
	deck_error_other: m.deck_error_other,
	deck_rename_error_empty: m.deck_rename_error_empty,
	deck_rename_error_long: m.deck_rename_error_long,
	deck_preset_error_not_object: m.deck_preset_error_not_object,
	deck_preset_error_name: m.deck_preset_error_name,
	deck_preset_error_parameters: m.deck_preset_error_parameters,
	deck_preset: m.deck_preset,
	deck_preset_name: m.deck_preset_name,
	deck_preset_new_per_day: m.deck_preset_new_per_day,
	deck_preset_reviews_per_day: m.deck_preset_reviews_per_day,
	deck_preset_bury_new: m.deck_preset_bury_new,
	deck_preset_bury_reviews: m.deck_preset_bury_reviews,
	deck_preset_bury_interday: m.deck_preset_bury_interday,
	deck_preset_parameters: m.deck_preset_parameters
};

/** A deck screen message in words. */
export const deckMessage = (message: Message) => renderMessage(message, DECK_MESSAGES);
