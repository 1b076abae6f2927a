/** Fault kind "answer shown": nothing shown with a question contains its answer (issue rule 1). */
import { describe, expect, it } from 'vitest';
import { cards, hidden, parse } from '../testing';

describe('answer-shown', () => {
	it('answer-shown: a cloze never blanks a term the topic line or the front shows', () => {
		const list = cards(
			'# 노트\n\n## Dockerfile\n- Dockerfile은 이미지를 만드는 절차를 적은 텍스트 파일로 `docker build`가 읽는다.\n'
		);
		expect(list.length).toBeGreaterThan(0);
		for (const c of list) {
			expect(hidden(c)).not.toBe('Dockerfile');
			const answer = hidden(c) ?? c.back;
			for (const shown of [c.front, ...c.topic]) expect(shown.includes(answer)).toBe(false);
		}
	});

	it('answer-shown: a heading in the other language counts (`### Container` shows 컨테이너)', () => {
		const list = cards('# 노트\n\n### Container\n- 컨테이너는 `docker run`으로 만든다.\n');
		expect(list.map(hidden)).toEqual(['docker run']);
	});

	it('answer-shown: a heading that names the answer leaves the topic line', () => {
		const parsed = parse(
			'# 노트\n\n## 레이어\n- 이미지를 이루는 읽기 전용 층 ::> 레이어\n\n## 1) docker pull\n이미지를 레지스트리에서 내려받는다.\n'
		);
		const typein = parsed.cards.find((c) => c.kind === 'typein');
		expect(typein?.topic).toEqual(['노트']);
		const command = parsed.cards.find((c) => c.kind === 'command');
		expect([command?.front, command?.back, command?.topic]).toEqual([
			'이미지를 레지스트리에서 내려받는다.',
			'`docker pull`',
			['노트']
		]);
	});

	it('answer-shown: a card whose front shows its answer is not made, and the report says why', () => {
		const parsed = parse(
			'# 노트\n\n## 설정\n- 인자로 덮어쓰는 `--entrypoint` 옵션이 바꾸는 것은 {{c1::ENTRYPOINT}}이다.\n'
		);
		expect(parsed.cards).toEqual([]);
		expect(parsed.warnings.map((w) => [w.line, w.code, w.params])).toContainEqual([
			4,
			'notes_answer_shown',
			{ answer: 'ENTRYPOINT' }
		]);
	});

	it('answer-shown: a code block asked by a heading that names its command is not asked by it', () => {
		const parsed = parse('# 노트\n\n## docker images\n```\ndocker images\n```\n');
		expect(parsed.cards.filter((c) => c.kind === 'command')).toEqual([]);
		expect(parsed.warnings.some((w) => w.code === 'notes_command_no_question')).toBe(true);
	});
});
