/** Fault kind "reverse card on a label": reverse cards only for real term → definition pairs (rule 3). */
import { describe, expect, it } from 'vitest';
import { cards, shape } from '../testing';

describe('term-definition', () => {
	it('term-definition: `term: definition` asks both ways; the front carries the parent', () => {
		const list = cards(
			'# 노트\n\n## Docker\n- 특징\n    - 이식성: 어디서든 같은 컨테이너가 돈다.\n'
		);
		expect(shape(list.filter((c) => c.source.line === 5))).toEqual([
			['term', '특징 — 이식성', '어디서든 같은 컨테이너가 돈다.'],
			['term-reverse', '특징 — 어디서든 같은 컨테이너가 돈다.', '이식성']
		]);
		expect(list[0]?.topic).toEqual(['노트', 'Docker']);
	});

	it('term-definition: no reverse card when the definition shows the term or its stem', () => {
		const list = cards(
			'# 노트\n\n## Docker\n- 표준성: 컨테이너라는 표준으로 배포한다.\n- 이미지: 이미지에서 컨테이너를 만든다.\n'
		);
		expect(list.filter((c) => c.pattern === 'term-reverse')).toEqual([]);
	});

	it('term-definition: a sentence is not reversed to a heading it is not about', () => {
		const list = cards(
			'# 노트\n\n## Docker\n- 컨테이너는 가상머신처럼 독립적으로 실행되지만 빠르다.\n- 기본\n    - 재시작 정책은 ⟲ 로 표시한다.\n'
		);
		for (const c of list) expect(['Docker', '기본']).not.toContain(c.back);
	});

	it('term-definition: a parent term is the answer its sentence children ask for (C22 kind)', () => {
		const list = cards(
			'# 노트\n\n## 오케스트레이션\n- 기능\n    - 클러스터링\n        - 여러 개의 서버를 하나의 서버처럼 사용한다.\n'
		);
		expect(shape(list.filter((c) => c.pattern === 'parent-reverse'))).toEqual([
			['parent-reverse', '기능 — 여러 개의 서버를 하나의 서버처럼 사용한다.', '클러스터링']
		]);
	});

	it('term-definition: `명령어: cmd` and a term defined by one command span are command cards', () => {
		const list = cards(
			'# 설치\n- 설치 확인\n    - 명령어: docker version\n- 로그 보기: `docker logs web`\n'
		);
		expect(
			list.filter((c) => c.kind === 'command').map((c) => [c.front, c.command?.original])
		).toEqual([
			['설치 확인 — 명령어', 'docker version'],
			['로그 보기', 'docker logs web']
		]);
	});
});
