/**
 * Drill use cases: the drill deck (every recall drill is a `command` card in the deck
 * `bundled:drills`, scheduled by FSRS like any card), grading a drill's card, scenario results,
 * and what the drill list shows. Loaded on demand (it brings the drill judge along).
 */
import type { NoteCard } from '$lib/cards';
import type { ParsedNotes } from '$lib/content';
import {
	getSetting,
	listDeckCards,
	syncBundledDecks,
	bundledDeckOutdated,
	updateSetting,
	type StudyDb
} from '$lib/db';
import { compileTemplate, revealOf, type Drill, type RecallDrill } from '$lib/drill';
import { DEFAULT_SCHEDULER_SETTINGS, type Grade } from '$lib/scheduling';
import type { ServiceContext } from './context';
import {
	drillCardId,
	summariseDrills,
	type DrillProgress,
	type ScenarioResults
} from './drill-progress';
import { DRILL_VERSION_KEY, type DrillsModule } from './drill-sync';
import { gradeReview } from './review';

export * from './drill-progress';
export { DRILL_VERSION_KEY, type DrillsModule } from './drill-sync';

/** The deck that holds one card per recall drill. */
export const DRILL_DECK_ID = 'bundled:drills';
/** File name the drill deck is stored under (`bundled:` + this is {@link DRILL_DECK_ID}). */
const DRILL_DECK_FILE = 'drills';
/** Setting holding {@link ScenarioResults}. */
const SCENARIO_RESULTS_KEY = 'drillScenarioResults';

/**
 * The drill deck as parsed notes: one `command` card per recall drill (scenarios are not cards).
 * Front: the task (Markdown); back: the answer with slots filled; `command.template`: what the
 * review screen judges a typed line against. Card ids come from drill ids ({@link drillCardId}).
 * @param title the deck's title, also the cards' topic
 */
export function drillDeckNotes(drills: readonly Drill[], title: string): ParsedNotes {
	const cards: NoteCard[] = drills
		.filter((d): d is RecallDrill => d.kind === 'recall')
		.map((d) => ({
			id: drillCardId(d.id),
			anchor: `drill:${d.id}`,
			kind: 'command',
			front: d.prompt,
			back: revealOf(d),
			topic: [title],
			command: {
				template: d.expected,
				original: d.expected,
				slots: compileTemplate(d.expected).slots.map(({ name, label }) => ({ name, label }))
			},
			tags: [...d.tags, 'drill'],
			source: { ...d.source }
		}));
	return { file: DRILL_DECK_FILE, title, cards, warnings: [] };
}

/**
 * Bring the drill deck up to date with these drills (same rules as the bundled notes deck:
 * history of unchanged cards kept, cards of removed drills retired). Writes only when the drills
 * changed (by version).
 */
export async function syncDrillDeck(
	db: StudyDb,
	now: Date,
	load: () => Promise<DrillsModule>,
	title: string
): Promise<void> {
	const { default: drills, version } = await load();
	if (!(await bundledDeckOutdated(db, version, DRILL_VERSION_KEY))) return;
	// After the bundled decks in the new-card order (they use slots 0…99).
	await syncBundledDecks(db, [drillDeckNotes(drills, title)], version, now, DRILL_VERSION_KEY, 100);
}

/** Grade a recall drill's card at `ctx.now()` (card and log row in one transaction). */
export function gradeDrill(ctx: ServiceContext, drillId: string, rating: Grade) {
	return gradeReview(ctx, drillCardId(drillId), rating, { origin: 'drill' });
}

/** Every stored scenario result. */
export function loadScenarioResults(db: StudyDb): Promise<ScenarioResults> {
	return getSetting<ScenarioResults>(db, SCENARIO_RESULTS_KEY, {});
}

/** Record a solved scenario at `ctx.now()`; only a run with fewer commands replaces the best. */
export async function recordScenarioResult(
	ctx: ServiceContext,
	id: string,
	used: number,
	reference: number
) {
	const now = ctx.now();
	const all = await updateSetting<ScenarioResults>(ctx.db, SCENARIO_RESULTS_KEY, {}, (old) => {
		const kept = old[id];
		return kept && kept.best <= used
			? old
			: { ...old, [id]: { best: used, reference, solvedAt: now } };
	});
	return all[id]!;
}

/** What the drill list shows, read live: the cards of the drill deck and the scenario results. */
export async function loadDrillProgress(
	ctx: ServiceContext,
	drills: readonly Drill[]
): Promise<DrillProgress> {
	const cards = await listDeckCards(ctx.db, DRILL_DECK_ID);
	const results = await loadScenarioResults(ctx.db);
	return summariseDrills(drills, cards, results, ctx.now(), ctx.settings, ctx.timeZone);
}

/** The drill list without storage: every recall drill is `missing` (it can still be practised). */
export function offlineDrillProgress(drills: readonly Drill[]): DrillProgress {
	return summariseDrills(drills, [], {}, new Date(0), DEFAULT_SCHEDULER_SETTINGS);
}
