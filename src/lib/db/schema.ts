/**
 * The one Dexie database of the app. Every table is touched only through the repository
 * functions in this folder; every schema change is a new `db.version(n)` with an upgrade.
 *
 * Dates are stored as `Date` objects (IndexedDB keeps them as dates and can index them).
 */
import Dexie, { type EntityTable } from 'dexie';
import type { CardRow, DeckOrigin, MemoryState, QueueValue } from '$lib/cards';

// The card model is declared in `$lib/cards`; these names stay importable from here for the
// modules that still take them from the database layer.
export { QUEUE } from '$lib/cards';
export type { CardOverride, CardRow, DeckOrigin, QueueValue } from '$lib/cards';

/** A deck: one notes file (bundled or imported) and the cards made from it. */
export interface DeckRow {
	/** `bundled:<file>` or `import:<file name, normalised>` (see `deckIdFor`); re-importing the same file updates the deck. */
	id: string;
	title: string;
	origin: DeckOrigin;
	/** The notes file name the deck was built from. */
	file: string;
	/** The notes text last imported (kept so a card can show its source section). */
	sourceText: string;
	createdAt: Date;
	updatedAt: Date;
}

/** Where a review came from: the review screen, a wrong quiz answer, or a drill. */
export type ReviewOrigin = 'review' | 'quiz' | 'drill';

/** One row per rating; `stateBefore` lets undo restore the card exactly. */
export interface ReviewLogRow {
	id?: number;
	cardId: string;
	deckId: string;
	/** ts-fsrs Rating value: Again=1, Hard=2, Good=3, Easy=4 (never a button index). */
	rating: 1 | 2 | 3 | 4;
	reviewedAt: Date;
	origin: ReviewOrigin;
	stateBefore: MemoryState;
	stateAfter: MemoryState;
	/** Queue and bury/suspend flags before the review, restored by undo. */
	queueBefore: QueueValue;
	/** Days since the previous review (fractional), as ts-fsrs reports it. */
	elapsedDays: number;
	/** Days until the next due (fractional), as ts-fsrs reports it. */
	scheduledDays: number;
}

export interface SettingRow {
	key: string;
	value: unknown;
}

/** Quiz attempt status: running until submitted (by the learner or at the deadline). */
export type QuizAttemptStatus = 'running' | 'submitted';

/**
 * One quiz attempt (schema version 2). `data` holds the quiz feature's own state (questions,
 * answers, deadline); its shape is owned by `$lib/quiz` and is kept opaque here for now.
 */
export interface QuizAttemptRow {
	id: string;
	status: QuizAttemptStatus;
	startedAt: Date;
	data: unknown;
	/**
	 * Set once, when the attempt is submitted and its wrong cards were logged as quiz lapses (in
	 * the same transaction): read by the statistics screen and the attempt history.
	 */
	score?: { correct: number; total: number };
}

/**
 * Version 1 stores, kept exactly as first shipped: a database written by v1 is upgraded from
 * these (the migration test builds its fixture from them). Never edit; add a new version.
 */
export const STORES_V1 = {
	decks: 'id, origin',
	cards: 'id, deckId, [deckId+queue+due], [deckId+queue+position], queue, *tags',
	reviewLogs: '++id, cardId, [deckId+reviewedAt], reviewedAt',
	settings: 'key'
} as const;

/**
 * Version 2 adds `quizAttempts` (timed quizzes: find the running attempt by `status`, list
 * attempts by `startedAt`). Only a new table: Dexie creates it on upgrade and no existing row
 * changes, so no upgrade function is needed (Dexie docs, "Database Versioning").
 */
export const STORES_V2 = {
	quizAttempts: 'id, status, startedAt'
} as const;

/**
 * Version 4 adds `media`: the images of imported notes, one row per distinct content (keyed by
 * its sha-256), the Blob itself in the row. A new table only; no row changes. (Version 3 is the
 * options presets' schema.)
 */
export const STORES_V4 = {
	media: 'hash'
} as const;

/** The current schema version (what `db.verno` reads once open). */
export const SCHEMA_VERSION = 4;

/**
 * One stored image (schema version 4). Cards refer to it as `![alt](media:<hash>)`
 * (`$lib/cards/media`); the same picture imported twice, from any deck, is one row.
 */
export interface MediaRow {
	/** sha-256 of the bytes, lower-case hex. */
	hash: string;
	/** The image's bytes, with `type` as its MIME type. */
	blob: Blob;
	/** Sniffed from the bytes (`image/png`, …), never taken from the file name. */
	type: string;
	/** Bytes. */
	size: number;
	/** The file name it was first imported as (shown in the backup preview, never on a card). */
	name: string;
	addedAt: Date;
}

export class StudyDb extends Dexie {
	decks!: EntityTable<DeckRow, 'id'>;
	cards!: EntityTable<CardRow, 'id'>;
	reviewLogs!: EntityTable<ReviewLogRow, 'id'>;
	settings!: EntityTable<SettingRow, 'key'>;
	quizAttempts!: EntityTable<QuizAttemptRow, 'id'>;
	media!: EntityTable<MediaRow, 'hash'>;

	constructor(name = 'study-docker') {
		super(name);
		this.version(1).stores(STORES_V1);
		this.version(2).stores(STORES_V2);
		this.version(4).stores(STORES_V4);
	}
}

/**
 * The schema version of the database as stored (Dexie keeps version `n` as IndexedDB version
 * `n × 10`). Higher than {@link SCHEMA_VERSION} when a newer build upgraded it: Dexie 4 still
 * opens such a database if our tables exist, so start-up checks this (case C07).
 */
export function storedSchemaVersion(db: Dexie): number {
	return db.isOpen() ? db.backendDB().version / 10 : 0;
}
