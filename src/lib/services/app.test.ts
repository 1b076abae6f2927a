/** Start-up and other tabs' upgrades (case C07), on fake IndexedDB with a fixed clock. */
import { afterEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { DEFAULT_SCHEDULER_SETTINGS, Rating, Scheduler } from '$lib/scheduling';
import { gradeCard, SCHEMA_VERSION, StudyDb } from '$lib/db';
import { startApp, type StartupSources } from './app';
import { applyImport, prepareImport } from './import';

const NOW = new Date('2025-03-10T01:00:00Z');
const NOTES =
	'# 탭 시험\n\n- 레이어: 읽기 전용\n- 컨테이너: 실행 중인 이미지\n- 볼륨: 남는 데이터\n';
const sources: StartupSources = {
	bundledVersion: async () => 'test',
	bundledDecks: async () => [],
	syncDrills: async () => undefined
};

let n = 0;
const names: string[] = [];
const dbName = () => {
	const name = `app-start-${++n}`;
	names.push(name);
	return name;
};
afterEach(async () => {
	for (const name of names.splice(0)) await Dexie.delete(name);
});

/** What a third page does: open the same database with a higher version (raw IndexedDB). */
function openHigher(name: string, version: number): Promise<IDBDatabase> {
	return new Promise((resolve, reject) => {
		const open = indexedDB.open(name, version * 10); // Dexie multiplies versions by 10
		open.onupgradeneeded = () => open.result.createObjectStore(`added-${version}`);
		open.onsuccess = () => resolve(open.result);
		open.onerror = () => reject(open.error);
	});
}

describe('C07: another tab upgrades the database', () => {
	it('C07: a third page opening a higher version is not blocked; this tab is told and its running write commits', async () => {
		const name = dbName();
		let told = 0;
		const started = await startApp(sources, () => NOW, { onNewerVersion: () => told++ }, name);
		if (!started.ok) throw new Error('start failed');
		const db = started.db;
		const ctx = { db, now: () => NOW, settings: { ...DEFAULT_SCHEDULER_SETTINGS }, fuzz: false };
		await applyImport(ctx, (await prepareImport(ctx, NOTES, 'tabs.md')).plan);
		const ids = (await db.cards.toArray()).map((c) => c.id);
		const scheduler = new Scheduler({ ...DEFAULT_SCHEDULER_SETTINGS }, { fuzz: false });
		await gradeCard(db, scheduler, ids[0]!, Rating.Good, NOW);
		// A grade is running when the third page asks for the upgrade.
		const running = gradeCard(db, scheduler, ids[1]!, Rating.Again, NOW);
		const third = await openHigher(name, SCHEMA_VERSION + 1);
		await running;
		expect(told).toBe(1);
		expect(db.isOpen()).toBe(false);
		// Both grades are stored: the running one committed before the connection closed.
		const count = await new Promise<number>((resolve) => {
			const req = third.transaction('reviewLogs').objectStore('reviewLogs').count();
			req.onsuccess = () => resolve(req.result);
		});
		expect(count).toBe(2);
		// A write after the close is refused with a named error, never half-done.
		const after = await gradeCard(db, scheduler, ids[2]!, Rating.Good, NOW).catch(
			(e: unknown) => e
		);
		expect((after as Error).name).toBe('DatabaseClosedError');
		third.close();
	});

	it('C07: this build opening a database a newer build already upgraded says "newer", not "storage broken"', async () => {
		const name = dbName();
		const first = new StudyDb(name);
		await first.open();
		first.close();
		(await openHigher(name, SCHEMA_VERSION + 1)).close();
		const started = await startApp(sources, () => NOW, { onNewerVersion: () => undefined }, name);
		expect(started.ok).toBe(false);
		expect(started.ok === false && started.newer).toBe(true);
	});

	it('C07: an upgrade waiting for an old tab that keeps its connection is reported as blocked', async () => {
		const name = dbName();
		const old = await new Promise<IDBDatabase>((resolve) => {
			const open = indexedDB.open(name, 10);
			open.onupgradeneeded = () => open.result.createObjectStore('decks', { keyPath: 'id' });
			open.onsuccess = () => resolve(open.result);
		});
		// The old tab never closes on versionchange (an old build without the handler).
		let blocked = 0;
		const starting = startApp(
			sources,
			() => NOW,
			{ onNewerVersion: () => undefined, onBlocked: () => blocked++ },
			name
		);
		await new Promise((r) => setTimeout(r, 50));
		expect(blocked).toBe(1);
		old.close();
		const started = await starting;
		expect(started.ok).toBe(true);
		if (started.ok) started.db.close();
	});
});

describe('two tabs starting at once', () => {
	it('the bundled sync runs inside the exclusive runner it is given', async () => {
		const name = dbName();
		const order: string[] = [];
		const started = await startApp(
			{
				...sources,
				bundledVersion: async () => (order.push('sync'), 'test'),
				exclusive: async (work) => {
					order.push('lock');
					const out = await work();
					order.push('unlock');
					return out;
				}
			},
			() => NOW,
			{ onNewerVersion: () => undefined },
			name
		);
		expect(order).toEqual(['lock', 'sync', 'unlock']);
		if (started.ok) started.db.close();
	});
});
