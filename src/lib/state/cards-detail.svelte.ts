/**
 * One card's page: the card, its deck and history (live), its source section, and the actions
 * on it (edit, suspend, bury, reset), each a single write through `$lib/db`.
 *
 * Where the source text comes from: an imported deck keeps its notes in `DeckRow.sourceText`; the
 * bundled decks are stored with `sourceText: ''` (the text ships with the app), so their notes
 * are read from `questions/` through `import.meta.glob` — one small lazy chunk per file, only
 * loaded when a card's source is opened, and precached with the app so it works offline.
 * When neither is available (e.g. a deck restored from a backup) only `file:line` is shown.
 */
import { sourceSection, type SourceSection } from '$lib/content/section';
import {
	loadCardDetail,
	resetCard,
	setOverride,
	setSuspended,
	buryUntilNextDay,
	type CardDetail,
	type CardOverride,
	type DeckRow,
	type StudyDb
} from '$lib/db';
import { markSourceLine } from '$lib/components/cards/source-mark';
import { app } from './app.svelte';
import { Live } from './live.svelte';

/** The bundled notes files, `'/questions/…md' → loader of the raw text`. */
const BUNDLED_NOTES = import.meta.glob<string>(
	[
		'/questions/*.md',
		'/questions/drills/*.md',
		'!/questions/README.md',
		'!/questions/drills/README.md'
	],
	{ query: '?raw', import: 'default' }
);

/**
 * The notes text a card was made from.
 * @param sourceFile the card's `source.file` (bundled cards: `questions/<file>.md`)
 * @param files loaders of the bundled notes (tests pass their own)
 * @returns the text, or null when it is not available on this device
 */
export async function notesTextFor(
	deck: Pick<DeckRow, 'sourceText'> | undefined,
	sourceFile: string,
	files: Record<string, () => Promise<string>> = BUNDLED_NOTES
): Promise<string | null> {
	if (deck?.sourceText) return deck.sourceText;
	const load = files['/' + sourceFile.replace(/^\/+/, '')];
	return load ? await load() : null;
}

/** A card's source, ready to render: the section with {@link markSourceLine}'s mark in it. */
export interface SourceView {
	section: SourceSection;
	/** The section's Markdown with the card's line marked. */
	marked: string;
}

/** Build the source view of a card, or null when its notes text is not available. */
export async function loadSourceView(
	detail: Pick<CardDetail, 'card' | 'deck'>,
	files?: Record<string, () => Promise<string>>
): Promise<SourceView | null> {
	const text = await notesTextFor(detail.deck, detail.card.source.file, files);
	if (text === null) return null;
	const section = sourceSection(text, detail.card.source.line);
	const marked = markSourceLine(section.markdown, detail.card.source.line - section.startLine + 1);
	return { section, marked };
}

/** Create inside a component: the card `id()` names, with its deck and history, kept live. */
export function liveCardDetail(id: () => string | null): Live<CardDetail | null> {
	return new Live(
		() => {
			const cardId = id();
			return app.db && cardId ? { db: app.db, cardId } : null;
		},
		async ({ db, cardId }) => (await loadCardDetail(db, cardId)) ?? null
	);
}

/** What the last action did, for the status line. */
export type CardActionDone = 'suspended' | 'unsuspended' | 'buried' | 'reset' | 'saved';

/**
 * The card actions of the detail page. Each writes once; failures go to `onError` (the app's
 * write-error banner) and leave the card as it was (each write is one transaction).
 */
export class CardActions {
	busy = $state(false);
	done = $state<CardActionDone | null>(null);

	constructor(
		private readonly db: StudyDb,
		private readonly dayStartHour: () => number,
		private readonly clock: () => Date = () => new Date(),
		private readonly onError: (error: unknown) => void = () => {}
	) {}

	suspend(cardId: string, suspended: boolean): Promise<void> {
		return this.#run(suspended ? 'suspended' : 'unsuspended', () =>
			setSuspended(this.db, cardId, suspended)
		);
	}

	bury(cardId: string): Promise<void> {
		return this.#run('buried', () =>
			buryUntilNextDay(this.db, cardId, this.clock(), this.dayStartHour())
		);
	}

	reset(cardId: string): Promise<void> {
		return this.#run('reset', () => resetCard(this.db, cardId, this.clock()));
	}

	/** Save an edit (see `setOverride`: sides equal to the notes text are not kept). */
	save(cardId: string, edit: CardOverride): Promise<void> {
		return this.#run('saved', () => setOverride(this.db, cardId, edit));
	}

	async #run(done: CardActionDone, write: () => Promise<unknown>): Promise<void> {
		if (this.busy) return;
		this.busy = true;
		this.done = null;
		try {
			await write();
			this.done = done;
		} catch (error) {
			this.onError(error);
		} finally {
			this.busy = false;
		}
	}
}
