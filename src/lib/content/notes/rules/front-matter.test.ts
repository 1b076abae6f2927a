/** Fault kind "front matter": a site generator's metadata block is not notes. */
import { describe, expect, it } from 'vitest';
import { parse } from '../testing';
import { stripFrontMatter } from './front-matter';

describe('front matter', () => {
	it('front matter: a TOML block makes no term cards and later lines keep their numbers', () => {
		const md = [
			'+++',
			'title = "도커 명령 모음"',
			'tags = ["docker"]',
			'draft = false',
			'+++',
			'',
			'## 이미지 목록',
			'- `docker images`: 내려받은 이미지를 보여준다'
		].join('\n');
		const parsed = parse(md);
		expect(parsed.cards.map((c) => c.front)).not.toContain('title');
		expect(parsed.cards.some((c) => /draft|tags/.test(c.front))).toBe(false);
		expect(parsed.cards[0]?.source.line).toBe(8);
		expect(parsed.warnings).toContainEqual({
			file: 'notes.md',
			line: 1,
			code: 'notes_front_matter',
			params: { lines: 5 }
		});
	});

	it('front matter: YAML between --- lines is blanked, a --- rule later is Markdown', () => {
		const yaml = '---\ntitle: 볼륨 정리\ncategories:\n  - docker\n---\n본문';
		expect(stripFrontMatter(yaml)).toEqual({ text: '\n\n\n\n\n본문', endLine: 5 });
		const rule = '# 제목\n\n---\n\n- 문장';
		expect(stripFrontMatter(rule)).toEqual({ text: rule, endLine: 0 });
		// a thematic break that opens prose is no metadata block
		const prose = '---\n도커는 컨테이너를 다룬다.\n---\n';
		expect(stripFrontMatter(prose).endLine).toBe(0);
	});
});
