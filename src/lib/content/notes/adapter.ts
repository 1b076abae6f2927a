/**
 * The one module that knows the Markdown parser: markdown-it tokens (CommonMark + GFM tables and
 * strikethrough, raw HTML on so real HTML can be seen) → the converter's block tree
 * (`blocks.ts`) with 1-based file lines.
 * Large files reach it piece by piece (`chunks.ts`), so only one piece's tokens live at a time.
 *
 * Plain text stays plain (case C20): a tag-like word that is not an HTML element
 * (`<container-id>`, `vector<int>`, `<CONTAINER>`) is kept as text; only real HTML is HTML.
 */
import markdownIt, { type MarkdownIt, type Token } from 'markdown-it';
import type { Block, InlineDrop, ItemBlock, TableRow } from './blocks';
import { DEL, EM, STRONG, textRun, type Line, type Run } from './text';
import {
	DROPPED_WITH_CONTENT,
	FILE_LIKE,
	htmlImgAlt,
	htmlImgSrc,
	htmlTagName,
	isRealHtml
} from './html';
import { fixTextDashes, literalBold, mergeRuns, trimLineStart } from './inline-fixes';

export { htmlTagName, isRealHtml } from './html';

function makeParser(html: boolean): MarkdownIt {
	const md = markdownIt('commonmark', { html })
		.enable(['table', 'strikethrough'])
		.disable(['text_join']);
	// every link is read as a link, so an unsafe one keeps its text and loses its target
	md.validateLink = () => true;
	return md;
}

/** Link targets a card may keep: relative, http: and https: (control characters ignored). */
function safeHref(url: string): boolean {
	let cleaned = '';
	for (const ch of url) if (ch.charCodeAt(0) > 0x20 && ch.charCodeAt(0) !== 0x7f) cleaned += ch;
	const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(cleaned);
	return !scheme || /^https?$/i.test(scheme[1] as string);
}

const withHtml = makeParser(true);
const withoutHtml = makeParser(false);

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
			image(st, htmlImgAlt(value), ctx, htmlImgSrc(value));
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

/**
 * An image is not part of the text: a descriptive alt text stays as text, a file name never
 * does. The image itself is handed on (with its `src`) to be put on its card by the walker.
 */
function image(st: InlineState, alt: string, ctx: Ctx, src: string): void {
	const text = alt.trim();
	const keep = text !== '' && !FILE_LIKE.test(text) && !/[\\/]/.test(text);
	if (keep) push(st, text);
	const drop: InlineDrop = {
		line: st.line,
		code: 'notes_image_dropped',
		params: keep ? { alt: text } : {}
	};
	if (src) drop.src = src;
	if (keep) drop.alt = text;
	ctx.drops.push(drop);
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
			case 'link_open': {
				const href = String(t.attrGet('href') ?? '');
				st.href.push(safeHref(href) ? href : '');
				break;
			}
			case 'link_close':
				st.href.pop();
				break;
			case 'image':
				image(st, t.content, ctx, String(t.attrGet('src') ?? ''));
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

/** A list starting at tokens[i]; returns the index after its close. */
function list(tokens: Token[], i: number, ctx: Ctx, out: Block[]): number {
	const t = tokens[i] as Token;
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
		items.push({ type: 'item', children, line: lineOf(it, ctx), endLine: endLineOf(it, ctx) });
	}
	out.push({
		type: 'list',
		ordered: t.type === 'ordered_list_open',
		items,
		line: lineOf(t, ctx),
		endLine: endLineOf(t, ctx)
	});
	return j + 1;
}

/** A fenced or indented code block. */
function code(t: Token, ctx: Ctx): Block {
	const fenced = t.type === 'fence';
	return {
		type: 'code',
		info: fenced ? t.info.trim() : '',
		value: t.content.replace(/\n$/, ''),
		contentLine: lineOf(t, ctx) + (fenced ? 1 : 0),
		fenced,
		closed: !fenced || fenceClosed(t, ctx),
		line: lineOf(t, ctx),
		endLine: endLineOf(t, ctx)
	};
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
			case 'ordered_list_open':
				i = list(tokens, i, ctx, out);
				continue;
			case 'blockquote_open': {
				const children: Block[] = [];
				const j = convert(tokens, i + 1, ctx, children, 'blockquote_close');
				out.push({ type: 'quote', children, line: lineOf(t, ctx), endLine: endLineOf(t, ctx) });
				i = j;
				continue;
			}
			case 'fence':
			case 'code_block':
				out.push(code(t, ctx));
				i++;
				continue;
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
