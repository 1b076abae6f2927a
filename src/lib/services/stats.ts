/** What the statistics screen shows, read from the database and computed with `$lib/stats`. */
import { QUEUE } from '$lib/cards';
import { forEachCard, forEachReviewSince, listAttemptRows } from '$lib/db';
import {
	cardStates,
	dueForecast,
	retentionByWeek,
	reviewsPerDay,
	topicMastery,
	type StatCard,
	type StatReview
} from '$lib/stats/stats';
import type { ServiceContext } from './context';

/** Everything the statistics screen draws. */
export interface StatsData {
	states: ReturnType<typeof cardStates>;
	forecast: ReturnType<typeof dueForecast>;
	heatmap: ReturnType<typeof reviewsPerDay>;
	retention: ReturnType<typeof retentionByWeek>;
	mastery: ReturnType<typeof topicMastery>;
	/** Submitted quiz attempts in start order, with their share of right answers (0–100). */
	quizScores: { at: Date; percent: number }[];
}

/** Days in the heatmap: 26 weeks, about six months. */
export const HEATMAP_DAYS = 26 * 7;

/** Read the cards, recent reviews and quiz scores once, and compute the screen at `ctx.now()`. */
export async function loadStats(ctx: ServiceContext): Promise<StatsData> {
	const { db, settings } = ctx;
	const now = ctx.now();
	const cards: StatCard[] = [];
	await forEachCard(db, (row) =>
		cards.push({
			due: row.due,
			state: row.state,
			stability: row.stability,
			suspended: row.queue === QUEUE.suspended,
			retired: row.queue === QUEUE.retired,
			topic: row.topic
		})
	);
	const since = new Date(now.getTime() - HEATMAP_DAYS * 86_400_000);
	const reviews: StatReview[] = [];
	await forEachReviewSince(db, since, (log) =>
		reviews.push({
			reviewedAt: log.reviewedAt,
			rating: log.rating,
			stateBefore: log.stateBefore.state
		})
	);
	const quizScores: StatsData['quizScores'] = [];
	for (const row of await listAttemptRows(db)) {
		if (row.status === 'submitted' && row.startedAt && row.score && row.score.total > 0) {
			quizScores.push({ at: row.startedAt, percent: (100 * row.score.correct) / row.score.total });
		}
	}
	quizScores.sort((a, b) => a.at.getTime() - b.at.getTime());
	return {
		states: cardStates(cards),
		forecast: dueForecast(cards, now, 30, settings.dayStartHour),
		heatmap: reviewsPerDay(reviews, now, HEATMAP_DAYS, settings.dayStartHour),
		retention: retentionByWeek(reviews, now, 12),
		mastery: topicMastery(cards),
		quizScores
	};
}
