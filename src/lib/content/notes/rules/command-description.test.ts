/** Fault kind "command card whose question is an unrelated paragraph". */
import { describe, expect, it } from 'vitest';
import { cards } from '../testing';
import { describesCommand } from './command-description';

function fronts(md: string): string[] {
	return cards(md)
		.filter((c) => c.kind === 'command')
		.map((c) => c.front);
}

describe('command-description', () => {
	it('command question from an unrelated paragraph: a paragraph about another option or a result asks nothing', () => {
		const md = [
			'## 볼륨',
			'',
			'`-v` 옵션으로 `appdata` 볼륨을 붙였다.',
			'',
			'```',
			'docker volume inspect appdata',
			'```',
			'',
			'목록에서 새 볼륨을 확인할 수 있음',
			'',
			'```',
			'docker volume ls',
			'```',
			'',
			'볼륨을 모두 지운다',
			'',
			'```',
			'docker volume prune',
			'```',
			''
		].join('\n');
		expect(fronts(md)).toEqual(['볼륨을 모두 지운다']);
	});

	it('command question from an unrelated paragraph: a text naming the command option still asks', () => {
		expect(describesCommand('`-a` 옵션을 붙이면 멈춘 것도 보인다', ['-a'], 'docker ps -a')).toBe(
			true
		);
		expect(
			describesCommand('그래서 포트 없이 바로 접속된다.', [], 'docker run --net host web')
		).toBe(false);
	});
});
