/** Fault kind "cue prompt": sentence bullets become cloze cards on their key terms (issue rule 2). */
import { describe, expect, it } from 'vitest';
import { cards, hidden, parse } from '../testing';

describe('sentence-cloze', () => {
	it('sentence-cloze: the issue example — Dockerfile is blanked and the particle stays outside', () => {
		const list = cards(
			'# 노트\n\n## 이미지\n- 반드시 이미지를 만드는 과정이 필요하며 Dockerfile을 이용하여 이미지를 만든다.\n'
		);
		const card = list.find((c) => hidden(c) === 'Dockerfile');
		expect(card?.kind).toBe('cloze');
		expect(card?.front).toBe(
			'반드시 이미지를 만드는 과정이 필요하며 [...]을 이용하여 이미지를 만든다.'
		);
		expect(card?.back).toBe(
			'반드시 이미지를 만드는 과정이 필요하며 **Dockerfile**을 이용하여 이미지를 만든다.'
		);
	});

	it('sentence-cloze: key terms are what the notes name — bold, code, terms, Latin words, numbers', () => {
		const list = cards(
			'# 노트\n\n## 기타\n- 스케줄러: 컨테이너를 배치한다.\n- 정보는 Key-value 저장소나 내부 DNS 서버에 둔다.\n- **헬스체크**가 실패하면 `docker ps`에 unhealthy로 보인다.\n- 스케줄러가 서버를 고른다.\n'
		);
		const answers = list.filter((c) => c.pattern === 'sentence-cloze').map(hidden);
		expect(answers).toEqual(
			expect.arrayContaining(['Key-value', 'DNS', '헬스체크', 'docker ps', '스케줄러'])
		);
	});

	it('sentence-cloze: one blank per card; the cards of one sentence are siblings', () => {
		const list = cards(
			'# 노트\n\n## 네트워크\n- 컨테이너가 옮겨지면 IP와 Port 정보를 갱신해야 한다.\n'
		).filter((c) => c.pattern === 'sentence-cloze');
		expect(list.map(hidden).sort()).toEqual(['IP', 'Port']);
		for (const c of list) expect(c.front.match(/\[\.\.\.\]/g)).toHaveLength(1);
		expect(new Set(list.map((c) => c.note)).size).toBe(1);
		expect(new Set(list.map((c) => c.id)).size).toBe(2);
	});

	it('sentence-cloze: a sentence with no key term gets no card and a report entry', () => {
		const parsed = parse(
			'# 노트\n\n## 설치\n- 복잡한 기술을 몰라도 쓸 수 있다.\n- 그래서 누구나 빨리 배운다.\n'
		);
		expect(parsed.cards).toEqual([]);
		expect(
			parsed.warnings.filter((w) => w.code === 'notes_no_key_term').map((w) => w.line)
		).toEqual([4, 5]);
	});

	it('sentence-cloze: one item of an enumeration and a term before a parenthesis are not blanked', () => {
		const list = cards(
			'# 노트\n\n## 명령어\n- `USER`는 뒤따르는 RUN, CMD, ENTRYPOINT를 실행할 사용자를 정한다.\n- 빌드 컨텍스트(Build Context)는 빌더로 보내는 파일 묶음이다.\n'
		);
		const answers = list.map(hidden);
		for (const a of ['RUN', 'CMD', 'ENTRYPOINT', '빌드 컨텍스트']) expect(answers).not.toContain(a);
		for (const c of list) expect(c.front).not.toContain('](');
	});
});
