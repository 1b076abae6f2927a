/**
 * Cases from public bug reports (`../shared/cases/`), each a kind of fault: C19 (a card separator
 * inside code), C20 (angle brackets in plain text), C21 (CRLF), C22 (nested-bullet context).
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseNotes } from '../parse';
import { renderCardMarkdown } from '../render';
import type { NoteCard } from '../types';

/** Case inputs from `../shared/cases/`, copied byte for byte into `tests/fixtures/cases/`. */
function caseFile(name: string): string {
	return readFileSync(resolve(process.cwd(), 'tests/fixtures/cases', name), 'utf8');
}

function parse(md: string) {
	return parseNotes(md, 'notes.md');
}

function sides(list: NoteCard[]): [string, string][] {
	return list.map((c) => [c.front, c.back]);
}

describe('C19: a card separator inside code', () => {
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

describe('C20: angle brackets in plain text are text, not HTML', () => {
	const bullets = [
		'- vector<int> 처럼 쓴다',
		'- docker logs <container-id> 로 본다',
		'- a < b > c'
	];
	const literal = ['vector<int> 처럼 쓴다', 'docker logs <container-id> 로 본다', 'a < b > c'];

	it('C20: no HTML warning; every card shows the text literally once rendered', () => {
		const parsed = parse(`# 노트\n\n## 표기\n${bullets.join('\n')}\n`);
		expect(parsed.warnings.filter((w) => w.code.startsWith('notes_html'))).toEqual([]);
		expect(parsed.cards.length).toBeGreaterThan(0);
		for (const c of parsed.cards) {
			const html = renderCardMarkdown(c.back)
				.replace(/<\/?(strong|code|p)>/g, '')
				.replace(/&#x3C;/g, '<')
				.replace(/&#x3E;|&gt;/g, '>');
			expect(
				literal.some((t) => html.includes(t)),
				c.back
			).toBe(true);
		}
		// a bullet that makes no card says why; none disappears silently
		for (const [i] of bullets.entries()) {
			const line = 4 + i;
			const used = parsed.cards.some((c) => c.source.line === line);
			const said = parsed.warnings.some((w) => w.line === line && w.code === 'notes_no_key_term');
			expect(used || said, bullets[i]).toBe(true);
		}
	});

	it('C20: under a parent the three bullets are one list card, shown literally', () => {
		const parsed = parse(
			`# 노트\n\n## 로그\n- 표기 예\n${bullets.map((b) => '    ' + b).join('\n')}\n`
		);
		const list = parsed.cards.find((c) => c.pattern === 'list');
		const html = renderCardMarkdown(list?.back ?? '');
		expect(html).toContain('vector&#x3C;int> 처럼 쓴다');
		expect(html).toContain('docker logs &#x3C;container-id> 로 본다');
		expect(html).toContain('a &#x3C; b > c');
	});

	it('C20: a placeholder in a command stays in the command exactly as written', () => {
		const parsed = parse('## 로그\n- `docker logs <CONTAINER>`: 컨테이너 로그를 본다\n');
		const command = parsed.cards.find((c) => c.kind === 'command');
		expect(command?.command?.original).toBe('docker logs <CONTAINER>');
		expect(renderCardMarkdown(command?.back ?? '')).toContain('docker logs &#x3C;CONTAINER>');
	});
});

describe('C22: nested bullets keep their parent context without showing the answer', () => {
	const md = [
		'# 노트',
		'',
		'## 오케스트레이션',
		'- 기능',
		'    - 스케줄링',
		'        - 컨테이너를 적당한 서버에 배포해주는 작업이다.',
		'    - 클러스터링',
		'        - 여러 개의 서버를 하나의 서버처럼 사용한다.',
		''
	].join('\n');
	const parsed = parse(md);

	it('C22: the sentence asks for 스케줄링, says it is about 기능, and nothing shown contains 스케줄링', () => {
		const card = parsed.cards.find((c) => c.back === '스케줄링' && c.source.line === 6);
		expect(card?.pattern).toBe('parent-reverse');
		expect(card?.front).toBe('기능 — 컨테이너를 적당한 서버에 배포해주는 작업이다.');
		for (const c of parsed.cards.filter((x) => x.back.trim() === '스케줄링')) {
			for (const shown of [c.front, ...c.topic, c.context ?? ''])
				expect(shown).not.toContain('스케줄링');
		}
	});

	it('C22: siblings under one parent have distinct fronts; no front is a chain of parents', () => {
		const fronts = parsed.cards.map((c) => c.front);
		expect(new Set(fronts).size).toBe(fronts.length);
		for (const f of fronts) expect(f.split(' — ').length).toBeLessThanOrEqual(2);
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
