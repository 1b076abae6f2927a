import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { sha256Hex } from '$lib/core/hash';
import type { NoteCard } from '$lib/content/types';
import { DEFAULT_SCHEDULER_SETTINGS, Rating, Scheduler } from '$lib/scheduling';
import {
	applyImport,
	buryCard,
	deckIdFor,
	describeStorageError,
	gradeCard,
	planImport,
	setSetting,
	setSuspended,
	storageErrorName,
	StudyDb,
	SCHEMA_VERSION,
	STORES_V1,
	type CardRow,
	type MediaRow
} from '$lib/db';
import { saveSchedulerSettings } from '$lib/services/settings';
import {
	BackupError,
	exportBackup,
	parseBackup,
	previewBackup,
	restoreBackup,
	serializeBackup,
	verifyBackupMedia,
	type BackupFile
} from '$lib/db/backup';
import Dexie from 'dexie';
import { formatMessage } from '../../../../tests/unit/format-message';

/** An error's reason in Korean and English, ` / `-joined as the screen never shows it, for matching. */
const both = (e: { reason: Parameters<typeof formatMessage>[0] }) =>
	`${formatMessage(e.reason, 'ko')} / ${formatMessage(e.reason, 'en')}`;

const NOW = new Date('2025-03-10T01:00:00Z');
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const at = (ms: number) => new Date(NOW.getTime() + ms);

function card(i: number, extra: Partial<NoteCard> = {}): NoteCard {
	return {
		id: `import:docker:${i}`,
		anchor: `docker/질문 ${i}`,
		kind: 'basic',
		front: `질문 ${i}: \`docker run\`은?`,
		back: `답 ${i}\n둘째 줄`,
		topic: ['study_Docker', 'Docker'],
		tags: ['docker'],
		source: { file: 'docker.md', line: i + 1 },
		...extra
	};
}

const spec = {
	id: deckIdFor('import', 'docker.md'),
	title: '도커 공부',
	origin: 'import' as const,
	file: 'docker.md',
	sourceText: '# 도커 공부\n- 질문 :: 답\n'
};

let db: StudyDb;
let n = 0;
const opened: Dexie[] = [];
beforeEach(async () => {
	db = new StudyDb(`backup-test-${++n}`);
	await db.open();
	opened.push(db);
});
afterEach(async () => {
	vi.restoreAllMocks();
	for (const d of opened.splice(0)) await d.delete();
});

/** A database with every kind of row: reviewed, suspended, buried, overridden, logs, settings, quiz. */
async function fillRealistic(target: StudyDb, cards = 12): Promise<void> {
	const notes = Array.from({ length: cards }, (_, i) =>
		i === 3
			? card(i, {
					kind: 'command',
					command: {
						template: 'sudo usermod -aG docker {user}',
						original: 'sudo usermod -aG docker [사용자]',
						slots: [{ name: 'user', label: '사용자' }]
					}
				})
			: i === 4
				? card(i, { kind: 'cloze', clozeIndex: 2, context: '부모 항목' })
				: card(i)
	);
	const plan = await planImport(target, spec, notes, NOW);
	await applyImport(target, plan, NOW);
	const scheduler = new Scheduler({ ...DEFAULT_SCHEDULER_SETTINGS }, { fuzz: false });
	await gradeCard(target, scheduler, notes[0]!.id, Rating.Good, at(MINUTE));
	await gradeCard(target, scheduler, notes[0]!.id, Rating.Good, at(11 * MINUTE));
	await gradeCard(target, scheduler, notes[1]!.id, Rating.Again, at(2 * MINUTE));
	await gradeCard(target, scheduler, notes[2]!.id, Rating.Easy, at(3 * MINUTE), 'quiz');
	await setSuspended(target, notes[5]!.id, true);
	await buryCard(target, notes[6]!.id, at(DAY));
	await target.cards.update(notes[7]!.id, { override: { back: '내가 고친 답' } });
	await saveSchedulerSettings(target, { ...DEFAULT_SCHEDULER_SETTINGS, newPerDay: 15 });
	await setSetting(target, 'lastExport', { at: at(DAY), count: 3, nested: [at(2 * DAY)] });
	await target.media.bulkAdd([PNG_ROW, JPEG_ROW]);
	await target.quizAttempts.add({
		id: 'quiz-1',
		status: 'submitted',
		startedAt: at(5 * MINUTE),
		data: { deadline: at(6 * MINUTE), answers: ['a', null, 3] }
	});
}

/** Tiny images with real signatures (a PNG and a JPEG header are enough for the sniffer). */
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 4]);
const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 9, 8, 7]);
const mediaRow = (
	bytes: Uint8Array<ArrayBuffer>,
	hash: string,
	type: string,
	name: string
): MediaRow => ({
	hash,
	blob: new Blob([bytes], { type }),
	type,
	size: bytes.length,
	name,
	addedAt: NOW
});
let PNG_ROW: MediaRow;
let JPEG_ROW: MediaRow;
beforeAll(async () => {
	PNG_ROW = mediaRow(PNG, await sha256Hex(PNG), 'image/png', 'docker_version.png');
	JPEG_ROW = mediaRow(JPEG, await sha256Hex(JPEG), 'image/jpeg', 'run.jpg');
});

/** Media rows with their bytes read out (Blobs do not compare by content). */
async function mediaOf(target: StudyDb) {
	const rows = await target.media.toArray();
	return Promise.all(
		rows.map(async ({ blob, ...row }) => ({
			...row,
			blobType: blob.type,
			bytes: [...new Uint8Array(await blob.arrayBuffer())]
		}))
	);
}

async function snapshot(target: StudyDb) {
	return {
		media: await mediaOf(target),
		decks: await target.decks.toArray(),
		cards: await target.cards.toArray(),
		reviewLogs: await target.reviewLogs.toArray(),
		settings: await target.settings.toArray(),
		quizAttempts: await target.quizAttempts.toArray()
	};
}

async function clearAll(target: StudyDb) {
	await target.transaction('rw', target.tables, async () => {
		for (const t of target.tables) await t.clear();
	});
}

function expectBackupError(fn: () => unknown, kind: BackupError['kind']): BackupError {
	let caught: unknown;
	try {
		fn();
	} catch (error) {
		caught = error;
	}
	expect(caught).toBeInstanceOf(BackupError);
	expect((caught as BackupError).kind).toBe(kind);
	return caught as BackupError;
}

/** Throw a DOMException named QuotaExceededError when the `nth` row is created in `table`. */
function quotaOnRow(table: Dexie.Table, nth: number) {
	let created = 0;
	table.hook('creating', () => {
		if (++created === nth)
			throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
	});
}

describe('backup round trip', () => {
	it('export → JSON → clear → import (replace) gives back every row, Dates as Date', async () => {
		await fillRealistic(db);
		const before = await snapshot(db);
		const text = serializeBackup(await exportBackup(db, NOW, { version: '0.1.0' }));
		await clearAll(db);
		expect(await db.cards.count()).toBe(0);

		const parsed = parseBackup(text);
		const written = await restoreBackup(db, parsed, 'replace');
		expect(written).toEqual({
			decks: 1,
			cards: 12,
			reviewLogs: 4,
			settings: 2,
			quizAttempts: 1,
			media: 2
		});
		const after = await snapshot(db);
		expect(after).toEqual(before);
		expect(after.cards[0]!.due).toBeInstanceOf(Date);
		expect(after.reviewLogs[0]!.stateBefore.due).toBeInstanceOf(Date);
		expect(after.cards.find((c) => c.buriedUntil)!.buriedUntil).toBeInstanceOf(Date);
		const lastExport = after.settings.find((s) => s.key === 'lastExport')!.value as {
			at: Date;
			nested: Date[];
		};
		expect(lastExport.at).toBeInstanceOf(Date);
		expect(lastExport.nested[0]).toEqual(at(2 * DAY));
		expect((after.quizAttempts[0]!.data as { deadline: Date }).deadline).toEqual(at(6 * MINUTE));
		// The restored database keeps working: review log ids continue after the restored ones.
		const scheduler = new Scheduler({ ...DEFAULT_SCHEDULER_SETTINGS }, { fuzz: false });
		const { logId } = await gradeCard(db, scheduler, card(9).id, Rating.Good, at(DAY));
		expect(logId).toBeGreaterThan(Math.max(...before.reviewLogs.map((l) => l.id!)));
	});

	it('the file is one versioned JSON object; typed dates are ISO strings', async () => {
		await fillRealistic(db);
		const text = serializeBackup(await exportBackup(db, NOW, { version: '0.1.0' }));
		const json = JSON.parse(text);
		expect(json).toMatchObject({
			format: 'study-docker-backup',
			version: 2,
			exportedAt: '2025-03-10T01:00:00.000Z',
			app: { name: 'study-docker', version: '0.1.0', schemaVersion: SCHEMA_VERSION }
		});
		expect(Object.keys(json.data)).toEqual([
			'decks',
			'cards',
			'reviewLogs',
			'settings',
			'quizAttempts',
			'media'
		]);
		const unstudied = json.data.cards.find((c: { id: string }) => c.id === card(9).id);
		expect(unstudied.due).toBe(NOW.toISOString());
		expect(
			json.data.settings.find((s: { key: string }) => s.key === 'lastExport').value.at
		).toEqual({ $date: at(DAY).toISOString() });
	});

	it('previewBackup counts rows per table and spans the reviews', async () => {
		await fillRealistic(db);
		const preview = previewBackup(await exportBackup(db, NOW));
		expect(preview.counts).toEqual({
			decks: 1,
			cards: 12,
			reviewLogs: 4,
			settings: 2,
			quizAttempts: 1,
			media: 2
		});
		expect(preview.reviews).toEqual({ first: at(MINUTE), last: at(11 * MINUTE) });
		expect(preview.exportedAt).toEqual(NOW);
	});

	it('exports a database without a quizAttempts table (schema v1)', async () => {
		const v1 = new Dexie(`backup-v1-${n}`);
		v1.version(1).stores(STORES_V1);
		opened.push(v1);
		const asStudy = v1 as unknown as StudyDb;
		await applyImport(asStudy, await planImport(asStudy, spec, [card(1)], NOW), NOW);
		const backup = await exportBackup(asStudy, NOW);
		expect(backup.app.schemaVersion).toBe(1);
		expect(backup.data.quizAttempts).toEqual([]);
		expect(backup.data.cards).toHaveLength(1);
	});

	it('refuses to write a value JSON cannot carry (NaN, Invalid Date)', async () => {
		await fillRealistic(db);
		const backup = await exportBackup(db, NOW);
		const nan: BackupFile = structuredClone(backup);
		nan.data.cards[1]!.stability = Number.NaN;
		expect(both(expectBackupError(() => serializeBackup(nan), 'invalid'))).toMatch(/stability/);
		const badDate: BackupFile = structuredClone(backup);
		badDate.data.cards[0]!.due = new Date(Number.NaN);
		expect(expectBackupError(() => serializeBackup(badDate), 'invalid').path).toBe('due');
	});
});

describe('restore modes', () => {
	async function backupOf(fill: (target: StudyDb) => Promise<void>): Promise<BackupFile> {
		const other = new StudyDb(`backup-source-${n}`);
		opened.push(other);
		await fill(other);
		return parseBackup(serializeBackup(await exportBackup(other, NOW)));
	}

	it('replace makes the database exactly the backup; merge keeps local rows', async () => {
		const backup = await backupOf((t) => fillRealistic(t));
		// Local data: a card the backup does not have, in another deck.
		const localSpec = { ...spec, id: 'import:local', file: 'local.md' };
		const local = card(99, { id: 'import:local:1' });
		await applyImport(db, await planImport(db, localSpec, [local], NOW), NOW);

		await restoreBackup(db, backup, 'merge');
		expect(await db.cards.get(local.id)).toBeDefined();
		expect(await db.cards.count()).toBe(13);
		expect(await db.decks.count()).toBe(2);

		await restoreBackup(db, backup, 'replace');
		expect(await db.cards.get(local.id)).toBeUndefined();
		expect(await db.cards.count()).toBe(12);
		expect(await db.decks.count()).toBe(1);
	});

	it('merge keeps whichever card was reviewed later, and never duplicates review logs', async () => {
		const backup = await backupOf((t) => fillRealistic(t));
		// The local device has the same deck, with card 1 reviewed later than in the backup
		// and card 0 never reviewed (the backup reviewed it).
		await restoreBackup(db, backup, 'replace');
		const scheduler = new Scheduler({ ...DEFAULT_SCHEDULER_SETTINGS }, { fuzz: false });
		await gradeCard(db, scheduler, card(1).id, Rating.Good, at(2 * DAY));
		const localCard1 = await db.cards.get(card(1).id);
		const fresh = { ...(await db.cards.get(card(0).id))! };
		await db.cards.put({ ...fresh, ...newState(fresh), queue: 0 });
		const logsBefore = await db.reviewLogs.count();

		const written = await restoreBackup(db, backup, 'merge');
		expect(await db.cards.get(card(1).id)).toEqual(localCard1);
		expect(await db.cards.get(card(0).id)).toEqual(
			backup.data.cards.find((c) => c.id === card(0).id)
		);
		expect(written.cards).toBe(1);
		expect(written.reviewLogs).toBe(0);
		expect(await db.reviewLogs.count()).toBe(logsBefore);

		// Merging the same backup again writes nothing at all.
		expect(await restoreBackup(db, backup, 'merge')).toEqual({
			decks: 0,
			cards: 0,
			reviewLogs: 0,
			settings: 0,
			quizAttempts: 0,
			media: 0
		});
	});

	it('merge adds review logs from another device with new ids, and keeps local settings', async () => {
		const backup = await backupOf((t) => fillRealistic(t));
		await saveSchedulerSettings(db, { ...DEFAULT_SCHEDULER_SETTINGS, newPerDay: 3 });
		await db.reviewLogs.add({ ...backup.data.reviewLogs[0]!, id: 1, reviewedAt: at(3 * DAY) });
		const written = await restoreBackup(db, backup, 'merge');
		expect(written.reviewLogs).toBe(4);
		const logs = await db.reviewLogs.toArray();
		expect(logs).toHaveLength(5);
		expect(new Set(logs.map((l) => l.id)).size).toBe(5);
		expect((await db.settings.get('scheduler'))!.value).toMatchObject({ newPerDay: 3 });
		expect(await db.settings.get('lastExport')).toBeDefined();
	});
});

// Tests edit raw JSON deep inside; typing every path would hide what each case breaks.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type RawJson = any;

function newState(row: CardRow) {
	return {
		due: row.due,
		stability: 0,
		difficulty: 0,
		elapsedDays: 0,
		scheduledDays: 0,
		learningSteps: 0,
		reps: 0,
		lapses: 0,
		state: 0,
		lastReview: null
	};
}

describe('a bad or foreign file changes nothing and says why', () => {
	let good: string;
	let before: Awaited<ReturnType<typeof snapshot>>;
	beforeEach(async () => {
		await fillRealistic(db);
		good = serializeBackup(await exportBackup(db, NOW));
		before = await snapshot(db);
	});
	afterEach(async () => {
		expect(await snapshot(db)).toEqual(before);
	});

	function edited(edit: (json: RawJson) => void): string {
		const json = JSON.parse(good);
		edit(json);
		return JSON.stringify(json);
	}

	it('foreign JSON (another app’s export) is not a backup', () => {
		const error = expectBackupError(() => parseBackup('{"deckName":"x","notes":[]}'), 'foreign');
		expect(both(error)).toBe(
			'백업 파일이 아닙니다 (format 필드 없음) / Not a backup file (no format field)'
		);
		expectBackupError(() => parseBackup('[1, 2, 3]'), 'foreign');
		const other = expectBackupError(
			() => parseBackup(edited((j) => (j.format = 'anki-export'))),
			'foreign'
		);
		expect(both(other)).toMatch(/^이 앱의 백업 파일이 아닙니다.*anki-export.*anki-export/);
	});

	it('not JSON at all, and a truncated file, are told apart', () => {
		expectBackupError(() => parseBackup('#separator:tab\nfront\tback'), 'not-json');
		const truncated = expectBackupError(
			() => parseBackup(good.slice(0, Math.floor(good.length / 2))),
			'truncated'
		);
		expect(both(truncated)).toMatch(/잘렸습니다.*truncated/);
		const damaged = expectBackupError(
			() => parseBackup(good.replace('"cards":[', '"cards":[,')),
			'not-json'
		);
		expect(both(damaged)).toMatch(/^백업 파일의 JSON이 깨졌습니다.*broken JSON/);
	});

	it('a newer or unknown format version is refused with the version', () => {
		const newer = expectBackupError(() => parseBackup(edited((j) => (j.version = 3))), 'version');
		expect(both(newer)).toMatch(/앱을 업데이트.*update the app/);
		expectBackupError(() => parseBackup(edited((j) => (j.version = '1'))), 'version');
	});

	it('a card with a string where a number belongs names the field', async () => {
		const text = edited((j) => (j.data.cards[2].stability = '12'));
		const error = expectBackupError(() => parseBackup(text), 'invalid');
		expect(error.path).toBe('data.cards[2].stability');
		expect(both(error)).toBe(
			'백업 파일의 data.cards[2].stability 값이 올바르지 않습니다: number이어야 하는데 "12"입니다 / Invalid backup field data.cards[2].stability: expected number, received "12"'
		);
	});

	it('every field is checked: dates, enums, nested states, unknown and missing fields, duplicates', () => {
		const command = JSON.parse(good).data.cards.findIndex((c: CardRow) => c.kind === 'command');
		expect(command).toBeGreaterThanOrEqual(0);
		const cases: [(j: RawJson) => void, string][] = [
			[(j) => (j.data.reviewLogs[0].reviewedAt = 'yesterday'), 'data.reviewLogs[0].reviewedAt'],
			[(j) => (j.data.reviewLogs[1].rating = 5), 'data.reviewLogs[1].rating'],
			[(j) => (j.data.reviewLogs[0].stateAfter.state = 7), 'data.reviewLogs[0].stateAfter.state'],
			[(j) => (j.data.cards[0].reps = -1), 'data.cards[0].reps'],
			[
				(j) => (j.data.cards[command].command.slots[0].label = 1),
				`data.cards[${command}].command.slots[0].label`
			],
			[(j) => (j.data.cards[1].secret = true), 'data.cards[1].secret'],
			[(j) => delete j.data.decks[0].title, 'data.decks[0].title'],
			[(j) => (j.data.quizAttempts[0].status = 'paused'), 'data.quizAttempts[0].status'],
			[(j) => (j.exportedAt = '2025-02-30T00:00:00Z'), 'exportedAt'],
			[(j) => j.data.cards.push(j.data.cards[0]), 'data.cards[12]']
		];
		for (const [edit, path] of cases) {
			const error = expectBackupError(() => parseBackup(edited(edit)), 'invalid');
			expect(error.path, path).toBe(path);
		}
	});
});

describe('images in backups (format version 2)', () => {
	it('export → JSON → replace gives back every image, byte for byte, as a Blob of its type', async () => {
		await fillRealistic(db);
		const before = await mediaOf(db);
		const text = serializeBackup(await exportBackup(db, NOW));
		const json = JSON.parse(text);
		expect(json.data.media.map((m: { name: string }) => m.name).sort()).toEqual([
			'docker_version.png',
			'run.jpg'
		]);
		await clearAll(db);
		const parsed = parseBackup(text);
		await verifyBackupMedia(parsed);
		await restoreBackup(db, parsed, 'replace');
		expect(await mediaOf(db)).toEqual(before);
		expect((await db.media.get(PNG_ROW.hash))!.blob.type).toBe('image/png');
	});

	it('merge adds the images that are not stored and keeps the stored ones', async () => {
		const other = new StudyDb(`backup-media-${n}`);
		opened.push(other);
		await fillRealistic(other);
		const backup = parseBackup(serializeBackup(await exportBackup(other, NOW)));
		await db.media.add({ ...PNG_ROW, name: 'kept-local-name.png' });
		const written = await restoreBackup(db, backup, 'merge');
		expect(written.media).toBe(1);
		expect((await db.media.get(PNG_ROW.hash))!.name).toBe('kept-local-name.png');
		expect(await db.media.count()).toBe(2);
	});

	it('a format version 1 file (no images) is migrated: every row restored, no image', async () => {
		await fillRealistic(db);
		const json = JSON.parse(serializeBackup(await exportBackup(db, NOW)));
		json.version = 1;
		delete json.data.media;
		const parsed = parseBackup(JSON.stringify(json));
		expect(parsed.version).toBe(2);
		expect(parsed.data.media).toEqual([]);
		const before = { ...(await snapshot(db)), media: [] };
		await clearAll(db);
		await restoreBackup(db, parsed, 'replace');
		expect(await snapshot(db)).toEqual(before);
		// A version 1 file never had images: a `media` field in one is an unknown field.
		json.data.media = [];
		expect(expectBackupError(() => parseBackup(JSON.stringify(json)), 'invalid').path).toBe(
			'data.media'
		);
	});

	it('a changed, cut or mislabelled image is refused with its path, before anything is written', async () => {
		await fillRealistic(db);
		const good = JSON.parse(serializeBackup(await exportBackup(db, NOW)));
		const before = await snapshot(db);
		const png = good.data.media.findIndex((m: { type: string }) => m.type === 'image/png');
		const edit = (change: (m: RawJson) => void) => {
			const json = structuredClone(good);
			change(json.data.media[png]);
			return JSON.stringify(json);
		};
		const path = `data.media[${png}].data`;
		const cases: [string, (m: RawJson) => void, string][] = [
			['not base64', (m) => (m.data = '!!!'), 'base64'],
			['cut', (m) => (m.data = m.data.slice(0, 8)), 'size'],
			[
				'an HTML page called a PNG',
				(m) => {
					m.data = btoa('<html><script>alert(1)</script>');
					m.size = 31;
				},
				'image'
			],
			['labelled JPEG', (m) => (m.type = 'image/jpeg'), 'image']
		];
		for (const [what, change, reason] of cases) {
			const error = expectBackupError(() => parseBackup(edit(change)), 'invalid');
			expect(error.path, what).toBe(path);
			expect(both(error), what).toMatch(
				{ base64: /base64/, size: /크기.*size/, image: /이미지가 아닙니다.*not an image/ }[reason]!
			);
		}
		// Same size and a real PNG signature, other bytes: only the hash tells.
		const swapped = parseBackup(
			edit((m) => {
				const bytes = Uint8Array.from(atob(m.data), (c) => c.charCodeAt(0));
				bytes[bytes.length - 1] = bytes[bytes.length - 1]! ^ 0xff;
				m.data = btoa(String.fromCharCode(...bytes));
			})
		);
		const error = await verifyBackupMedia(swapped).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(BackupError);
		expect((error as BackupError).path).toBe(path);
		expect(both(error as BackupError)).toMatch(/해시.*hash/);
		expect(await snapshot(db)).toEqual(before);
	});
});

describe('C06: a failed write is rolled back and reported', () => {
	it('C04, C06: QuotaExceededError on the 30th row of a replace → database as before, error names it', async () => {
		await fillRealistic(db, 40);
		const backup = parseBackup(serializeBackup(await exportBackup(db, NOW)));
		await db.cards.update(card(0).id, { front: '로컬에서 바뀐 앞면' });
		const before = await snapshot(db);
		quotaOnRow(db.cards, 30);
		const error = await restoreBackup(db, backup, 'replace').catch((e: unknown) => e);
		expect(error).toBeInstanceOf(BackupError);
		expect(error).toMatchObject({ kind: 'write', causeName: 'QuotaExceededError' });
		expect(both(error as BackupError)).toMatch(/데이터베이스는 그대로입니다.*QuotaExceededError/);
		expect(await snapshot(db)).toEqual(before);
	});

	it('C06: QuotaExceededError during a merge → nothing added', async () => {
		const other = new StudyDb(`backup-quota-${n}`);
		opened.push(other);
		await fillRealistic(other, 40);
		const backup = parseBackup(serializeBackup(await exportBackup(other, NOW)));
		await applyImport(db, await planImport(db, spec, [card(0)], NOW), NOW);
		const before = await snapshot(db);
		quotaOnRow(db.cards, 30);
		await expect(restoreBackup(db, backup, 'merge')).rejects.toMatchObject({
			kind: 'write',
			causeName: 'QuotaExceededError'
		});
		expect(await snapshot(db)).toEqual(before);
	});

	it('C06: a constraint failure inside bulkAdd (Dexie BulkError) is unwrapped to its IndexedDB name', async () => {
		await db.settings.add({ key: 'x', value: 1 });
		const error = await db
			.transaction('rw', db.settings, () =>
				db.settings.bulkAdd([
					{ key: 'y', value: 1 },
					{ key: 'x', value: 2 }
				])
			)
			.catch((e: unknown) => e);
		expect((error as Error).name).toBe('BulkError');
		expect(storageErrorName(error)).toBe('ConstraintError');
		expect(await db.settings.get('y')).toBeUndefined();
	});

	it('C06: bulkAdd rejecting with QuotaExceededError during applyImport → rolled back, error carries the name', async () => {
		await applyImport(db, await planImport(db, spec, [card(0)], NOW), NOW);
		const before = await snapshot(db);
		const cards = Array.from({ length: 50 }, (_, i) => card(i));
		const plan = await planImport(db, spec, cards, at(MINUTE));
		quotaOnRow(db.cards, 30);
		const error = await applyImport(db, plan, at(MINUTE)).catch((e: unknown) => e);
		expect(storageErrorName(error)).toBe('QuotaExceededError');
		expect(formatMessage(describeStorageError(error), 'ko')).toMatch(
			/^저장 공간이 부족해.*\(QuotaExceededError\)$/
		);
		expect(formatMessage(describeStorageError(error), 'en')).toBe(
			'Storage is full; nothing was saved or changed (QuotaExceededError)'
		);
		expect(await snapshot(db)).toEqual(before);
	});

	it('C06: db.open() rejecting with InvalidStateError reaches the caller with its name and a banner text', async () => {
		vi.spyOn(indexedDB, 'open').mockImplementation(() => {
			throw new DOMException(
				'A mutation operation was attempted on a database that did not allow mutations.',
				'InvalidStateError'
			);
		});
		const blocked = new StudyDb(`backup-blocked-${n}`);
		const error = await blocked.open().then(
			() => null,
			(e: unknown) => e
		);
		expect(error).not.toBeNull();
		expect(storageErrorName(error)).toBe('InvalidStateError');
		expect(both({ reason: describeStorageError(error) })).toMatch(
			/진행 상황이 저장되지 않습니다.*progress cannot be saved/
		);
		expect(blocked.isOpen()).toBe(false);
	});
});
