/** Public API of the notes converter: Markdown notes → cards, command items, ids, rendering. */
export {
	parseNotes,
	parseNotesBytes,
	isShortTerm,
	looksBinary,
	LIST_MAX,
	MAX_COMMANDS_PER_BLOCK
} from './parse';
export type { ParseOptions } from './parse';
export type { ImageResolution } from './types';
export { decodeNotes } from './notes/decode';
export type { DecodedNotes } from './notes/decode';
export { NOTES_WARNINGS } from './notes/warnings';
export { diffDecks } from './diff';
export type { DeckDiff, DiffableCard } from './diff';
export {
	cardAnchor,
	cardIdFromAnchor,
	hash53,
	normaliseAnchorPart,
	normaliseNotesText
} from './identity';
export { commandsFromCode, isCommandLine, slotName, toCommandItem } from './commands';
export type { CodeCommand } from './commands';
export { isSafeUrl, renderCardMarkdown } from './render';
export { sourceSection } from './section';
export type { SourceSection } from './section';
export type {
	CardKind,
	CardPattern,
	CommandItem,
	CommandSlot,
	NoteCard,
	NotesWarning,
	NotesWarningCode,
	ParsedNotes,
	SourceRef,
	WarningParams
} from './types';
