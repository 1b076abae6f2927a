/** Fault kind "long context": a nested card shows its nearest meaningful parent only (rule 8). */
import { describe, expect, it } from 'vitest';
import { cards } from '../testing';

describe('short-context', () => {
	it('short-context: only the nearest parent, never a chain; a long sentence parent is skipped', () => {
		const long =
			'이 항목은 육십 자가 훨씬 넘도록 일부러 길게 쓴 문장이라서 카드 앞면에 그대로 붙이면 읽기가 아주 어려워지는 부모 문장이다';
		const list = cards(
			`# 노트\n\n## 볼륨\n- 저장\n    - ${long}\n        - 바인드 마운트: 호스트의 디렉터리를 연결한다.\n`
		);
		const term = list.find((c) => c.pattern === 'term');
		expect(term?.front).toBe('저장 — 바인드 마운트');
		for (const c of list) expect(c.front.length).toBeLessThan(60 + 80);
	});

	it('short-context: 7 children of one parent have 7 distinct fronts', () => {
		const items = ['run', 'ps', 'logs', 'stop', 'start', 'rm', 'exec'].map(
			(c) => `    - \`docker ${c}\`: ${c} 명령을 쓰는 경우를 설명한다.`
		);
		const list = cards(`# 노트\n\n## 명령어\n- 자주 쓰는 것\n${items.join('\n')}\n`);
		const commands = list.filter((c) => c.kind === 'command');
		expect(commands).toHaveLength(7);
		expect(new Set(commands.map((c) => c.front)).size).toBe(7);
	});

	it('short-context: two entries with the same term under one heading become one card', () => {
		const list = cards(
			'# 노트\n\n## IaC\n- Dockerfile: 이미지를 만드는 과정을 적은 파일\n- Dockerfile: 누구나 같은 이미지를 얻는 코드\n'
		);
		const terms = list.filter((c) => c.pattern === 'term');
		expect(terms.map((c) => [c.front, c.back])).toEqual([
			['Dockerfile', '- 이미지를 만드는 과정을 적은 파일\n- 누구나 같은 이미지를 얻는 코드']
		]);
	});
});
