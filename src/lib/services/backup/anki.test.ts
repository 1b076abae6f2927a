import { describe, expect, it } from 'vitest';
import { newMemoryState } from '$lib/scheduling';
import { ankiField, ankiTag, escapeHtmlText, exportAnkiTsv } from './anki';
import { QUEUE, type CardRow } from '$lib/cards';
import type { DeckRow } from '$lib/db';

const NOW = new Date('2025-03-10T01:00:00Z');

const deck: DeckRow = {
	id: 'bundled:study_Docker',
	title: '도커 공부',
	origin: 'bundled',
	file: 'study_Docker.md',
	sourceText: '',
	createdAt: NOW,
	updatedAt: NOW
};

function row(i: number, extra: Partial<CardRow> = {}): CardRow {
	return {
		id: `bundled:study_Docker:${i}`,
		deckId: deck.id,
		kind: 'basic',
		front: `질문 ${i}`,
		back: `답 ${i}`,
		topic: ['study_Docker', '이미지'],
		tags: [],
		source: { file: 'study_Docker.md', line: i },
		position: i,
		queue: QUEUE.new,
		...newMemoryState(NOW),
		...extra
	};
}

/** Sides exported as escaped text, so layout tests do not depend on the Markdown renderer. */
const plain = { render: escapeHtmlText };

const HEADER = [
	'#separator:tab',
	'#html:true',
	'#notetype:Basic',
	'#deck column:1',
	'#tags column:4'
].join('\n');

describe('exportAnkiTsv', () => {
	it('writes the header lines Anki 2.1.55+ reads, then deck, front, back, tags per card', () => {
		const tsv = exportAnkiTsv([row(1), row(2, { tags: ['leech'] })], [deck], plain);
		expect(tsv).toBe(
			`${HEADER}\n` +
				'도커 공부\t질문 1\t답 1\tstudy-docker study_Docker::이미지\n' +
				'도커 공부\t질문 2\t답 2\tstudy-docker leech study_Docker::이미지\n'
		);
	});

	it('every record has as many columns as the header names (deck 1, two fields, tags 4)', () => {
		const tsv = exportAnkiTsv([row(1), row(2), row(3)], [deck], plain);
		const records = tsv
			.trimEnd()
			.split('\n')
			.filter((l) => !l.startsWith('#'));
		expect(records).toHaveLength(3);
		for (const record of records) expect(record.split('\t')).toHaveLength(4);
	});

	it('escapeHtmlText escapes HTML and turns line breaks into <br> (no tab or newline left inside a field)', () => {
		const card = row(1, {
			front: '`docker run -it ubuntu` 에서 <컨테이너> & "옵션"은?',
			back: '-i: 표준 입력 유지\n-t: 터미널 할당\tTAB'
		});
		const [, front, back] = exportAnkiTsv([card], [deck], plain).split('\n')[5]!.split('\t');
		expect(front).toBe('`docker run -it ubuntu` 에서 &lt;컨테이너&gt; &amp; &quot;옵션&quot;은?');
		// The tab inside the back forces quoting; the line break became <br>.
		expect(back).toBe('"-i: 표준 입력 유지<br>-t: 터미널 할당');
		expect(exportAnkiTsv([card], [deck], plain)).toContain(
			'"-i: 표준 입력 유지<br>-t: 터미널 할당\tTAB"'
		);
	});

	it('uses the given Markdown renderer, and quotes fields holding line breaks or quotes (RFC 4180, "" doubled)', () => {
		const render = (md: string) => `<p>${md}</p>\n<pre><code>a\tb</code></pre>`;
		const tsv = exportAnkiTsv([row(1, { back: 'x' })], [deck], { render });
		expect(tsv.split('\n').slice(5).join('\n')).toBe(
			'도커 공부\t"<p>질문 1</p>\n<pre><code>a\tb</code></pre>"\t"<p>x</p>\n<pre><code>a\tb</code></pre>"\tstudy-docker study_Docker::이미지\n'
		);
		expect(ankiField('say "hi"')).toBe('"say ""hi"""');
		expect(ankiField('plain text')).toBe('plain text');
	});

	it('a field starting with # is quoted so the comment character does not drop the note', () => {
		const tsv = exportAnkiTsv([row(1)], [{ ...deck, title: '#태그 덱' }], plain);
		expect(tsv.split('\n')[5]).toBe('"#태그 덱"\t질문 1\t답 1\tstudy-docker study_Docker::이미지');
	});

	it('learner edits win, context goes above the front, parent deck and tags are sanitised', () => {
		const card = row(1, {
			override: { back: '내가 고친 답' },
			context: '컨테이너',
			tags: ['my tag', ''],
			topic: ['study_Docker', 'Docker 특징']
		});
		const line = exportAnkiTsv([card], [deck], {
			...plain,
			parentDeck: 'Study Docker',
			tag: ''
		}).split('\n')[5];
		expect(line).toBe(
			'Study Docker::도커 공부\t"<div class=""context"">컨테이너</div>질문 1"\t내가 고친 답\tmy_tag study_Docker::Docker_특징'
		);
		expect(ankiTag('  a  b ')).toBe('a_b');
	});

	it('leaves retired cards out unless asked, and names a missing deck by its id', () => {
		const retired = row(2, { queue: QUEUE.retired });
		const orphan = row(3, { deckId: 'import:gone' });
		const lines = exportAnkiTsv([row(1), retired, orphan], [deck], plain)
			.trimEnd()
			.split('\n');
		expect(lines.slice(5).map((l) => l.split('\t')[0])).toEqual(['도커 공부', 'import:gone']);
		const all = exportAnkiTsv([retired], [deck], { ...plain, includeRetired: true })
			.trimEnd()
			.split('\n');
		expect(all).toHaveLength(6);
	});

	it('renders Markdown with the app’s card renderer by default; raw HTML never reaches Anki', () => {
		const card = row(1, {
			front: '`docker ps -a` 의 **-a** 는?<script>alert(1)</script>',
			back: '- 멈춘 컨테이너도\n- 모두 보인다'
		});
		const [, front, back] = exportAnkiTsv([card], [deck])
			.split('\n')
			.slice(5)
			.join('\n')
			.split('\t');
		// The tags are dropped; their text stays, as inert text.
		expect(front).toBe('<p><code>docker ps -a</code> 의 <strong>-a</strong> 는?alert(1)</p>');
		expect(front).not.toContain('<script');
		expect(back).toBe('"<ul>\n<li>멈춘 컨테이너도</li>\n<li>모두 보인다</li>\n</ul>"');
	});

	it('escapeHtmlText follows the manual’s replacement table', () => {
		expect(escapeHtmlText('a < b > c & d')).toBe('a &lt; b &gt; c &amp; d');
		expect(escapeHtmlText('x\r\ny')).toBe('x<br>y');
	});
});
