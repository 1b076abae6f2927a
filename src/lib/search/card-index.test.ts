/** The card text index: Korean parts of words, 초성, Latin substrings, NFC and case, updates. */
import { describe, expect, it } from 'vitest';
import { CardTextIndex } from './card-index';
import { choseongOf, lookupTerms, wordsOf } from './tokens';

const CARDS = [
	{ id: 'a', texts: ['컨테이너를 지우면 무엇이 남나요?', '**볼륨**에 둔 데이터'] },
	{ id: 'b', texts: ['도커 이미지란?', '읽기 전용 `layer`의 묶음'] },
	{
		id: 'c',
		texts: ['`docker run -p 8080:80 nginx`', '호스트의 8080 포트를 컨테이너의 80에 연결']
	},
	{ id: 'd', texts: ['Jenkins 파이프라인', '멀티스테이지 빌드로 이미지를 줄인다'] },
	{ id: 'e', texts: ['ㅋㅋ 농담', '초성만 적은 카드'] }
];

function indexOf(cards = CARDS): CardTextIndex {
	const index = new CardTextIndex();
	for (const c of cards) index.set(c);
	return index;
}

const sorted = (ids: string[] | null) => (ids === null ? null : [...ids].sort());

describe('CardTextIndex', () => {
	const index = indexOf();

	it('finds any part of a Korean word: a noun with its particle, a compound, one syllable', () => {
		expect(sorted(index.match('컨테이너'))).toEqual(['a', 'c']);
		expect(sorted(index.match('테이너'))).toEqual(['a', 'c']);
		expect(sorted(index.match('이미지'))).toEqual(['b', 'd']);
		expect(sorted(index.match('스테이지'))).toEqual(['d']); // inside 멀티스테이지
		expect(sorted(index.match('볼'))).toEqual(['a']);
		expect(sorted(index.match('컨테이너를'))).toEqual(['a']);
		// Syllables of a word in an order the text never has are not found.
		expect(index.match('테컨')).toEqual([]);
		expect(index.match('이너테')).toEqual([]);
	});

	it('finds 초성 queries in Hangul words, and Hangul consonants written as text', () => {
		expect(sorted(index.match('ㅋㅌㅇㄴ'))).toEqual(['a', 'c']);
		expect(sorted(index.match('ㄷㅋ ㅇㅁㅈ'))).toEqual(['b']);
		expect(sorted(index.match('ㅁㅌㅅㅌㅇㅈ'))).toEqual(['d']);
		expect(sorted(index.match('ㅋㅋ'))).toEqual(['e']);
		// A finished syllable then the consonant being typed: both parts must match.
		expect(sorted(index.match('도ㅋ'))).toEqual(['b']);
		expect(index.match('ㅎㅎㅎ')).toEqual([]);
	});

	it('finds Latin words and numbers by any part, in any case; punctuation separates words', () => {
		expect(sorted(index.match('JENKINS'))).toEqual(['d']);
		expect(sorted(index.match('kins'))).toEqual(['d']);
		expect(sorted(index.match('LAYER'))).toEqual(['b']);
		expect(sorted(index.match('8080'))).toEqual(['c']);
		expect(sorted(index.match('run nginx'))).toEqual(['c']);
		expect(sorted(index.match('-p'))).toEqual(['c']);
		expect(sorted(index.match('d'))).toEqual(['c']);
	});

	it('needs every word of the query; NFD text finds NFC text; marks alone search nothing', () => {
		expect(sorted(index.match('도커 이미지'))).toEqual(['b']);
		expect(index.match('도커 볼륨')).toEqual([]);
		expect(sorted(index.match('컨테이너'.normalize('NFD')))).toEqual(['a', 'c']);
		expect(index.match('  ')).toBeNull();
		expect(index.match('** ` ::')).toBeNull();
	});

	it('follows changes: a replaced text, a deleted card, and many changes (compaction)', () => {
		const live = indexOf();
		live.set({ id: 'a', texts: ['바인드 마운트란?', '호스트 경로'] });
		expect(sorted(live.match('컨테이너'))).toEqual(['c']);
		expect(sorted(live.match('마운트'))).toEqual(['a']);
		live.delete('c');
		expect(live.match('컨테이너')).toEqual([]);
		expect(live.has('c')).toBe(false);
		expect(live.size).toBe(4);
		for (let round = 0; round < 3; round++) {
			for (let i = 0; i < 1500; i++) live.set({ id: `x${i}`, texts: [`반복 카드 ${round}-${i}`] });
		}
		expect(live.size).toBe(1504);
		expect(live.match('반복')).toHaveLength(1500);
		expect(live.match('2-1499')).toEqual(['x1499']);
		expect(live.match('0-1499')).toEqual([]); // round 0's text is gone
		expect(sorted(live.match('이미지'))).toEqual(['b', 'd']);
	});
});

describe('CardTextIndex.rank', () => {
	const index = indexOf([
		{ id: 'inside', texts: ['쓰기레이어는 무엇?', '컨테이너마다 하나'] },
		{ id: 'start', texts: ['레이어를 쌓는다', ''] },
		{ id: 'whole', texts: ['레이어', 'docker 이미지의 한 층'] },
		{ id: 'other', texts: ['볼륨', 'dockerd 데몬'] }
	]);

	it('scores a whole word over the start of a word over its inside, per query part', () => {
		expect(Object.fromEntries(index.rank('레이어')!)).toEqual({ whole: 3, start: 2, inside: 1 });
		expect(Object.fromEntries(index.rank('docker')!)).toEqual({ whole: 3, other: 2 });
		// 초성: ㄹㅇㅇ is all of 레이어's consonants, the start of 레이어를's, inside 쓰기레이어는's.
		expect(Object.fromEntries(index.rank('ㄹㅇㅇ')!)).toEqual({ whole: 3, start: 2, inside: 1 });
		// Two parts: the scores add up; a card must match both.
		expect(Object.fromEntries(index.rank('레이어 docker')!)).toEqual({ whole: 6 });
		expect(index.rank('**')).toBeNull();
		expect(index.rank('없는말')!.size).toBe(0);
	});
});

describe('tokens', () => {
	it('cuts text into Hangul, consonant and other words, normalised', () => {
		expect(wordsOf('Docker는 ㅋㅋ `run`!')).toEqual([
			{ kind: 'other', text: 'docker' },
			{ kind: 'syllables', text: '는' },
			{ kind: 'jamo', text: 'ㅋㅋ' },
			{ kind: 'other', text: 'run' }
		]);
		expect(choseongOf('컨테이너')).toBe('ㅋㅌㅇㄴ');
		expect(choseongOf('docker')).toBe('');
		expect(lookupTerms('도커')).toEqual(['도커', '커', 'ㄷㅋ', 'ㅋ']);
	});
});
