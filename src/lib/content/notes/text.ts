/**
 * Inline text of the block tree: a line is a flat list of runs (text, code, hard break), each
 * with its style flags. The adapter builds runs from the parser's inline tokens; the rules read
 * the plain text (what a learner sees), cut it at plain-text offsets (a cloze blank, a `term:`
 * split) and serialise it back to Markdown for card sides. Serialising escapes what would
 * otherwise turn into markup, so `<container-id>` or `a * b` stay literal (case C20).
 */

/** Style flags of a run (bit set). */
export const STRONG = 1;
export const EM = 2;
export const DEL = 4;

/** One piece of inline content. `v` is plain text (a code span's content for `code`). */
export interface Run {
	k: 'text' | 'code' | 'br' | 'blank';
	v: string;
	/** Style bits: {@link STRONG} | {@link EM} | {@link DEL}. */
	s: number;
	/** Link target when the run is (part of) a link's text. */
	href?: string;
}

/** One source line of a paragraph, heading or table cell. `line` is 1-based in the file. */
export interface Line {
	line: number;
	runs: Run[];
}

/** Plain text of runs: what a learner reads (breaks become spaces). */
export function plain(runs: readonly Run[]): string {
	let out = '';
	for (const r of runs) out += r.k === 'br' ? ' ' : r.k === 'blank' ? '[...]' : r.v;
	return out;
}

/** Plain text of several lines joined by spaces, trimmed. */
export function plainLines(lines: readonly Line[]): string {
	return lines
		.map((l) => plain(l.runs))
		.join(' ')
		.trim();
}

/** A text run. */
export function textRun(v: string, s = 0): Run {
	return { k: 'text', v, s };
}

/**
 * The runs covering plain-text offsets [from, to) of `runs` (a `br` counts as one character),
 * splitting text and code runs at the edges.
 */
export function sliceRuns(
	runs: readonly Run[],
	from: number,
	to = Number.POSITIVE_INFINITY
): Run[] {
	const out: Run[] = [];
	let at = 0;
	for (const r of runs) {
		const len = r.k === 'br' ? 1 : r.k === 'blank' ? 5 : r.v.length;
		const start = at;
		const end = at + len;
		at = end;
		if (end <= from || start >= to) continue;
		if (r.k === 'br' || r.k === 'blank') {
			out.push(r);
			continue;
		}
		const a = Math.max(from, start) - start;
		const b = Math.min(to, end) - start;
		out.push(a === 0 && b === len ? r : { ...r, v: r.v.slice(a, b) });
	}
	return out;
}

/** Runs with leading and trailing whitespace removed (in the plain text). */
export function trimRuns(runs: readonly Run[]): Run[] {
	const text = plain(runs);
	const lead = text.length - text.trimStart().length;
	const end = text.trimEnd().length;
	if (end <= lead) return [];
	return sliceRuns(runs, lead, end);
}

/** Runs of one line from plain offset `from` to `to`, trimmed. */
export function cut(runs: readonly Run[], from: number, to?: number): Run[] {
	return trimRuns(sliceRuns(runs, from, to));
}

// ── Markdown serialisation ─────────────────────────────────────────────────────────────────

/** Wrap text in a Markdown code span that survives backticks inside it. */
export function codeSpan(text: string): string {
	let longest = 0;
	for (const run of text.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
	const fence = '`'.repeat(longest + 1);
	const pad = text.startsWith('`') || text.endsWith('`') || /^ .* $/.test(text) ? ' ' : '';
	return `${fence}${pad}${text}${pad}${fence}`;
}

const WORDISH = /[\p{L}\p{N}]/u;

/**
 * Escape plain text so Markdown shows it literally. Only what could start markup is escaped:
 * backslashes before punctuation, backticks, `*`, `_` at a word edge, `<`, `~~`, `[` before `](`,
 * entities, and block starts (`#`, `>`, list markers) at the start of the text.
 */
export function escapeText(text: string, atStart: boolean): string {
	if (!/[\\`*_<~[&]/.test(text)) return atStart ? escapeStart(text) : text;
	let out = '';
	for (let i = 0; i < text.length; i++) {
		const c = text[i] as string;
		const next = text[i + 1] ?? '';
		const prev = text[i - 1] ?? '';
		switch (c) {
			case '\\':
				out += /[!-/:-@[-`{-~]/.test(next) || next === '' ? '\\\\' : '\\';
				break;
			case '`':
			case '*':
			case '<':
				out += '\\' + c;
				break;
			case '_':
				out += WORDISH.test(prev) && WORDISH.test(next) ? '_' : '\\_';
				break;
			case '~':
				out += next === '~' || prev === '~' ? '\\~' : '~';
				break;
			case '[':
				out += /^[^\]]*\][([:]/.test(text.slice(i + 1)) ? '\\[' : '[';
				break;
			case '&':
				out += /^&(#\d+|#x[0-9a-f]+|[a-z][a-z0-9]*);/i.test(text.slice(i)) ? '\\&' : '&';
				break;
			default:
				out += c;
		}
	}
	return atStart ? escapeStart(out) : out;
}

/** Escape a block start (`#`, `>`, `-`, `1.`) at the start of card text. */
function escapeStart(text: string): string {
	const c = text.charCodeAt(0);
	// fast path: Hangul or a letter cannot start a block
	if (c >= 0xac00 || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return text;
	return text
		.replace(/^(\s*)([#>+=-])(?=\s|$)/, '$1\\$2')
		.replace(/^(\s*)(\d+)([.)])(?=\s|$)/, '$1$2\\$3');
}

function wrap(md: string, s: number): string {
	if (md.trim() === '') return md;
	let out = md;
	if (s & EM) out = `*${out}*`;
	if (s & STRONG) out = `**${out}**`;
	if (s & DEL) out = `~~${out}~~`;
	return out;
}

/** The blank a cloze front shows in place of its answer. */
export const BLANK = '[...]';

/**
 * Serialise runs to Markdown. Adjacent runs with the same style and link are merged first so
 * `**a** **b**` does not become `****`.
 */
export function toMarkdown(runs: readonly Run[]): string {
	const merged: Run[] = [];
	for (const r of runs) {
		const last = merged.at(-1);
		if (last && last.k === r.k && r.k !== 'br' && last.s === r.s && last.href === r.href) {
			merged[merged.length - 1] = { ...last, v: last.v + r.v };
		} else merged.push(r);
	}
	let out = '';
	let i = 0;
	const edge = (k: number, last: boolean): string => {
		const r = merged[k];
		if (!r || r.k === 'br') return ' ';
		const v = r.k === 'code' ? '`' : r.k === 'blank' ? ']' : r.v;
		return (last ? v.at(-1) : v[0]) ?? ' ';
	};
	while (i < merged.length) {
		const r = merged[i] as Run;
		if (r.href !== undefined) {
			let inner = '';
			const href = r.href;
			while (i < merged.length && merged[i]?.href === href) {
				inner += runMarkdown(merged[i] as Run, out.length + inner.length === 0, '[', ']');
				i++;
			}
			out += `[${inner}](${href.replace(/[()\s]/g, encodeURIComponent)})`;
			continue;
		}
		out += runMarkdown(r, out.length === 0, edge(i - 1, true), edge(i + 1, false));
		i++;
	}
	return out;
}

const ALNUM = /[\p{L}\p{N}]/u;

/**
 * Whether emphasis markers around `body` render (CommonMark flanking): an edge that is
 * punctuation needs white space or punctuation beside it (`**빌더(BuildKit)**가` does not close).
 */
function flanks(body: string, before: string, after: string): boolean {
	const first = body[0] ?? '';
	const last = body.at(-1) ?? '';
	return (ALNUM.test(first) || !ALNUM.test(before)) && (ALNUM.test(last) || !ALNUM.test(after));
}

function runMarkdown(r: Run, atStart: boolean, before = ' ', after = ' '): string {
	switch (r.k) {
		case 'br':
			return '\\\n';
		case 'blank':
			return BLANK;
		case 'code':
			return wrap(codeSpan(r.v), flanks('`', before, after) ? r.s : r.s & ~(STRONG | EM | DEL));
		default: {
			// keep the surrounding spaces outside emphasis markers (CommonMark flanking rules)
			const lead = /^\s*/.exec(r.v)?.[0] ?? '';
			const trail = r.v.length > lead.length ? (/\s*$/.exec(r.v)?.[0] ?? '') : '';
			const body = r.v.slice(lead.length, r.v.length - trail.length);
			const b = lead ? ' ' : before;
			const a = trail ? ' ' : after;
			// markers that would show literally are left out: the text stays, unstyled
			const s = flanks(body, b, a) ? r.s : 0;
			return lead + wrap(escapeText(body, atStart && lead === ''), s) + trail;
		}
	}
}

/** Markdown of several lines joined by spaces (one paragraph). */
export function linesMarkdown(lines: readonly Line[]): string {
	const runs: Run[] = [];
	lines.forEach((l, i) => {
		if (i > 0) runs.push(textRun(' '));
		runs.push(...l.runs);
	});
	return toMarkdown(trimRuns(runs)).trim();
}
