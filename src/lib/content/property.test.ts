/**
 * Property test over random Markdown (seeded, so every failure replays): nested lists, fences,
 * raw HTML, separators everywhere. The converter never throws, every card is well formed, and no
 * rendered card side (nor the rendered document) can run script.
 */
import { describe, expect, it } from 'vitest';
import { parseNotes } from './parse';
import { renderCardMarkdown } from './render';
import { assertInert, seededRandom } from './testing';

const WORDS = [
	'도커',
	'컨테이너',
	'이미지',
	'docker',
	'run',
	'레이어',
	'볼륨',
	'네트워크',
	'Compose',
	'설정'
];
const INLINE = [
	'::',
	':::',
	': ',
	' - ',
	', ',
	'?',
	'==강조==',
	'{{c1::답}}',
	'{{c2::둘::힌트}}',
	'`a::b`',
	'`==x==`',
	'`docker ps -a`',
	'**굵게**',
	'_기울임_',
	'<script>alert(1)</script>',
	'<img src=x onerror=alert(1)>',
	'<img alt="그림" src="javascript:alert(1)">',
	'<br>',
	'<b onclick="alert(1)">b</b>',
	'[링크](javascript:alert(1))',
	'[링크](https://docs.docker.com)',
	'![사진](data:image/png;base64,AAAA)',
	'<javascript:alert(1)>',
	'[ref][r]',
	'[container_id]',
	'<이미지명>',
	'&#106;avascript:',
	'\\*',
	'~~취소~~'
];
const BLOCKS = [
	'<!-- cards: off -->',
	'<!-- cards: on -->',
	'<div onmouseover="alert(1)">',
	'</div>',
	'<script>',
	'alert("x :: y")',
	'</script>',
	'<img>',
	'?',
	'??',
	'| a | b |\n|---|---|\n| 1 :: 2 | 3 |',
	'> 인용 :: 답',
	'[r]: javascript:alert(1)',
	'---',
	'```',
	'~~~'
];
const LANGS = ['', 'bash', 'console', 'sh', 'python', 'dockerfile', 'yaml'];
const CODE_LINES = [
	'$ docker ps',
	'# 주석',
	'docker run -d \\',
	'  -p 80:80 nginx',
	'echo "Q :: A"',
	'?',
	'==x==',
	'sudo usermod -aG docker [user]',
	''
];

function pick<T>(random: () => number, list: readonly T[]): T {
	return list[Math.floor(random() * list.length)] as T;
}

function text(random: () => number): string {
	let out = '';
	const n = 1 + Math.floor(random() * 7);
	for (let i = 0; i < n; i++)
		out += random() < 0.55 ? pick(random, WORDS) + ' ' : pick(random, INLINE);
	return out;
}

function document(random: () => number): string {
	const lines: string[] = [];
	const n = 5 + Math.floor(random() * 40);
	for (let i = 0; i < n; i++) {
		const r = random();
		const indent = pick(random, ['', '', '  ', '    ', '\t', '        ', '\t\t']);
		if (r < 0.12) lines.push(`${'#'.repeat(1 + Math.floor(random() * 6))} ${text(random)}`);
		else if (r < 0.55)
			lines.push(`${indent}${pick(random, ['-', '*', '+', '1.'])} ${text(random)}`);
		else if (r < 0.65) {
			lines.push(`${indent}\`\`\`${pick(random, LANGS)}`);
			const m = Math.floor(random() * 5);
			for (let k = 0; k < m; k++) lines.push(indent + pick(random, CODE_LINES));
			if (random() < 0.85) lines.push(`${indent}\`\`\``);
		} else if (r < 0.75) lines.push(indent + pick(random, BLOCKS));
		else if (r < 0.85) lines.push('');
		else lines.push(indent + text(random));
	}
	const joined = lines.join('\n');
	return random() < 0.3
		? joined.replace(/\n/g, '\r\n')
		: random() < 0.1
			? '\uFEFF' + joined
			: joined;
}

describe('property: random Markdown', () => {
	it('never throws; cards are well formed; rendered sides cannot run script', () => {
		const random = seededRandom(20251129);
		let total = 0;
		for (let run = 0; run < 80; run++) {
			const md = document(random);
			const lineCount = md.split(/\r\n|\r|\n/).length;
			const parsed = parseNotes(md, `random-${run}.md`);
			const ids = new Set<string>();
			for (const card of parsed.cards) {
				const where = `run ${run}, card ${JSON.stringify(card.front)}`;
				expect(card.front.trim(), where).not.toBe('');
				expect(card.back.trim(), where).not.toBe('');
				expect(card.front, where).not.toBe(card.back);
				expect(JSON.stringify(card), where).not.toContain('\\r');
				expect(card.source.line, where).toBeGreaterThanOrEqual(1);
				expect(card.source.line, where).toBeLessThanOrEqual(lineCount);
				expect(ids.has(card.id), where).toBe(false);
				ids.add(card.id);
				for (const side of [card.front, card.back, card.context ?? ''])
					assertInert(renderCardMarkdown(side));
			}
			for (const w of parsed.warnings) {
				expect(w.file).toBe(`random-${run}.md`);
				expect(w.line).toBeGreaterThanOrEqual(1);
				expect(w.line).toBeLessThanOrEqual(lineCount);
			}
			assertInert(renderCardMarkdown(md));
			total += parsed.cards.length;
		}
		// the generator really exercises the converter
		expect(total).toBeGreaterThan(200);
	}, 120_000);
});
