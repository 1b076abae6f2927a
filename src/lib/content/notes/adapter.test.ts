/** Fault kind "plain text eaten": the adapter keeps plain text plain (rule 7, C20) and reads HTML as HTML. */
import { describe, expect, it } from 'vitest';
import { parseFragment } from './adapter';
import { CHUNK_TARGET, parseInChunks } from './chunks';
import type { Block, InlineDrop } from './blocks';
import { plain } from './text';
import { cards } from './testing';

function firstLine(md: string): string {
	const b = parseFragment(md, 0, []);
	const p = b[0];
	return p?.type === 'paragraph' ? p.lines.map((l) => plain(l.runs)).join('\n') : '';
}

describe('plain-text', () => {
	it('plain-text: unknown tag-like words stay text; real inline HTML is read (b, br, code)', () => {
		expect(firstLine('vector<int> 와 <container-id> 와 <CONTAINER> 와 a < b > c')).toBe(
			'vector<int> 와 <container-id> 와 <CONTAINER> 와 a < b > c'
		);
		expect(firstLine('<b>굵게</b> 그리고 <code>docker ps</code>')).toBe('굵게 그리고 docker ps');
	});

	it('plain-text: image references never leave file names; a descriptive alt text stays', () => {
		const drops: InlineDrop[] = [];
		const b = parseFragment(
			'![img_9.png](img_9.png) 도커 ![구조도](a.png) <img src="x.png">',
			0,
			drops
		);
		expect(b[0]?.type === 'paragraph' && plain(b[0].lines[0]?.runs ?? [])).toBe('도커 구조도 ');
		expect(drops.map((d) => d.code)).toEqual([
			'notes_image_dropped',
			'notes_image_dropped',
			'notes_image_dropped'
		]);
		for (const c of cards(
			'# 노트\n\n## 구조\n- ![img_9.png](img_9.png) `dockerd`는 컨테이너를 관리한다.\n'
		)) {
			expect(c.front + c.back).not.toMatch(/img_9|\.png/);
		}
	});

	it('plain-text: a tag alone on a line that is no HTML element is a paragraph of text', () => {
		const b = parseFragment('<CONTAINER>\n', 0, []);
		expect(b.map((x) => x.type)).toEqual(['paragraph']);
	});

	it('plain-text: a big file is parsed in pieces with file lines kept', () => {
		const section = (i: number) => `## 절 ${i}\n- 용어 ${i}: 설명이다.\n\n`;
		const text = Array.from({ length: Math.ceil((CHUNK_TARGET * 3) / section(0).length) }, (_, i) =>
			section(i)
		).join('');
		let pieces = 0;
		const headings: Block[] = [];
		parseInChunks(text, (blocks) => {
			pieces++;
			headings.push(...blocks.filter((b) => b.type === 'heading'));
		});
		expect(pieces).toBeGreaterThan(2);
		headings.forEach((h, i) => expect(h.line).toBe(3 * i + 1));
	});
});
