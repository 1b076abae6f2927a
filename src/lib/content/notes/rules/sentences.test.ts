/** Fault kind "soft-wrapped paragraph": a bullet or paragraph of several lines is several sentences. */
import { describe, expect, it } from 'vitest';
import { cards, hidden } from '../testing';

describe('sentences', () => {
	it('multi-line bullet: each line is its own sentence, one blank per card, one sibling group', () => {
		const list = cards(
			[
				'# 노트',
				'',
				'## 이미지',
				'- 이미지는 읽기 전용 Layer를 쌓아 만든다',
				'  컨테이너는 그 위에 쓰기 가능한 레이어 하나를 더한다',
				'  이 구조 덕분에 여러 컨테이너가 같은 이미지를 공유한다',
				''
			].join('\n')
		).filter((c) => c.kind === 'cloze');
		expect(list.length).toBeGreaterThanOrEqual(2);
		for (const c of list) {
			expect(c.front.match(/\[\.\.\.\]/g)).toHaveLength(1);
			// a card shows one sentence, not the whole bullet
			const lines = ['읽기 전용', '쓰기 가능한', '같은 이미지를 공유'].filter((s) =>
				c.front.includes(s)
			);
			expect(lines, c.front).toHaveLength(1);
		}
		expect(list.map(hidden)).toContain('Layer');
		expect(new Set(list.map((c) => c.note)).size).toBe(1);
	});

	it('multi-line paragraph: a line that visibly goes on (a comma, a connective) joins the next', () => {
		const list = cards(
			[
				'# 노트',
				'',
				'## 네트워크',
				'',
				'기본 bridge 네트워크를 쓰면,',
				'컨테이너끼리 이름으로 찾을 수 없다',
				'사용자 정의 네트워크에서는 내장 DNS가 이름을 풀어 준다',
				''
			].join('\n')
		).filter((c) => c.kind === 'cloze');
		const fronts = list.map((c) => c.front);
		expect(fronts.some((f) => f.includes('쓰면, 컨테이너끼리'))).toBe(true);
		expect(fronts.some((f) => f.includes('쓰면,') && f.includes('내장'))).toBe(false);
		expect(list.map(hidden)).toContain('DNS');
	});
});
