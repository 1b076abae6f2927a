/**
 * A notes warning (message id + parameters from the converter) as text in the current locale,
 * through the message table of its ids (so an id missing from `messages/` fails the type check).
 */
import type { NotesWarning } from '$lib/content/types';
import { m } from '$lib/paraglide/messages';
import { renderMessage, type MessageTable } from './messages';

/** Every reason the notes converter gives for a part of the notes that made no card. */
export const NOTES_MESSAGES: MessageTable = {
	notes_empty_file: m.notes_empty_file,
	notes_binary_file: m.notes_binary_file,
	notes_decoded: m.notes_decoded,
	notes_invalid_utf8: m.notes_invalid_utf8,
	notes_no_cards: m.notes_no_cards,
	notes_too_deep: m.notes_too_deep,
	notes_parse_stopped: m.notes_parse_stopped,
	notes_image_dropped: m.notes_image_dropped,
	notes_image_missing: m.notes_image_missing,
	notes_image_not_image: m.notes_image_not_image,
	notes_image_remote: m.notes_image_remote,
	notes_image_too_large: m.notes_image_too_large,
	notes_image_no_card: m.notes_image_no_card,
	notes_html_dropped: m.notes_html_dropped,
	notes_html_block: m.notes_html_block,
	notes_description: m.notes_description,
	notes_meta_sentence: m.notes_meta_sentence,
	notes_reference_link: m.notes_reference_link,
	notes_no_key_term: m.notes_no_key_term,
	notes_answer_shown: m.notes_answer_shown,
	notes_paragraph_no_card: m.notes_paragraph_no_card,
	notes_unclosed_fence: m.notes_unclosed_fence,
	notes_code_not_shell: m.notes_code_not_shell,
	notes_code_no_commands: m.notes_code_no_commands,
	notes_code_too_many: m.notes_code_too_many,
	notes_command_no_question: m.notes_command_no_question,
	notes_dockerfile_no_comment: m.notes_dockerfile_no_comment,
	notes_table_unused: m.notes_table_unused,
	notes_duplicate_card: m.notes_duplicate_card,
	notes_ambiguous_front: m.notes_ambiguous_front,
	notes_empty_side: m.notes_empty_side,
	notes_same_sides: m.notes_same_sides,
	notes_explicit_empty: m.notes_explicit_empty,
	notes_heading_empty: m.notes_heading_empty,
	notes_front_matter: m.notes_front_matter,
	notes_code_cloze_long: m.notes_code_cloze_long,
	notes_alike_reverse: m.notes_alike_reverse
};

/** The warning's reason in words (the message of its id, with its parameters). */
export function notesWarningText(w: NotesWarning): string {
	return renderMessage({ key: w.code, params: w.params ?? {} }, NOTES_MESSAGES);
}
