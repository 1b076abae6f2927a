/** One test per converter rule (issue 3), plus the cases C19 and C21. */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseNotes } from './parse';
import type { NoteCard } from './types';

/** Case inputs from `../shared/cases/`, copied byte for byte into `tests/fixtures/cases/`. */
function caseFile(name: string): string {
	return readFileSync(resolve(process.cwd(), 'tests/fixtures/cases', name), 'utf8');
}

function parse(md: string) {
	return parseNotes(md, 'notes.md');
}

function cards(md: string): NoteCard[] {
	return parse(md).cards;
}

function sides(list: NoteCard[]): [string, string][] {
	return list.map((c) => [c.front, c.back]);
}

describe('patterns that need no markup', () => {
	it('heading + one sentence bullet → heading → sentence, and the reverse for a short term', () => {
		const list = cards('# 노트\n\n#### Jenkins\n- Java로 만든 CI/CD 도구이다.\n');
		expect(sides(list)).toEqual([
			['Jenkins', 'Java로 만든 CI/CD 도구이다.'],
			['Java로 만든 CI/CD 도구이다.\n\n(무엇에 대한 설명인가요?)', 'Jenkins']
		]);
		expect(list.map((c) => c.kind)).toEqual(['basic', 'reversed']);
		expect(list[0]?.topic).toEqual(['노트', 'Jenkins']);
		expect(list[0]?.source).toEqual({ file: 'notes.md', line: 4 });
	});

	it('several sentences under a heading are cued by their opening words; the term is masked in reverse cards', () => {
		const list = cards(
			'## Docker\n- 컨테이너 기반의 가상화 플랫폼이다.\n- Docker는 이미지 단위로 환경을 만든다.\n'
		);
		expect(list.filter((c) => c.pattern === 'sentence').map((c) => c.front)).toEqual([
			'Docker — 컨테이너 기반의 …',
			'Docker — Docker는 이미지 …'
		]);
		const reverse = list.find((c) => c.pattern === 'sentence-reverse' && c.source.line === 3);
		expect(reverse?.front).toContain('＿＿는 이미지 단위로 환경을 만든다.');
		expect(reverse?.back).toBe('Docker');
	});

	it('a generic heading (Background, 설치 …) gets no reverse card', () => {
		const list = cards('### Background\n- 개발 환경이 자주 바뀌어 관리가 어려웠다.\n');
		expect(list.map((c) => c.pattern)).toEqual(['sentence']);
	});

	it('term: definition and term - definition; nested fronts carry the parent', () => {
		const list = cards(
			'## Docker\n- 특징\n    - 표준성: 컨테이너라는 표준으로 배포한다.\n    - 이식성 - 어디서든 같은 컨테이너가 돈다.\n- overhead: 가상화 부담이다.\n'
		);
		const terms = list.filter((c) => c.pattern === 'term');
		expect(sides(terms)).toEqual([
			['Docker 특징 — 표준성', '컨테이너라는 표준으로 배포한다.'],
			['Docker 특징 — 이식성', '어디서든 같은 컨테이너가 돈다.'],
			['Docker — overhead', '가상화 부담이다.']
		]);
		expect(terms[0]?.context).toBe('특징');
		expect(terms[0]?.topic).toEqual(['Docker', '특징']);
	});

	it('a colon inside a URL or a sentence-length "term" does not split', () => {
		const list = cards(
			'## 링크\n- 설치 안내는 https://docs.docker.com 에 있다.\n- 이 문장은 너무 길어서 용어가 될 수 없는 앞부분을 가진 문장이다: 뒷부분\n'
		);
		expect(list.filter((c) => c.pattern === 'term')).toEqual([]);
	});

	it('a bullet with children → term → the list; sentence children get reverse cards', () => {
		const list = cards(
			'### Container\n- 스케줄링\n    - 컨테이너를 알맞은 서버에 배치한다.\n    - 서버가 죽으면 다른 서버에 다시 띄운다.\n'
		);
		const listCard = list.find((c) => c.pattern === 'list');
		expect(listCard?.front).toBe('Container — 스케줄링');
		expect(listCard?.back).toBe(
			'- 컨테이너를 알맞은 서버에 배치한다.\n- 서버가 죽으면 다른 서버에 다시 띄운다.'
		);
		expect(list.filter((c) => c.pattern === 'sentence-reverse').map((c) => c.back)).toEqual([
			'스케줄링',
			'스케줄링'
		]);
	});

	it('a long list of sentences is split into atomic cards instead of one list card', () => {
		const children = Array.from(
			{ length: 6 },
			(_, i) => `    - 항목 ${i + 1}번은 서로 다른 내용의 문장이다.`
		).join('\n');
		const list = cards(`## 설명\n- 긴 목록\n${children}\n`);
		expect(list.some((c) => c.pattern === 'list')).toBe(false);
		const atomic = list.filter((c) => c.pattern === 'sentence');
		expect(atomic).toHaveLength(6);
		expect(new Set(atomic.map((c) => c.front)).size).toBe(6);
		// the cue grows past two words while it is shorter than 8 characters
		expect(atomic[0]?.front).toBe('설명 — 긴 목록 — 항목 1번은 서로 …');
	});

	it('inline-code command bullets → command items with named slots', () => {
		const list = cards(
			'## 명령어\n- `docker ps -a`: 중지된 컨테이너까지 보여준다.\n- `docker rm [container_id]` - 컨테이너를 지운다.\n- `docker pull <이미지명>`: 이미지를 받는다.\n'
		);
		expect(list.map((c) => [c.kind, c.pattern, c.front, c.back])).toEqual([
			['command', 'command-inline', '중지된 컨테이너까지 보여준다.', '`docker ps -a`'],
			['command', 'command-inline', '컨테이너를 지운다.', '`docker rm [container_id]`'],
			['command', 'command-inline', '이미지를 받는다.', '`docker pull <이미지명>`']
		]);
		expect(list[1]?.command).toEqual({
			template: 'docker rm {container_id}',
			original: 'docker rm [container_id]',
			slots: [{ name: 'container_id', label: 'container_id' }]
		});
		expect(list[2]?.command?.template).toBe('docker pull {image}');
	});

	it('`명령어: command` bullets (and a term whose definition is one command span) are command cards', () => {
		const list = cards(
			'# 설치\n- 설치 확인\n    - 명령어: docker version\n- 로그 보기: `docker logs web`\n'
		);
		const commands = list.filter((c) => c.kind === 'command');
		expect(commands.map((c) => [c.front, c.command?.original])).toEqual([
			['설치 설치 확인 — 명령어', 'docker version'],
			['설치 — 로그 보기', 'docker logs web']
		]);
	});

	it('fenced code: one command card per line, asked with the nearest bullet and heading', () => {
		const md = [
			'### Docker Installation',
			'- Linux Ubuntu 경우',
			'```',
			'curl -fsSL https://get.docker.com/ | sudo sh',
			'sudo usermod -aG docker [ubuntu 사용자 계정 이름]',
			'```',
			''
		].join('\n');
		const list = cards(md);
		expect(list.map((c) => [c.front, c.command?.template, c.source.line])).toEqual([
			[
				'Docker Installation — Linux Ubuntu 경우: 1번째 명령어를 입력하세요 (2개 중).',
				'curl -fsSL https://get.docker.com/ | sudo sh',
				4
			],
			[
				'Docker Installation — Linux Ubuntu 경우: 2번째 명령어를 입력하세요 (2개 중).',
				'sudo usermod -aG docker {user}',
				5
			]
		]);
		expect(list[1]?.command?.slots).toEqual([{ name: 'user', label: 'ubuntu 사용자 계정 이름' }]);
	});

	it('fenced code indented in a list item, with $ prompts, # comments, \\ continuations and output', () => {
		const md = [
			'## 실행',
			'- 웹 서버 띄우기',
			'    설명 줄',
			'    ```console',
			'    # 백그라운드로 nginx 실행',
			'    $ docker run -d --name web \\',
			'    >   -p 8080:80 nginx',
			'    0123abcd',
			'    $ docker ps',
			'    CONTAINER ID   IMAGE',
			'    ```',
			''
		].join('\n');
		const list = cards(md);
		expect(list.map((c) => [c.front, c.command?.original, c.source.line])).toEqual([
			[
				'실행 — 웹 서버 띄우기: 백그라운드로 nginx 실행',
				'docker run -d --name web -p 8080:80 nginx',
				6
			],
			['실행 — 웹 서버 띄우기: 2번째 명령어를 입력하세요 (2개 중).', 'docker ps', 9]
		]);
	});

	it('a code block in another language makes no command cards, with a warning', () => {
		const parsed = parse('## Dockerfile\n- 예시\n```dockerfile\nFROM node:22\nRUN npm ci\n```\n');
		expect(parsed.cards.filter((c) => c.kind === 'command')).toEqual([]);
		expect(parsed.warnings.some((w) => w.line === 3 && w.reason.includes('dockerfile'))).toBe(true);
	});

	it('a list of names → an "examples of …" card', () => {
		const list = cards(
			'#### 상태관리 도구\n- 설정 파일로 서버 상태를 관리한다.\n- CHEF, puppet labs, ANSIBLE\n'
		);
		const names = list.find((c) => c.pattern === 'names');
		expect([names?.front, names?.back]).toEqual([
			'상태관리 도구의 예 (3가지)',
			'CHEF, puppet labs, ANSIBLE'
		]);
		// a sentence with commas is not a list of names
		expect(cards('## A\n- 빠르고, 쉽고, 효율적이다.\n').some((c) => c.pattern === 'names')).toBe(
			false
		);
	});
});

describe('explicit syntax (Obsidian Spaced Repetition)', () => {
	it('Q :: A makes one card with exact sides', () => {
		expect(sides(cards('# 덱\n\n컨테이너 :: 격리된 프로세스\n'))).toEqual([
			['컨테이너', '격리된 프로세스']
		]);
	});

	it('Q ::: A makes a card in both directions', () => {
		const list = cards('- 쓰기 가능한 레이어 ::: 컨테이너 레이어\n');
		expect(list.map((c) => [c.kind, c.front, c.back])).toEqual([
			['basic', '쓰기 가능한 레이어', '컨테이너 레이어'],
			['reversed', '컨테이너 레이어', '쓰기 가능한 레이어']
		]);
	});

	it('Q ::> A makes a type-in card (the learner types the answer)', () => {
		const list = cards('- 한국어로 연락처 :: 보통 카드\n- 주소록의 한 줄 ::> 연락처\n');
		expect(list.map((c) => [c.kind, c.pattern, c.front, c.back])).toEqual([
			['basic', 'qa', '한국어로 연락처', '보통 카드'],
			['typein', 'qa-typein', '주소록의 한 줄', '연락처']
		]);
	});

	it('multi-line ? and ?? cards, also with a list as the answer', () => {
		const md =
			'# 덱\n\nstop과 kill의 차이는?\n?\nstop은 SIGTERM 뒤 SIGKILL을 보낸다.\nkill은 바로 SIGKILL을 보낸다.\n\n두 가지 저장 방식\n??\n- 볼륨\n- 바인드 마운트\n';
		const list = cards(md);
		expect(list.map((c) => [c.pattern, c.kind, c.front, c.back, c.source.line])).toEqual([
			[
				'multiline',
				'basic',
				'stop과 kill의 차이는?',
				'stop은 SIGTERM 뒤 SIGKILL을 보낸다.\nkill은 바로 SIGKILL을 보낸다.',
				3
			],
			['multiline', 'basic', '두 가지 저장 방식', '- 볼륨\n- 바인드 마운트', 8],
			['multiline', 'reversed', '- 볼륨\n- 바인드 마운트', '두 가지 저장 방식', 8]
		]);
	});

	it('cloze ==term== makes one card per highlight', () => {
		const list = cards('- 태그를 생략하면 ==latest== 태그로 보고 ==Docker Hub==에서 받는다.\n');
		expect(list.map((c) => [c.kind, c.clozeIndex, c.front, c.back])).toEqual([
			[
				'cloze',
				1,
				'태그를 생략하면 [...] 태그로 보고 Docker Hub에서 받는다.',
				'태그를 생략하면 **latest** 태그로 보고 Docker Hub에서 받는다.'
			],
			[
				'cloze',
				2,
				'태그를 생략하면 latest 태그로 보고 [...]에서 받는다.',
				'태그를 생략하면 latest 태그로 보고 **Docker Hub**에서 받는다.'
			]
		]);
	});

	it('cloze {{c1::term}} groups by number and shows a hint', () => {
		const list = cards(
			'인자로 덮어쓰는 것은 {{c1::CMD}}, 옵션으로만 바꾸는 것은 {{c2::ENTRYPOINT::대문자}}이다. 둘 다 {{c1::Dockerfile}}에 쓴다.\n'
		);
		expect(list.map((c) => [c.clozeIndex, c.front])).toEqual([
			[1, '인자로 덮어쓰는 것은 [...], 옵션으로만 바꾸는 것은 ENTRYPOINT이다. 둘 다 [...]에 쓴다.'],
			[2, '인자로 덮어쓰는 것은 CMD, 옵션으로만 바꾸는 것은 [대문자]이다. 둘 다 Dockerfile에 쓴다.']
		]);
	});

	it('<!-- cards: off --> … <!-- cards: on --> excludes a region, without warnings', () => {
		const parsed = parse(
			'# 덱\n<!-- cards: off -->\n- 가 :: 나\n\n| a | b |\n|---|---|\n| 1 | 2 |\n<!-- cards: on -->\n- 다 :: 라\n'
		);
		expect(sides(parsed.cards)).toEqual([['다', '라']]);
		expect(parsed.warnings).toEqual([]);
	});

	it('::, ? and == inside inline code never make a card', () => {
		const list = cards('## C++\n- `a::b`는 스코프 연산자이다.\n- `==`는 비교 연산자이다.\n- `?`\n');
		expect(
			list.some((c) => c.pattern === 'qa' || c.pattern === 'cloze' || c.pattern === 'multiline')
		).toBe(false);
	});

	it('C19: no card from inside a code fence; the :: cards after it keep exact sides', () => {
		const md = caseFile('notes-code-separator.md');
		const parsed = parse(md);
		const qa = parsed.cards.filter((c) => c.pattern === 'qa');
		expect(sides(qa)).toEqual([
			['컨테이너', '격리된 환경에서 실행되는 프로세스'],
			['이미지', '컨테이너를 만들기 위한 읽기 전용 템플릿']
		]);
		for (const c of parsed.cards) {
			expect(c.front + c.back).not.toMatch(/카드가 아니다|^\?$/);
			expect(c.source.line < 6 || c.source.line > 10).toBe(true);
		}
		const vector = parsed.cards.find((c) => c.front.endsWith('벡터 예시'));
		expect(vector?.back).toBe('`std::vector<int> v;`');
		expect(
			parsed.cards.some((c) => c.front === '스코프 연산자는 `a' || c.back.startsWith('b` 처럼'))
		).toBe(false);
	});
});

describe('C21: CRLF line endings', () => {
	const lf = caseFile('notes-lf.md');
	const crlf = caseFile('notes-crlf.md');

	it('C21: the CRLF file really has CRLF and gives the same cards and ids as the LF file', () => {
		expect(crlf).toContain('\r\n');
		const a = parseNotes(lf, 'notes.md', { deck: 'd' }).cards;
		const b = parseNotes(crlf, 'notes.md', { deck: 'd' }).cards;
		expect(a.length).toBeGreaterThan(2);
		expect(b).toEqual(a);
	});

	it('C21: answers have no \\r, so a typed `docker version` matches', () => {
		const list = parseNotes(crlf, 'notes.md').cards;
		for (const c of list) expect(JSON.stringify(c)).not.toContain('\\r');
		const version = list.find((c) => c.command?.original === 'docker version');
		expect(version?.kind).toBe('command');
		expect(sides(list.filter((c) => c.pattern === 'qa'))).toEqual([
			['그룹 추가', 'sudo usermod -aG docker alice']
		]);
	});
});

describe('case fixtures', () => {
	const shared = resolve(process.cwd(), '../shared/cases');
	it('C19/C21: the fixture copies exist and match ../shared/cases byte for byte when it is there', () => {
		for (const name of ['notes-code-separator.md', 'notes-lf.md', 'notes-crlf.md']) {
			const copy = caseFile(name);
			expect(copy).toContain('- ');
			if (existsSync(shared)) expect(copy).toBe(readFileSync(resolve(shared, name), 'utf8'));
		}
	});
});
