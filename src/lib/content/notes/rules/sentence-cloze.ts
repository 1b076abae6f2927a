/**
 * Sentences become cloze cards on their key terms (issue rule 2): one blank per card, the cards
 * of one sentence are siblings (same `note`), Korean particles stay outside the blank
 * (`[...]을 이용하여 …`), and a term shown in the topic line or the context is never blanked.
 */
import type { Draft, Sink } from '../draft';
import { aliasesOf, keyTerms, termKey, type KeyTerm, type TermSource } from '../key-terms';
import { plain, STRONG, toMarkdown, type Run } from '../text';
import { shows } from './answer-shown';
import { withLabel } from './short-context';

/** A sentence to turn into cloze cards. */
export interface ClozeInput {
	runs: Run[];
	line: number;
	endLine?: number;
	/** Sibling group material (the note the sentence belongs to). */
	note: string;
	/**
	 * Context labels shown before the sentence, nearest parent first: a card takes the first one
	 * that does not show its answer (or none).
	 */
	labels: string[];
	/** Markdown shown before the sentence on both sides (`표준성: `), if any. */
	prefix?: string;
	/** Other shown text a blank must not appear in (parent terms, the term being defined). */
	shown: string[];
	/** Most cards to make from this sentence. */
	max: number;
	/** Allowed kinds of key terms (default: all). */
	sources?: readonly TermSource[];
	pattern: 'sentence-cloze' | 'definition-cloze';
}

const MAX_ANSWER = 40;

/** Cards a sentence of this length may make: two for short sentences, three for long ones. */
export function clozeBudget(text: string): number {
	return text.length < 50 ? 2 : 3;
}

/** Whether any of the texts shows the term or one of its other-language names. */
function showsAlias(texts: readonly string[], key: string): boolean {
	const names = aliasesOf(key);
	return texts.some((s) => names.some((n) => shows(s, n)) || shows(s, key));
}

/** A blank: the ranges of one answer and the context label its card shows. */
export interface Blank {
	ranges: KeyTerm[];
	label: string;
}

/** The key terms worth blanking, one per distinct answer, best first. */
export function blankable(sink: Sink, input: ClozeInput): Blank[] {
	const text = plain(input.runs);
	const path = sink.headingPath();
	// the deck title names the whole subject; only the literal term counts there
	const title = sink.title !== null && path[0] === sink.title ? [path[0]] : [];
	const headings = title.length ? path.slice(1) : path;
	const groups = new Map<string, KeyTerm[]>();
	const labelOf = new Map<string, string>();
	const found = keyTerms(input.runs, sink.vocabulary, sink.korean);
	for (const t of found) {
		// `[...](또는 …)` would read as a link; one item of `A, B, C` is ambiguous
		if (text[t.end] === '(' || enumerated(text, t, found)) continue;
		if (input.sources && !input.sources.includes(t.source)) continue;
		const key = termKey(t.text);
		if (key.length === 0 || t.text.length > MAX_ANSWER) continue;
		if (title.some((s) => shows(s, key)) || showsAlias([...headings, ...input.shown], key))
			continue;
		const label = [...input.labels, ''].find((l) => !showsAlias([l], key));
		if (label === undefined) continue;
		labelOf.set(key, label);
		const list = groups.get(key) ?? [];
		list.push(t);
		groups.set(key, list);
	}
	const out: Blank[] = [];
	for (const [key, list] of groups) {
		let rest = text;
		for (const t of [...list].sort((a, b) => b.start - a.start))
			rest = rest.slice(0, t.start) + rest.slice(t.end);
		// a blank must leave a question behind
		if ((rest.match(/[\p{L}\p{N}]/gu) ?? []).length < 6) continue;
		// the same word outside the candidates (inside a longer word) would show the answer
		if (termKey(rest).includes(termKey(list[0]?.text ?? ''))) continue;
		out.push({ ranges: list, label: labelOf.get(key) ?? '' });
		if (out.length >= input.max) break;
	}
	return out;
}

const ALNUM = /[\p{L}\p{N}]/u;
const LIST_JOINT = /^\s*(,|、|\/|및|또는|혹은|or|and)\s*$/;

/** Whether a term is one item of an enumeration of terms (`RUN, CMD, ENTRYPOINT`). */
function enumerated(text: string, t: KeyTerm, all: readonly KeyTerm[]): boolean {
	return all.some((o) => {
		if (o === t) return false;
		const between =
			o.start >= t.end
				? text.slice(t.end, o.start)
				: o.end <= t.start
					? text.slice(o.end, t.start)
					: null;
		if (between === null) return false;
		// `IP와 Port` is a pair whose other half is shown: fair; `RUN, CMD, ENTRYPOINT` is not
		return LIST_JOINT.test(between);
	});
}

/**
 * Whether `**…**` around text[start, end) renders as bold (CommonMark flanking): an edge that is
 * punctuation (a code span's backtick, a parenthesis) needs space or punctuation beside it.
 */
function boldable(text: string, start: number, end: number, code: boolean): boolean {
	const first = code ? '`' : (text[start] ?? '');
	const last = code ? '`' : (text[end - 1] ?? '');
	const before = text[start - 1] ?? ' ';
	const after = text[end] ?? ' ';
	const open = ALNUM.test(first) || !ALNUM.test(before);
	const close = ALNUM.test(last) || !ALNUM.test(after);
	return open && close;
}

/** Runs with the ranges replaced (front: a blank) or marked bold (back). */
function mark(runs: readonly Run[], ranges: KeyTerm[], blank: boolean): Run[] {
	const text = plain(runs);
	const out: Run[] = [];
	let at = 0;
	const sorted = [...ranges].sort((a, b) => a.start - b.start);
	for (const r of runs) {
		const len = r.k === 'br' ? 1 : r.v.length;
		const start = at;
		at += len;
		if (r.k === 'br' || r.k === 'blank') {
			out.push(r);
			continue;
		}
		let pos = 0;
		for (const t of sorted) {
			const a = Math.max(t.start - start, pos);
			const b = Math.min(t.end - start, len);
			if (b <= a) continue;
			if (a > pos) out.push({ ...r, v: r.v.slice(pos, a) });
			if (blank) {
				if (t.start >= start) out.push({ k: 'blank', v: '', s: 0 });
			} else {
				const piece = r.v.slice(a, b);
				const safe = boldable(text, t.start, t.end, r.k === 'code');
				out.push({ ...r, v: piece, s: safe ? r.s | STRONG : r.s });
			}
			pos = b;
		}
		if (pos < len) out.push(pos === 0 ? r : { ...r, v: r.v.slice(pos) });
	}
	return out;
}

/**
 * Make the cloze cards of one sentence.
 * @returns how many cards were added
 */
export function clozeCards(sink: Sink, input: ClozeInput): number {
	const text = plain(input.runs).trim();
	let made = 0;
	blankable(sink, input).forEach(({ ranges, label }, i) => {
		const answer = (ranges[0] as KeyTerm).text;
		const prefix = input.prefix ?? '';
		const draft: Draft = {
			kind: 'cloze',
			pattern: input.pattern,
			front: withLabel(label, prefix + toMarkdown(mark(input.runs, ranges, true)).trim()),
			back: withLabel(label, prefix + toMarkdown(mark(input.runs, ranges, false)).trim()),
			answer,
			key: `${text} ⟨${answer}⟩`,
			note: input.note,
			line: input.line,
			clozeIndex: i + 1
		};
		if (input.endLine !== undefined) draft.endLine = input.endLine;
		if (sink.add(draft)) made++;
	});
	return made;
}
