/** Loads what the statistics screen needs from the database and computes it with `$lib/stats`. */
import { QUEUE, type StudyDb } from '$lib/db';
import type { SchedulerSettings } from '$lib/scheduling';
import {
	cardStates,
	dueForecast,
	retentionByWeek,
	reviewsPerDay,
	topicMastery,
	type StatCard,
	type StatReview
} from '$lib/stats/stats';

export interface StatsData {
	states: ReturnType<typeof cardStates>;
	forecast: ReturnType<typeof dueForecast>;
	heatmap: ReturnType<typeof reviewsPerDay>;
	retention: ReturnType<typeof retentionByWeek>;
	mastery: ReturnType<typeof topicMastery>;
	quizScores: { at: Date; percent: number }[];
}

/** Days in the heatmap: 26 weeks, about six months. */
export const HEATMAP_DAYS = 26 * 7;

export async function loadStats(
	db: StudyDb,
	settings: SchedulerSettings,
	now: Date
): Promise<StatsData> {
	const cards: StatCard[] = [];
	await db.cards.each((row) =>
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
	await db.reviewLogs
		.where('reviewedAt')
		.aboveOrEqual(since)
		.each((log) =>
			reviews.push({
				reviewedAt: log.reviewedAt,
				rating: log.rating,
				stateBefore: log.stateBefore.state
			})
		);
	const quizScores: StatsData['quizScores'] = [];
	const attempts = db.tables.find((t) => t.name === 'quizAttempts');
	if (attempts) {
		const rows = (await attempts.toArray()) as {
			status?: string;
			startedAt?: Date;
			score?: { correct: number; total: number };
		}[];
		for (const row of rows) {
			if (row.status === 'submitted' && row.startedAt && row.score && row.score.total > 0) {
				quizScores.push({
					at: row.startedAt,
					percent: (100 * row.score.correct) / row.score.total
				});
			}
		}
		quizScores.sort((a, b) => a.at.getTime() - b.at.getTime());
	}
	return {
		states: cardStates(cards),
		forecast: dueForecast(cards, now, 30, settings.dayStartHour),
		heatmap: reviewsPerDay(reviews, now, HEATMAP_DAYS, settings.dayStartHour),
		retention: retentionByWeek(reviews, now, 12),
		mastery: topicMastery(cards),
		quizScores
	};
}
