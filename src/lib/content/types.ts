/**
 * Shapes shared by the notes converter and everything that consumes its output
 * (database import, review, quiz generation, command drill).
 *
 * Text fields (`front`, `back`, `context`) hold Markdown source, never HTML: they are rendered
 * through the Markdown renderer and DOMPurify at display time.
 */
import type { NotesWarningCode, WarningParams } from './notes/warnings';

export type { NotesWarningCode, WarningParams };

/** Closed set of card kinds. `command` cards are answered by typing a command (judged by the drill matcher). */
export type CardKind = 'basic' | 'reversed' | 'cloze' | 'typein' | 'command';

/**
 * Which rule of the converter made a card (see `questions/README.md` and `notes/rules/`):
 * - `sentence-cloze`: a sentence with one key term blanked; `definition-cloze`: the same inside
 *   a `term: definition`;
 * - `term`: `term: definition` (term asks); `term-reverse`: definition asks, term answers;
 * - `parent-reverse`: a sentence under a parent term asks for that term (`스케줄링`);
 * - `list`: a parent with 2–5 children → the children; `names`: `A, B, C` → "examples of …";
 * - `command-inline`: `` `cmd`: description `` (description asks); `command-meaning`: the
 *   command asks what it does; `command-term`: `명령어: cmd`; `command-block`: a command line
 *   of a code block asked by its description; `code-cloze`: one line of a block blanked;
 *   `heading-command`: a heading that names a command, asked by the text under it;
 * - `dockerfile`: a Dockerfile instruction asked by its comment;
 * - `table-row` / `table-reverse`: a table row, first cell ↔ the others;
 * - explicit syntax: `qa` (`Q :: A`), `qa-reversed` (`Q ::: A`), `qa-typein` (`Q ::> A`),
 *   `multiline` (`?` / `??` lines), `cloze` (`==term==`, `{{c1::term}}`).
 */
export type CardPattern =
	| 'sentence-cloze'
	| 'definition-cloze'
	| 'term'
	| 'term-reverse'
	| 'parent-reverse'
	| 'list'
	| 'names'
	| 'command-inline'
	| 'command-meaning'
	| 'command-term'
	| 'command-block'
	| 'code-cloze'
	| 'heading-command'
	| 'dockerfile'
	| 'table-row'
	| 'table-reverse'
	| 'qa'
	| 'qa-reversed'
	| 'qa-typein'
	| 'multiline'
	| 'cloze';

/** Where a card's text comes from. `line` is 1-based, the line its text starts on. */
export interface SourceRef {
	file: string;
	line: number;
	/** Last line (inclusive, 1-based) of the source block, when it spans several lines. */
	endLine?: number;
}

/** A named slot in a command template, e.g. `[ubuntu 사용자 계정 이름]` → `{ name: 'user', label: 'ubuntu 사용자 계정 이름' }`. */
export interface CommandSlot {
	name: string;
	label: string;
}

/** A command the learner should be able to type from memory, found in the notes. */
export interface CommandItem {
	/** The command with slots written as `{name}`, e.g. `sudo usermod -aG docker {user}`. */
	template: string;
	/** The command exactly as written in the notes (placeholders kept). */
	original: string;
	slots: CommandSlot[];
}

/** One card produced from notes. */
export interface NoteCard {
	/**
	 * Stable id derived from the content anchor (deck + heading path + front, normalised), so an
	 * edited notes file keeps the history of unchanged cards. Synchronous hash; no crypto.subtle.
	 */
	id: string;
	/** The anchor string the id is hashed from (kept to explain and debug identity). */
	anchor: string;
	kind: CardKind;
	front: string;
	back: string;
	/**
	 * Where the card sits, outermost first: the headings above it (numbering and markup removed),
	 * e.g. `['study_Docker', 'Docker']` for `- 특징` › `- 표준성: …` under `## Docker`. A heading
	 * that contains the card's answer is left out (it would give the answer away).
	 */
	topic: string[];
	/** The nearest parent bullet's label, when the card comes from a nested bullet. */
	context?: string;
	/**
	 * Sibling group: every card made from one note (bullet, sentence, table row, code block)
	 * shares this key, so a review can bury a card's siblings. Stable like `id`. Always set by
	 * `parseNotes`; optional for cards made elsewhere (the drill deck).
	 */
	note?: string;
	/** For cloze cards: which cloze (1-based) this card hides. */
	clozeIndex?: number;
	/** For `command` cards: the command to recall. */
	command?: CommandItem;
	tags: string[];
	source: SourceRef;
	/** The converter rule that made this card (always set by `parseNotes`). */
	pattern?: CardPattern;
}

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
