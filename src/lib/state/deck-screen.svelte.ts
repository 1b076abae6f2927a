/**
 * The deck screen (`/deck?id=…`): one deck's counts and card states (live), its options preset
 * (choose, create, edit, delete — shared between decks, as Anki's deck options), custom study
 * ("study more"), and managing the deck (rename; delete an imported deck; hide or reset the
 * bundled deck).
 */
import { untrack } from 'svelte';
import { msg, type Message } from '$lib/core/message';
import type { ServiceContext } from '$lib/services/context';
import {
	DeckNameError,
	deckDetail,
	deleteDeck,
	openToday,
	renameDeck,
	resetDeck,
	setDeckHidden,
	type DeckDetail
} from '$lib/services/decks';
import {
	DEFAULT_PRESET_ID,
	PresetError,
	createPreset,
	deletePreset,
	savePreset,
	setDeckPreset,
	type Preset
} from '$lib/services/presets';
import { aheadCards, extendToday, forgottenCards, studyDays } from '$lib/services/review-custom';
import { Live } from './live.svelte';

export type { DeckDetail } from '$lib/services/decks';
export type { Preset } from '$lib/services/presets';

/** The options form's fields as the inputs hold them (steps as one space-separated text). */
export interface PresetFormFields {
	name: string;
	newPerDay: number;
	reviewsPerDay: number;
	desiredRetention: number;
	learningSteps: string;
	relearningSteps: string;
	maximumIntervalDays: number;
	leechThreshold: number;
	buryNew: boolean;
	buryReviews: boolean;
	buryInterdayLearning: boolean;
}

/** The form fields showing `p`. */
export function presetFields(p: Preset): PresetFormFields {
	return {
		name: p.name,
		newPerDay: p.newPerDay,
		reviewsPerDay: p.reviewsPerDay,
		desiredRetention: p.desiredRetention,
		learningSteps: p.learningSteps.join(' '),
		relearningSteps: p.relearningSteps.join(' '),
		maximumIntervalDays: p.maximumIntervalDays,
		leechThreshold: p.leechThreshold,
		buryNew: p.buryNew,
		buryReviews: p.buryReviews,
		buryInterdayLearning: p.buryInterdayLearning
	};
}

/** Steps typed into a field: split on spaces and commas. */
const splitSteps = (text: string) => text.split(/[\s,]+/).filter(Boolean);

/** The outcome of the last action, for the screen's status line. */
export interface DeckNotice {
	ok: boolean;
	text: Message;
}

export class DeckScreen {
	readonly detail: Live<DeckDetail | null, ServiceContext>;
	/** The preset form (filled from the deck's preset; refilled when another preset is chosen). */
	form = $state<PresetFormFields | null>(null);
	notice = $state.raw<DeckNotice | null>(null);
	busy = $state(false);
	/** Set once the deck is deleted (the page then offers the way home). */
	deleted = $state(false);
	/** Days of the custom-study sessions, and how many cards each would give. */
	aheadDays = $state(7);
	forgottenDays = $state(1);
	readonly aheadCount: Live<number, { ctx: ServiceContext; days: number }>;
	readonly forgottenCount: Live<number, { ctx: ServiceContext; days: number }>;
	#ready = $state(false);
	#filledFrom = '';

	/**
	 * Create inside a component.
	 * @param ctx the app's service context (null while storage is not ready)
	 * @param deckId the `?id=` of the address
	 * @param presetsChanged told after a preset or a deck's choice changed (the app reloads them)
	 */
	constructor(
		private readonly ctx: () => ServiceContext | null,
		private readonly deckId: () => string | null,
		private readonly presetsChanged: () => Promise<void> = async () => {}
	) {
		$effect(() => {
			const c = ctx();
			if (!c) return;
			void untrack(() => openToday(c)).finally(() => (this.#ready = true));
		});
		const live = () => (this.#ready && this.deckId() ? ctx() : null);
		this.detail = new Live(live, (c) => deckDetail(c, this.deckId()!));
		this.aheadCount = new Live(
			() => {
				const c = live();
				return c ? { ctx: c, days: studyDays(this.aheadDays) } : null;
			},
			({ ctx: c, days }) => aheadCards(c, this.deckId()!, days).then((cards) => cards.length)
		);
		this.forgottenCount = new Live(
			() => {
				const c = live();
				return c ? { ctx: c, days: studyDays(this.forgottenDays) } : null;
			},
			({ ctx: c, days }) => forgottenCards(c, this.deckId()!, days).then((cards) => cards.length)
		);
		$effect(() => {
			const preset = this.detail.current?.preset;
			if (!preset) return;
			const key = JSON.stringify(preset);
			if (key !== this.#filledFrom) {
				this.#filledFrom = key;
				this.form = presetFields(preset);
			}
		});
	}

	async #run(action: (c: ServiceContext, d: DeckDetail) => Promise<Message | null>) {
		const c = this.ctx();
		const d = this.detail.current;
		if (!c || !d || this.busy) return;
		this.busy = true;
		try {
			const done = await action(c, d);
			if (done) this.notice = { ok: true, text: done };
		} catch (error) {
			this.notice = { ok: false, text: reasonOf(error) };
		} finally {
			this.busy = false;
		}
	}

	/** Rename the deck. */
	rename(title: string): Promise<void> {
		return this.#run(async (c, d) => {
			const name = await renameDeck(c, d.deck.id, title);
			return msg('deck_renamed', { title: name });
		});
	}

	/** Delete the (imported) deck for good: cards, history and options. */
	remove(): Promise<void> {
		return this.#run(async (c, d) => {
			const gone = await deleteDeck(c, d.deck);
			this.deleted = true;
			await this.presetsChanged();
			return msg('deck_deleted', { title: d.deck.title, cards: gone.cards, reviews: gone.reviews });
		});
	}

	/** Hide the deck from home and "study all", or show it again. */
	setHidden(hidden: boolean): Promise<void> {
		return this.#run(async (c, d) => {
			await setDeckHidden(c, d.deck.id, hidden);
			return msg(hidden ? 'deck_hidden_done' : 'deck_shown_done');
		});
	}

	/** Make every card of the deck new again (history kept). */
	reset(): Promise<void> {
		return this.#run(async (c, d) => {
			const count = await resetDeck(c, d.deck.id);
			return msg('deck_reset_done', { count });
		});
	}

	/** Use another preset for this deck. */
	choosePreset(presetId: string): Promise<void> {
		return this.#run(async (c, d) => {
			await setDeckPreset(c, d.deck.id, presetId);
			await this.presetsChanged();
			return msg('deck_preset_chosen');
		});
	}

	/** Validate and store the form into the deck's preset (every deck using it changes). */
	savePreset(): Promise<void> {
		return this.#run(async (c, d) => {
			const f = this.form;
			if (!f) return null;
			const saved = await savePreset(c, {
				...d.preset,
				...f,
				learningSteps: splitSteps(f.learningSteps),
				relearningSteps: splitSteps(f.relearningSteps)
			});
			this.#filledFrom = JSON.stringify(saved);
			this.form = presetFields(saved);
			await this.presetsChanged();
			return msg('deck_preset_saved');
		});
	}

	/** Create a preset from the deck's current options, named `name`, and use it for this deck. */
	newPreset(name: string): Promise<void> {
		return this.#run(async (c, d) => {
			const created = await createPreset(c, name.trim() || d.deck.title, d.preset);
			await setDeckPreset(c, d.deck.id, created.id);
			await this.presetsChanged();
			return msg('deck_preset_created', { name: created.name });
		});
	}

	/** Delete the deck's preset (not the built-in one): its decks use the built-in preset again. */
	deletePreset(): Promise<void> {
		return this.#run(async (c, d) => {
			if (d.preset.id === DEFAULT_PRESET_ID) return null;
			const moved = await deletePreset(c, d.preset.id);
			await this.presetsChanged();
			return msg('deck_preset_deleted', { count: moved.length });
		});
	}

	/** Custom study: more new cards or reviews today from this deck. */
	extend(extra: { new?: number; review?: number }): Promise<void> {
		return this.#run(async (c, d) => {
			const now = await extendToday(c, d.deck.id, extra);
			return msg('deck_extended', { new: now.new, review: now.review });
		});
	}
}

/** The learner's message for a failed action. */
function reasonOf(error: unknown): Message {
	if (error instanceof PresetError) return error.reason;
	if (error instanceof DeckNameError) return error.reason;
	return msg('deck_error_other', {
		reason: error instanceof Error ? error.message : String(error)
	});
}
