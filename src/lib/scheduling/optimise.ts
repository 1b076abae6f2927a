/**
 * Personal FSRS parameters from the learner's own review history: the training set handed to
 * the FSRS optimiser (fsrs-rs compiled to WASM, package `fsrs-browser`, run in a Web Worker by
 * `optimiser.worker.ts`), and how well a parameter set predicts that history (log loss, RMSE).
 * The optimiser itself is fsrs-rs; nothing here fits parameters.
 *
 * Which ratings count: only flashcard reviews (`origin: 'review'`). Drill ratings are verdicts of
 * the command judge on drill cards (typed commands judged by meaning, not a self-rating of
 * recall) and quizzes never write review logs; mixing them in would teach the flashcards'
 * forgetting curve from another kind of answer.
 */
import { checkParameters, forgetting_curve } from 'ts-fsrs';

/** One logged rating as the optimiser reads it. */
export interface HistoryReview {
	cardId: string;
	/** ts-fsrs Rating 1..4. */
	rating: number;
	reviewedAt: Date;
	/** True when the card was new before this rating (its first review, or after a reset). */
	fromNew: boolean;
}

/**
 * FSRS training items in fsrs-browser's `computeParameters` layout: item `i` is the first
 * `lengths[i]` reviews of one card, flattened into `ratings` / `deltaDays` (whole study days
 * since the card's previous review, 0 for the first and for same-day repeats). The last review
 * of an item is the one predicted. Items are in the order their last review happened (fsrs-rs
 * weighs recent items more).
 */
export interface TrainingSet {
	ratings: number[];
	deltaDays: number[];
	lengths: number[];
	/** Reviews read (flashcard reviews of the preset's cards). */
	reviews: number;
	/** Cards with at least one review. */
	cards: number;
}

/**
 * Fewest training items (reviews on a later study day than the card's previous one) the
 * optimiser is offered. Below 64 fsrs-rs 5.2 does not train: with fewer than 8 it returns the
 * defaults and below 64 it only fits the four first-day stabilities (`training.rs`,
 * `compute_parameters`), so the button would promise more than it gives.
 */
export const MIN_TRAINING_ITEMS = 64;

/**
 * Build the training set from review logs. A card's history starts again at a review from new
 * (a reset forgets what came before, as Anki's optimiser does); an item is made for every
 * review that comes on a later study day than the one before it (same-day repeats stay in the
 * histories as short-term reviews).
 * @param studyDay the study-day number of an instant (whole days, any fixed origin)
 */
export function trainingSet(
	reviews: readonly HistoryReview[],
	studyDay: (at: Date) => number
): TrainingSet {
	const byCard = new Map<string, HistoryReview[]>();
	for (const r of reviews) {
		if (r.rating < 1 || r.rating > 4) continue;
		const list = byCard.get(r.cardId) ?? [];
		list.push(r);
		byCard.set(r.cardId, list);
	}
	const items: { at: number; ratings: number[]; deltas: number[] }[] = [];
	for (const list of byCard.values()) {
		list.sort((a, b) => a.reviewedAt.getTime() - b.reviewedAt.getTime());
		let ratings: number[] = [];
		let deltas: number[] = [];
		let lastDay = 0;
		for (const r of list) {
			const day = studyDay(r.reviewedAt);
			if (r.fromNew || ratings.length === 0) {
				ratings = [];
				deltas = [];
			}
			const delta = ratings.length === 0 ? 0 : Math.max(0, day - lastDay);
			ratings = [...ratings, r.rating];
			deltas = [...deltas, delta];
			lastDay = day;
			if (delta > 0) items.push({ at: r.reviewedAt.getTime(), ratings, deltas });
		}
	}
	items.sort((a, b) => a.at - b.at);
	return {
		ratings: items.flatMap((i) => i.ratings),
		deltaDays: items.flatMap((i) => i.deltas),
		lengths: items.map((i) => i.ratings.length),
		reviews: [...byCard.values()].reduce((n, l) => n + l.length, 0),
		cards: byCard.size
	};
}

/** How well parameters predict a training set: lower is better for both. */
export interface Fit {
	/** Mean binary cross-entropy of recall (nats per review). */
	logLoss: number;
	/** Root mean squared error between predicted retrievability and recall (0–1, per review). */
	rmse: number;
}

/** `[stability, difficulty]` after the given reviews under one parameter set (fsrs-browser). */
export type MemoryStateOf = (ratings: Uint32Array, deltaDays: Uint32Array) => ArrayLike<number>;

/**
 * Log loss and RMSE of `parameters` on `set`: for each item, the memory state after all but its
 * last review, the retrievability after the last delay (FSRS forgetting curve of those
 * parameters), against whether that review was recalled (rating > Again).
 */
export function fitOf(
	set: TrainingSet,
	parameters: readonly number[],
	stateOf: MemoryStateOf
): Fit {
	let start = 0;
	let loss = 0;
	let squares = 0;
	let n = 0;
	for (const length of set.lengths) {
		const end = start + length;
		const ratings = Uint32Array.from(set.ratings.slice(start, end - 1));
		const deltas = Uint32Array.from(set.deltaDays.slice(start, end - 1));
		const t = set.deltaDays[end - 1]!;
		const recalled = set.ratings[end - 1]! > 1 ? 1 : 0;
		start = end;
		const stability = stateOf(ratings, deltas)[0]!;
		const r = Math.min(1 - 1e-6, Math.max(1e-6, forgetting_curve(parameters, t, stability)));
		loss -= recalled ? Math.log(r) : Math.log(1 - r);
		squares += (recalled - r) ** 2;
		n++;
	}
	return n === 0
		? { logLoss: NaN, rmse: NaN }
		: { logLoss: loss / n, rmse: Math.sqrt(squares / n) };
}

/**
 * Whether `w` is a parameter set the scheduler accepts: 19 (FSRS-5) or 21 (FSRS-6) finite
 * numbers that pass ts-fsrs `checkParameters`.
 */
export function isFsrsParameters(w: unknown): w is number[] {
	if (!Array.isArray(w) || (w.length !== 19 && w.length !== 21)) return false;
	if (!w.every((x) => typeof x === 'number' && Number.isFinite(x))) return false;
	try {
		checkParameters(w as number[]);
		return true;
	} catch {
		return false;
	}
}
