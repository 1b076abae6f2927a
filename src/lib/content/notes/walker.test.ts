/** Fault kind "dropped silently" (rule 9): every block that makes no card says so, with its line. */
import { describe, expect, it } from 'vitest';
import { parse } from './testing';

describe('nothing-dropped', () => {
	it('nothing-dropped: each block of the notes either makes a card or gets a warning on its line', () => {
		const md = [
			'# 노트', // 1
			'이 노트는 도커를 정리한 저장소이다.', // 2 description
			'', // 3
			'## 이미지', // 4
			'- 이미지는 `docker pull`로 받는다.', // 5 card
			'- 그냥 쉽다.', // 6 no key term
			'', // 7
			'<div>표</div>', // 8 html
			'', // 9
			'| 한 칸 |', // 10 table with one column
			'|---|', // 11
			'| 값 |', // 12
			'', // 13
			'```yaml', // 14
			'a: 1', // 15
			'```', // 16
			'', // 17
			'- 참고: https://docs.docker.com', // 18 reference
			''
		].join('\n');
		const parsed = parse(md);
		expect(parsed.cards.map((c) => c.source.line)).toEqual([5]);
		expect(parsed.warnings.map((w) => [w.line, w.code])).toEqual([
			[2, 'notes_description'],
			[6, 'notes_no_key_term'],
			[8, 'notes_html_block'],
			[10, 'notes_table_unused'],
			[14, 'notes_code_not_shell'],
			[18, 'notes_reference_link']
		]);
	});
});
