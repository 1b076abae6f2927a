/**
 * Schema evolution: a database written by schema version 1 opens under the current `StudyDb`
 * with nothing lost and every index usable.
 *
 * Two fixtures, both written through a plain Dexie declaring exactly `STORES_V1`:
 * - rows frozen as object literals in the shape v1 stored them (they stay v1 rows even when the
 *   row types change later: a later version's upgrade must turn them into its shape);
 * - a realistic database built by the repository functions (import, grade, suspend, bury,
 *   settings) running against the v1 database.
 */
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import type { NoteCard } from '$lib/content/types';
import { DEFAULT_SCHEDULER_SETTINGS, Rating, Scheduler, State } from '$lib/scheduling';
import {
	SCHEMA_VERSION,
	STORES_V1,
	StudyDb,
	applyImport,
	buryCard,
	deckIdFor,
	gradeCard,
	planImport,
	setSetting,
	setSuspended,
	type CardRow,
	type DeckRow,
	type ReviewLogRow,
	type SettingRow
} from '$lib/db';
import { countsFor, sessionQueue } from '$lib/services/queue';
import { saveSchedulerSettings } from '$lib/services/settings';
import { exportBackup, parseBackup, restoreBackup, serializeBackup } from '$lib/db/backup';

const ZONE = 'Asia/Seoul';
const NOW = new Date('2025-03-10T01:00:00Z');
const at = (ms: number) => new Date(NOW.getTime() + ms);
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

const names: string[] = [];
let n = 0;
function dbName(): string {
	const name = `migration-${++n}`;
	names.push(name);
	return name;
}
afterEach(async () => {
	for (const name of names.splice(0)) await Dexie.delete(name);
});

/** The v1 database exactly as v1 declared it (what an installed v1 app opened). */
function openV1(name: string): Dexie & StudyDb {
	const db = new Dexie(name);
	db.version(1).stores(STORES_V1);
	return db as Dexie & StudyDb;
}

type V1Tables = {
	decks: DeckRow[];
	cards: CardRow[];
	reviewLogs: ReviewLogRow[];
	settings: SettingRow[];
};

async function v1Snapshot(db: StudyDb): Promise<V1Tables> {
	return {
		decks: await db.decks.toArray(),
		cards: await db.cards.toArray(),
		reviewLogs: await db.reviewLogs.toArray(),
		settings: await db.settings.toArray()
	};
}

const NEW_STATE = {
	due: NOW,
	stability: 0,
	difficulty: 0,
	elapsedDays: 0,
	scheduledDays: 0,
	learningSteps: 0,
	reps: 0,
	lapses: 0,
	state: State.New,
	lastReview: null
};

/** v1 rows, frozen: one deck, three cards (new; reviewed, edited, leech-suspended; buried command), logs, settings. */
const FROZEN: V1Tables = {
	decks: [
		{
			id: 'bundled:study_Docker',
			title: '도커 공부',
			origin: 'bundled',
			file: 'study_Docker.md',
			sourceText: '',
			createdAt: new Date('2025-03-01T00:00:00Z'),
			updatedAt: new Date('2025-03-09T12:00:00Z')
		}
	],
	cards: [
		{
			id: 'bundled:study_Docker:a1',
			deckId: 'bundled:study_Docker',
			kind: 'basic',
			front: '컨테이너를 지우면 이미지도 지워지는가?',
			back: '아니다. 그 컨테이너의 쓰기 가능 레이어만 지워진다.',
			topic: ['study_Docker', '이미지'],
			tags: [],
			source: { file: 'study_Docker.md', line: 12 },
			position: 1741564800000,
			queue: 0,
			...NEW_STATE
		},
		{
			id: 'bundled:study_Docker:b2',
			deckId: 'bundled:study_Docker',
			kind: 'cloze',
			front: '이미지 이름에서 태그를 생략하면 [...] 태그로 간주한다.',
			back: '이미지 이름에서 태그를 생략하면 latest 태그로 간주한다.',
			topic: ['study_Docker', '이미지'],
			context: '이미지 이름',
			clozeIndex: 1,
			tags: ['leech'],
			source: { file: 'study_Docker.md', line: 20, endLine: 21 },
			position: 1741564800001,
			queue: -1,
			override: { back: 'latest' },
			suspended: true,
			due: new Date('2025-03-10T01:10:00Z'),
			stability: 0.4,
			difficulty: 8.9,
			elapsedDays: 0,
			scheduledDays: 0,
			learningSteps: 0,
			reps: 9,
			lapses: 8,
			state: State.Relearning,
			lastReview: new Date('2025-03-10T01:00:00Z')
		},
		{
			id: 'bundled:study_Docker:c3',
			deckId: 'bundled:study_Docker',
			kind: 'command',
			front: 'ubuntu 사용자를 docker 그룹에 추가하는 명령은?',
			back: '`sudo usermod -aG docker ubuntu`',
			topic: ['study_Docker', '설치'],
			tags: ['command'],
			command: {
				template: 'sudo usermod -aG docker {user}',
				original: 'sudo usermod -aG docker [ubuntu 사용자 계정 이름]',
				slots: [{ name: 'user', label: 'ubuntu 사용자 계정 이름' }]
			},
			source: { file: 'study_Docker.md', line: 40 },
			position: 1741564800002,
			queue: -2,
			buriedUntil: new Date('2025-03-10T19:00:00Z'),
			due: new Date('2025-03-14T03:00:00Z'),
			stability: 4.93,
			difficulty: 5.28,
			elapsedDays: 0,
			scheduledDays: 4,
			learningSteps: 0,
			reps: 2,
			lapses: 0,
			state: State.Review,
			lastReview: new Date('2025-03-09T23:00:00Z')
		}
	],
	reviewLogs: [
		{
			id: 1,
			cardId: 'bundled:study_Docker:c3',
			deckId: 'bundled:study_Docker',
			rating: 3,
			reviewedAt: new Date('2025-03-09T22:50:00Z'),
			origin: 'drill',
			stateBefore: { ...NEW_STATE, due: new Date('2025-03-09T00:00:00Z') },
			stateAfter: {
				...NEW_STATE,
				due: new Date('2025-03-09T23:00:00Z'),
				stability: 2.3,
				difficulty: 5.3,
				reps: 1,
				state: State.Learning,
				lastReview: new Date('2025-03-09T22:50:00Z')
			},
			queueBefore: 0,
			elapsedDays: 0,
			scheduledDays: 0
		},
		{
			id: 2,
			cardId: 'bundled:study_Docker:c3',
			deckId: 'bundled:study_Docker',
			rating: 3,
			reviewedAt: new Date('2025-03-09T23:00:00Z'),
			origin: 'review',
			stateBefore: {
				...NEW_STATE,
				due: new Date('2025-03-09T23:00:00Z'),
				stability: 2.3,
				difficulty: 5.3,
				reps: 1,
				state: State.Learning,
				lastReview: new Date('2025-03-09T22:50:00Z')
			},
			stateAfter: {
				due: new Date('2025-03-14T03:00:00Z'),
				stability: 4.93,
				difficulty: 5.28,
				elapsedDays: 0,
				scheduledDays: 4,
				learningSteps: 0,
				reps: 2,
				lapses: 0,
				state: State.Review,
				lastReview: new Date('2025-03-09T23:00:00Z')
			},
			queueBefore: 1,
			elapsedDays: 0.0069,
			scheduledDays: 4
		}
	],
	settings: [
		{ key: 'bundledDeckVersion', value: 'a1b2c3' },
		{ key: 'scheduler', value: { ...DEFAULT_SCHEDULER_SETTINGS, newPerDay: 15 } }
	]
};

function note(i: number): NoteCard {
	return {
		id: `import:docker:${i}`,
		anchor: `docker/질문 ${i}`,
		kind: i % 5 === 0 ? 'typein' : 'basic',
		front: `질문 ${i}`,
		back: `답 ${i}`,
		topic: ['study_Docker', 'Docker'],
		tags: i % 7 === 0 ? ['tricky'] : [],
		source: { file: 'docker.md', line: i + 1 }
	};
}
const spec = {
	id: deckIdFor('import', 'docker.md'),
	title: '도커',
	origin: 'import' as const,
	file: 'docker.md',
	sourceText: '# 도커\n'
};

const RATINGS = [Rating.Good, Rating.Again, Rating.Easy, Rating.Hard] as const;

/** Months of use in v1, compressed: 30 cards, reviews on three days, a suspension, a bury, settings. */
async function useV1(db: StudyDb): Promise<void> {
	const notes = Array.from({ length: 30 }, (_, i) => note(i));
	await applyImport(db, await planImport(db, spec, notes, NOW), NOW);
	const scheduler = new Scheduler({ ...DEFAULT_SCHEDULER_SETTINGS }, { fuzz: false });
	for (let day = 0; day < 3; day++) {
		for (let i = 0; i < 12; i++) {
			const rating = RATINGS[(i + day) % RATINGS.length]!;
			await gradeCard(db, scheduler, notes[i]!.id, rating, at(day * DAY + i * MINUTE));
		}
	}
	await setSuspended(db, notes[20]!.id, true);
	await buryCard(db, notes[21]!.id, at(4 * DAY));
	await saveSchedulerSettings(db, { ...DEFAULT_SCHEDULER_SETTINGS, newPerDay: 10 });
	await setSetting(db, 'bundledDeckVersion', 'v1-build');
}

describe('upgrade from schema version 1', () => {
	it('frozen v1 rows open under StudyDb (v2) unchanged, with quizAttempts added', async () => {
		const name = dbName();
		const v1 = openV1(name);
		await v1.transaction('rw', v1.tables, async () => {
			await v1.decks.bulkAdd(FROZEN.decks);
			await v1.cards.bulkAdd(FROZEN.cards);
			await v1.reviewLogs.bulkAdd(FROZEN.reviewLogs);
			await v1.settings.bulkAdd(FROZEN.settings);
		});
		expect(v1.verno).toBe(1);
		v1.close();

		const db = new StudyDb(name);
		await db.open();
		expect(db.verno).toBe(SCHEMA_VERSION);
		expect(db.tables.map((t) => t.name).sort()).toEqual([
			'cards',
			'decks',
			'media',
			'quizAttempts',
			'reviewLogs',
			'settings'
		]);
		expect(await v1Snapshot(db)).toEqual(FROZEN);
		expect(await db.quizAttempts.count()).toBe(0);
		expect(await db.media.count()).toBe(0);
		// Indexes from v1 still answer: multi-entry tags, compound queue ranges.
		expect(await db.cards.where('tags').equals('leech').primaryKeys()).toEqual([
			'bundled:study_Docker:b2'
		]);
		expect(
			await db.cards
				.where('[deckId+queue+position]')
				.between(['bundled:study_Docker', 0, -Infinity], ['bundled:study_Docker', 0, Infinity])
				.primaryKeys()
		).toEqual(['bundled:study_Docker:a1']);
		// The new table and its indexes work.
		await db.quizAttempts.add({ id: 'q1', status: 'running', startedAt: NOW, data: null });
		expect(await db.quizAttempts.where('status').equals('running').count()).toBe(1);
		// New review logs continue after the v1 ids.
		const scheduler = new Scheduler({ ...DEFAULT_SCHEDULER_SETTINGS }, { fuzz: false });
		const { logId } = await gradeCard(db, scheduler, 'bundled:study_Docker:a1', Rating.Good, NOW);
		expect(logId).toBe(3);
		db.close();
	});

	it('a realistic v1 database (built by the repository code) loses nothing and queues the same', async () => {
		const name = dbName();
		const v1 = openV1(name);
		await useV1(v1);
		const before = await v1Snapshot(v1);
		const later = at(3 * DAY + 2 * 3600_000);
		const settings = { ...DEFAULT_SCHEDULER_SETTINGS, newPerDay: 10 };
		const queueBefore = await sessionQueue(v1, [spec.id], later, settings, ZONE);
		const countsBefore = await countsFor(v1, [spec.id], later, settings, ZONE);
		expect(before.reviewLogs).toHaveLength(36);
		expect(queueBefore.length).toBeGreaterThan(0);
		v1.close();

		const db = new StudyDb(name);
		await db.open();
		expect(await v1Snapshot(db)).toEqual(before);
		expect((await sessionQueue(db, [spec.id], later, settings, ZONE)).map((c) => c.id)).toEqual(
			queueBefore.map((c) => c.id)
		);
		expect(await countsFor(db, [spec.id], later, settings, ZONE)).toEqual(countsBefore);
		db.close();
	});

	it('a v1 tab still open does not block the upgrade: it is asked to close (versionchange)', async () => {
		const name = dbName();
		const v1 = openV1(name);
		await useV1(v1);
		let asked = false;
		v1.on('versionchange', () => {
			asked = true; // Dexie's default then closes this connection, so the upgrade proceeds.
		});
		const db = new StudyDb(name);
		await db.open();
		expect(asked).toBe(true);
		expect(v1.isOpen()).toBe(false);
		expect(db.verno).toBe(SCHEMA_VERSION);
		expect(await db.reviewLogs.count()).toBe(36);
		db.close();
	});

	it('a backup exported by a v1 database restores into v2 with every row', async () => {
		const v1 = openV1(dbName());
		await useV1(v1);
		const before = await v1Snapshot(v1);
		const text = serializeBackup(await exportBackup(v1, NOW));
		v1.close();

		const db = new StudyDb(dbName());
		await db.open();
		await restoreBackup(db, parseBackup(text), 'replace');
		expect(await v1Snapshot(db)).toEqual(before);
		db.close();
	});
});
