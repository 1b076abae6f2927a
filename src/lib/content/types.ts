/**
 * Shapes shared by the notes converter and everything that consumes its output
 * (database import, review, quiz generation, command drill).
 *
 * Text fields (`front`, `back`, `context`) hold Markdown source, never HTML: they are rendered
 * through the Markdown renderer and DOMPurify at display time.
 */
import type { NotesWarningCode, WarningParams } from './notes/warnings';

export type { NotesWarningCode, WarningParams };

export type {
	CardKind,
	CardPattern,
	CommandItem,
	CommandSlot,
	NoteCard,
	SourceRef
} from '$lib/cards/note-card';
import type { NoteCard } from '$lib/cards/note-card';

/**
 * What the importer says about an image the notes refer to (see `ParseOptions.resolveImage`):
 * the Markdown URL of the stored image (`media:<hash>`), or why it cannot be shown.
 */
export type ImageResolution =
	| { url: string }
	| { problem: 'missing' | 'not-image' | 'remote' }
	| { problem: 'too-large'; size: string; max: number };

/**
 * A part of the notes that made no card, with the reason as a message id and its parameters
 * (rendered by the UI and `npm run cards` from `messages/{ko,en}.json`).
 */
export interface NotesWarning {
	file: string;
	/** 1-based line the reason refers to. */
	line: number;
	code: NotesWarningCode;
	params?: WarningParams;
}

/** What the converter returns for one notes file. */
export interface ParsedNotes {
	file: string;
	/** Deck title: the first level-1 heading, else the file name without extension. */
	title: string;
	cards: NoteCard[];
	warnings: NotesWarning[];
}
