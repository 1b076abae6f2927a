/**
 * The card browser's text search on fake IndexedDB: the index is built in steps, answers with the
 * filters and sorts of the list, and follows writes (edits, imports, retired cards, reviews).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { NoteCard } from '$lib/content/types';
import { StudyDb, applyImport, deckIdFor, planImport, setOverride, setSuspended } from '$lib/db';
import { DEFAULT_SCHEDULER_SETTINGS } from '$lib/scheduling';
import type { ServiceContext } from './context';
import {
	BUILD_STEP,
	firstInOrder,
	openCardFinder,
	type CardFinder,
	type FinderProgress
} from './cards-search';

const NOW = new Date('2025-03-10T01:00:00Z');
let db: StudyDb;
let n = 0;
let finder: CardFinder | null = null;
const ctx = (): ServiceContext => ({
	db,
	now: () => NOW,
	settings: { ...DEFAULT_SCHEDULER_SETTINGS },
	timeZone: 'Asia/Seoul',
	fuzz: false
});

beforeEach(async () => {
	db = new StudyDb(`cards-search-${++n}`);
	await db.open();
});
afterEach(async () => {
	finder?.close();
	finder = null;
	await db.delete();
});

function card(i: number, front: string, back: string, over: Partial<NoteCard> = {}): NoteCard {
	return {
		id: `c${String(i).padStart(5, '0')}`,
		kind: 'basic',
		front,
		back,
		topic: ['검색', i % 2 ? '홀수' : '짝수'],
		tags: [],
		source: { file: 'search.md', line: i },
		...over
	} as NoteCard;
}

const spec = (file: string) => ({
	id: deckIdFor('import', file),
	file,
	title: file,
	origin: 'import' as const,
	sourceText: ''
});

async function importCards(cards: NoteCard[], file = 'search.md') {
	await applyImport(db, await planImport(db, spec(file), cards, NOW), NOW);
}

const ALL = { offset: 0, limit: 1000 };
const CARDS = [
	card(1, '컨테이너를 지우면?', '쓰기 레이어가 사라진다'),
	card(2, '도커 이미지란?', '읽기 전용 레이어의 묶음'),
	card(3, 'Jenkins 파이프라인', '멀티스테이지 빌드'),
	card(4, '볼륨이란?', '컨테이너 밖에 두는 데이터', { tags: ['저장'] })
];

/** Wait until the finder has applied the writes it heard of (it tells through onChange). */
function changed(open: (onChange: () => void) => CardFinder): Promise<void> {
	return new Promise((resolve) => {
		finder = open(resolve);
	});
}

async function ids(query: Parameters<CardFinder['search']>[0]) {
	const page = await finder!.search(query, ALL);
	return page?.rows.map((r) => r.id) ?? null;
}

describe('CardFinder', () => {
	it('finds Korean parts of words, 초성 and Latin words, with the filters and sorts of the list', async () => {
		await importCards(CARDS);
		await importCards([card(9, '다른 덱의 컨테이너', '네트워크')], 'other.md');
		finder = openCardFinder(ctx());
		// Sorted by due: new cards by when they were added (both decks at NOW), then id.
		expect(await ids({ text: '컨테이너' })).toEqual(['c00001', 'c00009', 'c00004']);
		expect(await ids({ text: '테이너' })).toEqual(['c00001', 'c00009', 'c00004']);
		expect(await ids({ text: 'ㅋㅌㅇㄴ' })).toEqual(['c00001', 'c00009', 'c00004']);
		expect(await ids({ text: 'ㄹㅇㅇ 묶음' })).toEqual(['c00002']);
		expect(await ids({ text: 'jenk' })).toEqual(['c00003']);
		expect(await ids({ text: '스테이지' })).toEqual(['c00003']);
		expect(await ids({ text: '컨테이너', deckId: spec('other.md').id })).toEqual(['c00009']);
		expect(await ids({ text: '컨테이너', tag: '저장' })).toEqual(['c00004']);
		expect(await ids({ text: '레이어', topic: '검색 › 홀수' })).toEqual(['c00001']);
		expect(await ids({ text: '레이어', sort: 'position' })).toEqual(['c00001', 'c00002']);
		// Best match first: 컨테이너 as a whole word (cards 9 and 4, then by due) before
		// 컨테이너를 (card 1, the start of a word).
		expect(await ids({ text: '컨테이너', sort: 'match' })).toEqual(['c00009', 'c00004', 'c00001']);
		// Nothing to search for: the caller lists without text.
		expect(await finder.search({ text: ' ** ' }, ALL)).toBeNull();
		// Pages of the sorted matches, and the total of all of them.
		const second = await finder.search({ text: '컨테이너' }, { offset: 1, limit: 1 });
		expect(second).toMatchObject({ total: 3, rows: [{ id: 'c00009' }] });
	});

	it('is built in steps of BUILD_STEP cards and reports how far it is', async () => {
		const many = Array.from({ length: BUILD_STEP * 2 + 5 }, (_, i) =>
			card(i, `카드 ${i}`, i === 1234 ? '바늘 needle' : '건초 더미')
		);
		await importCards(many);
		const seen: FinderProgress[] = [];
		finder = openCardFinder(ctx(), undefined, (p) => seen.push(p));
		expect(await ids({ text: 'NEEDLE' })).toEqual(['c01234']);
		expect(seen.at(-1)).toEqual({ indexed: many.length, total: many.length, ready: true });
		expect(seen.filter((p) => !p.ready).map((p) => p.indexed)).toEqual([
			0,
			BUILD_STEP,
			BUILD_STEP * 2
		]);
	});

	it('follows the learner’s edit, a suspended card, a re-import and a retired card', async () => {
		await importCards(CARDS);
		let done = changed((onChange) => openCardFinder(ctx(), onChange));
		await finder!.prepare();
		await setOverride(db, 'c00002', { front: '고친 질문: 태그란?' });
		await done;
		// The edited text is found (the imported text too, as in the list without an index).
		expect(await ids({ text: '태그' })).toEqual(['c00002']);
		expect(await ids({ text: '고친 도커' })).toEqual(['c00002']);

		finder!.close();
		done = changed((onChange) => openCardFinder(ctx(), onChange));
		await finder!.prepare();
		await setSuspended(db, 'c00001', true);
		await done;
		expect(await ids({ text: '컨테이너', state: 'suspended' })).toEqual(['c00001']);

		finder!.close();
		done = changed((onChange) => openCardFinder(ctx(), onChange));
		await finder!.prepare();
		// Card 3 leaves the notes (retired: never listed), card 5 is new.
		await importCards([CARDS[0]!, CARDS[1]!, CARDS[3]!, card(5, '새 카드: 헬스체크', '상태 확인')]);
		await done;
		expect(await ids({ text: '헬스' })).toEqual(['c00005']);
		expect(await ids({ text: 'jenkins' })).toEqual([]);
		expect(await ids({ text: '레이어' })).toEqual(['c00001', 'c00002']);

		// 60 rows in one write: Dexie reports a range, not ids, and the index is built again.
		finder!.close();
		done = changed((onChange) => openCardFinder(ctx(), onChange));
		await finder!.prepare();
		const more = Array.from({ length: 60 }, (_, i) => card(100 + i, `추가 ${i}`, '로그 드라이버'));
		await importCards(more, 'more.md');
		await done;
		expect(await ids({ text: 'ㄹㄱ ㄷㄹㅇㅂ' })).toHaveLength(60);
		expect(await ids({ text: '헬스' })).toEqual(['c00005']);
	});
});

describe('CardFinder while it is being built', () => {
	it('a search started with the build, and writes during it, see every stored card', async () => {
		const many = Array.from({ length: BUILD_STEP * 2 + 5 }, (_, i) =>
			card(i, `카드 ${i}`, '건초 더미')
		);
		await importCards(many);
		const done = changed((onChange) => openCardFinder(ctx(), onChange));
		// The first search starts the build; an edit of a card already read, and a bulk write
		// (reported as a range, so the index is built again), land while it runs.
		const first = finder!.search({ text: '바늘' }, ALL);
		const edit = setOverride(db, 'c00003', { back: '바늘 하나' });
		const bulk = importCards(
			Array.from({ length: 60 }, (_, i) => card(5000 + i, `추가 ${i}`, '바늘 더미')),
			'more.md'
		);
		await Promise.all([edit, bulk]);
		// Whatever the first search saw, it is a consistent answer (never a half-built index).
		expect([0, 1, 60, 61]).toContain((await first)?.total);
		await done;
		const page = await finder!.search({ text: '바늘' }, ALL);
		expect(page?.total).toBe(61);
		expect(await ids({ text: '바늘 하나' })).toEqual(['c00003']);
		expect(await ids({ text: 'ㅊㄱ 바늘' })).toHaveLength(60);
	});
});

describe('firstInOrder', () => {
	it('gives the first k of the full sort, for any k, with ties broken by the comparison', () => {
		// A seeded shuffle of 500 items with many equal keys (mulberry32).
		let seed = 17;
		const rnd = () => {
			seed = (seed + 0x6d2b79f5) >>> 0;
			let t = seed;
			t = Math.imul(t ^ (t >>> 15), t | 1);
			t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
			return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
		};
		const items = Array.from({ length: 500 }, (_, i) => ({ key: Math.floor(rnd() * 40), id: i }));
		const compare = (a: (typeof items)[0], b: (typeof items)[0]) => a.key - b.key || a.id - b.id;
		const sorted = [...items].sort(compare);
		for (const k of [0, 1, 2, 7, 50, 499, 500, 800]) {
			expect(firstInOrder(items, k, compare)).toEqual(sorted.slice(0, k));
		}
		expect(items).toHaveLength(500); // the input is left as it was
	});
});
