/**
 * Sentences of prose as authors write them (fault kind "soft-wrapped paragraph"): Korean notes
 * often put one sentence per source line without a full stop (`… 네트워크 구조` / `… 통신가능` /
 * `… 생성한다.`), so a paragraph of three lines is three sentences, each its own cloze with
 * nothing else on the front. A line continues on the next one only when it visibly does: it ends
 * in a comma, an opening bracket, a connective ending (`…쓰면,`, `…불가능하고`, `…하며`) or a
 * particle (`…의`, `…를`). Inside a group of lines, `.`, `!`, `?` still end sentences.
 */
import { plain, sliceRuns, trimRuns, type Line, type Run } from '../text';

/** A sentence and the source lines it spans. */
export interface Sentence {
	runs: Run[];
	line: number;
	endLine: number;
}

/**
 * Endings after which a Korean clause goes on: connectives (`-고`, `-며`, `-면`, `-서`, `-는데`,
 * `-지만`, `-여`, `-어`/`-아` + 서), adnominal `-는`/`-은`/`-ㄴ`, and case particles.
 */
const CONTINUES =
	/(?:[,，、(（[{:：·-]|(?:하고|하며|이며|이고|하면|하여|해서|하는데|인데|는데|지만|으며|으면|니까|므로|거나|든지|면서|도록|려면|려고|해도|이나|에서|으로|에게|부터|까지|보다|처럼|와|과|의|를|을|에|및|또는|혹은|또한|그리고|하지만|그러나|즉|고|며|면|서|여|는|은|인|된|한|할|될|일|던|로|랑|나|and|or|the|of|to|with|for|in|on))$/;

/** Whether a source line ends its sentence (see the module comment). */
export function lineEndsSentence(runs: readonly Run[]): boolean {
	const last = runs.at(-1);
	if (last?.k === 'br') return true;
	const text = plain(runs).replace(/[\s\u00a0]+$/, '');
	if (text === '') return true;
	if (/[.!?。]$/.test(text)) return true;
	return !CONTINUES.test(text);
}

/** Runs of a line without trailing breaks and leading non-breaking-space indentation. */
function lineRuns(runs: readonly Run[]): Run[] {
	let end = runs.length;
	while (end > 0 && runs[end - 1]?.k === 'br') end--;
	const body = runs.slice(0, end);
	const text = plain(body);
	const lead = text.length - text.replace(/^[\s\u00a0]+/, '').length;
	return lead ? sliceRuns(body, lead) : body;
}

/** Sentences of a line of prose, split after `.`, `!`, `?` or `다.`-style endings. */
export function sentences(runs: readonly Run[]): Run[][] {
	const text = plain(runs);
	const out: Run[][] = [];
	let start = 0;
	const re = /[.!?。](?=\s+|$)/g;
	for (const m of text.matchAll(re)) {
		const end = m.index + 1;
		// `e.g.`, `1.`, `v1.2.` are not sentence ends
		if (
			/(?:\b[A-Za-z]|\d)\.$/.test(text.slice(Math.max(0, end - 3), end)) &&
			!/[\uac00-\ud7a3]\.$/.test(text.slice(0, end))
		)
			continue;
		out.push(trimRuns(sliceRuns(runs, start, end)));
		start = end;
	}
	if (start < text.length) out.push(trimRuns(sliceRuns(runs, start)));
	return out.filter((s) => plain(s).trim() !== '');
}

/**
 * The sentences of a paragraph's lines: lines grouped where one visibly goes on to the next,
 * each group split at sentence punctuation.
 */
export function lineSentences(lines: readonly Line[]): Sentence[] {
	const out: Sentence[] = [];
	let group: Run[] = [];
	let first = 0;
	let lastLine = 0;
	const flush = (): void => {
		if (group.length === 0) return;
		for (const s of sentences(group)) out.push({ runs: s, line: first, endLine: lastLine });
		group = [];
	};
	for (const l of lines) {
		const runs = lineRuns(l.runs);
		if (plain(runs).trim() === '') {
			flush();
			continue;
		}
		if (group.length === 0) first = l.line;
		else group.push({ k: 'text', v: ' ', s: 0 });
		group.push(...runs);
		lastLine = l.line;
		if (lineEndsSentence(l.runs)) flush();
	}
	flush();
	return out;
}
