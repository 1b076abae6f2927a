/** Stable card identity: round trips through edits, and the re-import summary (diffDecks). */
import { describe, expect, it } from 'vitest';
import { diffDecks } from './diff';
import { cardAnchor, cardIdFromAnchor, hash53 } from './identity';
import { parseNotes } from './parse';
import type { NoteCard } from './types';

const V1 = [
	'# 도커 노트',
	'',
	'## Docker',
	'- 특징',
	'    - 표준성: 컨테이너라는 표준으로 배포한다.',
	'    - 이식성: 어디서든 같은 컨테이너가 돈다.',
	'    - 격리성: 프로세스를 서로 떼어 놓는다.',
	'- 이미지 :: 컨테이너를 만드는 읽기 전용 템플릿',
	'',
	'#### Jenkins',
	'- Java로 만든 CI/CD 도구이다.',
	''
].join('\n');

function byFront(cards: NoteCard[], front: string): NoteCard {
	const card = cards.find((c) => c.front === front);
	if (!card) throw new Error(`no card with front ${front}`);
	return card;
}

describe('hash53 (cyrb53)', () => {
	it('matches the reference values published with cyrb53 (bryc/code, jshash)', () => {
		expect(hash53('a')).toBe(7929297801672961);
		expect(hash53('revenge')).toBe(4051478007546757);
		expect(hash53('revenue')).toBe(8309097637345594);
	});

	it('ids are normalised anchors: NFC, collapsed whitespace, trimmed', () => {
		const a = cardIdFromAnchor(cardAnchor('덱', ['Docker', '특징'], '표준성'));
		const b = cardIdFromAnchor(
			cardAnchor('덱', ['Docker ', ' 특징'], '  표준성\n'.normalize('NFD'))
		);
		expect(b).toBe(a);
		expect(a).toMatch(/^n[0-9a-z]{11}$/);
		expect(cardIdFromAnchor(cardAnchor('다른 덱', ['Docker', '특징'], '표준성'))).not.toBe(a);
	});
});

describe('round trip: parse → ids → edit → parse', () => {
	const v1 = parseNotes(V1, 'notes.md', { deck: 'mine' }).cards;

	it('the deck option changes every id but never the card text', () => {
		const text = '- 앞 문장은 제목 없이 쓴 문장이다.\n' + V1;
		const a = parseNotes(text, 'notes.md', { deck: 'bundled:01-basics' }).cards;
		const b = parseNotes(text, 'notes.md', { deck: 'other' }).cards;
		expect(a.map((c) => [c.front, c.back])).toEqual(b.map((c) => [c.front, c.back]));
		expect(a.some((c) => c.id === b[a.indexOf(c)]?.id)).toBe(false);
		expect(JSON.stringify(a.map((c) => [c.front, c.back, c.topic]))).not.toContain('bundled:');
	});

	it('parsing the same text twice gives the same ids', () => {
		expect(parseNotes(V1, 'notes.md', { deck: 'mine' }).cards.map((c) => c.id)).toEqual(
			v1.map((c) => c.id)
		);
	});

	it('editing an answer keeps the id (history carried over) and reports the card as changed', () => {
		const edited = V1.replace(
			'컨테이너라는 표준으로 배포한다.',
			'모든 서비스를 같은 방식으로 배포한다.'
		);
		const v2 = parseNotes(edited, 'notes.md', { deck: 'mine' }).cards;
		const before = byFront(v1, '특징 — 표준성');
		const after = byFront(v2, '특징 — 표준성');
		expect(after.id).toBe(before.id);
		const diff = diffDecks(v1, v2);
		expect(diff.changed).toEqual([{ before, after }]);
		// the old definition showed the term's stem (표준으로 → 표준성), the new one asks for it
		expect(diff.added.map((c) => [c.pattern, c.back, c.id === after.id])).toEqual([
			['term-reverse', '표준성', false]
		]);
		expect(diff.retired).toEqual([]);
		expect(diff.unchanged).toHaveLength(v1.length - 1);
	});

	it('editing the sentence of a one-sentence heading keeps its id; its cloze cards are new', () => {
		const edited = V1.replace('Java로 만든 CI/CD 도구이다.', 'Java로 작성된 CI/CD 서버이다.');
		const v2 = parseNotes(edited, 'notes.md', { deck: 'mine' }).cards;
		expect(byFront(v2, 'Jenkins').id).toBe(byFront(v1, 'Jenkins').id);
		const diff = diffDecks(v1, v2);
		expect(diff.changed.map((c) => c.after.front)).toEqual(['Jenkins']);
		// a cloze card is identified by its sentence and answer: a new sentence is a new card
		expect(diff.added.map((c) => [c.pattern, c.back.match(/\*\*(.+?)\*\*/)?.[1]]).sort()).toEqual([
			['sentence-cloze', 'CI/CD'],
			['sentence-cloze', 'Java']
		]);
		expect(diff.retired.map((c) => c.pattern)).toEqual(['sentence-cloze', 'sentence-cloze']);
	});

	it('cards of one bullet share a sibling key; different bullets do not', () => {
		const terms = v1.filter((c) => c.source.line === 6);
		expect(terms.map((c) => c.pattern)).toEqual(['term', 'term-reverse']);
		expect(new Set(terms.map((c) => c.note)).size).toBe(1);
		expect(terms[0]?.note).toMatch(/^g[0-9a-z]{11}$/);
		expect(v1.find((c) => c.source.line === 7)?.note).not.toBe(terms[0]?.note);
	});

	it('adding and removing bullets adds and retires exactly those cards', () => {
		const edited = V1.replace('    - 이식성: 어디서든 같은 컨테이너가 돈다.\n', '').replace(
			'- 이미지 :: ',
			'- 볼륨 :: 컨테이너 밖에 데이터를 두는 저장소\n- 이미지 :: '
		);
		const v2 = parseNotes(edited, 'notes.md', { deck: 'mine' }).cards;
		const diff = diffDecks(v1, v2);
		expect(diff.added.map((c) => c.front)).toEqual(['볼륨']);
		expect(diff.retired.map((c) => c.front)).toEqual([
			'특징 — 이식성',
			'특징 — 어디서든 같은 컨테이너가 돈다.'
		]);
		// the 특징 list card lost one item: same id, new answer (its count changed with it)
		expect(diff.changed.map((c) => [c.before.front, c.after.front])).toEqual([
			['특징 (3가지)', '특징 (2가지)']
		]);
		expect(diff.unchanged.length + diff.changed.length + diff.added.length).toBe(v2.length);
		expect(diff.unchanged.length + diff.changed.length + diff.retired.length).toBe(v1.length);
	});

	it('moving bullets around keeps every id', () => {
		const moved = V1.replace(
			'    - 표준성: 컨테이너라는 표준으로 배포한다.\n    - 이식성: 어디서든 같은 컨테이너가 돈다.',
			'    - 이식성: 어디서든 같은 컨테이너가 돈다.\n    - 표준성: 컨테이너라는 표준으로 배포한다.'
		);
		const v2 = parseNotes(moved, 'notes.md', { deck: 'mine' }).cards;
		const diff = diffDecks(v1, v2);
		expect(diff.added).toEqual([]);
		expect(diff.retired).toEqual([]);
		// only the list card's answer order changed
		expect(diff.changed.map((c) => c.after.front)).toEqual(['특징 (3가지)']);
	});

	it('renaming a heading retires the cards under it (their anchor changed) and adds new ones', () => {
		const v2 = parseNotes(V1.replace('#### Jenkins', '#### Jenkins CI'), 'notes.md', {
			deck: 'mine'
		}).cards;
		const diff = diffDecks(v1, v2);
		expect(diff.retired.every((c) => c.topic.includes('Jenkins'))).toBe(true);
		expect(diff.retired).toHaveLength(3);
		expect(diff.added).toHaveLength(3);
	});

	it('cards whose anchors collide get numbered ids, stable in document order', () => {
		const text = '# 덱\n- 가 :: 하나\n- 가 :: 둘\n';
		const cards = parseNotes(text, 'n.md').cards;
		expect(cards.map((c) => c.anchor)).toEqual(['덱 › 덱 › 가', '덱 › 덱 › 가 #2']);
		expect(new Set(cards.map((c) => c.id)).size).toBe(2);
	});
});

describe('diffDecks', () => {
	it('sorts plain cards into added, changed, unchanged and retired', () => {
		const old = [
			{ id: 'a', back: '1' },
			{ id: 'b', back: '2' },
			{ id: 'c', back: '3' }
		];
		const next = [
			{ id: 'b', back: ' 2 ' },
			{ id: 'c', back: '30' },
			{ id: 'd', back: '4' }
		];
		expect(diffDecks(old, next)).toEqual({
			added: [{ id: 'd', back: '4' }],
			changed: [{ before: { id: 'c', back: '3' }, after: { id: 'c', back: '30' } }],
			unchanged: [{ id: 'b', back: ' 2 ' }],
			retired: [{ id: 'a', back: '1' }]
		});
	});
});
