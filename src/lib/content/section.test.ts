import { describe, expect, it } from 'vitest';
import { parseNotes } from './parse';
import { sourceSection } from './section';

const NOTES = '# 덱\n소개\n\n## Docker\n- 가: 나\n\n### 특징\n- 다: 라\n\n## 설치\n- 마: 바\n\n';

describe('sourceSection', () => {
	it('returns the heading section around a card line, nested headings included', () => {
		const card = parseNotes(NOTES, 'n.md').cards.find((c) => c.front.endsWith('가'));
		expect(card?.source.line).toBe(5);
		expect(sourceSection(NOTES, card?.source.line ?? 0)).toEqual({
			markdown: '## Docker\n- 가: 나\n\n### 특징\n- 다: 라',
			startLine: 4,
			endLine: 8,
			heading: 'Docker'
		});
	});

	it('stops at the next heading of the same level; clamps lines; CRLF gives the same', () => {
		expect(sourceSection(NOTES, 11)).toMatchObject({ startLine: 10, endLine: 11, heading: '설치' });
		expect(sourceSection(NOTES.replace(/\n/g, '\r\n'), 11)).toEqual(sourceSection(NOTES, 11));
		expect(sourceSection(NOTES, 999).startLine).toBe(10);
		expect(sourceSection('- 가: 나\n', 0)).toEqual({
			markdown: '- 가: 나',
			startLine: 1,
			endLine: 1,
			heading: ''
		});
	});
});
