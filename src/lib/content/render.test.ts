import { describe, expect, it } from 'vitest';
import { renderCardMarkdown } from './render';
import { assertInert } from './testing';

describe('renderCardMarkdown', () => {
	it('renders Markdown: emphasis, code, lists, hard breaks', () => {
		expect(renderCardMarkdown('**도커** `docker ps`')).toBe(
			'<p><strong>도커</strong> <code>docker ps</code></p>'
		);
		expect(renderCardMarkdown('- 가\n- 나')).toBe('<ul>\n<li>가</li>\n<li>나</li>\n</ul>');
		expect(renderCardMarkdown('첫 줄\\\n둘째 줄')).toBe('<p>첫 줄<br>\n둘째 줄</p>');
	});

	it('drops raw HTML: <script>, event handlers, iframes', () => {
		const html = renderCardMarkdown(
			'앞 <script>alert(1)</script> 뒤\n\n<iframe src="https://x"></iframe>\n\n<b onclick="alert(1)">굵게</b>'
		);
		assertInert(html);
		expect(html).not.toContain('<b');
		expect(html).toContain('굵게');
	});

	it('drops images and keeps their alt text (Markdown and raw <img>)', () => {
		expect(renderCardMarkdown('![구조도](x.png)')).toBe('<p>구조도</p>');
		const raw = renderCardMarkdown('<img src=x onerror="alert(1)" alt="그림">');
		assertInert(raw);
		expect(raw).toContain('그림');
	});

	it('a stored image (media:<sha-256>) becomes <img data-media> with no src; anything else stays alt text', () => {
		const hash = 'ab'.repeat(32);
		const html = renderCardMarkdown(`\`docker version\`\n\n![출력 화면](<media:${hash}>)`);
		expect(html).toBe(
			`<p><code>docker version</code></p>\n<p><img alt="출력 화면" data-media="${hash}" class="card-image"></p>`
		);
		assertInert(html);
		for (const url of [
			'img/x.png',
			`media:${hash.slice(1)}`,
			'https://example.com/x.png',
			'javascript:alert(1)'
		]) {
			const other = renderCardMarkdown(`![대체](${url})`);
			expect(other, url).toBe('<p>대체</p>');
		}
	});

	it('keeps http(s) and relative links, turns javascript:/data:/vbscript: links into text', () => {
		expect(renderCardMarkdown('[문서](https://docs.docker.com)')).toBe(
			'<p><a href="https://docs.docker.com" rel="noopener noreferrer">문서</a></p>'
		);
		expect(renderCardMarkdown('[상대](./a.md)')).toContain('href="./a.md"');
		for (const url of [
			'javascript:alert(1)',
			'JaVaScRiPt:alert(1)',
			'java\tscript:alert(1)',
			'data:text/html,x',
			'vbscript:x'
		]) {
			const html = renderCardMarkdown(`[클릭](${url}) <${url}>`);
			assertInert(html);
			expect(html).not.toContain('<a');
		}
		const ref = renderCardMarkdown('[클릭][r]\n\n[r]: javascript:alert(1)');
		assertInert(ref);
		expect(ref).toBe('<p>클릭</p>');
		const entity = renderCardMarkdown('[x](&#106;avascript:alert(1))');
		assertInert(entity);
	});

	it('escapes text that looks like HTML inside code', () => {
		const html = renderCardMarkdown('`<img src=x onerror=alert(1)>`');
		expect(html).toBe('<p><code>&#x3C;img src=x onerror=alert(1)></code></p>');
		assertInert(html);
	});

	it('renders the empty string as nothing', () => {
		expect(renderCardMarkdown('')).toBe('');
	});
});
