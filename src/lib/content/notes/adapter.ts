/**
 * The one module that knows the Markdown parser: markdown-it tokens (CommonMark + GFM tables and
 * strikethrough, raw HTML on so real HTML can be seen) → the converter's block tree
 * (`blocks.ts`) with 1-based file lines.
 *
 * Large files are parsed in pieces of about {@link CHUNK_TARGET} characters, cut only where a
 * new top-level block must start (after a blank line, at a column-0 character, preferably a
 * heading). When the last block of a piece is an unclosed fence or HTML block (the cut fell
 * inside it), the piece is parsed again together with the next one. Only one piece's tokens are
 * alive at a time, so memory stays proportional to the piece, not the file.
 *
 * Plain text stays plain (case C20): a tag-like word that is not an HTML element
 * (`<container-id>`, `vector<int>`, `<CONTAINER>`) is kept as text; only real HTML is HTML.
 */
import markdownIt, { type MarkdownIt, type Token } from 'markdown-it';
import type { Block, InlineDrop, ItemBlock, TableRow } from './blocks';
import { DEL, EM, sliceRuns, STRONG, textRun, type Line, type Run } from './text';

/** Characters per parsed piece. */
export const CHUNK_TARGET = 64_000;

function makeParser(html: boolean): MarkdownIt {
	return markdownIt('commonmark', { html })
		.enable(['table', 'strikethrough'])
		.disable(['text_join']);
}

const withHtml = makeParser(true);
const withoutHtml = makeParser(false);

/** HTML element names (WHATWG + common obsolete ones): anything else tag-like is plain text. */
const HTML_TAGS: ReadonlySet<string> = new Set(
	(
		'a abbr acronym address area article aside audio b base bdi bdo big blink blockquote body br ' +
		'button canvas caption center cite code col colgroup data datalist dd del details dfn dialog ' +
		'dir div dl dt em embed fieldset figcaption figure font footer form frame frameset h1 h2 h3 ' +
		'h4 h5 h6 head header hgroup hr html i iframe img input ins kbd label legend li link main map ' +
		'mark marquee menu meta meter nav nobr noscript object ol optgroup option output p param ' +
		'picture pre progress q rp rt ruby s samp script search section select slot small source span ' +
		'strike strong style sub summary sup svg table tbody td template textarea tfoot th thead time ' +
		'title tr track tt u ul var video wbr math'
	).split(' ')
);

const DROPPED_WITH_CONTENT: ReadonlySet<string> = new Set([
	'script',
	'style',
	'iframe',
	'object',
	'embed',
	'video',
	'audio',
	'svg',
	'math',
	'template',
	'noscript',
	'textarea',
	'select'
]);

/** Tag name of raw HTML (`<img src=…>` → `img`, `</b>` → `b`), lower-case; '' if none. */
export function htmlTagName(html: string): string {
	const m = /^<\/?([A-Za-z][A-Za-z0-9-]*)/.exec(html.trim());
	return m?.[1]?.toLowerCase() ?? '';
}

/** Whether raw HTML source is a real HTML tag or comment (not `<container-id>`). */
export function isRealHtml(html: string): boolean {
	const t = html.trim();
	if (t.startsWith('<!--') || t.startsWith('<?') || t.startsWith('<!')) return true;
	return HTML_TAGS.has(htmlTagName(t));
}

interface Ctx {
	offset: number;
	drops: InlineDrop[];
	/** Source lines of the piece (for fence and HTML checks). */
	src: string[];
}

// ── inline ────────────────────────────────────────────────────────────────────────────────

interface InlineState {
	style: number;
	code: number;
	href: string[];
	skip: string | null;
	lines: Line[];
	cur: Run[];
	line: number;
}

function push(st: InlineState, v: string, code = false): void {
	if (st.skip || v === '') return;
	const run: Run = { k: code || st.code > 0 ? 'code' : 'text', v, s: st.style };
	const href = st.href.at(-1);
	if (href) run.href = href;
	st.cur.push(run);
}

function newLine(st: InlineState): void {
	st.lines.push({ line: st.line, runs: st.cur });
	st.cur = [];
	st.line++;
}

function inlineHtml(st: InlineState, raw: string, ctx: Ctx): void {
	const value = raw.trim();
	if (value.startsWith('<!--')) return;
	if (!isRealHtml(value)) {
		push(st, raw);
		return;
	}
	const tag = htmlTagName(value);
	const closing = value.startsWith('</');
	if (st.skip) {
		if (closing && tag === st.skip) st.skip = null;
		return;
	}
	const toggle = (bit: number) => {
		st.style = closing ? st.style & ~bit : st.style | bit;
	};
	switch (tag) {
		case 'br':
			st.cur.push({ k: 'br', v: '', s: 0 });
			return;
		case 'b':
		case 'strong':
			toggle(STRONG);
			return;
		case 'i':
		case 'em':
			toggle(EM);
			return;
		case 's':
		case 'del':
		case 'strike':
			toggle(DEL);
			return;
		case 'code':
		case 'kbd':
		case 'tt':
		case 'samp':
			st.code = Math.max(0, st.code + (closing ? -1 : 1));
			return;
		case 'img':
			image(st, htmlImgAlt(value), ctx);
			return;
		default:
			if (DROPPED_WITH_CONTENT.has(tag)) {
				if (!closing) {
					ctx.drops.push({ line: st.line, code: 'notes_html_dropped', params: { tag } });
					if (!/\/>$/.test(value) && !new RegExp(`</${tag}\\s*>$`, 'i').test(value)) st.skip = tag;
				}
			}
		// other real tags (span, font, sup, a …): the tag goes, its text stays
	}
}

const ALT_RE = /\balt\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/i;

/** The `alt` attribute of a raw `<img>` tag, if any. */
export function htmlImgAlt(html: string): string {
	const m = ALT_RE.exec(html);
	return (m?.[1] ?? m?.[2] ?? m?.[3] ?? '').trim();
}

/** Alt text that only names a file or says "image" (`img_9.png`, `스크린샷 1`). */
const FILE_LIKE =
	/\.(png|jpe?g|gif|svg|webp|bmp|ico|tiff?)$|^(img|image|images|screenshot|capture|pic|picture|photo|그림|사진|이미지|캡처|캡쳐|스크린샷)?[\s_-]*\d*$/i;

/** An image: cards never show it; a descriptive alt text stays as text, a file name never does. */
function image(st: InlineState, alt: string, ctx: Ctx): void {
	const text = alt.trim();
	const keep = text !== '' && !FILE_LIKE.test(text) && !/[\\/]/.test(text);
	if (keep) push(st, text);
	ctx.drops.push({ line: st.line, code: 'notes_image_dropped', params: keep ? { alt: text } : {} });
}

/** Inline tokens of one block → lines of runs, starting at file line `line`. */
function inlineLines(children: Token[] | null, line: number, ctx: Ctx): Line[] {
	const st: InlineState = { style: 0, code: 0, href: [], skip: null, lines: [], cur: [], line };
	for (const t of children ?? []) {
		switch (t.type) {
			case 'text':
				push(st, t.content);
				break;
			case 'text_special':
				push(st, t.content);
				break;
			case 'code_inline':
				push(st, t.content, true);
				break;
			case 'softbreak':
			case 'hardbreak':
				if (t.type === 'hardbreak') st.cur.push({ k: 'br', v: '', s: 0 });
				newLine(st);
				break;
			case 'strong_open':
				st.style |= STRONG;
				break;
			case 'strong_close':
				st.style &= ~STRONG;
				break;
			case 'em_open':
				st.style |= EM;
				break;
			case 'em_close':
				st.style &= ~EM;
				break;
			case 's_open':
				st.style |= DEL;
				break;
			case 's_close':
				st.style &= ~DEL;
				break;
			case 'link_open':
				st.href.push(String(t.attrGet('href') ?? ''));
				break;
			case 'link_close':
				st.href.pop();
				break;
			case 'image':
				image(st, t.content, ctx);
				break;
			case 'html_inline':
				inlineHtml(st, t.content, ctx);
				break;
			default:
				if (t.content) push(st, t.content);
		}
	}
	st.lines.push({ line: st.line, runs: st.cur });
	return st.lines.map((l) => fixTextDashes(literalBold(trimLineStart(mergeRuns(l)))));
}

/** Adjacent runs of the same kind and style are one (`<code>a&#58;b</code>` is one code span). */
function mergeRuns(l: Line): Line {
	const runs: Run[] = [];
	for (const r of l.runs) {
		const last = runs.at(-1);
		if (last && r.k !== 'br' && last.k === r.k && last.s === r.s && last.href === r.href)
			runs[runs.length - 1] = { ...last, v: last.v + r.v };
		else runs.push(r);
	}
	return { line: l.line, runs };
}

/**
 * `**빌더(BuildKit)**가`: CommonMark leaves these asterisks literal (a closing `**` after `)` and
 * before a letter does not close), but the author meant bold. Pairs of `**` inside one text run
 * become bold text.
 */
function literalBold(l: Line): Line {
	if (!l.runs.some((r) => r.k === 'text' && r.v.includes('**'))) return l;
	// plain offsets of `**` that sit in text (not in code)
	const marks: number[] = [];
	let at = 0;
	for (const r of l.runs) {
		const len = r.k === 'br' ? 1 : r.v.length;
		if (r.k === 'text')
			for (let i = r.v.indexOf('**'); i !== -1; i = r.v.indexOf('**', i + 2)) marks.push(at + i);
		at += len;
	}
	if (marks.length < 2) return l;
	const runs: Run[] = [];
	let from = 0;
	for (let k = 0; k + 1 < marks.length; k += 2) {
		const open = marks[k] as number;
		const close = marks[k + 1] as number;
		runs.push(...sliceRuns(l.runs, from, open));
		runs.push(...sliceRuns(l.runs, open + 2, close).map((r) => ({ ...r, s: r.s | STRONG })));
		from = close + 2;
	}
	runs.push(...sliceRuns(l.runs, from));
	return { line: l.line, runs };
}

/** `—rm` / `–name` in text is `--rm` / `--name` typed through a word processor. */
function fixTextDashes(l: Line): Line {
	if (!l.runs.some((r) => r.k === 'text' && /[\u2014\u2013]/.test(r.v))) return l;
	return {
		line: l.line,
		runs: l.runs.map((r) =>
			r.k === 'text' ? { ...r, v: r.v.replace(/(^|\s)[\u2014\u2013](?=[a-z])/g, '$1--') } : r
		)
	};
}

/** Continuation lines keep container indentation in text tokens: drop it. */
function trimLineStart(l: Line): Line {
	const first = l.runs[0];
	if (first?.k === 'text' && /^[ \t]/.test(first.v)) {
		const v = first.v.replace(/^[ \t]+/, '');
		return { line: l.line, runs: v ? [{ ...first, v }, ...l.runs.slice(1)] : l.runs.slice(1) };
	}
	return l;
}

// ── blocks ────────────────────────────────────────────────────────────────────────────────

function lineOf(t: Token, ctx: Ctx): number {
	return (t.map?.[0] ?? 0) + 1 + ctx.offset;
}

function endLineOf(t: Token, ctx: Ctx): number {
	return Math.max(lineOf(t, ctx), (t.map?.[1] ?? 1) + ctx.offset);
}

function fenceClosed(t: Token, ctx: Ctx): boolean {
	const [start, end] = t.map ?? [0, 0];
	if (end - start < 2) return false;
	const last = (ctx.src[end - 1] ?? '').trim();
	const ch = t.markup[0] ?? '`';
	return last.length >= t.markup.length && [...last].every((c) => c === ch);
}

/** Convert tokens[i..] up to the matching close of `until` (or the end). Returns the new index. */
function convert(tokens: Token[], i: number, ctx: Ctx, out: Block[], until?: string): number {
	while (i < tokens.length) {
		const t = tokens[i] as Token;
		if (until && t.type === until) return i + 1;
		switch (t.type) {
			case 'heading_open': {
				const inline = tokens[i + 1];
				const lines = inlineLines(inline?.children ?? null, lineOf(t, ctx), ctx);
				const runs: Run[] = [];
				for (const l of lines) {
					if (runs.length) runs.push(textRun(' '));
					runs.push(...l.runs);
				}
				out.push({
					type: 'heading',
					depth: Number(t.tag.slice(1)) || 1,
					text: { line: lineOf(t, ctx), runs },
					line: lineOf(t, ctx),
					endLine: endLineOf(t, ctx)
				});
				i += 3;
				continue;
			}
			case 'paragraph_open': {
				const inline = tokens[i + 1];
				out.push({
					type: 'paragraph',
					lines: inlineLines(inline?.children ?? null, lineOf(t, ctx), ctx),
					line: lineOf(t, ctx),
					endLine: endLineOf(t, ctx)
				});
				i += 3;
				continue;
			}
			case 'bullet_list_open':
			case 'ordered_list_open': {
				const items: ItemBlock[] = [];
				const close = t.type.replace('_open', '_close');
				let j = i + 1;
				while (j < tokens.length && tokens[j]?.type !== close) {
					const it = tokens[j] as Token;
					if (it.type !== 'list_item_open') {
						j++;
						continue;
					}
					const children: Block[] = [];
					j = convert(tokens, j + 1, ctx, children, 'list_item_close');
					items.push({
						type: 'item',
						children,
						line: lineOf(it, ctx),
						endLine: endLineOf(it, ctx)
					});
				}
				out.push({
					type: 'list',
					ordered: t.type === 'ordered_list_open',
					items,
					line: lineOf(t, ctx),
					endLine: endLineOf(t, ctx)
				});
				i = j + 1;
				continue;
			}
			case 'blockquote_open': {
				const children: Block[] = [];
				const j = convert(tokens, i + 1, ctx, children, 'blockquote_close');
				out.push({ type: 'quote', children, line: lineOf(t, ctx), endLine: endLineOf(t, ctx) });
				i = j;
				continue;
			}
			case 'fence':
			case 'code_block': {
				const fenced = t.type === 'fence';
				const closed = !fenced || fenceClosed(t, ctx);
				out.push({
					type: 'code',
					info: fenced ? t.info.trim() : '',
					value: t.content.replace(/\n$/, ''),
					contentLine: lineOf(t, ctx) + (fenced ? 1 : 0),
					fenced,
					closed,
					line: lineOf(t, ctx),
					endLine: endLineOf(t, ctx)
				});
				i++;
				continue;
			}
			case 'table_open': {
				i = table(tokens, i, ctx, out);
				continue;
			}
			case 'html_block': {
				html(t, ctx, out);
				i++;
				continue;
			}
			case 'hr':
				out.push({ type: 'hr', line: lineOf(t, ctx), endLine: lineOf(t, ctx) });
				i++;
				continue;
			default:
				i++;
		}
	}
	return i;
}

function table(tokens: Token[], i: number, ctx: Ctx, out: Block[]): number {
	const start = tokens[i] as Token;
	const rows: TableRow[] = [];
	let j = i + 1;
	let row: TableRow | null = null;
	for (; j < tokens.length && tokens[j]?.type !== 'table_close'; j++) {
		const t = tokens[j] as Token;
		if (t.type === 'tr_open') row = { line: lineOf(t, ctx), cells: [] };
		else if (t.type === 'tr_close' && row) rows.push(row);
		else if (t.type === 'inline' && row) {
			const lines = inlineLines(t.children, row.line, ctx);
			row.cells.push({ line: row.line, runs: lines.flatMap((l) => l.runs) });
		}
	}
	const [head, ...body] = rows;
	if (head) {
		out.push({
			type: 'table',
			head,
			rows: body,
			line: lineOf(start, ctx),
			endLine: endLineOf(start, ctx)
		});
	}
	return j + 1;
}

/**
 * A raw HTML block. A tag that is not HTML (`<CONTAINER>` alone on a line) is text: the lines
 * are parsed again without HTML. A lone real tag such as `<img>` opens an HTML block that
 * swallows the Markdown lines after it up to the next blank line (CommonMark kind 7): those
 * lines are the author's notes, so they are parsed again as Markdown. Kinds 1–5 (`<script>`,
 * `<pre>`, `<style>`, `<textarea>`, comments, `<?`, `<!X`) end at their own closing marker.
 */
function html(t: Token, ctx: Ctx, out: Block[]): void {
	const line = lineOf(t, ctx);
	const lines = t.content.replace(/\n$/, '').split('\n');
	const first = lines[0] ?? '';
	// `<h2> 자주 쓰는 Docker CLI </h2>`: a heading written in HTML is a heading
	const h = /^\s*<h([1-6])(?:\s[^>]*)?>([^<]*)<\/h\1>\s*$/i.exec(t.content.trim());
	if (h && (h[2] as string).trim()) {
		out.push({
			type: 'heading',
			depth: Number(h[1]),
			text: { line, runs: [textRun((h[2] as string).trim())] },
			line,
			endLine: line
		});
		return;
	}
	if (!isRealHtml(first.trim())) {
		out.push(...parseFragment(t.content, line - 1, ctx.drops, false));
		return;
	}
	const k = /^\s*<(script|pre|style|textarea)[\s>]|^\s*<[!?]/i.test(first)
		? -1
		: lines.findIndex(
				(l: string, n: number) => n > 0 && l.trim() !== '' && !l.trim().startsWith('<')
			);
	if (k === -1) {
		out.push({ type: 'html', value: t.content, line, endLine: endLineOf(t, ctx) });
		return;
	}
	out.push({ type: 'html', value: lines.slice(0, k).join('\n'), line, endLine: line + k - 1 });
	const rest = lines.slice(k);
	const indent = Math.min(
		...rest.filter((l: string) => l.trim()).map((l: string) => /^[ \t]*/.exec(l)?.[0].length ?? 0)
	);
	out.push(
		...parseFragment(
			rest.map((l: string) => l.slice(Math.min(indent, l.length))).join('\n'),
			line - 1 + k,
			ctx.drops
		)
	);
}

/**
 * Parse a piece of Markdown (no chunking) into blocks.
 * @param lineOffset lines of the file before `text`
 * @param drops receives what inline content was dropped (images, scripts)
 * @param allowHtml false to read every tag as text
 */
export function parseFragment(
	text: string,
	lineOffset: number,
	drops: InlineDrop[],
	allowHtml = true
): Block[] {
	const parser = allowHtml ? withHtml : withoutHtml;
	const ctx: Ctx = { offset: lineOffset, drops, src: text.split('\n') };
	const out: Block[] = [];
	convert(parser.parse(text, {}), 0, ctx, out);
	return out;
}

// ── chunks ────────────────────────────────────────────────────────────────────────────────

/**
 * Offsets where a cut is safe to try: the start of a line that follows an empty line and begins
 * with a non-blank character at column 0. ATX headings are preferred so sections stay whole.
 */
function nextCut(text: string, from: number, limit: number): number {
	const heading = text.indexOf('\n\n#', from);
	if (heading !== -1 && heading < limit) return heading + 2;
	let i = from;
	while (i < text.length) {
		const p = text.indexOf('\n\n', i);
		if (p === -1) return -1;
		const c = text.charCodeAt(p + 2);
		if (p + 2 < text.length && c !== 32 && c !== 9 && c !== 10) return p + 2;
		i = p + 1;
	}
	return -1;
}

function countNewlines(text: string, from: number, to: number): number {
	let n = 0;
	for (let i = text.indexOf('\n', from); i !== -1 && i < to; i = text.indexOf('\n', i + 1)) n++;
	return n;
}

/** Whether the last block of a piece was cut off (an unclosed fence or HTML block). */
function runsToEnd(blocks: Block[], lastLine: number): boolean {
	const last = blocks.at(-1);
	if (!last) return false;
	if (last.type === 'code') return last.fenced && !last.closed;
	return last.type === 'html' && last.endLine >= lastLine;
}

/**
 * Parse a whole notes text piece by piece, handing each piece's top-level blocks to `onBlocks`
 * in document order (the blocks of one call are never split across calls).
 * @param text normalised text (LF line endings)
 * @param onBlocks called per piece with its blocks, what its inline content dropped (images,
 *   scripts, with file lines) and the number of characters done so far
 */
export function parseInChunks(
	text: string,
	onBlocks: (blocks: Block[], drops: InlineDrop[], done: number) => void
): void {
	const cuts: number[] = [0];
	for (let at = CHUNK_TARGET; at < text.length; ) {
		const c = nextCut(text, at, at + 4 * CHUNK_TARGET);
		if (c === -1) break;
		cuts.push(c);
		at = c + CHUNK_TARGET;
	}
	cuts.push(text.length);
	let lines = 0;
	let startIndex = 0;
	while (startIndex < cuts.length - 1) {
		const start = cuts[startIndex] as number;
		let endIndex = startIndex + 1;
		let failures = 0;
		for (;;) {
			const end = cuts[endIndex] as number;
			const isFinal = endIndex === cuts.length - 1;
			const pieceDrops: InlineDrop[] = [];
			const blocks = parseFragment(text.slice(start, end), lines, pieceDrops);
			const pieceLines = lines + countNewlines(text, start, end);
			if (isFinal || !runsToEnd(blocks, pieceLines)) {
				onBlocks(blocks, pieceDrops, end);
				lines = pieceLines;
				break;
			}
			failures++;
			endIndex = failures >= 2 ? cuts.length - 1 : endIndex + 1;
		}
		startIndex = endIndex;
	}
}
