import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { NoteCard } from '$lib/content/types';
import { DEFAULT_SCHEDULER_SETTINGS, Rating, Scheduler } from '$lib/scheduling';
import {
	QUEUE,
	StudyDb,
	applyImport,
	buryCard,
	unburyDue,
	cardFacets,
	deckIdFor,
	gradeCard,
	loadCardDetail,
	matchesWords,
	normaliseSearchText,
	planImport,
	searchCards,
	setOverride,
	setSuspended,
	MissingRowError
} from '$lib/db';
import { buryUntilNextDay } from '$lib/services/review';
import { cardStateOf, topicKey } from '$lib/cards';
import { sessionQueue } from '$lib/services/queue';

const ZONE = 'Asia/Seoul';
const NOW = new Date('2025-03-10T01:00:00Z'); // 10:00 in Seoul
const settings = { ...DEFAULT_SCHEDULER_SETTINGS };

function card(i: number, over: Partial<NoteCard> = {}): NoteCard {
	return {
		id: `import:test:${i}`,
		anchor: `test/질문 ${i}`,
		kind: 'basic',
		front: `질문 ${i}`,
		back: `답 ${i}`,
		topic: ['테스트', i % 2 ? '홀수' : '짝수', '더 깊은 곳'],
		tags: [],
		source: { file: 'test.md', line: i + 1 },
		...over
	};
}

function specFor(file: string) {
	return {
		id: deckIdFor('import', file),
		title: file,
		origin: 'import' as const,
		file,
		sourceText: ''
	};
}
const spec = specFor('test.md');

let db: StudyDb;
let n = 0;
beforeEach(async () => {
	db = new StudyDb(`cards-test-${++n}`);
	await db.open();
});
afterEach(async () => {
	await db.delete();
});

async function importCards(cards: NoteCard[], now = NOW, deck = spec) {
	const plan = await planImport(db, deck, cards, now);
	await applyImport(db, plan, now);
	return plan;
}

const ALL = { offset: 0, limit: 1000 };
const fronts = (rows: { front: string }[]) => rows.map((r) => r.front);

describe('searchCards', () => {
	it('finds words in front, back and the edited text, NFC and case-insensitive', async () => {
		await importCards([
			card(1, { front: 'Docker Engine이란?', back: '컨테이너를 돌리는 데몬' }),
			card(2, { front: '이미지란?', back: '읽기 전용 `layer`의 묶음' }),
			card(3, { front: '볼륨이란?', back: '데이터를 남기는 곳' })
		]);
		await setOverride(db, card(3).id, { back: '호스트에 DATA를 남기는 곳' });

		expect(fronts((await searchCards(db, { text: 'docker' }, ALL)).rows)).toEqual([
			'Docker Engine이란?'
		]);
		expect(fronts((await searchCards(db, { text: 'LAYER' }, ALL)).rows)).toEqual(['이미지란?']);
		expect(fronts((await searchCards(db, { text: 'data' }, ALL)).rows)).toEqual(['볼륨이란?']);
		// Decomposed Hangul (NFD) typed by some keyboards finds the composed text.
		const nfd = '컨테이너'.normalize('NFD');
		expect(nfd).not.toBe('컨테이너');
		expect(fronts((await searchCards(db, { text: nfd }, ALL)).rows)).toEqual([
			'Docker Engine이란?'
		]);
		// Every word must match.
		expect((await searchCards(db, { text: '이미지 볼륨' }, ALL)).total).toBe(0);
		expect((await searchCards(db, { text: '  ' }, ALL)).total).toBe(3);
	});

	it('filters by deck, topic, tag and state; never lists retired cards', async () => {
		const other = specFor('other.md');
		await importCards([card(1), card(2), card(3, { tags: ['명령어'] }), card(4)]);
		await importCards([card(10)], NOW, other);
		const scheduler = new Scheduler(settings, { fuzz: false });
		await gradeCard(db, scheduler, card(1).id, Rating.Good, NOW); // → learning
		await setSuspended(db, card(2).id, true);
		await buryCard(db, card(3).id, new Date(NOW.getTime() + 86_400_000));
		await db.cards.update(card(4).id, { tags: ['leech'], suspended: true, queue: QUEUE.suspended });
		// Retire card 10 by importing its deck without it.
		await importCards([card(11)], NOW, other);

		const ids = async (q: Parameters<typeof searchCards>[1]) =>
			(await searchCards(db, q, ALL)).rows.map((r) => r.id).sort();
		expect(await ids({ deckId: other.id })).toEqual([card(11).id]);
		expect(await ids({ state: 'learning' })).toEqual([card(1).id]);
		expect(await ids({ state: 'suspended' })).toEqual([card(2).id, card(4).id]);
		expect(await ids({ state: 'leech' })).toEqual([card(4).id]);
		expect(await ids({ state: 'buried' })).toEqual([card(3).id]);
		expect(await ids({ state: 'new' })).toEqual([card(11).id]);
		expect(await ids({ state: 'new', deckId: spec.id })).toEqual([]);
		expect(await ids({ state: 'learning', deckId: spec.id })).toEqual([card(1).id]);
		expect(await ids({ tag: '명령어' })).toEqual([card(3).id]);
		expect(await ids({ topic: '테스트 › 홀수', deckId: spec.id })).toEqual([
			card(1).id,
			card(3).id
		]);
		expect(await ids({})).not.toContain(card(10).id);
	});

	it('sorts by due (new cards: when added, in notes order) or by notes order; pages never overlap', async () => {
		await importCards([card(1), card(2), card(3), card(4), card(5)]);
		// Card 4 is a review card due before the import, card 2 one due after every new card.
		const review = { queue: QUEUE.review, state: 2 };
		await db.cards.update(card(4).id, { ...review, due: new Date(NOW.getTime() - 3_600_000) });
		await db.cards.update(card(2).id, { ...review, due: new Date(NOW.getTime() + 3_600_000) });
		const expected = ['질문 4', '질문 1', '질문 3', '질문 5', '질문 2'];
		// The same order from the index path (no words) and from the filtered path (words).
		expect(fronts((await searchCards(db, { sort: 'due' }, ALL)).rows)).toEqual(expected);
		expect(fronts((await searchCards(db, { sort: 'due', text: '질문' }, ALL)).rows)).toEqual(
			expected
		);
		const notesOrder = ['질문 1', '질문 2', '질문 3', '질문 4', '질문 5'];
		expect(fronts((await searchCards(db, { sort: 'position' }, ALL)).rows)).toEqual(notesOrder);
		expect(fronts((await searchCards(db, { sort: 'position', text: '질문' }, ALL)).rows)).toEqual(
			notesOrder
		);

		for (const text of [undefined, '질문']) {
			const pages = [];
			for (let offset = 0; offset < 6; offset += 2) {
				const p = await searchCards(db, { sort: 'due', text }, { offset, limit: 2 });
				expect(p.total).toBe(5);
				pages.push(...p.rows);
			}
			expect(fronts(pages)).toEqual(expected);
		}
	});

	it('the index path counts and pages like the filtered path, over decks and queues', async () => {
		const other = specFor('other.md');
		await importCards(Array.from({ length: 30 }, (_, i) => card(i)));
		await importCards(
			Array.from({ length: 20 }, (_, i) => card(100 + i)),
			new Date(NOW.getTime() + 5),
			other
		);
		// Scatter states and dues (a fixed pattern, no randomness).
		for (let i = 0; i < 30; i += 3) {
			await db.cards.update(card(i).id, {
				queue: i % 2 ? QUEUE.review : QUEUE.learning,
				due: new Date(NOW.getTime() + ((i * 7919) % 97) * 60_000)
			});
		}
		await setSuspended(db, card(100).id, true);
		// Notes order goes deck by deck even where positions of two decks interleave.
		const ordered = (await searchCards(db, { sort: 'position' }, ALL)).rows;
		const decksInOrder = ordered.map((r) => r.deckId).filter((d, i, all) => all[i - 1] !== d);
		expect(decksInOrder).toHaveLength(2);
		for (const state of [undefined, 'new', 'learning', 'review', 'suspended'] as const) {
			for (const sort of ['due', 'position'] as const) {
				for (const deckId of [undefined, other.id]) {
					const q = { state, sort, deckId };
					// A search word every card has forces the filtered path.
					const viaFilter = await searchCards(db, { ...q, text: '질문' }, ALL);
					const viaIndex = await searchCards(db, q, ALL);
					expect(viaIndex.total).toBe(viaFilter.total);
					expect(viaIndex.rows.map((r) => r.id)).toEqual(viaFilter.rows.map((r) => r.id));
					const paged = [];
					for (let offset = 0; offset < viaIndex.total; offset += 7) {
						paged.push(...(await searchCards(db, q, { offset, limit: 7 })).rows);
					}
					expect(paged.map((r) => r.id)).toEqual(viaFilter.rows.map((r) => r.id));
				}
			}
		}
	});
});

describe('card helpers', () => {
	it('topicKey keeps the deck title and the section only', () => {
		expect(topicKey({ topic: ['도커 기초', 'Docker', '특징'] })).toBe('도커 기초 › Docker');
		expect(topicKey({ topic: ['도커 기초'] })).toBe('도커 기초');
	});

	it('cardStateOf names every queue', () => {
		expect(
			[QUEUE.new, QUEUE.learning, QUEUE.review, QUEUE.suspended, QUEUE.buried, QUEUE.retired].map(
				(queue) => cardStateOf({ queue })
			)
		).toEqual(['new', 'learning', 'review', 'suspended', 'buried', 'retired']);
	});

	it('matchesWords needs normalised words and looks at the override too', () => {
		const row = { front: 'A', back: 'B', override: { back: 'Überschrift' } } as never;
		expect(matchesWords(row, [normaliseSearchText('ÜBER')])).toBe(true);
		expect(matchesWords(row, [normaliseSearchText('nope')])).toBe(false);
	});

	it('cardFacets lists decks, topics per deck and tags', async () => {
		await importCards([card(1), card(2, { tags: ['b'] }), card(3, { tags: ['a'] })]);
		const facets = await cardFacets(db);
		expect(facets.decks.map((d) => d.id)).toEqual([spec.id]);
		expect(facets.tags).toEqual(['a', 'b']);
		expect(facets.topics.map((t) => t.topic).sort()).toEqual(['테스트 › 짝수', '테스트 › 홀수']);
	});
});

describe('loadCardDetail', () => {
	it('returns the card, its deck and its reviews, oldest first', async () => {
		await importCards([card(1), card(2)]);
		const scheduler = new Scheduler(settings, { fuzz: false });
		await gradeCard(db, scheduler, card(1).id, Rating.Again, NOW);
		await gradeCard(db, scheduler, card(2).id, Rating.Good, NOW);
		await gradeCard(db, scheduler, card(1).id, Rating.Good, new Date(NOW.getTime() + 60_000));
		const detail = await loadCardDetail(db, card(1).id);
		expect(detail?.deck?.id).toBe(spec.id);
		expect(detail?.logs.map((l) => l.rating)).toEqual([Rating.Again, Rating.Good]);
		expect(await loadCardDetail(db, 'nope')).toBeUndefined();
	});
});

describe('setOverride', () => {
	it('keeps only sides that differ from the imported text, and removes an empty override', async () => {
		await importCards([card(1)]);
		expect(await setOverride(db, card(1).id, { front: '질문 1', back: '고친 답' })).toEqual({
			back: '고친 답'
		});
		expect((await db.cards.get(card(1).id))?.override).toEqual({ back: '고친 답' });
		expect(await setOverride(db, card(1).id, { front: ' ', back: '답 1' })).toBeUndefined();
		expect(await db.cards.get(card(1).id)).not.toHaveProperty('override');
		await expect(setOverride(db, 'nope', { front: 'x' })).rejects.toBeInstanceOf(MissingRowError);
	});

	it('an edit survives re-imports: changed answer, unchanged card, retired and restored card', async () => {
		await importCards([card(1), card(2)]);
		await setOverride(db, card(1).id, { front: '내가 고친 질문' });
		await setOverride(db, card(2).id, { back: '내가 고친 답' });

		// Card 1's answer changes in the notes; card 2 disappears (retired).
		const t1 = new Date(NOW.getTime() + 1000);
		const plan = await importCards([card(1, { back: '노트에서 바뀐 답' })], t1);
		expect(plan.changed.map((c) => c.id)).toEqual([card(1).id]);
		const one = await db.cards.get(card(1).id);
		expect(one?.back).toBe('노트에서 바뀐 답');
		expect(one?.override).toEqual({ front: '내가 고친 질문' });
		expect((await db.cards.get(card(2).id))?.queue).toBe(QUEUE.retired);

		// Card 2 comes back: restored with its edit.
		await importCards([card(1, { back: '노트에서 바뀐 답' }), card(2)], new Date(t1.getTime() + 1));
		const two = await db.cards.get(card(2).id);
		expect(two?.queue).toBe(QUEUE.new);
		expect(two?.override).toEqual({ back: '내가 고친 답' });
		// The edited text is what the review queue hands to the review screen.
		const queue = await sessionQueue(db, [spec.id], t1, settings, ZONE);
		expect(queue.find((c) => c.id === card(1).id)?.override?.front).toBe('내가 고친 질문');
	});
});

describe('buryUntilNextDay', () => {
	it('hides the card until 04:00 of the next study day in the zone, then unburies it', async () => {
		await importCards([card(1), card(2)]);
		// 02:30 in Seoul on 2025-03-11 is still the study day of 2025-03-10 (starts 04:00).
		const lateNight = new Date('2025-03-10T17:30:00Z');
		const until = await buryUntilNextDay(
			{ db, now: () => lateNight, settings, timeZone: ZONE },
			card(1).id
		);
		expect(until.toISOString()).toBe('2025-03-10T19:00:00.000Z'); // 04:00 KST, 2025-03-11
		const today = await sessionQueue(db, [spec.id], lateNight, settings, ZONE);
		expect(today.map((c) => c.id)).toEqual([card(2).id]);
		await unburyDue(db, new Date(until.getTime() - 1));
		expect((await db.cards.get(card(1).id))?.queue).toBe(QUEUE.buried);
		await unburyDue(db, until);
		expect((await db.cards.get(card(1).id))?.queue).toBe(QUEUE.new);
		const tomorrow = await sessionQueue(db, [spec.id], until, settings, ZONE);
		expect(tomorrow.map((c) => c.id)).toEqual([card(1).id, card(2).id]);
	});
});
