/**
 * The quote-aware scan before tokenising: checks that quotes are balanced and replaces each
 * `$(…)` / backtick substitution outside single quotes by `${__DRILL_SUB_n}`, so `shell-quote`
 * expands it through the env callback. This scan does not split words; tokenising stays with
 * `shell-quote`. Source: bash(1) "QUOTING", "Command Substitution".
 */
import { failure, SUB_PREFIX } from './common';
import type { ParseFailure } from './types';

/** A substitution found in the line: as typed, and the command inside. */
export interface ScannedSub {
	source: string;
	body: string;
}

/** The line with substitutions replaced by placeholders, or why it cannot be read. */
export type ScanResult =
	| { ok: true; text: string; subs: ScannedSub[] }
	| { ok: false; failure: ParseFailure };

/** One step of the scan: text to copy, where to go on, a substitution found, or a failure. */
type Step = { copy: string; next: number; sub?: ScannedSub } | { failure: ParseFailure };

/** Index of the `)` closing a `$(` whose body starts at `start`, honouring quotes and nesting. */
export function findClosingParen(line: string, start: number): number {
	let depth = 1;
	let quote: "'" | '"' | null = null;
	for (let i = start; i < line.length; i++) {
		const c = line[i]!;
		if (quote === "'") {
			if (c === "'") quote = null;
			continue;
		}
		if (c === '\\') {
			i++;
			continue;
		}
		if (quote === '"') {
			if (c === '"') quote = null;
			continue;
		}
		if (c === "'" || c === '"') quote = c;
		else if (c === '(') depth++;
		else if (c === ')' && --depth === 0) return i;
	}
	return -1;
}

/** ANSI-C quoting `$'…'`: backslash escapes, including \' (bash(1) "QUOTING"). */
function ansiQuote(line: string, i: number): Step {
	let j = i + 2;
	while (j < line.length && line[j] !== "'") j += line[j] === '\\' ? 2 : 1;
	if (j >= line.length)
		return {
			failure: failure('unbalanced-quote', "bash: unexpected EOF while looking for matching `''", {
				quote: "$'"
			})
		};
	return { copy: line.slice(i, j + 1), next: j + 1 };
}

/** `$(…)` at `i` (after checking it is not `$((…))`, arithmetic, which is not simulated). */
function dollarParen(line: string, i: number): Step {
	if (line[i + 2] === '(')
		return {
			failure: failure('unsupported-syntax', 'bash: arithmetic expansion is not simulated', {
				syntax: '$((…))'
			})
		};
	const end = findClosingParen(line, i + 2);
	if (end < 0)
		return {
			failure: failure(
				'unbalanced-substitution',
				"bash: unexpected EOF while looking for matching `)'",
				{ open: '$(' }
			)
		};
	return {
		copy: '',
		next: end + 1,
		sub: { source: line.slice(i, end + 1), body: line.slice(i + 2, end) }
	};
}

/** A backtick substitution at `i`. */
function backtick(line: string, i: number): Step {
	const end = line.indexOf('`', i + 1);
	if (end < 0)
		return {
			failure: failure(
				'unbalanced-substitution',
				"bash: unexpected EOF while looking for matching ``'",
				{ open: '`' }
			)
		};
	return {
		copy: '',
		next: end + 1,
		sub: { source: line.slice(i, end + 1), body: line.slice(i + 1, end) }
	};
}

/** What starts at `i` outside single quotes (`quote` is `"` inside double quotes, else null). */
function stepAt(line: string, i: number, quote: '"' | null): Step | null {
	const c = line[i]!;
	if (c === '\\') return { copy: line.slice(i, i + 2), next: i + 2 };
	if (c === '$' && line[i + 1] === "'" && quote === null) return ansiQuote(line, i);
	if (c === '$' && line[i + 1] === '(') return dollarParen(line, i);
	if (c === '`') return backtick(line, i);
	return null;
}

/** Scan a line (see the module comment). */
export function scanSubstitutions(line: string): ScanResult {
	let out = '';
	const subs: ScannedSub[] = [];
	let quote: "'" | '"' | null = null;
	let i = 0;
	while (i < line.length) {
		const c = line[i]!;
		const step = quote === "'" ? null : stepAt(line, i, quote);
		if (step && 'failure' in step) return { ok: false, failure: step.failure };
		if (step) {
			if (step.sub) {
				subs.push(step.sub);
				out += '${' + SUB_PREFIX + (subs.length - 1) + '}';
			} else out += step.copy;
			i = step.next;
			continue;
		}
		if (quote === "'" && c === "'") quote = null;
		else if (quote === null && c === "'") quote = "'";
		else if (quote !== "'" && c === '"') quote = quote === '"' ? null : '"';
		out += c;
		i++;
	}
	if (quote !== null)
		return {
			ok: false,
			failure: failure(
				'unbalanced-quote',
				`bash: unexpected EOF while looking for matching \`${quote}'`,
				{ quote }
			)
		};
	return { ok: true, text: out, subs };
}
