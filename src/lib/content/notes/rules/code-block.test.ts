/** Fault kind "code blocks": commands in every common style, asked by what describes them (rule 4). */
import { describe, expect, it } from 'vitest';
import { cards, parse } from '../testing';

function commands(md: string): [string, string | undefined][] {
	return cards(md)
		.filter((c) => c.kind === 'command')
		.map((c) => [c.front, c.command?.original]);
}

describe('code-block', () => {
	it('code-block: $ prompts, # comments, \\ continuations, trailing # comments, output lines', () => {
		const md = [
			'## 실행',
			'- 웹 서버 띄우기',
			'    ```console',
			'    # 백그라운드로 nginx 실행',
			'    $ docker run -d --name web \\',
			'    >   -p 8080:80 nginx',
			'    0123abcd',
			'    $ docker ps   # 실행 중인 컨테이너 확인',
			'    CONTAINER ID   IMAGE',
			'    ```',
			''
		].join('\n');
		expect(commands(md)).toEqual([
			// the container name the author chose is a slot: any name is accepted
			[
				'웹 서버 띄우기 — 백그라운드로 nginx 실행',
				'docker run -d --name <컨테이너 이름> -p 8080:80 nginx'
			],
			['웹 서버 띄우기 — 실행 중인 컨테이너 확인', 'docker ps']
		]);
	});

	it('code-block: `# ` before a known program is a root prompt, otherwise a comment', () => {
		expect(commands('## 이미지 목록 보기\n```\n# docker images\nREPOSITORY   TAG\n```\n')).toEqual([
			['이미지 목록 보기', 'docker images']
		]);
		expect(
			commands('## 설치\n- 설치 확인\n```\n# docker 설치 확인\ndocker version\n```\n')
		).toEqual([['설치 확인 — docker 설치 확인', 'docker version']]);
	});

	it('code-block: the description around a command asks it; never an ordinal prompt', () => {
		const md =
			'## 설치\n- Linux Ubuntu 경우\n```\ncurl -fsSL https://get.docker.com/ | sudo sh\nsudo usermod -aG docker [사용자명]\n```\n';
		const list = cards(md).filter((c) => c.kind === 'command');
		expect(list.map((c) => c.pattern)).toEqual(['code-cloze', 'code-cloze']);
		for (const c of list) {
			expect(c.front).toMatch(/^Linux Ubuntu 경우\n\n```\n/);
			expect(c.front).not.toMatch(/번째|개 중/);
		}
		expect(list[1]?.command?.original).toBe('sudo usermod -aG docker [사용자명]');
		expect(new Set(list.map((c) => c.note)).size).toBe(1);
	});

	it('code-block: the indented lines under `$ cmd` and the paragraph before a block describe it', () => {
		expect(commands('## 목록\n$ docker ps\n실행 중인 컨테이너 목록을 본다.\n')).toEqual([
			['실행 중인 컨테이너 목록을 본다.', 'docker ps']
		]);
		expect(
			commands(
				'## 목록\n종료된 컨테이너까지 보려면 인자를 더한다.\n\n```bash\n$ docker ps -a\n```\n'
			)
		).toEqual([['종료된 컨테이너까지 보려면 인자를 더한다.', 'docker ps -a']]);
	});

	it('code-block: an info string that is really a command is the first line', () => {
		expect(commands('## 목록\n- 모든 컨테이너 보기\n``` docker ps -a\n```\n')).toEqual([
			['모든 컨테이너 보기', 'docker ps -a']
		]);
	});

	it('code-block: Dockerfile blocks make Dockerfile cards; yaml/json/python/html never commands', () => {
		const parsed = parse(
			'## 빌드\n```dockerfile\n# 베이스 이미지\nFROM node:20\nRUN npm ci\n```\n\n```yaml\nservices:\n  web:\n    image: nginx\n```\n\n```python\nprint("docker ps")\n```\n'
		);
		expect(parsed.cards.map((c) => [c.kind, c.pattern, c.front, c.back])).toEqual([
			['basic', 'dockerfile', '베이스 이미지', '`FROM node:20`']
		]);
		expect(parsed.warnings.map((w) => [w.code, w.params])).toEqual(
			expect.arrayContaining([
				['notes_dockerfile_no_comment', { count: 1 }],
				['notes_code_not_shell', { lang: 'yaml' }],
				['notes_code_not_shell', { lang: 'python' }]
			])
		);
	});

	it('code-block: an unclosed fence warns at the line it opened', () => {
		const parsed = parse('# 노트\n\n- 앞 :: 뒤\n\n```bash\ndocker ps\n');
		expect(parsed.warnings).toContainEqual({
			file: 'notes.md',
			line: 5,
			code: 'notes_unclosed_fence'
		});
	});

	it('long code as cloze: a block of many commands makes no cloze over the block, and says so once', () => {
		const parsed = parse(
			'# 노트\n\n## 배포\n이미지를 만들고 올린 뒤 띄운다.\n\n```bash\ndocker build -t api:2 .\ndocker tag api:2 reg.local/api:2\ndocker push reg.local/api:2\ndocker pull reg.local/api:2\ndocker run -d --name api reg.local/api:2\n```\n'
		);
		expect(parsed.cards.filter((c) => c.pattern === 'code-cloze')).toEqual([]);
		expect(parsed.warnings.filter((w) => w.code === 'notes_code_cloze_long')).toEqual([
			{ file: 'notes.md', line: 7, code: 'notes_code_cloze_long', params: { count: 5 } }
		]);
		// a short block of two commands is still asked line by line
		const short = cards(
			'# 노트\n\n## 설치\n설치하고 권한을 준다.\n\n```bash\ncurl -fsSL https://get.docker.com | sh\nsudo usermod -aG docker me\n```\n'
		);
		expect(short.filter((c) => c.pattern === 'code-cloze')).toHaveLength(2);
		// a fence of one command is one command card
		const one = cards('# 노트\n\n## 목록\n실행 중인 컨테이너를 본다.\n\n```bash\ndocker ps\n```\n');
		expect(one.map((c) => [c.kind, c.command?.original])).toEqual([['command', 'docker ps']]);
	});

	it('code-block: a Dockerfile whose comments follow their instructions pairs each comment with the line above', () => {
		const list = cards(
			'# 노트\n\n## 예제\n```dockerfile\nFROM alpine:3.20\n# 베이스 이미지 지정\nWORKDIR /srv\n# 작업 디렉터리 지정\n\nCMD ["sh"]\n```\n'
		).filter((c) => c.pattern === 'dockerfile');
		expect(list.map((c) => [c.front, c.back])).toEqual([
			['베이스 이미지 지정', '`FROM alpine:3.20`'],
			['작업 디렉터리 지정', '`WORKDIR /srv`']
		]);
	});
});
