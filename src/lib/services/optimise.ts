/**
 * Personal FSRS parameters (Anki's "Optimize"): what the optimiser is given (the flashcard
 * reviews of one options preset's decks), and where the parameters it found are kept.
 *
 * Storage is one settings row per preset, `fsrsParameters:<presetId>`, behind
 * {@link loadFsrsParameters} / {@link saveFsrsParameters}: when deck option presets carry
 * `fsrsParameters`, these two read and write the preset instead and nothing else changes.
 * Until then every deck uses the one preset {@link DEFAULT_PRESET_ID}.
 */
import { getSetting, reviewHistory, setSetting, type StudyDb } from '$lib/db';
import { msg, type Message } from '$lib/core/message';
import {
	MIN_TRAINING_ITEMS,
	State,
	isFsrsParameters,
	studyDayDate,
	trainingSet,
	type TrainingSet
} from '$lib/scheduling';
import type { ServiceContext } from './context';

/** The options preset every deck uses while there is only one. */
export const DEFAULT_PRESET_ID = 'default';

const DAY_MS = 86_400_000;
const keyOf = (presetId: string) => `fsrsParameters:${presetId}`;

/** Parameters that are not 19 or 21 finite numbers ts-fsrs accepts; nothing was written. */
export class ParametersError extends Error {
	override readonly name = 'ParametersError';
}

/** The preset's personal parameters, or null when it uses FSRS's defaults. */
export async function loadFsrsParameters(
	db: StudyDb,
	presetId: string = DEFAULT_PRESET_ID
): Promise<number[] | null> {
	const stored = await getSetting<unknown>(db, keyOf(presetId), null);
	return isFsrsParameters(stored) ? [...stored] : null;
}

/**
 * Store the preset's parameters; null goes back to FSRS's defaults (undo).
 * @throws ParametersError when `parameters` is not a set the scheduler accepts
 */
export async function saveFsrsParameters(
	ctx: ServiceContext,
	presetId: string,
	parameters: readonly number[] | null
): Promise<void> {
	if (parameters !== null && !isFsrsParameters([...parameters])) {
		throw new ParametersError(`not FSRS parameters: ${parameters.length} numbers`);
	}
	await setSetting(ctx.db, keyOf(presetId), parameters ? [...parameters] : null);
}

/** What the optimiser would be given for one preset, or why there is not enough. */
export interface OptimiserInput {
	set: TrainingSet;
	/** Training items (reviews on a later study day than the card's previous one). */
	items: number;
	/** The preset's parameters now (null: FSRS's defaults). */
	current: number[] | null;
	/** Why the optimiser cannot run yet (too few reviews), or null. */
	notEnough: Message | null;
}

/**
 * The training set of a preset: the flashcard reviews (`origin: 'review'`; drill verdicts and
 * quizzes are left out on purpose, see `$lib/scheduling/optimise`) of its decks, in study days
 * of the learner's day start and zone.
 * @param deckIds the preset's decks; all decks while every deck uses the default preset
 */
export async function optimiserInput(
	ctx: ServiceContext,
	presetId: string = DEFAULT_PRESET_ID,
	deckIds?: readonly string[]
): Promise<OptimiserInput> {
	const rows = await reviewHistory(ctx.db, 'review', deckIds);
	const { dayStartHour } = ctx.settings;
	const set = trainingSet(
		rows.map((r) => ({
			cardId: r.cardId,
			rating: r.rating,
			reviewedAt: r.reviewedAt,
			fromNew: r.stateBefore.state === State.New
		})),
		(at) => {
			const d = studyDayDate(at, dayStartHour, ctx.timeZone);
			return Math.round(Date.UTC(d.year, d.month - 1, d.day) / DAY_MS);
		}
	);
	const items = set.lengths.length;
	return {
		set,
		items,
		current: await loadFsrsParameters(ctx.db, presetId),
		notEnough:
			items < MIN_TRAINING_ITEMS
				? msg('settings_optimise_not_enough', {
						items,
						min: MIN_TRAINING_ITEMS,
						reviews: set.reviews
					})
				: null
	};
}
