/**
 * Fault kind "author styles" (issue rule 6): blockquotes, bold pseudo-headings, numbered
 * headings, headings that start with `- `, `<br>`, lazy bullets, prose indented in a bullet,
 * em dashes that were `--` — read as the author meant them.
 */
import { describe, expect, it } from 'vitest';
import { cards, hidden, parse } from '../testing';
import { normaliseHeading } from './numbered-headings';

describe('author-styles', () => {
	it('author-styles: numbered headings and headings that start with `- ` lose the numbering', () => {
		expect(
			[
				'1) docker pull',
				'3.2.1 볼륨',
				'1. run - 컨테이너 실행',
				'- 정리',
				'(2) 설치',
				'① 개요',
				'Step 3: 빌드'
			].map(normaliseHeading)
		).toEqual(['docker pull', '볼륨', 'run - 컨테이너 실행', '정리', '설치', '개요', '빌드']);
	});

	it('author-styles: `## 1. run - 컨테이너 실행` is a term pair; a bold line is a heading', () => {
		const parsed = parse(
			'# 노트\n\n## 1. run - 컨테이너 실행\n\n**네트워크**\n\n- 브리지는 기본 네트워크 드라이버이다.\n'
		);
		expect(parsed.cards.map((c) => [c.pattern, c.front, c.back]).slice(0, 2)).toEqual([
			['term', 'run', '컨테이너 실행'],
			['term-reverse', '컨테이너 실행', 'run']
		]);
		expect(parsed.cards.at(-1)?.topic).toEqual(['노트', 'run - 컨테이너 실행', '네트워크']);
	});

	it('author-styles: blockquotes and prose paragraphs make cards like bullets', () => {
		const list = cards(
			'# 노트\n\n## 컨테이너\n> 이미지는 **읽기 전용 템플릿**이다.\n\n이미지를 받을 때는 `docker pull`을 쓴다. 그 뒤에 실행한다.\n'
		);
		expect(list.map(hidden)).toEqual(['읽기 전용 템플릿', 'docker pull']);
	});

	it('author-styles: lazy bullets (`-항목`, `` -`x` ``, `•`) and `->` explanations are bullets', () => {
		const list = cards(
			'# 노트\n\n## Dockerfile\n- `CMD`는 기본 명령을 정한다.\n-`ENTRYPOINT`는 항상 실행된다\n• `EXPOSE`는 포트를 문서로 남긴다.\n'
		);
		expect(list.map(hidden)).toEqual(['CMD', 'ENTRYPOINT', 'EXPOSE']);
		expect(list.map((c) => c.source.line)).toEqual([4, 5, 6]);
	});

	it('author-styles: `<br>` is a line break; an em dash before an option is `--`', () => {
		const list = cards(
			'# 노트\n\n## 실행\n- 이름 붙이기: `docker run —name web nginx`\n- 줄바꿈 :: 첫 줄<br>둘째 줄\n'
		);
		expect(list.find((c) => c.kind === 'command')?.command?.original).toBe(
			'docker run --name web nginx'
		);
		expect(list.find((c) => c.pattern === 'qa')?.back).toBe('첫 줄\\\n둘째 줄');
	});

	it('author-styles: prose indented under a bullet is its context, not code', () => {
		const parsed = parse(
			'# 노트\n\n## 볼륨\n- 바인드 마운트\n\n        호스트의 디렉터리를 그대로 `-v` 옵션으로 연결한다.\n'
		);
		expect(parsed.cards.map(hidden)).toEqual(['-v']);
		expect(parsed.cards[0]?.front.startsWith('바인드 마운트 — ')).toBe(true);
	});
});
