/** Fault kind "example names": values an author chose for one run of a command are no blank. */
import { describe, expect, it } from 'vitest';
import { cards, hidden } from '../testing';
import { commandValues, exampleSlots, instructionValues, isIdentifierName } from './example-values';

const NOTES = [
	'# 실습',
	'',
	'## 데이터베이스 띄우기',
	'',
	'```bash',
	'docker run -d --name shop-db -v shopdata:/var/lib/postgresql/data postgres:16',
	'```',
	'',
	'- shop-db 컨테이너는 **볼륨** shopdata에 데이터를 저장한다.',
	'- shopdata는 컨테이너를 지워도 남는다.',
	''
].join('\n');

describe('example-values', () => {
	it('example names: the container and volume names of the notes own command are never blanked', () => {
		const answers = cards(NOTES)
			.filter((c) => c.kind === 'cloze')
			.map(hidden);
		expect(answers).toContain('볼륨');
		expect(answers).not.toContain('shop-db');
		expect(answers).not.toContain('shopdata');
	});

	it('example names: the values of a command line are its operands and option values', () => {
		expect(commandValues('docker run -d --name my-web -p 8080:80 nginx:1.25')).toEqual(
			expect.arrayContaining(['my-web', 'nginx:1.25', 'nginx'])
		);
		// the sub-command, options, numbers and placeholders are no values
		const values = commandValues('docker network create --driver bridge <이름> 8080');
		expect(values).not.toContain('create');
		expect(values).not.toContain('--driver');
		expect(values).not.toContain('8080');
		expect(values).not.toContain('<이름>');
		// a filter's key is no value; Docker's own values (`latest`, `root`) stay concepts
		const filter = commandValues('docker ps -a -f status=exited');
		expect(filter).toContain('exited');
		expect(filter).not.toContain('status');
		const got = cards(
			'# 노트\n\n## 태그\n```bash\ndocker pull nginx:latest\n```\n\n- 태그를 생략하면 latest 태그로 받는다.\n'
		).map(hidden);
		expect(got).toContain('latest');
		expect(instructionValues('FROM golang:1.22 AS builder')).toEqual(
			expect.arrayContaining(['golang:1.22', 'builder'])
		);
	});
});

describe('example values in whole answers and prose', () => {
	it('example values inside whole command answers: a name chosen by the author is a slot that accepts any name', () => {
		const md = [
			'## 실행',
			'- 백그라운드로 캐시 서버 띄우기',
			'```',
			'docker run -d --name my_cache --network backnet -p 6379:6379 redis',
			'```',
			''
		].join('\n');
		const card = cards(md).find((c) => c.kind === 'command');
		expect(card?.command?.original).toBe(
			'docker run -d --name <컨테이너 이름> --network <네트워크 이름> -p 6379:6379 redis'
		);
		expect(card?.command?.slots.map((s) => s.label)).toEqual(['컨테이너 이름', '네트워크 이름']);
		expect(exampleSlots('docker run --network host nginx')).toBe('docker run --network host nginx');
	});

	it('example names only in prose: a made-up name that never appears in a command is no blank', () => {
		const md = [
			'## 컨테이너 이름',
			'- 이름을 주지 않으면 Docker가 `eager_turing` 같은 이름을 붙인다.',
			'- 두 번째 컨테이너 web2 는 **DNS** 로 첫 번째를 찾는다.',
			''
		].join('\n');
		const blanks = cards(md)
			.filter((c) => c.kind === 'cloze')
			.map(hidden);
		expect(blanks).toContain('DNS');
		expect(blanks).not.toContain('eager_turing');
		expect(blanks).not.toContain('web2');
		expect(isIdentifierName('eager_turing')).toBe(true);
		expect(isIdentifierName('docker0')).toBe(false);
	});
});
