/** Fault kind "tables make nothing": a card per row, first cell ↔ the others (issue rule 5). */
import { describe, expect, it } from 'vitest';
import { cards, shape } from '../testing';

describe('table-rows', () => {
	it('table-rows: an option table asks each option both ways, with the heading as context', () => {
		const list = cards(
			'# 노트\n\n## docker run 옵션\n| 옵션 | 설명 |\n|---|---|\n| -d | 백그라운드 실행 |\n| —name | 컨테이너 이름 지정 |\n'
		);
		expect(shape(list)).toEqual([
			['table-row', '`-d`', '백그라운드 실행'],
			['table-reverse', '백그라운드 실행', '`-d`'],
			['table-row', '`--name`', '컨테이너 이름 지정'],
			['table-reverse', '컨테이너 이름 지정', '`--name`']
		]);
		for (const c of list) expect(c.topic).toEqual(['노트', 'docker run 옵션']);
		expect(list[0]?.note).toBe(list[1]?.note);
	});

	it('table-rows: a header row that is data is a row; wider tables name their columns', () => {
		const list = cards(
			'## 명령\n| `docker ps` | 목록 | 실행 중만 |\n|---|---|---|\n| `docker ps -a` | 목록 | 전부 |\n'
		);
		expect(list.filter((c) => c.pattern === 'table-row').map((c) => c.front)).toEqual([
			'`docker ps`',
			'`docker ps -a`'
		]);
		const wide = cards(
			'## 드라이버\n| 이름 | 범위 | 용도 |\n|---|---|---|\n| bridge | 호스트 하나 | 기본 네트워크 |\n'
		);
		expect(wide[0]?.back).toBe('- 범위: 호스트 하나\n- 용도: 기본 네트워크');
	});
});
