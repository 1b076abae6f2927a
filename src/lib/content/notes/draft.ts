/**
 * What rules hand to the walker: card drafts, the scope a block sits in, and the walker's
 * services (`Sink`). Rules never see the parser or the final card ids.
 */
import type { CardKind, CardPattern, CommandItem } from '../types';
import type { Block, HeadingBlock } from './blocks';
import type { Vocabulary } from './key-terms';
import type { NotesWarningCode, WarningParams } from './warnings';

/** A parent bullet as context for its children. */
export interface Parent {
	/** Short Markdown label shown on children's fronts (≤ 60 characters), '' when too long. */
	label: string;
	/** The parent's term (plain) when it is a real term a reverse card may answer with. */
	term?: string;
	/** The term or text used in identity keys (plain). */
	key: string;
	/** The parent has its own definition (`term: definition`): its children do not define it. */
	defined?: boolean;
	line: number;
	/** The nearest meaningful parent above this one. */
	up?: Parent;
}

/** Where a block sits. */
export interface Scope {
	/** Nearest parent bullet with a label (for fronts), if any. */
	parent?: Parent;
	/** Every parent bullet, outermost first (identity keys). */
	parents: Parent[];
	quote: boolean;
	/** The parent already has a list card naming these children (they need no card of their own). */
	listed?: boolean;
}

/** A card before ids are given. */
export interface Draft {
	kind: CardKind;
	pattern: CardPattern;
	front: string;
	back: string;
	/** The answer's key term (plain): never shown with the question. '' to skip the check. */
	answer: string;
	/** Identity key: the last part of the anchor (see `finalise.ts`). */
	key: string;
	/** Sibling group material: the same for every card of one note (bullet, row, block). */
	note: string;
	line: number;
	endLine?: number;
	/** Topic override (default: the heading path). */
	topic?: string[];
	context?: string;
	clozeIndex?: number;
	command?: CommandItem;
}

/** Services the walker gives rules. */
export interface Sink {
	readonly korean: boolean;
	readonly vocabulary: Vocabulary;
	/** The deck title (the first level-1 heading), once read. */
	readonly title: string | null;
	/** Headings above the current block, outermost first (plain). */
	headingPath(): string[];
	/** The innermost heading, else the title. */
	lastHeading(): string;
	/** Add a card; returns false when it was refused (empty, answer shown …) with a warning. */
	add(draft: Draft): boolean;
	warn(line: number, code: NotesWarningCode, params?: WarningParams): void;
	/** Walk blocks in a scope (for content nested in a rule's block). */
	walk(blocks: Block[], scope: Scope): void;
	/** Parse a piece of Markdown found inside a block (indented prose) into blocks. */
	reparse(text: string, lineOffset: number): Block[];
	/** A bold line read as a heading (`**설치 방법**`): starts a section below the real headings. */
	pseudoHeading(text: string, line: number): void;
	/** A heading found inside a list item (`- ## 설치`). */
	heading(b: HeadingBlock, scope: Scope): void;
	/**
	 * The command named by the current heading (`## 2) docker images`) if nothing has asked it
	 * yet; taking it marks it asked.
	 */
	takeHeadingCommand(): { command: string; line: number } | null;
}
