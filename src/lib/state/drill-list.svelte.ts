/**
 * The drill list: scenarios with their best result, recall drills with where their card stands
 * (due first), and the counts the list header shows. {@link summariseDrills} is the plain part
 * the tests drive; {@link liveDrillProgress} re-reads it whenever cards or settings change.
 */
import { memoryOf, QUEUE, type CardRow, type StudyDb } from '$lib/db';
import type { Drill, RecallDrill, ScenarioDrill } from '$lib/drill';
import { isDueNow, State, type SchedulerSettings } from '$lib/scheduling';
import { app } from './app.svelte';
import {
	DRILL_DECK_ID,
	drillCardId,
	drillCatalog,
	loadScenarioResults,
	type ScenarioResult,
	type ScenarioResults
} from './drill.svelte';
import { Live } from './live.svelte';

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
	drills: Drill[],
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

/**
 * Create inside a component: the drill list, re-read when cards or settings change. Undefined
 * until `drillCatalog.load()` has resolved and the database is open. When storage is unavailable
 * the drills are listed with status `missing` (they can still be practised).
 */
export function liveDrillProgress(): Live<DrillProgress, ProgressInput> {
	return new Live(
		(): ProgressInput | null => {
			const drills = drillCatalog.drills;
			if (!drills) return null;
			if (app.db) return { drills, db: app.db, settings: app.settings };
			return app.status === 'unavailable' ? { drills, db: null, settings: app.settings } : null;
		},
		async ({ drills, db, settings }) => {
			const now = new Date();
			if (!db) return summariseDrills(drills, [], {}, now, settings);
			const cards = await db.cards.where('deckId').equals(DRILL_DECK_ID).toArray();
			const results = await loadScenarioResults(db);
			return summariseDrills(drills, cards, results, now, settings);
		}
	);
}

/** What the live drill list depends on. */
interface ProgressInput {
	drills: Drill[];
	db: StudyDb | null;
	settings: SchedulerSettings;
}
