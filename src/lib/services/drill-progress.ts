/**
 * What the drill list shows: scenarios with their best result, recall drills with where their
 * card stands (due first), and the counts of the list header. Plain computation on stored rows.
 */
import { memoryOf, QUEUE, type CardRow } from '$lib/cards';
import type { Drill, RecallDrill, ScenarioDrill } from '$lib/drill';
import { isDueNow, State, type SchedulerSettings } from '$lib/scheduling';

/** The best run of a scenario on this device. */
export interface ScenarioResult {
	/** Fewest commands the learner reached the goal with. */
	best: number;
	/** Commands in the reference solution. */
	reference: number;
	/** When the best run was solved. */
	solvedAt: Date;
}

/** Scenario id → best result. */
export type ScenarioResults = Record<string, ScenarioResult>;

/** The card id of a recall drill: stable while the drill id is (`drill:<id>`). */
export function drillCardId(drillId: string): string {
	return `drill:${drillId}`;
}

/**
 * Where a recall drill's card stands: `due` (learning or review card due in this study day),
 * `new` (never graded), `later` (due another day, or buried), `suspended`, or `missing` (no card
 * stored yet, e.g. storage unavailable; the drill can still be practised).
 */
export type RecallStatus = 'due' | 'new' | 'later' | 'suspended' | 'missing';

/** One recall drill in the list. `due` is the card's due date (null when new or missing). */
export interface RecallEntry {
	drill: RecallDrill;
	status: RecallStatus;
	due: Date | null;
}

/** One scenario in the list with its best run on this device. */
export interface ScenarioEntry {
	drill: ScenarioDrill;
	best: ScenarioResult | null;
}

/** What the list screen shows. */
export interface DrillProgress {
	scenarios: ScenarioEntry[];
	/** Due first (earliest due first), then new (file order), later (earliest first), the rest. */
	recall: RecallEntry[];
	counts: {
		due: number;
		new: number;
		later: number;
		/** Recall drills in all. */
		total: number;
		/** Scenarios solved at least once. */
		solved: number;
	};
}

/** The card fields the summary reads. */
export type DrillCard = Pick<
	CardRow,
	| 'id'
	| 'queue'
	| 'due'
	| 'stability'
	| 'difficulty'
	| 'elapsedDays'
	| 'scheduledDays'
	| 'learningSteps'
	| 'reps'
	| 'lapses'
	| 'state'
	| 'lastReview'
>;

const ORDER: Record<RecallStatus, number> = { due: 0, new: 1, later: 2, suspended: 3, missing: 4 };

function statusOf(
	card: DrillCard | undefined,
	now: Date,
	settings: SchedulerSettings,
	timeZone?: string
): RecallStatus {
	if (!card || card.queue === QUEUE.retired) return 'missing';
	if (card.queue === QUEUE.suspended) return 'suspended';
	if (card.queue === QUEUE.buried) return 'later';
	if (card.state === State.New) return 'new';
	return isDueNow(memoryOf(card), now, settings, timeZone) ? 'due' : 'later';
}

/**
 * Summarise the drills for the list screen. "Due" follows the review screen's rule
 * (`isDueNow`: learning cards within the learn-ahead window, review cards due before the next
 * study day starts). Ties keep the drills' file order.
 * @param cards the stored cards of the drill deck (others are ignored).
 */
export function summariseDrills(
	drills: readonly Drill[],
	cards: DrillCard[],
	results: ScenarioResults,
	now: Date,
	settings: SchedulerSettings,
	timeZone?: string
): DrillProgress {
	const byId = new Map(cards.map((c) => [c.id, c]));
	const scenarios: ScenarioEntry[] = [];
	const recall: (RecallEntry & { order: number })[] = [];
	drills.forEach((drill, order) => {
		if (drill.kind === 'scenario') {
			scenarios.push({ drill, best: results[drill.id] ?? null });
			return;
		}
		const card = byId.get(drillCardId(drill.id));
		const status = statusOf(card, now, settings, timeZone);
		const due = card && status !== 'new' && status !== 'missing' ? card.due : null;
		recall.push({ drill, status, due, order });
	});
	recall.sort(
		(a, b) =>
			ORDER[a.status] - ORDER[b.status] ||
			(a.due && b.due ? a.due.getTime() - b.due.getTime() : 0) ||
			a.order - b.order
	);
	const count = (s: RecallStatus) => recall.filter((e) => e.status === s).length;
	return {
		scenarios,
		recall: recall.map(({ drill, status, due }) => ({ drill, status, due })),
		counts: {
			due: count('due'),
			new: count('new'),
			later: count('later'),
			total: recall.length,
			solved: scenarios.filter((s) => s.best !== null).length
		}
	};
}
