/**
 * A seeded review history for the optimiser's tests: a learner who forgets faster than FSRS's
 * defaults expect (their memory follows FSRS with lower first-day stabilities and a steeper
 * curve), studied on the default schedule for `days` days. Recall is drawn from the learner's
 * own retrievability, so fitted parameters must predict it better than the defaults do.
 */
import { createEmptyCard, default_w, fsrs, Rating, State, type Card, type Grade } from 'ts-fsrs';
import { mulberry32 } from '../src/lib/core/random';

/** One generated review, in the review log's shape (fields the optimiser and its screen read). */
export interface GeneratedReview {
	cardId: string;
	deckId: string;
	rating: Grade;
	reviewedAt: Date;
	origin: 'review';
	stateBefore: { state: State };
}

const DAY = 86_400_000;

/** The learner's "true" parameters: defaults with first-day stabilities and recall halved. */
const LEARNER_W = default_w.map((w, i) => (i < 4 ? w * 0.35 : i === 8 ? w * 0.7 : w));

/**
 * @param seed PRNG seed (same seed, same history)
 * @param cards cards introduced, a few per day
 * @param start the first study day (UTC noon, so study days never straddle the day start)
 */
export function generateHistory(
	seed: number,
	{
		cards = 160,
		days = 90,
		deckId = 'import:history',
		start = new Date('2025-01-01T03:00:00Z')
	} = {}
): GeneratedReview[] {
	const rng = mulberry32(seed);
	const app = fsrs({ enable_fuzz: false, enable_short_term: false });
	const learner = fsrs({ w: LEARNER_W, enable_fuzz: false, enable_short_term: false });
	const out: GeneratedReview[] = [];
	for (let c = 0; c < cards; c++) {
		const cardId = `${deckId}#${c}`;
		let shown: Card = createEmptyCard(new Date(start.getTime() + Math.floor(c / 4) * DAY));
		let truth: Card = createEmptyCard(shown.due);
		let at = shown.due;
		while (at.getTime() < start.getTime() + days * DAY) {
			let rating: Grade;
			if (shown.state === State.New) {
				const x = rng();
				rating =
					x < 0.25 ? Rating.Again : x < 0.4 ? Rating.Hard : x < 0.95 ? Rating.Good : Rating.Easy;
			} else {
				const recalled = rng() < learner.get_retrievability(truth, at, false);
				const x = rng();
				rating = !recalled
					? Rating.Again
					: x < 0.1
						? Rating.Hard
						: x < 0.92
							? Rating.Good
							: Rating.Easy;
			}
			out.push({
				cardId,
				deckId,
				rating,
				reviewedAt: at,
				origin: 'review',
				stateBefore: { state: shown.state }
			});
			shown = app.next(shown, at, rating).card;
			truth = learner.next(truth, at, rating).card;
			// Reviewed at the same hour of the due day (study days are whole days here).
			at = new Date(Math.max(shown.due.getTime(), at.getTime() + DAY));
		}
	}
	return out.sort((a, b) => a.reviewedAt.getTime() - b.reviewedAt.getTime());
}
