/**
 * Why part of the notes made no card: message ids (keys in `messages/{ko,en}.json`) and their
 * parameters. The converter never writes user-facing text; the import screen and
 * `npm run cards` render these.
 */
export const NOTES_WARNINGS = [
	'notes_empty_file',
	'notes_binary_file',
	'notes_decoded',
	'notes_invalid_utf8',
	'notes_no_cards',
	'notes_too_deep',
	'notes_parse_stopped',
	'notes_image_dropped',
	'notes_image_missing',
	'notes_image_not_image',
	'notes_image_remote',
	'notes_image_too_large',
	'notes_image_no_card',
	'notes_html_dropped',
	'notes_html_block',
	'notes_description',
	'notes_meta_sentence',
	'notes_reference_link',
	'notes_no_key_term',
	'notes_answer_shown',
	'notes_paragraph_no_card',
	'notes_unclosed_fence',
	'notes_code_not_shell',
	'notes_code_no_commands',
	'notes_code_too_many',
	'notes_command_no_question',
	'notes_dockerfile_no_comment',
	'notes_table_unused',
	'notes_duplicate_card',
	'notes_ambiguous_front',
	'notes_empty_side',
	'notes_same_sides',
	'notes_explicit_empty',
	'notes_heading_empty',
	'notes_front_matter',
	'notes_code_cloze_long',
	'notes_alike_reverse'
] as const;

/** A warning's message id. */
export type NotesWarningCode = (typeof NOTES_WARNINGS)[number];

/** Parameters of a warning message (all shown as text). */
export type WarningParams = Record<string, string | number>;
