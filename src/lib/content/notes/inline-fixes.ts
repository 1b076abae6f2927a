/**
 * Fixes to inline runs the parser leaves as the author did not mean them: adjacent runs of one
 * kind, `**bold**` CommonMark keeps literal, word-processor dashes, container indentation.
 */
import { sliceRuns, STRONG, type Line, type Run } from './text';

/** Adjacent runs of the same kind and style are one (`<code>a&#58;b</code>` is one code span). */
export function mergeRuns(l: Line): Line {
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
export function literalBold(l: Line): Line {
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
export function fixTextDashes(l: Line): Line {
	if (!l.runs.some((r) => r.k === 'text' && /[\u2014\u2013]/.test(r.v))) return l;
	return {
		line: l.line,
		runs: l.runs.map((r) =>
			r.k === 'text' ? { ...r, v: r.v.replace(/(^|\s)[\u2014\u2013](?=[a-z])/g, '$1--') } : r
		)
	};
}

/** Continuation lines keep container indentation in text tokens: drop it. */
export function trimLineStart(l: Line): Line {
	const first = l.runs[0];
	if (first?.k === 'text' && /^[ \t]/.test(first.v)) {
		const v = first.v.replace(/^[ \t]+/, '');
		return { line: l.line, runs: v ? [{ ...first, v }, ...l.runs.slice(1)] : l.runs.slice(1) };
	}
	return l;
}

// ── blocks ────────────────────────────────────────────────────────────────────────────────
