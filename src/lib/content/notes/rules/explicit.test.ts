/** Explicit card syntax (Obsidian Spaced Repetition compatible): `::`, `:::`, `::>`, `?`/`??`, cloze. */
import { describe, expect, it } from 'vitest';
import { parseNotes } from '../../parse';
import type { NoteCard } from '../../types';

function parse(md: string) {
	return parseNotes(md, 'notes.md');
}

function cards(md: string): NoteCard[] {
	return parse(md).cards;
}

function sides(list: NoteCard[]): [string, string][] {
	return list.map((c) => [c.front, c.back]);
}

describe('explicit syntax (Obsidian Spaced Repetition)', () => {
	it('Q :: A makes one card with exact sides', () => {
		expect(sides(cards('# 덱\n\n컨테이너 :: 격리된 프로세스\n'))).toEqual([
			['컨테이너', '격리된 프로세스']
		]);
	});

	it('Q ::: A makes a card in both directions', () => {
		const list = cards('- 쓰기 가능한 레이어 ::: 컨테이너 레이어\n');
		expect(list.map((c) => [c.kind, c.front, c.back])).toEqual([
			['basic', '쓰기 가능한 레이어', '컨테이너 레이어'],
			['reversed', '컨테이너 레이어', '쓰기 가능한 레이어']
		]);
	});

	it('Q ::> A makes a type-in card (the learner types the answer)', () => {
		const list = cards('- 한국어로 연락처 :: 보통 카드\n- 주소록의 한 줄 ::> 연락처\n');
		expect(list.map((c) => [c.kind, c.pattern, c.front, c.back])).toEqual([
			['basic', 'qa', '한국어로 연락처', '보통 카드'],
			['typein', 'qa-typein', '주소록의 한 줄', '연락처']
		]);
	});

	it('multi-line ? and ?? cards, also with a list as the answer', () => {
		const md =
			'# 덱\n\nstop과 kill의 차이는?\n?\nstop은 SIGTERM 뒤 SIGKILL을 보낸다.\nkill은 바로 SIGKILL을 보낸다.\n\n두 가지 저장 방식\n??\n- 볼륨\n- 바인드 마운트\n';
		const list = cards(md);
		expect(list.map((c) => [c.pattern, c.kind, c.front, c.back, c.source.line])).toEqual([
			[
				'multiline',
				'basic',
				'stop과 kill의 차이는?',
				'stop은 SIGTERM 뒤 SIGKILL을 보낸다.\nkill은 바로 SIGKILL을 보낸다.',
				3
			],
			['multiline', 'basic', '두 가지 저장 방식', '- 볼륨\n- 바인드 마운트', 8],
			['multiline', 'reversed', '- 볼륨\n- 바인드 마운트', '두 가지 저장 방식', 8]
		]);
	});

	it('cloze ==term== makes one card per highlight', () => {
		const list = cards('- 태그를 생략하면 ==latest== 태그로 보고 ==Docker Hub==에서 받는다.\n');
		expect(list.map((c) => [c.kind, c.clozeIndex, c.front, c.back])).toEqual([
			[
				'cloze',
				1,
				'태그를 생략하면 [...] 태그로 보고 Docker Hub에서 받는다.',
				'태그를 생략하면 **latest** 태그로 보고 Docker Hub에서 받는다.'
			],
			[
				'cloze',
				2,
				'태그를 생략하면 latest 태그로 보고 [...]에서 받는다.',
				'태그를 생략하면 latest 태그로 보고 **Docker Hub**에서 받는다.'
			]
		]);
	});

	it('cloze {{c1::term}} groups by number and shows a hint', () => {
		const list = cards(
			'인자로 덮어쓰는 것은 {{c1::CMD}}, 옵션으로만 바꾸는 것은 {{c2::ENTRYPOINT::대문자}}이다. 둘 다 {{c1::Dockerfile}}에 쓴다.\n'
		);
		expect(list.map((c) => [c.clozeIndex, c.front])).toEqual([
			[1, '인자로 덮어쓰는 것은 [...], 옵션으로만 바꾸는 것은 ENTRYPOINT이다. 둘 다 [...]에 쓴다.'],
			[2, '인자로 덮어쓰는 것은 CMD, 옵션으로만 바꾸는 것은 [대문자]이다. 둘 다 Dockerfile에 쓴다.']
		]);
	});

	it('<!-- cards: off --> … <!-- cards: on --> excludes a region, without warnings', () => {
		const parsed = parse(
			'# 덱\n<!-- cards: off -->\n- 가 :: 나\n\n| a | b |\n|---|---|\n| 1 | 2 |\n<!-- cards: on -->\n- 다 :: 라\n'
		);
		expect(sides(parsed.cards)).toEqual([['다', '라']]);
		expect(parsed.warnings).toEqual([]);
	});

	it('::, ? and == inside inline code never make a card', () => {
		const list = cards('## C++\n- `a::b`는 스코프 연산자이다.\n- `==`는 비교 연산자이다.\n- `?`\n');
		expect(
			list.some((c) => c.pattern === 'qa' || c.pattern === 'cloze' || c.pattern === 'multiline')
		).toBe(false);
	});
});
