import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { QUEUE, StudyDb } from '$lib/db';
import type { Drill } from '$lib/drill';
import { DEFAULT_SCHEDULER_SETTINGS, Rating, State } from '$lib/scheduling';
import type { ServiceContext } from './context';
import {
	DRILL_DECK_ID,
	drillCardId,
	drillDeckNotes,
	gradeDrill,
	loadDrillProgress,
	loadScenarioResults,
	offlineDrillProgress,
	recordScenarioResult,
	syncDrillDeck,
	type DrillsModule
} from './drill';
import { syncDrillDeckIfChanged, type DrillSources } from './drill-sync';

const NOW = new Date('2025-03-10T10:00:00+09:00');
const TITLE = '명령어 드릴';

// The drills as the build serves them (`virtual:drills`, loaded and validated by the plugin).
const DRILLS: Drill[] = (await import('virtual:drills')).default;

const drillsFrom = (drills: Drill[], version: string) => () =>
	Promise.resolve<DrillsModule>({ default: drills, version });

let db: StudyDb;
let dbCounter = 0;
let ctx: ServiceContext;

beforeEach(async () => {
	db = new StudyDb(`drill-service-test-${dbCounter++}`);
	await db.open();
	ctx = { db, now: () => NOW, settings: DEFAULT_SCHEDULER_SETTINGS, timeZone: 'Asia/Seoul' };
});

afterEach(async () => {
	db.close();
	await db.delete();
});

describe('drill deck', () => {
	it('has one command card per recall drill, none for scenarios, ids from drill ids', () => {
		const notes = drillDeckNotes(DRILLS, TITLE);
		const recall = DRILLS.filter((d) => d.kind === 'recall');
		expect(notes.title).toBe(TITLE);
		expect(notes.cards.every((c) => c.topic[0] === TITLE)).toBe(true);
		expect(notes.cards.map((c) => c.id)).toEqual(recall.map((d) => `drill:${d.id}`));
		expect(notes.cards.every((c) => c.kind === 'command')).toBe(true);
		const group = notes.cards.find((c) => c.id === drillCardId('docker-group'))!;
		expect(group.command?.template).toBe('sudo usermod -aG docker {user}');
		expect(group.command?.slots).toEqual([{ name: 'user', label: 'user' }]);
		expect(group.back).toBe('`sudo usermod -aG docker alice`');
		expect(group.tags).toContain('drill');
	});

	it('sync writes the deck once per version and keeps history of unchanged cards', async () => {
		await syncDrillDeck(db, NOW, drillsFrom(DRILLS, 'v1'), TITLE);
		const deck = await db.decks.get(DRILL_DECK_ID);
		expect(deck?.title).toBe(TITLE);
		const recallCount = DRILLS.filter((d) => d.kind === 'recall').length;
		expect(await db.cards.where('deckId').equals(DRILL_DECK_ID).count()).toBe(recallCount);

		await gradeDrill(ctx, 'docker-version', Rating.Good);
		const graded = await db.cards.get(drillCardId('docker-version'));
		expect(graded?.state).not.toBe(State.New);

		// A new build without one drill: its card is retired, the graded card keeps its state.
		const fewer = DRILLS.filter((d) => d.id !== 'hello-world');
		await syncDrillDeck(db, NOW, drillsFrom(fewer, 'v2'), TITLE);
		expect((await db.cards.get(drillCardId('hello-world')))?.queue).toBe(QUEUE.retired);
		expect((await db.cards.get(drillCardId('docker-version')))?.state).toBe(graded?.state);

		// Same version again: nothing is rewritten (the retired card stays retired).
		await syncDrillDeck(db, NOW, drillsFrom(DRILLS, 'v2'), TITLE);
		expect((await db.cards.get(drillCardId('hello-world')))?.queue).toBe(QUEUE.retired);
	});
});

describe('start-up sync', () => {
	const sources = (version: string): DrillSources => ({
		version: () => Promise.resolve(version),
		drills: drillsFrom(DRILLS, version),
		title: TITLE
	});

	it('writes the deck of this build once, then only checks the version', async () => {
		expect(await syncDrillDeckIfChanged(db, NOW, sources('v1'))).toBe(true);
		expect(await db.cards.where('deckId').equals(DRILL_DECK_ID).count()).toBe(
			drillDeckNotes(DRILLS, TITLE).cards.length
		);
		expect(await syncDrillDeckIfChanged(db, NOW, sources('v1'))).toBe(false);
		expect(await syncDrillDeckIfChanged(db, NOW, sources('v2'))).toBe(true);
	});

	it('the build-time modules agree on the version', async () => {
		const built = await import('virtual:drills');
		expect(built.default.length).toBeGreaterThan(5);
		const { default: version } = await import('virtual:drills-version');
		expect(version).toBe(built.version);
	});
});

describe('grades, scenario results and the list', () => {
	beforeEach(async () => {
		await syncDrillDeck(db, NOW, drillsFrom(DRILLS, 'v1'), TITLE);
	});

	it('a drill grade is a review of its card with origin drill', async () => {
		const result = await gradeDrill(ctx, 'docker-group', Rating.Hard);
		expect(result.card.state).not.toBe(State.New);
		expect(await db.reviewLogs.toArray()).toMatchObject([
			{ cardId: drillCardId('docker-group'), rating: Rating.Hard, origin: 'drill' }
		]);
	});

	it('only a run with fewer commands replaces the best scenario result', async () => {
		await recordScenarioResult(ctx, 's', 6, 4);
		expect((await recordScenarioResult(ctx, 's', 4, 4)).best).toBe(4);
		expect((await recordScenarioResult(ctx, 's', 5, 4)).best).toBe(4);
		expect((await loadScenarioResults(db))['s']).toEqual({ best: 4, reference: 4, solvedAt: NOW });
	});

	it('the list shows graded drills as not new and counts solved scenarios', async () => {
		await gradeDrill(ctx, 'docker-group', Rating.Good);
		await recordScenarioResult(ctx, 'scenario-docker-without-sudo', 4, 4);
		const p = await loadDrillProgress(ctx, DRILLS);
		expect(p.recall.find((e) => e.drill.id === 'docker-group')?.status).not.toBe('new');
		expect(p.counts.solved).toBe(1);
		expect(offlineDrillProgress(DRILLS).recall.every((e) => e.status === 'missing')).toBe(true);
	});
});
