/**
 * Phrasing content (the inline children of a paragraph or heading) → lines of Markdown source.
 *
 * Card text stays Markdown source as the author wrote it, so we slice the original text by node
 * offsets instead of re-serialising values. Each line carries a `mask` of the same length in which
 * everything that is not plain text (inline code, link and emphasis markup, image alt text) is
 * replaced by NUL: separators such as `::`, `: `, `==` and `,` are searched in the mask only, so
 * they never match inside inline code (case C19). Raw HTML never reaches card text: `<img>`
 * becomes its alt text (or nothing), `<br>` a Markdown hard break, `<script>`/`<style>` and their
 * content are dropped.
 */
import type { Nodes, PhrasingContent } from 'mdast';
import type { MdDoc } from './markdown';

/** Placeholder for a hard line break inside one logical line; becomes `\` + newline on output. */
export const BREAK_MARK = '\u2028';
const MASK = '\u0000';

/** A kind of non-text span inside a line (used to recognise leading inline code). */
export interface Segment {
	start: number;
	end: number;
	kind: 'code' | 'other';
}

/** One source line of a paragraph: Markdown source, its separator mask, and its file line. */
export interface Line {
	src: string;
	mask: string;
	/** 1-based line in the file. */
	line: number;
	segments: Segment[];
}

/** Something in the inline content that cannot be shown on a card. */
export interface InlineIssue {
	line: number;
	reason: string;
}

const ALT_RE = /\balt\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/i;
const TAG_RE = /^<\/?([A-Za-z][A-Za-z0-9-]*)/;

/** Tag name of a raw HTML string (`<img src=…>` → `img`), lower-case, or '' for comments etc. */
export function htmlTagName(html: string): string {
	const m = TAG_RE.exec(html.trim());
	return m?.[1]?.toLowerCase() ?? '';
}

/** The `alt` attribute of a raw `<img>` tag, if any. */
export function htmlImgAlt(html: string): string {
	const m = ALT_RE.exec(html);
	return (m?.[1] ?? m?.[2] ?? m?.[3] ?? '').trim();
}

/** Korean warning for a raw HTML tag we drop, or null when dropping it loses nothing. */
export function htmlDropReason(html: string): string | null {
	const tag = htmlTagName(html);
	if (tag === 'img') {
		const alt = htmlImgAlt(html);
		return alt
			? `이미지(<img>)는 카드에 넣지 않고 대체 텍스트 "${alt}"만 남겼습니다.`
			: '이미지(<img>)는 카드에 넣을 수 없어 건너뛰었습니다.';
	}
	if (['script', 'style', 'iframe', 'object', 'embed', 'video', 'audio', 'form'].includes(tag)) {
		return `HTML <${tag}> 태그는 카드에 넣지 않고 건너뛰었습니다.`;
	}
	return null;
}

interface Builder {
	doc: MdDoc;
	inQuote: boolean;
	lines: Line[];
	cur: { src: string; mask: string; segments: Segment[]; line: number };
	skipping: string | null;
	issues: InlineIssue[];
}

function newLine(b: Builder, line: number): void {
	b.lines.push({ ...b.cur });
	b.cur = { src: '', mask: '', segments: [], line };
}

/** Append source text; `masked` hides it from separator search. Handles embedded newlines. */
function emit(
	b: Builder,
	text: string,
	masked: boolean,
	line: number,
	kind?: Segment['kind']
): void {
	if (b.skipping) return;
	const parts = text.split('\n');
	parts.forEach((raw, i) => {
		let part = raw;
		if (i > 0) {
			newLine(b, line + i);
			// Continuation lines carry container indentation (and `>` inside block quotes).
			part = b.inQuote ? part.replace(/^[ \t>]*/, '') : part.replace(/^[ \t]*/, '');
		}
		if (part === '') return;
		const start = b.cur.src.length;
		b.cur.src += part;
		b.cur.mask += masked ? MASK.repeat(part.length) : part;
		if (masked) b.cur.segments.push({ start, end: start + part.length, kind: kind ?? 'other' });
	});
}

function slice(b: Builder, node: Nodes): string {
	const p = node.position;
	if (p?.start.offset === undefined || p.end.offset === undefined) return '';
	return b.doc.src.slice(p.start.offset, p.end.offset);
}

function lineOf(b: Builder, node: Nodes): number {
	return (node.position?.start.line ?? 1) + b.doc.lineOffset;
}

function visit(b: Builder, node: PhrasingContent): void {
	const line = lineOf(b, node);
	switch (node.type) {
		case 'text':
			emit(b, slice(b, node) || node.value, false, line);
			return;
		case 'inlineCode':
			emit(b, slice(b, node), true, line, 'code');
			return;
		case 'emphasis':
		case 'strong':
		case 'delete': {
			const first = node.children[0];
			const last = node.children.at(-1);
			const s = node.position?.start.offset;
			const e = node.position?.end.offset;
			const fs = first?.position?.start.offset;
			const le = last?.position?.end.offset;
			if (s === undefined || e === undefined || fs === undefined || le === undefined) {
				emit(b, slice(b, node), true, line);
				return;
			}
			emit(b, b.doc.src.slice(s, fs), true, line);
			for (const child of node.children) visit(b, child);
			emit(b, b.doc.src.slice(le, e), true, (node.position?.end.line ?? 1) + b.doc.lineOffset);
			return;
		}
		case 'break':
			emit(b, BREAK_MARK, true, line);
			return;
		case 'image':
		case 'imageReference':
			if (node.alt) emit(b, node.alt, true, line);
			b.issues.push({
				line,
				reason: node.alt
					? `이미지는 카드에 넣지 않고 대체 텍스트 "${node.alt}"만 남겼습니다.`
					: '이미지는 카드에 넣을 수 없어 건너뛰었습니다.'
			});
			return;
		case 'html': {
			const value = node.value.trim();
			const tag = htmlTagName(value);
			if (b.skipping) {
				if (value.toLowerCase().startsWith(`</${b.skipping}`)) b.skipping = null;
				return;
			}
			const reason = htmlDropReason(value);
			if (reason) b.issues.push({ line, reason });
			if (tag === 'br') emit(b, BREAK_MARK, true, line);
			else if (tag === 'img') {
				const alt = htmlImgAlt(value);
				if (alt) emit(b, alt, true, line);
			} else if ((tag === 'script' || tag === 'style') && !value.startsWith('</')) {
				if (!/<\/(script|style)\s*>\s*$/i.test(value)) b.skipping = tag;
			}
			return;
		}
		default:
			// links, footnote references, autolinks …: kept as written, never split.
			emit(b, slice(b, node), true, line);
	}
}

function trimLine(l: Line): Line {
	const lead = l.src.length - l.src.replace(/^\s+/, '').length;
	const body = l.src.slice(lead).replace(/\s+$/, '');
	const end = lead + body.length;
	return {
		src: body,
		mask: l.mask.slice(lead, end),
		line: l.line,
		segments: l.segments
			.filter((s) => s.end > lead && s.start < end)
			.map((s) => ({ ...s, start: Math.max(0, s.start - lead), end: Math.min(end, s.end) - lead }))
	};
}

/**
 * Split the inline children of a paragraph or heading into trimmed source lines.
 * @param children phrasing content of one block
 * @param doc the parsed source the nodes' offsets refer to
 * @param inQuote whether the block sits inside a block quote (continuation lines start with `>`)
 * @returns lines (possibly empty strings are removed) and issues about dropped HTML/images
 */
export function inlineLines(
	children: PhrasingContent[],
	doc: MdDoc,
	inQuote = false
): { lines: Line[]; issues: InlineIssue[] } {
	const firstLine = (children[0]?.position?.start.line ?? 1) + doc.lineOffset;
	const b: Builder = {
		doc,
		inQuote,
		lines: [],
		cur: { src: '', mask: '', segments: [], line: firstLine },
		skipping: null,
		issues: []
	};
	for (const child of children) visit(b, child);
	b.lines.push(b.cur);
	return { lines: b.lines.map(trimLine).filter((l) => l.src !== ''), issues: b.issues };
}

/** Turn internal markers back into Markdown (hard breaks) for card text. */
export function finishText(src: string): string {
	return src.split(BREAK_MARK).join('\\\n').trim();
}

/** Join several lines into one Markdown block (soft line breaks). */
export function joinLines(lines: readonly Line[]): string {
	return finishText(lines.map((l) => l.src).join('\n'));
}

/** Sub-line by index range, keeping mask and segments aligned. */
export function sliceLine(l: Line, start: number, end = l.src.length): Line {
	return trimLine({
		src: l.src.slice(start, end),
		mask: l.mask.slice(start, end),
		line: l.line,
		segments: l.segments
			.filter((s) => s.end > start && s.start < end)
			.map((s) => ({
				...s,
				start: Math.max(start, s.start) - start,
				end: Math.min(end, s.end) - start
			}))
	});
}
