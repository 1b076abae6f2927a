/**
 * What one bullet (list item) says, read from its first paragraph: explicit card syntax, a
 * command with its description, a `term: definition`, a list of names, or a sentence.
 * Separators are searched in the plain text of text runs only, never inside inline code
 * (case C19: `std::vector<int>` is not a `Q :: A`).
 */
import {
	fixDashes,
	isCommandLine,
	isKnownCommand,
	splitTrailingComment,
	stripPrompt
} from '../commands';
import { cut, plain, plainLines, STRONG, trimRuns, type Line, type Run } from './text';

export type ItemInfo =
	| { kind: 'empty' }
	| { kind: 'explicit'; lines: Line[] }
	| { kind: 'command'; command: string; desc: Run[]; line: number }
	| { kind: 'term'; term: Run[]; def: Run[]; line: number; endLine: number }
	| { kind: 'names'; names: string[]; runs: Run[]; line: number }
	| { kind: 'sentence'; runs: Run[]; line: number; endLine: number };

/** Plain offsets of `needle` inside text runs only (not code), in plain-text coordinates. */
export function findInText(
	runs: readonly Run[],
	needle: RegExp
): { index: number; length: number } | null {
	let at = 0;
	for (const r of runs) {
		const len = r.k === 'br' ? 1 : r.k === 'blank' ? 5 : r.v.length;
		if (r.k === 'text') {
			const m = needle.exec(r.v);
			if (m) return { index: at + m.index, length: m[0].length };
		}
		at += len;
	}
	return null;
}

const CLOZE_SYNTAX = /\{\{c\d+::[\s\S]*?\}\}|==[^\s=](?:[^=]*?[^\s=])?==/;

/** Whether lines use explicit card syntax (`::`, a `?` line, `==x==`, `{{c1::x}}`). */
export function hasExplicit(lines: readonly Line[]): boolean {
	return lines.some((l) => {
		const t = plain(l.runs).trim();
		return (
			t === '?' ||
			t === '??' ||
			findInText(l.runs, /::/) !== null ||
			CLOZE_SYNTAX.test(textOnly(l.runs))
		);
	});
}

/** The text runs' content with code replaced by NULs (same length as the plain text). */
export function textOnly(runs: readonly Run[]): string {
	return runs
		.map((r) => (r.k === 'text' ? r.v : '\u0000'.repeat(r.k === 'br' ? 1 : r.v.length)))
		.join('');
}

function words(text: string): number {
	return text.split(/\s+/).filter(Boolean).length;
}

/**
 * Whether the text before a separator can be a term: short, not a sentence. A dash is weaker
 * evidence than a colon, so it allows fewer words and no sentence ending.
 */
export function isTermLike(term: string, colon: boolean): boolean {
	const t = term.trim();
	if (t.length === 0 || t.length > 40 || /[.!?。]$/.test(t)) return false;
	if (/^(https?|ftp)$/i.test(t)) return false;
	if (colon) return words(t) <= 6;
	return words(t) <= 4 && !/다$/.test(t);
}

const SEPARATOR = /:(?=\s|$)|\s[-–—=]\s|\s→\s|\s=>\s/;

function commandInfo(first: Line, extra: Line[]): ItemInfo | null {
	const head = first.runs[0];
	if (head?.k === 'code') {
		const command = fixDashes(head.v.trim());
		if (!isKnownCommand(command) || !isCommandLine(command)) return null;
		const after = first.runs.slice(1);
		const rest = plain(after);
		const sep = /^\s*(?::|[-–—→|]|=>)?\s*/.exec(rest)?.[0] ?? '';
		// `` `docker ps` 실행 중인 … `` describes; `` `docker ps`는 … `` is a sentence about it
		if (
			sep.trim() === '' &&
			rest.trim() !== '' &&
			(!/^\s+[\uac00-\ud7a3(]/.test(rest) || startsWithParticle(rest))
		)
			return null;
		// option lines under a command (`-t : 이름과 태그`) explain options, not the command
		const described = extra.filter((l) => !/^\s*--?[A-Za-z]/.test(plain(l.runs)));
		const desc = trimRuns([
			...cut(after, sep.length),
			...described.flatMap((l) => [{ k: 'text' as const, v: ' ', s: 0 }, ...l.runs])
		]);
		return { kind: 'command', command, desc, line: first.line };
	}
	if (head?.k === 'text' && !head.href && first.runs.length === 1 && extra.length === 0) {
		// a bullet that is only a command line, written without backticks
		const text = fixDashes(plain(first.runs).trim());
		if (
			!/[\uac00-\ud7a3]/.test(text) &&
			isKnownCommand(text) &&
			isCommandLine(text) &&
			/\s/.test(text)
		) {
			return { kind: 'command', command: text, desc: [], line: first.line };
		}
	}
	if (head?.k === 'text') {
		const text = plain(first.runs);
		const stripped = /^\$\s/.test(text) ? stripPrompt(text) : null;
		if (stripped === null) return null;
		const { command, comment } = splitTrailingComment(stripped);
		if (!isCommandLine(command)) return null;
		const desc = comment
			? [{ k: 'text' as const, v: comment, s: 0 }]
			: trimRuns(extra.flatMap((l) => [{ k: 'text' as const, v: ' ', s: 0 }, ...l.runs]));
		return { kind: 'command', command: fixDashes(command), desc, line: first.line };
	}
	return null;
}

/** Whether text starts with a particle glued to what came before (`는 항상 …`, `로 본다`). */
function startsWithParticle(text: string): boolean {
	return /^(은|는|이|가|을|를|의|에|에서|로|으로|와|과|도|만|처럼|보다|이다|다)(\s|$)/.test(
		text.trim()
	);
}

function termInfo(first: Line, extra: Line[]): ItemInfo | null {
	const bold = first.runs[0];
	// `**CMD:** 설명`: the colon inside the bold is the separator
	const lead =
		bold && bold.k === 'text' && /:\s*$/.test(bold.v)
			? { ...bold, v: bold.v.replace(/\s*:\s*$/, '') }
			: bold;
	// **term** definition
	if (lead && lead.k === 'text' && lead.s & STRONG && first.runs.length > 1) {
		const after = first.runs.slice(1);
		const rest = plain(after);
		const m = /^\s*(?::|[-–—])?\s+/.exec(rest);
		const boldEnd = first.runs.findIndex((r) => !(r.s & STRONG));
		if (m && boldEnd === 1 && isTermLike(lead.v, true)) {
			const def = trimRuns([...cut(after, m[0].length), ...joinExtra(extra)]);
			if (plain(def))
				return {
					kind: 'term',
					term: [{ ...lead, s: lead.s & ~STRONG }],
					def,
					line: first.line,
					endLine: extra.at(-1)?.line ?? first.line
				};
		}
	}
	const sep = findInText(first.runs, SEPARATOR);
	if (!sep) return null;
	const term = cut(first.runs, 0, sep.index);
	const termText = plain(term);
	if (
		!isTermLike(
			termText,
			plain(first.runs)
				.slice(sep.index, sep.index + sep.length)
				.trim() === ':'
		)
	)
		return null;
	const def = trimRuns([...cut(first.runs, sep.index + sep.length), ...joinExtra(extra)]);
	return { kind: 'term', term, def, line: first.line, endLine: extra.at(-1)?.line ?? first.line };
}

function joinExtra(extra: Line[]): Run[] {
	return extra.flatMap((l) => [{ k: 'text' as const, v: ' ', s: 0 }, ...l.runs]);
}

/** `CHEF, puppet labs, ANSIBLE`: three or more short names, none a sentence. */
function namesInfo(first: Line): ItemInfo | null {
	const text = textOnly(first.runs);
	if (!text.includes(',')) return null;
	const parts = plain(first.runs)
		.split(',')
		.map((p) => p.trim());
	if (parts.length < 3) return null;
	const ok = parts.every(
		(p) => p !== '' && words(p) <= 3 && p.length <= 25 && !/[.!?]$|다$/.test(p)
	);
	return ok ? { kind: 'names', names: parts, runs: first.runs, line: first.line } : null;
}

/** Read a bullet's first paragraph. */
export function classify(lines: readonly Line[]): ItemInfo {
	const first = lines[0];
	if (!first || plain(first.runs).trim() === '') return { kind: 'empty' };
	if (hasExplicit(lines)) return { kind: 'explicit', lines: [...lines] };
	const extra = lines.slice(1);
	return (
		commandInfo(first, extra) ??
		termInfo(first, extra) ??
		(extra.length === 0 ? namesInfo(first) : null) ?? {
			kind: 'sentence',
			runs: trimRuns(
				lines.flatMap((l, i) =>
					i > 0 ? [{ k: 'text' as const, v: ' ', s: 0 }, ...l.runs] : l.runs
				)
			),
			line: first.line,
			endLine: lines.at(-1)?.line ?? first.line
		}
	);
}

export { plainLines };
