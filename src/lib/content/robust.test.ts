/** Bad and unusual input: the converter never throws and says what it skipped, with file and line. */
import { describe, expect, it } from 'vitest';
import { CHUNK_TARGET, parseInChunks } from './notes/chunks';
import type { Block } from './notes/blocks';
import { parseNotes } from './parse';
import { renderCardMarkdown } from './render';
import { assertInert, seededRandom } from './testing';

const NOTES =
	'# 덱\n\n## Docker\n- 특징\n    - 표준성: 컨테이너라는 표준으로 배포한다.\n- 컨테이너 :: 격리된 프로세스\n';

describe('robust input', () => {
	it('an empty file gives no cards and one warning on line 1', () => {
		const parsed = parseNotes('', 'empty.md');
		expect(parsed.cards).toEqual([]);
		expect(parsed.warnings).toEqual([{ file: 'empty.md', line: 1, code: 'notes_empty_file' }]);
		expect(parsed.title).toBe('empty');
	});

	it('a file of blank lines and a BOM is empty too', () => {
		expect(parseNotes('\uFEFF \n\t\n\r\n', 'blank.md').warnings.map((w) => w.code)).toEqual([
			'notes_empty_file'
		]);
	});

	it('binary garbage gives no cards and a warning, without parsing', () => {
		const random = seededRandom(7);
		const bytes = Uint8Array.from({ length: 4096 }, () => Math.floor(random() * 256));
		const text = new TextDecoder('utf-8').decode(bytes);
		const parsed = parseNotes(text, 'image.png');
		expect(parsed.cards).toEqual([]);
		expect(parsed.warnings).toHaveLength(1);
		expect(parsed.warnings[0]).toMatchObject({ file: 'image.png', line: 1 });
		expect(parsed.warnings[0]?.code).toBe('notes_binary_file');
	});

	it('a 5 MB binary file is rejected from a sample, without parsing it all', () => {
		const random = seededRandom(11);
		const bytes = Uint8Array.from({ length: 5 * 1024 * 1024 }, () => Math.floor(random() * 256));
		const parsed = parseNotes(new TextDecoder('utf-8').decode(bytes), 'backup.zip');
		expect(parsed.cards).toEqual([]);
		expect(parsed.warnings.map((w) => [w.file, w.line])).toEqual([['backup.zip', 1]]);
	}, 60_000);

	it('pathologically deep nesting never throws (the stack may overflow: then a warning, escaped text)', () => {
		const deep = '>'.repeat(6_000) + ' 가 :: 나\n';
		const parsed = parseNotes(deep, 'deep.md');
		// depending on the stack size the card is found or a "too deep" warning explains why not
		expect(parsed.cards.length + parsed.warnings.length).toBeGreaterThan(0);
		for (const w of parsed.warnings) expect(w).toMatchObject({ file: 'deep.md', line: 1 });
		const html = renderCardMarkdown(deep);
		expect(html).toContain('가');
		assertInert(html);
	}, 60_000);

	it('a file with only prose and no card-shaped content warns and has no cards', () => {
		const parsed = parseNotes('그냥 문단 하나.\n', 'prose.md');
		expect(parsed.cards).toEqual([]);
		expect(parsed.warnings.map((w) => w.line)).toEqual([1, 1]);
	});

	it('a BOM changes nothing: same title, cards and ids', () => {
		expect(parseNotes('\uFEFF' + NOTES, 'a.md')).toEqual(parseNotes(NOTES, 'a.md'));
	});

	it('CRLF and lone CR line endings change nothing', () => {
		const plain = parseNotes(NOTES, 'a.md');
		expect(parseNotes(NOTES.replace(/\n/g, '\r\n'), 'a.md')).toEqual(plain);
		expect(parseNotes(NOTES.replace(/\n/g, '\r'), 'a.md')).toEqual(plain);
	});

	it('decomposed Hangul (NFD) gives the same cards and ids as composed (NFC)', () => {
		const nfd = NOTES.normalize('NFD');
		expect(nfd).not.toBe(NOTES);
		const a = parseNotes(nfd, 'a.md');
		expect(a).toEqual(parseNotes(NOTES, 'a.md'));
		expect(a.cards.some((c) => c.front === '특징 — 표준성')).toBe(true);
	});

	it('tabs and spaces for nesting give the same cards', () => {
		const tabs = NOTES.replace(/^ {4}/gm, '\t');
		expect(tabs).toContain('\t- 표준성');
		expect(parseNotes(tabs, 'a.md').cards).toEqual(parseNotes(NOTES, 'a.md').cards);
	});

	it('<script> blocks are dropped with a warning and never reach card text', () => {
		const parsed = parseNotes(
			'## A\n<script>alert("x :: y")</script>\n\n- 가: 나 <script>alert(1)</script> 다\n',
			'a.md'
		);
		expect(parsed.cards.map((c) => [c.front, c.back.replace(/\s+/g, ' ')])).toEqual([
			['가', '나 다']
		]);
		expect(
			parsed.warnings
				.filter((w) => w.code === 'notes_html_block' || w.code === 'notes_html_dropped')
				.map((w) => [w.line, w.params?.tag])
		).toEqual([
			[2, 'script'],
			[4, 'script']
		]);
	});

	it('<img> keeps only its alt text; <br> becomes a Markdown hard break', () => {
		const parsed = parseNotes(
			'## A\n- 구조: 클라이언트와 서버 <img src="x.png" alt="구조도" onerror="alert(1)">\n- 줄바꿈 :: 첫 줄<br>둘째 줄\n',
			'a.md'
		);
		expect(
			parsed.cards.filter((c) => c.pattern === 'term' || c.pattern === 'qa').map((c) => c.back)
		).toEqual(['클라이언트와 서버 구조도', '첫 줄\\\n둘째 줄']);
		expect(parsed.warnings.some((w) => w.line === 2 && w.params?.alt === '구조도')).toBe(true);
	});

	it('an <img> line that swallows the bullets after it (HTML block) is recovered with the right lines', () => {
		const parsed = parseNotes(
			'### VM vx Docker\n<img>\n- overhead: 가상화 부담이다.\n- 두 번째: 설명이다.\n',
			'a.md'
		);
		expect(
			parsed.cards.filter((c) => c.pattern === 'term').map((c) => [c.front, c.source.line])
		).toEqual([
			['overhead', 3],
			['두 번째', 4]
		]);
		expect(parsed.warnings.map((w) => w.line)).toEqual([2]);
	});

	it('raw HTML blocks like <div> and <table> make no cards and get a warning', () => {
		const parsed = parseNotes(
			'## A\n<table><tr><td>x :: y</td></tr></table>\n\n- 가 :: 나\n',
			'a.md'
		);
		expect(parsed.cards.map((c) => c.front)).toEqual(['가']);
		expect(parsed.warnings.map((w) => w.line)).toEqual([2]);
	});

	it('a table with one column makes no cards and says so', () => {
		const parsed = parseNotes('## A\n| a |\n|---|\n| 1 |\n\n- 가 :: 나\n', 'a.md');
		expect(parsed.cards).toHaveLength(1);
		expect(parsed.warnings.some((w) => w.line === 2 && w.code === 'notes_table_unused')).toBe(true);
	});

	it('a big file (one huge code block between cards) parses, keeps lines right, caps command cards', () => {
		const line = 'docker run -d --name web -p 8080:80 nginx\n';
		const count = Math.ceil(1_000_000 / line.length);
		const big = `# 큰 파일\n\n- 앞 :: 뒤\n\n웹 서버를 띄운다.\n\`\`\`\n${line.repeat(count)}\`\`\`\n\n- 끝 :: 카드\n`;
		const parsed = parseNotes(big, 'big.md');
		const qa = parsed.cards.filter((c) => c.kind !== 'command');
		expect(qa.map((c) => [c.front, c.source.line])).toEqual([
			['앞', 3],
			['끝', count + 9]
		]);
		// the same command repeated is one card, asked by the paragraph before the block
		const commands = parsed.cards.filter((c) => c.kind === 'command');
		expect(commands.map((c) => [c.front, c.source.line])).toEqual([['웹 서버를 띄운다.', 7]]);
	}, 60_000);

	it('many sections across parse chunks keep document order, lines and headings', () => {
		const section = (i: number) => `## 절 ${i}\n- 용어 ${i}: 설명 ${i}번이다.\n\n`;
		const count = Math.ceil((CHUNK_TARGET * 5) / section(0).length);
		const text = Array.from({ length: count }, (_, i) => section(i)).join('');
		expect(text.length).toBeGreaterThan(CHUNK_TARGET * 4);
		const parsed = parseNotes(text, 'many.md');
		parsed.cards = parsed.cards.filter((c) => c.pattern === 'term');
		expect(parsed.cards).toHaveLength(count);
		parsed.cards.forEach((c, i) => {
			expect([c.front, c.topic.at(-1)]).toEqual([`용어 ${i}`, `절 ${i}`]);
			expect(c.source.line).toBe(3 * i + 2);
		});
	}, 60_000);

	it('chunked parsing never cuts inside an unclosed fence or comment', () => {
		const filler = Array.from(
			{ length: Math.ceil((CHUNK_TARGET * 3) / 20) },
			(_, i) => `- 항목 ${i}: 설명이다.\n\n# 제목 ${i}\n\n`
		).join('');
		for (const opener of ['```\n', '<!--\n', '<script>\n']) {
			const text = `- 앞 :: 뒤\n\n${opener}${filler}`;
			expect(text.length).toBeGreaterThan(CHUNK_TARGET * 2);
			const blocks: Block[] = [];
			parseInChunks(text, (piece) => blocks.push(...piece));
			expect(blocks.map((b) => b.type)).toEqual(['list', opener === '```\n' ? 'code' : 'html']);
			const parsed = parseNotes(text, 'x.md');
			expect(parsed.cards.filter((c) => c.pattern === 'term')).toEqual([]);
		}
	}, 60_000);
});
