/**
 * The numbers behind the statistics screen, as plain functions (the charts only draw them).
 * Days are study days (they start at `dayStartHour` local time, like the review queue), keyed
 * `YYYY-MM-DD`; the zone is passed in so tests can pin it.
 */
import { State } from 'ts-fsrs';
import { studyDayKey } from '$lib/scheduling';

const DAY_MS = 86_400_000;

/** What the statistics need of a card. */
export interface StatCard {
	due: Date;
	state: State;
	stability: number;
	suspended?: boolean;
	/** True for cards hidden because their source left the notes. */
	retired?: boolean;
	topic: string[];
}

/** What the statistics need of a review-log row. */
export interface StatReview {
	reviewedAt: Date;
	/** ts-fsrs Rating: Again=1 … Easy=4. */
	rating: number;
	/** The card's state before this review (a "review-card answer" has State.Review here). */
	stateBefore: State;
}

/** Study-day keys of the `days` days starting with the study day containing `from`. */
function dayKeys(from: Date, days: number, dayStartHour: number, timeZone?: string): string[] {
	const keys: string[] = [];
	// Step in 24 h from midday of the first study day: DST shifts of ±1 h never skip a date.
	const first = studyDayKey(from, dayStartHour, timeZone);
	let t = from.getTime();
	for (let i = 0; keys.length < days && i < days * 2; i++, t += DAY_MS) {
		const key = studyDayKey(new Date(t), dayStartHour, timeZone);
		if (keys.at(-1) !== key && (keys.length > 0 || key === first)) keys.push(key);
	}
	return keys;
}

/**
 * Due forecast: how many live review/learning cards fall due on each of the next `days` study
 * days; index 0 is today and includes everything overdue. New, suspended and retired cards are
 * not counted (they are not due). Source of the chart idea: Anki's "Future Due" graph.
 */
export function dueForecast(
	cards: StatCard[],
	now: Date,
	days: number,
	dayStartHour: number,
	timeZone?: string
): { day: string; count: number }[] {
	const keys = dayKeys(now, days, dayStartHour, timeZone);
	const index = new Map(keys.map((k, i) => [k, i]));
	const counts = new Array<number>(keys.length).fill(0);
	const today = keys[0];
	for (const card of cards) {
		if (card.state === State.New || card.suspended || card.retired) continue;
		const key =
			card.due.getTime() <= now.getTime() ? today : studyDayKey(card.due, dayStartHour, timeZone);
		const i = key === undefined ? undefined : index.get(key);
		if (i !== undefined) counts[i]! += 1;
	}
	return keys.map((day, i) => ({ day, count: counts[i]! }));
}

/** Reviews per study day over the last `days` days (oldest first), for the calendar heatmap. */
export function reviewsPerDay(
	reviews: StatReview[],
	now: Date,
	days: number,
	dayStartHour: number,
	timeZone?: string
): { day: string; count: number }[] {
	const start = new Date(now.getTime() - (days - 1) * DAY_MS);
	const keys = dayKeys(start, days, dayStartHour, timeZone);
	const counts = new Map(keys.map((k) => [k, 0]));
	for (const r of reviews) {
		const key = studyDayKey(r.reviewedAt, dayStartHour, timeZone);
		const c = counts.get(key);
		if (c !== undefined) counts.set(key, c + 1);
	}
	return keys.map((day) => ({ day, count: counts.get(day) ?? 0 }));
}

/**
 * True retention per week: the share of answers to review cards (state Review before the answer)
 * that were not Again, for the last `weeks` weeks (oldest first). `retention` is null for a week
 * without review-card answers. Source: Anki's "True Retention" table.
 */
export function retentionByWeek(
	reviews: StatReview[],
	now: Date,
	weeks: number
): { weekStart: Date; answers: number; retention: number | null }[] {
	const end = now.getTime();
	const out = Array.from({ length: weeks }, (_, i) => ({
		weekStart: new Date(end - (weeks - i) * 7 * DAY_MS),
		answers: 0,
		passed: 0
	}));
	for (const r of reviews) {
		if (r.stateBefore !== State.Review) continue;
		const age = end - r.reviewedAt.getTime();
		if (age < 0) continue;
		const i = weeks - 1 - Math.floor(age / (7 * DAY_MS));
		const bucket = out[i];
		if (!bucket) continue;
		bucket.answers++;
		if (r.rating !== 1) bucket.passed++;
	}
	return out.map((b) => ({
		weekStart: b.weekStart,
		answers: b.answers,
		retention: b.answers ? b.passed / b.answers : null
	}));
}

/** Card counts by state: new / learning (incl. relearning) / review / suspended. Retired cards are left out. */
export function cardStates(cards: StatCard[]): {
	new: number;
	learning: number;
	review: number;
	suspended: number;
} {
	const c = { new: 0, learning: 0, review: 0, suspended: 0 };
	for (const card of cards) {
		if (card.retired) continue;
		if (card.suspended) c.suspended++;
		else if (card.state === State.New) c.new++;
		else if (card.state === State.Review) c.review++;
		else c.learning++;
	}
	return c;
}

/** Stability (days) from which a card counts as mastered (Anki calls such cards "mature"). */
export const MASTERED_STABILITY_DAYS = 21;

/**
 * Per-topic mastery: for each topic (the first `depth` headings of the card's topic path joined
 * with ` › `, default the deck title and the heading under it, so equal section names of two
 * decks stay apart), the share of its live cards with stability ≥ 21 days.
 * Sorted by topic name. Retired cards are left out; new cards count as not mastered.
 */
export function topicMastery(
	cards: StatCard[],
	depth = 2
): { topic: string; cards: number; mastered: number; share: number }[] {
	const byTopic = new Map<string, { cards: number; mastered: number }>();
	for (const card of cards) {
		if (card.retired) continue;
		const topic = card.topic.slice(0, depth).join(' › ') || '—';
		const t = byTopic.get(topic) ?? { cards: 0, mastered: 0 };
		t.cards++;
		if (card.state !== State.New && card.stability >= MASTERED_STABILITY_DAYS) t.mastered++;
		byTopic.set(topic, t);
	}
	return [...byTopic.entries()]
		.sort(([a], [b]) => a.localeCompare(b, 'ko'))
		.map(([topic, t]) => ({ topic, ...t, share: t.mastered / t.cards }));
}
