import { describe, expect, it } from 'vitest';
import { renderCardMarkdown } from '$lib/content/render';
import { SOURCE_MARK, markSourceLine } from './card-source';

const M = SOURCE_MARK;

const SECTION = [
	'## 컨테이너 명령어', // 1
	'', // 2
	'- `docker ps -a`: 중지된 컨테이너까지 보여준다', // 3
	'- 특징', // 4
	'  - 표준성: 어디서나 같다', // 5
	'', // 6
	'문단의 첫 줄', // 7
	'이어지는 둘째 줄', // 8
	'', // 9
	'- 설치', // 10
	'', // 11
	'  ```bash', // 12
	'  $ sudo usermod -aG docker alice', // 13
	'  ```' // 14
].join('\n');

/** The rendered HTML element (tag and text) that holds the mark. */
function markedHtml(line: number): string {
	const html = renderCardMarkdown(markSourceLine(SECTION, line));
	expect(html.split(M).length - 1).toBe(1);
	return html;
}

describe('markSourceLine', () => {
	it('marks a heading, a bullet and a nested bullet at the start of their text', () => {
		expect(markedHtml(1)).toContain(`<h2>${M}컨테이너 명령어</h2>`);
		expect(markedHtml(3)).toContain(`<li>${M}<code>docker ps -a</code>`);
		expect(markedHtml(5)).toContain(`<li>${M}표준성: 어디서나 같다</li>`);
	});

	it('marks the paragraph a soft-wrapped line belongs to', () => {
		expect(markedHtml(7)).toContain(`<p>${M}문단의 첫 줄`);
		expect(markedHtml(8)).toContain(`<p>${M}문단의 첫 줄`);
	});

	it('marks a command line inside a fenced block in a list item, keeping the fence', () => {
		const html = markedHtml(13);
		expect(html).toContain(`<pre><code class="language-bash">${M}$ sudo usermod -aG docker alice`);
		// The fence line itself moves the mark onto the first command line.
		expect(renderCardMarkdown(markSourceLine(SECTION, 12))).toContain(`${M}$ sudo usermod`);
	});

	it('leaves the text alone for a blank line or a line outside the section', () => {
		expect(markSourceLine(SECTION, 2)).toBe(SECTION);
		expect(markSourceLine(SECTION, 0)).toBe(SECTION);
		expect(markSourceLine(SECTION, 99)).toBe(SECTION);
		expect(markSourceLine('<div>x</div>', 1)).toBe('<div>x</div>');
	});
});
