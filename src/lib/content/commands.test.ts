import { describe, expect, it } from 'vitest';
import {
	codeSpan,
	codeSpanContent,
	commandProgram,
	commandsFromCode,
	isCommandLine,
	slotName,
	toCommandItem
} from './commands';

describe('slot names', () => {
	it('names the user, keeps ASCII identifiers, finds Docker words in Korean labels', () => {
		expect(slotName('ubuntu 사용자 계정 이름')).toBe('user');
		expect(slotName('username')).toBe('user');
		expect(slotName('container_id')).toBe('container_id');
		expect(slotName('CONTAINER-NAME')).toBe('container_name');
		expect(slotName('이미지명')).toBe('image');
		expect(slotName('컨테이너 이름')).toBe('container');
		expect(slotName('호스트 포트')).toBe('port');
		expect(slotName('무엇')).toBe('arg');
	});
});

describe('toCommandItem', () => {
	it('turns [label] and <label> into slots, the same label into the same slot', () => {
		expect(
			toCommandItem('docker cp [컨테이너 이름]:/a <경로> && docker rm [컨테이너 이름]')
		).toEqual({
			template: 'docker cp {container}:/a {path} && docker rm {container}',
			original: 'docker cp [컨테이너 이름]:/a <경로> && docker rm [컨테이너 이름]',
			slots: [
				{ name: 'container', label: '컨테이너 이름' },
				{ name: 'path', label: '경로' }
			]
		});
	});

	it('numbers different labels that get the same name', () => {
		const item = toCommandItem('docker cp [원본 경로] [대상 경로]');
		expect(item.template).toBe('docker cp {path} {path2}');
		expect(item.slots.map((s) => s.label)).toEqual(['원본 경로', '대상 경로']);
	});

	it('leaves globs, shell tests and redirections alone', () => {
		for (const cmd of ['ls file[0-9].txt', '[ -f a ] && echo y', 'sort < in > out', 'cat <<EOF']) {
			expect(toCommandItem(cmd)).toEqual({ template: cmd, original: cmd, slots: [] });
		}
	});
});

describe('command lines', () => {
	it('finds the program after VAR=value prefixes, by shell tokens', () => {
		expect(commandProgram('FOO=1 BAR="a b" docker ps')).toBe('docker');
		expect(commandProgram('sudo usermod -aG docker alice')).toBe('sudo');
		expect(commandProgram('"unclosed')).toBe('unclosed');
		expect(commandProgram('| sh')).toBeNull();
		expect(commandProgram('다음과 같이 입력한다')).toBeNull();
	});

	it('accepts real programs, rejects punctuation, prose and trivial programs', () => {
		expect(isCommandLine('docker version')).toBe(true);
		expect(isCommandLine('curl -fsSL https://get.docker.com/ | sudo sh')).toBe(true);
		expect(isCommandLine('?')).toBe(false);
		expect(isCommandLine('echo "Q :: A"')).toBe(false);
		expect(isCommandLine('std::vector<int> v;')).toBe(false);
	});

	it('reads code blocks: comments describe, prompts mark commands, output is skipped, \\ joins', () => {
		const value = [
			'# 설치',
			'curl -fsSL https://get.docker.com | sh',
			'',
			'docker run \\',
			'  -d nginx',
			'docker version'
		].join('\n');
		expect(commandsFromCode(value)).toEqual([
			{
				command: 'curl -fsSL https://get.docker.com | sh',
				index: 1,
				comment: '설치',
				prompted: false
			},
			{ command: 'docker run -d nginx', index: 3, comment: undefined, prompted: false },
			{ command: 'docker version', index: 5, comment: undefined, prompted: false }
		]);
		const session = [
			'$ docker ps',
			'CONTAINER ID   IMAGE',
			'abc123   nginx',
			'$ docker ps',
			'$ docker images'
		].join('\n');
		expect(commandsFromCode(session).map((c) => c.command)).toEqual(['docker ps', 'docker images']);
		expect(commandsFromCode('docker ps\ndocker ps -a\ndocker images', 2)).toHaveLength(2);
	});
});

describe('code spans', () => {
	it('wraps text with backticks in a longer fence and reads it back', () => {
		for (const text of ['docker ps', 'echo `date`', '`x`', 'a``b']) {
			const span = codeSpan(text);
			expect(codeSpanContent(span)).toBe(text);
		}
		expect(codeSpan('echo `date`')).toBe('`` echo `date` ``');
	});
});
