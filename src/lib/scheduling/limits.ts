/**
 * Daily limits as in Anki's v3 scheduler, with the whole collection as the top deck:
 *  - each deck's preset caps what that deck gives per study day (new/day, reviews/day);
 *  - the collection's limits (the settings screen) cap what every deck together gives;
 *  - the review limit also bounds new cards (Anki: "if your review limit is 200 and 190 reviews
 *    are waiting, at most 10 new cards are shown"), per deck and for the collection;
 *  - custom study's "today only" extensions raise one deck's limit and the collection's with it.
 *
 * The collection's limit is shared out between the decks ({@link waterFill}): each deck gets an
 * equal level, capped by its own limit and by what it has, and what one deck cannot use goes to
 * the others. Anki gathers deck by deck instead, which would give the last deck on the list
 * nothing until every deck above it ran out of new cards; the level keeps a learner's own notes
 * from starving behind a large bundled deck. Today's work counts inside each deck's share, so a
 * deck studying its share leaves every other deck's share as it was: the counts home shows per
 * deck add up to what "study all" gives, and each deck gives what its row promised.
 *
 * Learning cards are never limited (Anki's intraday learning). Pure functions on counts.
 */

/** What the collection allows per study day. */
export interface CollectionLimits {
	newPerDay: number;
	reviewsPerDay: number;
}

/** One deck's day, as far as limits go. */
export interface DeckDay {
	/** The deck's own limits (its preset). */
	newPerDay: number;
	reviewsPerDay: number;
	/** Done today: new cards introduced, review cards reviewed (see `doneToday` in services). */
	newDone: number;
	reviewsDone: number;
	/** Today-only extensions (custom study), added to this deck's and the collection's limits. */
	extraNew: number;
	extraReviews: number;
	/** Cards that could still be shown today (after burying siblings), before any limit. */
	newAvailable: number;
	reviewsAvailable: number;
}

/** What a deck gives for the rest of today. */
export interface DeckShare {
	new: number;
	review: number;
}

const nonNegative = (x: number) => (Number.isFinite(x) ? Math.max(0, Math.floor(x)) : 0);

/**
 * Share `target` between decks as an equal level: deck i gets `clamp(L, floors[i], ceilings[i])`
 * with the level L as high as `target` allows; a remainder of 1-unit steps at the level goes to
 * the first decks in order. Returns each deck's total (≥ its floor, ≤ its ceiling).
 * When the floors already exceed `target`, every deck gets its floor.
 * @param floors what each deck already has (today's work); integers ≥ 0
 * @param ceilings the most each deck can have; integers ≥ floors
 */
export function waterFill(target: number, floors: readonly number[], ceilings: readonly number[]) {
	const lo = floors.map(nonNegative);
	const hi = ceilings.map((c, i) => Math.max(lo[i]!, nonNegative(c)));
	const sum = (level: number) =>
		lo.reduce((s, f, i) => s + Math.min(Math.max(level, f), hi[i]!), 0);
	const goal = Math.min(
		nonNegative(target),
		hi.reduce((s, c) => s + c, 0)
	);
	if (sum(0) >= goal) return lo;
	// The highest integer level whose total does not exceed the goal (binary search).
	let low = 0;
	let high = Math.max(0, ...hi);
	while (low < high) {
		const mid = Math.ceil((low + high) / 2);
		if (sum(mid) <= goal) low = mid;
		else high = mid - 1;
	}
	const out = lo.map((f, i) => Math.min(Math.max(low, f), hi[i]!));
	let rest = goal - out.reduce((s, x) => s + x, 0);
	for (let i = 0; i < out.length && rest > 0; i++) {
		// Decks exactly at the level with room left take one more, in order.
		if (out[i] === low && out[i]! < hi[i]!) {
			out[i]!++;
			rest--;
		}
	}
	return out;
}

/**
 * What each deck gives for the rest of today, under its own limits and the collection's.
 *
 * Reviews are shared first; new cards then get what both the new and the review limits leave
 * (new cards studied today count against the review limit too, as in Anki's v3). A deck's
 * today-only extension is its own, on top of its share of the collection's limit: today's work
 * uses the extension first, so the shares of the other decks never move when one deck uses it.
 * An extension of new cards is not bounded by the review limit (the learner asked for it).
 * @param decks in the order a remainder is handed out (the home screen's order)
 * @returns one share per deck, in the same order
 */
export function shareDailyLimits(
	collection: CollectionLimits,
	decks: readonly DeckDay[]
): DeckShare[] {
	const days = decks.map((d) => {
		const extraNew = nonNegative(d.extraNew);
		const extraReviews = nonNegative(d.extraReviews);
		const newDone = nonNegative(d.newDone);
		const reviewsDone = nonNegative(d.reviewsDone);
		const extraNewLeft = Math.max(0, extraNew - newDone);
		const extraReviewsLeft = Math.max(0, extraReviews - reviewsDone);
		return {
			d,
			// Today's work beyond the extension: what counts against the shared limits.
			newDone: Math.max(0, newDone - extraNew),
			reviewsDone: Math.max(0, reviewsDone - extraReviews),
			extraNew: Math.min(extraNewLeft, nonNegative(d.newAvailable)),
			extraReviews: Math.min(extraReviewsLeft, nonNegative(d.reviewsAvailable)),
			newAvailable: Math.max(0, nonNegative(d.newAvailable) - extraNewLeft),
			reviewsAvailable: Math.max(0, nonNegative(d.reviewsAvailable) - extraReviewsLeft)
		};
	});
	const total = (f: (x: (typeof days)[number]) => number) => days.reduce((s, x) => s + f(x), 0);

	// Reviews: each deck's total today (done + to come), within its own review limit.
	const reviewTotals = waterFill(
		collection.reviewsPerDay,
		days.map((x) => x.reviewsDone),
		days.map(
			(x) =>
				x.reviewsDone + Math.min(x.reviewsAvailable, nonNegative(x.d.reviewsPerDay - x.reviewsDone))
		)
	);
	const reviews = reviewTotals.map((t, i) => t - days[i]!.reviewsDone);

	// New cards: within the deck's new limit and within what its review limit leaves.
	const newCeilings = days.map(
		(x, i) =>
			x.newDone +
			Math.min(
				x.newAvailable,
				nonNegative(x.d.newPerDay - x.newDone),
				nonNegative(x.d.reviewsPerDay - x.reviewsDone - reviews[i]! - x.newDone)
			)
	);
	const reviewRoom = nonNegative(
		collection.reviewsPerDay -
			total((x) => x.reviewsDone) -
			reviews.reduce((s, r) => s + r, 0) -
			total((x) => x.newDone)
	);
	const newTotals = waterFill(
		Math.min(collection.newPerDay, total((x) => x.newDone) + reviewRoom),
		days.map((x) => x.newDone),
		newCeilings
	);
	return days.map((x, i) => ({
		new: newTotals[i]! - x.newDone + x.extraNew,
		review: reviews[i]! + x.extraReviews
	}));
}
