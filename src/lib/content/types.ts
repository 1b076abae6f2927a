/**
 * Shapes shared by the notes converter and everything that consumes its output
 * (database import, review, quiz generation, command drill).
 *
 * Text fields (`front`, `back`, `context`) hold Markdown source, never HTML: they are rendered
 * through the Markdown renderer and DOMPurify at display time.
 */

/** Closed set of card kinds. `command` cards are answered by typing a command (judged by the drill matcher). */
export type CardKind = 'basic' | 'reversed' | 'cloze' | 'typein' | 'command';

/**
 * Which rule of the converter made a card (see `questions/README.md` and `parse.ts`):
 * - `sentence`: heading (or term) → a sentence bullet; `sentence-reverse`: sentence → the term;
 * - `term`: `term: definition` / `term - definition` bullet; `list`: bullet with children → the list;
 * - `names`: `A, B, C` bullet → "examples of …";
 * - `command-inline`: `` `cmd`: description `` bullet; `command-term`: `명령어: cmd` bullet;
 *   `command-block`: one command line of a code block;
 * - explicit syntax: `qa` (`Q :: A`), `qa-reversed` (`Q ::: A`, both directions),
 *   `multiline` (`?` / `??` separator lines), `cloze` (`==term==`, `{{c1::term}}`).
 */
export type CardPattern =
	| 'sentence'
	| 'sentence-reverse'
	| 'term'
	| 'list'
	| 'names'
	| 'command-inline'
	| 'command-term'
	| 'command-block'
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
	 * Where the card sits, outermost first: the headings above it, then the terms of its parent
	 * bullets, e.g. `['study_Docker', 'Docker', '특징']` for `- 특징` › `- 표준성: …` under `## Docker`.
	 * (Ids use the headings only; see `id`.)
	 */
	topic: string[];
	/** Parent bullet text, when the card comes from a nested bullet. */
	context?: string;
	/** For cloze cards: which cloze (1-based) this card hides. */
	clozeIndex?: number;
	/** For `command` cards: the command to recall. */
	command?: CommandItem;
	tags: string[];
	source: SourceRef;
	/** The converter rule that made this card (always set by `parseNotes`). */
	pattern?: CardPattern;
}

/** A part of the notes that could not be used, with a reason a person can act on. */
export interface NotesWarning {
	file: string;
	line: number;
	reason: string;
}

/** What the converter returns for one notes file. */
export interface ParsedNotes {
	file: string;
	/** Deck title: the first level-1 heading, else the file name without extension. */
	title: string;
	cards: NoteCard[];
	warnings: NotesWarning[];
}
