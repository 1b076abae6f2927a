/**
 * The card model's shapes, declared once: what the notes say about a card ({@link CardContent}),
 * the stored card ({@link CardRow}: content + memory state + the learner's flags and edit), and
 * the card as the learner sees it ({@link ShownCard}, the quiz generator's input).
 *
 * The converter's {@link NoteCard} (content + its anchor and rule) is declared in `./note-card`;
 * {@link _noteCardIsContent} keeps it and {@link CardContent} in step.
 */
import type { CardKind, CommandItem, NoteCard, SourceRef } from './note-card';
import type { MemoryState } from './memory';
import type { QueueValue } from './queue';

export type {
	CardKind,
	CardPattern,
	CommandItem,
	CommandSlot,
	NoteCard,
	SourceRef
} from './note-card';

/** What the notes say about one card. Text fields hold Markdown source, never HTML. */
export interface CardContent {
	/** Stable id hashed from the card's content anchor (see `$lib/content/identity`). */
	id: string;
	kind: CardKind;
	front: string;
	back: string;
	/** Headings and parent-bullet terms above the card, outermost first. */
	topic: string[];
	/** Parent bullet text, when the card comes from a nested bullet. */
	context?: string;
	/** Cloze cards: which cloze (1-based) this card hides. */
	clozeIndex?: number;
	/** Command cards: the command to recall. */
	command?: CommandItem;
	tags: string[];
	source: SourceRef;
}

// A converter card must be storable as card content (fails to compile if the two drift apart).
const _noteCardIsContent = (card: NoteCard): CardContent => card;
void _noteCardIsContent;

/** Text the learner edited locally; survives re-imports of the notes. */
export interface CardOverride {
	front?: string;
	back?: string;
}

/** A stored card: content, FSRS memory state (flattened so `due` can be indexed) and flags. */
export interface CardRow extends CardContent, MemoryState {
	deckId: string;
	/** Order among new cards (position in the notes), ascending. */
	position: number;
	/** The queue the card sits in; derived by `queueOf` except `retired` (set by imports). */
	queue: QueueValue;
	override?: CardOverride;
	/** Suspended by the learner or as a leech; the card stays out of every queue until unsuspended. */
	suspended?: boolean;
	/** Set while buried: the start of the study day on which the card comes back. */
	buriedUntil?: Date;
}

/**
 * A card as the learner sees it (the learner's edited text already applied, see `shownCard`):
 * what the quiz generator and other readers of card text take.
 */
export type ShownCard = Pick<
	CardRow,
	'id' | 'deckId' | 'kind' | 'front' | 'back' | 'topic' | 'command' | 'source'
>;
