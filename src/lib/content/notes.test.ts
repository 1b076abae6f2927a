/**
 * The converter on the user's notes (`../shared/notes/study_Docker.md`, always present in CI) and
 * on our own fixture of the same shape (`tests/fixtures/study_Docker.sample.md`), so the suite
 * also passes in a fresh clone without `../shared`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ListItem, Nodes } from 'mdast';
import { describe, expect, it } from 'vitest';
import { parseMarkdownTree } from './markdown';
import { parseNotes } from './parse';
import type { NoteCard } from './types';

const userNotes = resolve(process.cwd(), '../shared/notes/study_Docker.md');
const fixture = resolve(process.cwd(), 'tests/fixtures/study_Docker.sample.md');
const files = [userNotes, fixture].filter((f) => existsSync(f));

const SECTIONS = [
	'Background',
	'Docker',
	'특징',
	'도커가 가져온 변화',
	'Container',
	'스케줄링',
	'클러스터링',
	'서비스 디스커버리',
	'VM vx Docker',
	'Jenkins',
	'Wordpress',
	'rocket-chat',
	'상태관리 도구',
	'Docker Installation'
];

/** Card Markdown as plain-ish text: bold markers and the context label (`특징 — `) removed. */
function bare(md: string): string {
	return md.replace(/\*\*/g, '').replace(/^[^\n]{1,60}? — /, '');
}

/** Text of the card that must come from its source line, by the rule that made it. */
function sourceFragments(card: NoteCard): string[] {
	const firstLine = (s: string) => s.split('\n')[0] ?? s;
	switch (card.pattern) {
		case 'sentence-cloze':
		case 'definition-cloze':
			return [card.back.match(/\*\*(.+?)\*\*/)?.[1] ?? '\u0000'];
		case 'names':
		case 'term':
			return [firstLine(bare(card.back))];
		case 'term-reverse':
		case 'parent-reverse':
			return [firstLine(bare(card.front))];
		case 'list':
			return [bare(card.front).replace(/ \(\d+가지\)$/, '')];
		case 'command-block':
		case 'code-cloze':
		case 'command-term':
			return [card.command?.original ?? '\u0000'];
		case 'command-inline':
			return [card.command?.original ?? '\u0000', card.front];
		default:
			return [firstLine(card.front)];
	}
}

function listItems(node: Nodes, out: ListItem[] = []): ListItem[] {
	if (node.type === 'listItem') out.push(node);
	if ('children' in node) for (const c of node.children) listItems(c, out);
	return out;
}

describe.each(files)('notes file %s', (path) => {
	const text = readFileSync(path, 'utf8');
	const parsed = parseNotes(text, 'study_Docker.md');
	const fileLines = text.split('\n');

	it('is titled by its level-1 heading and has cards', () => {
		expect(parsed.title).toBe('study_Docker');
		expect(parsed.cards.length).toBeGreaterThan(30);
	});

	it.each(SECTIONS)('has cards for the section %s', (section) => {
		// A section is a heading or a parent bullet: its cards carry it in the topic or ask it.
		const cards = parsed.cards.filter(
			(c) => c.topic.includes(section) || c.front.includes(section)
		);
		expect(cards.length).toBeGreaterThan(0);
	});

	it('keeps the heading typo "VM vx Docker" as written', () => {
		expect(parsed.cards.some((c) => c.topic.includes('VM vx Docker'))).toBe(true);
		expect(parsed.cards.some((c) => c.topic.includes('VM vs Docker'))).toBe(false);
	});

	it('has no empty side, no front equal to back, no duplicate id or card', () => {
		for (const c of parsed.cards) {
			expect(c.front.trim(), c.id).not.toBe('');
			expect(c.back.trim(), c.id).not.toBe('');
			expect(c.front.trim(), c.id).not.toBe(c.back.trim());
			expect(c.front + c.back, c.id).not.toMatch(/\r|<img|<script|<br/i);
		}
		expect(new Set(parsed.cards.map((c) => c.id)).size).toBe(parsed.cards.length);
		expect(new Set(parsed.cards.map((c) => `${c.front}\u0000${c.back}`)).size).toBe(
			parsed.cards.length
		);
	});

	it('gives every card the source line its text comes from', () => {
		for (const c of parsed.cards) {
			const line = fileLines[c.source.line - 1] ?? '';
			for (const fragment of sourceFragments(c)) {
				expect(line, `${c.pattern} card "${c.front}" → line ${c.source.line}`).toContain(
					fragment.trim()
				);
			}
		}
	});

	it('uses every non-empty bullet in at least one card', () => {
		const all = parsed.cards
			.map((c) => [c.front, c.back, c.context ?? '', c.command?.original ?? ''].join('\n'))
			.join('\n')
			.replace(/\*\*/g, '');
		const items = listItems(parseMarkdownTree(text));
		expect(items.length).toBeGreaterThan(30);
		for (const item of items) {
			const head = item.children[0];
			const first =
				head?.type === 'paragraph' && head.children[0]?.type === 'text'
					? head.children[0].value
					: '';
			const bullet = first.split('\n')[0]?.trim() ?? '';
			if (bullet === '') continue;
			const colon = bullet.indexOf(': ');
			const covered =
				all.includes(bullet) ||
				(colon > 0 &&
					all.includes(bullet.slice(0, colon)) &&
					all.includes(bullet.slice(colon + 2)));
			expect(covered, bullet).toBe(true);
		}
	});

	it('makes the three install/check commands command cards, the username a `user` slot', () => {
		const commands = parsed.cards.filter((c) => c.kind === 'command');
		expect(commands.map((c) => c.command?.template)).toEqual([
			'curl -fsSL https://get.docker.com/ | sudo sh',
			'sudo usermod -aG docker {user}',
			'docker version'
		]);
		const usermod = commands[1];
		expect(usermod?.command?.slots).toEqual([{ name: 'user', label: 'ubuntu 사용자 계정 이름' }]);
		expect(usermod?.front).toContain('Linux Ubuntu 경우');
		expect(commands[2]?.front).toBe('설치 확인법');
		for (const c of commands) expect(c.topic).toContain('Docker Installation');
	});

	it('drops the <img> tags with a warning on their lines', () => {
		const imgLines = fileLines.flatMap((l, i) => (l.includes('<img') ? [i + 1] : []));
		expect(imgLines.length).toBeGreaterThan(0);
		for (const line of imgLines) {
			expect(parsed.warnings.some((w) => w.line === line && w.file === 'study_Docker.md')).toBe(
				true
			);
		}
	});
});
