/** The import and backup screens' flows, driven with no DOM on fake IndexedDB and a fixed clock. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { StudyDb } from '$lib/db';
import { DEFAULT_SCHEDULER_SETTINGS } from '$lib/scheduling';
import type { ServiceContext } from '$lib/services/context';
import { BackupFlow } from './backup.svelte';
import { ImportFlow, MAX_NOTES_BYTES } from './import.svelte';

const NOW = new Date('2025-03-10T01:00:00Z');
const NOTES = '# 테스트\n\n## 이미지\n\n- 레이어: 읽기 전용\n- 컨테이너: 실행 중인 이미지\n';

let db: StudyDb;
let n = 0;
const ctx = (): ServiceContext => ({
	db,
	now: () => NOW,
	settings: { ...DEFAULT_SCHEDULER_SETTINGS }
});

beforeEach(async () => {
	db = new StudyDb(`flows-${++n}`);
	await db.open();
});
afterEach(async () => {
	await db.delete();
});

describe('ImportFlow', () => {
	it('plans, shows the summary, writes only on apply', async () => {
		const flow = new ImportFlow(ctx);
		await flow.prepare(NOTES, 'test.md');
		expect(flow.step).toBe('preview');
		expect(flow.plan?.added.length).toBe(flow.cardCount);
		expect(await db.cards.count()).toBe(0);
		await flow.apply();
		expect(flow.step).toBe('done');
		expect(await db.cards.count()).toBe(flow.cardCount);
	});

	it('says why: no cards, a file too large, storage not ready', async () => {
		const flow = new ImportFlow(ctx);
		await flow.prepare('# 제목만\n', 'empty.md');
		expect(flow.step).toBe('error');
		expect(flow.error).toEqual({ key: 'import_no_cards' });
		const big = { name: 'big.md', size: MAX_NOTES_BYTES + 1, text: async () => '' } as File;
		await flow.prepareFile(big);
		expect(flow.error?.key).toBe('import_too_large');
		const waiting = new ImportFlow(() => null);
		await waiting.prepare(NOTES, 'test.md');
		expect(waiting.step).toBe('idle');
	});
});

describe('BackupFlow', () => {
	it('export → open → replace round-trips; a foreign file changes nothing and says why', async () => {
		const imported = new ImportFlow(ctx);
		await imported.prepare(NOTES, 'test.md');
		await imported.apply();
		const flow = new BackupFlow(ctx, '1.2.3');
		const file = await flow.exportJson();
		expect(file.name).toBe('study-docker-backup-2025-03-10.json');
		await flow.open('{"hello":"world"}');
		expect(flow.step).toBe('error');
		expect(flow.error).toEqual({ key: 'backup_error_no_format' });
		await flow.open(file.text);
		expect(flow.step).toBe('preview');
		expect(flow.preview?.counts.cards).toBe(imported.cardCount);
		await db.cards.clear();
		const restored = await flow.restore('replace');
		expect(flow.step).toBe('done');
		expect(restored?.settings).toEqual(DEFAULT_SCHEDULER_SETTINGS);
		expect(await db.cards.count()).toBe(imported.cardCount);
	});
});
