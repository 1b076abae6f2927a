/**
 * Command-line tokenising for the drill.
 *
 * Words, quotes, `$VAR` / `${VAR}` and operators come from `shell-quote` (its `parse` with an env
 * callback). What `shell-quote` does not model is handled here, on top of it, without ever
 * executing or evaluating anything:
 * - unbalanced quotes (`shell-quote` silently drops them; bash would wait for more input),
 * - command substitution `$(…)` and backticks: found by a quote-aware scan, replaced by a
 *   placeholder variable before tokenising, and resolved only for a fixed set of harmless
 *   read-only commands (`whoami`, `id -un`, `logname`, `echo $USER`). Anything else stays
 *   unresolved and is reported as such.
 *
 * Shell grammar source: bash(1) "SHELL GRAMMAR", "QUOTING", "EXPANSION" and dash(1).
 */
import { parse as shellParse, type ParseEntry } from 'shell-quote';

/** Longest command line the drill accepts, in UTF-16 code units. */
export const MAX_LINE_LENGTH = 2000;

/** Operators that join pipelines into a list (bash "Lists"). */
export type ListOperator = ';' | '&&' | '||' | '&';

/** A redirection such as `> file`, `2>&1`, `>> log`. `fd` is the explicit descriptor, if written. */
export interface Redirect {
	fd: number | null;
	op: string;
	target: string;
}

/** One simple command: leading `NAME=value` assignments, argv, redirections. */
export interface SimpleCommand {
	assignments: Record<string, string>;
	argv: string[];
	redirects: Redirect[];
}

/** Commands joined by `|` (or `|&`). */
export interface Pipeline {
	commands: SimpleCommand[];
}

/** One pipeline of a list and the operator that follows it (`null` for the last one). */
export interface ListItem {
	pipeline: Pipeline;
	next: ListOperator | null;
}

/** A parameter expansion or command substitution the learner's shell performed. */
export interface Expansion {
	/** As typed: `$USER`, `${USER}`, `$(whoami)`, `` `whoami` ``. */
	source: string;
	/** The name expanded (`USER`) or the substituted command body (`whoami`). */
	name: string;
	kind: 'variable' | 'substitution';
	value: string;
	/** False when a substitution ran something the drill does not simulate (value is then ''). */
	resolved: boolean;
}

/** The result of tokenising a whole line. */
export interface ParsedLine {
	items: ListItem[];
	expansions: Expansion[];
	/** Text after an unquoted `#`, if any. */
	comment: string | null;
}

/**
 * Why a line could not be tokenised. `reasonId` names the kind (a message id for the learner,
 * with `params`); `message` is what bash would print (English, for the simulated terminal).
 */
export interface ParseFailure {
	reasonId:
		| 'empty'
		| 'too-long'
		| 'control-char'
		| 'unbalanced-quote'
		| 'unbalanced-substitution'
		| 'bad-substitution'
		| 'unsupported-syntax'
		| 'syntax-error';
	params?: Record<string, string | number>;
	message: string;
}

export type ParseResult = { ok: true; line: ParsedLine } | ({ ok: false } & ParseFailure);

/** Whose shell expands the line: the user name drives `$USER`, `$(whoami)` and friends. */
export interface ShellContext {
	user: string;
	/** Extra or overriding variables. `USER`, `LOGNAME`, `HOME` are derived from `user`. */
	env?: Record<string, string>;
	/**
	 * Resolves a command substitution body (`docker ps -aq`) to its output, or `null` to fall back
	 * to the built-in read-only resolver. The simulated host supplies one that runs read-only
	 * commands on a copy of itself; nothing real is ever run.
	 */
	substitute?: (body: string) => string | null;
}

const SUB_PREFIX = '__DRILL_SUB_';
const REDIRECT_OPS = new Set(['>', '>>', '<', '>&', '<&', '&>', '&>>', '>|', '<>', '<<<']);
const LIST_OPS = new Set([';', '&&', '||', '&']);
const UNSUPPORTED_OPS = new Set(['(', ')', '<(', '>(', ';;', ';&', ';;&', '<<', '<<-']);

/** Variables of the learner's (or root's) login shell. */
export function shellEnv(ctx: ShellContext): Record<string, string> {
	const home = ctx.user === 'root' ? '/root' : `/home/${ctx.user}`;
	return {
		USER: ctx.user,
		LOGNAME: ctx.user,
		HOME: home,
		SHELL: '/bin/bash',
		PWD: home,
		PATH: '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
		...ctx.env
	};
}

function failure(
	reasonId: ParseFailure['reasonId'],
	message: string,
	params?: Record<string, string | number>
): ParseFailure {
	return { reasonId, message, ...(params ? { params } : {}) };
}

function fail(
	reasonId: ParseFailure['reasonId'],
	message: string,
	params?: Record<string, string | number>
): ParseResult {
	return { ok: false, ...failure(reasonId, message, params) };
}

function hasControlChar(line: string): boolean {
	for (let i = 0; i < line.length; i++) {
		const c = line.charCodeAt(i);
		// C0 controls except TAB, DEL, C1 controls, and the private-use block we reserve.
		if ((c < 0x20 && c !== 0x09) || (c >= 0x7f && c <= 0x9f)) return true;
		if (c >= 0xe000 && c <= 0xf8ff) return true;
	}
	return false;
}

interface ScannedSub {
	source: string;
	body: string;
}

type ScanResult =
	| { ok: true; text: string; subs: ScannedSub[] }
	| { ok: false; failure: ParseFailure };

/**
 * Quote-aware scan: checks that quotes are balanced and replaces each `$(…)` / backtick
 * substitution outside single quotes by `${__DRILL_SUB_n}`, so `shell-quote` expands it through
 * the env callback. This scan does not split words; tokenising stays with `shell-quote`.
 */
function scanSubstitutions(line: string): ScanResult {
	let out = '';
	const subs: ScannedSub[] = [];
	let quote: "'" | '"' | null = null;
	let i = 0;
	while (i < line.length) {
		const c = line[i]!;
		if (quote === "'") {
			if (c === "'") quote = null;
			out += c;
			i++;
			continue;
		}
		if (c === '\\') {
			out += line.slice(i, i + 2);
			i += 2;
			continue;
		}
		if (c === '$' && line[i + 1] === "'" && quote === null) {
			// ANSI-C quoting `$'…'`: backslash escapes, including \' (bash(1) "QUOTING").
			let j = i + 2;
			while (j < line.length && line[j] !== "'") j += line[j] === '\\' ? 2 : 1;
			if (j >= line.length) {
				return {
					ok: false,
					failure: failure(
						'unbalanced-quote',
						"bash: unexpected EOF while looking for matching `''",
						{
							quote: "$'"
						}
					)
				};
			}
			out += line.slice(i, j + 1);
			i = j + 1;
			continue;
		}
		if (c === "'" && quote === null) {
			quote = "'";
			out += c;
			i++;
			continue;
		}
		if (c === '"') {
			quote = quote === '"' ? null : '"';
			out += c;
			i++;
			continue;
		}
		if (c === '$' && line[i + 1] === '(') {
			if (line[i + 2] === '(') {
				return {
					ok: false,
					failure: failure('unsupported-syntax', 'bash: arithmetic expansion is not simulated', {
						syntax: '$((…))'
					})
				};
			}
			const end = findClosingParen(line, i + 2);
			if (end < 0) {
				return {
					ok: false,
					failure: failure(
						'unbalanced-substitution',
						"bash: unexpected EOF while looking for matching `)'",
						{ open: '$(' }
					)
				};
			}
			subs.push({ source: line.slice(i, end + 1), body: line.slice(i + 2, end) });
			out += '${' + SUB_PREFIX + (subs.length - 1) + '}';
			i = end + 1;
			continue;
		}
		if (c === '`') {
			const end = line.indexOf('`', i + 1);
			if (end < 0) {
				return {
					ok: false,
					failure: failure(
						'unbalanced-substitution',
						"bash: unexpected EOF while looking for matching ``'",
						{ open: '`' }
					)
				};
			}
			subs.push({ source: line.slice(i, end + 1), body: line.slice(i + 1, end) });
			out += '${' + SUB_PREFIX + (subs.length - 1) + '}';
			i = end + 1;
			continue;
		}
		out += c;
		i++;
	}
	if (quote !== null) {
		return {
			ok: false,
			failure: failure(
				'unbalanced-quote',
				`bash: unexpected EOF while looking for matching \`${quote}'`,
				{ quote }
			)
		};
	}
	return { ok: true, text: out, subs };
}

/** Index of the `)` closing a `$(` whose body starts at `start`, honouring quotes and nesting. */
function findClosingParen(line: string, start: number): number {
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
		else if (c === ')') {
			depth--;
			if (depth === 0) return i;
		}
	}
	return -1;
}

/**
 * Resolve a command substitution body without running it. Only read-only commands whose output
 * follows from the user are known (`whoami`, `id -un`, `logname`, `pwd`, `echo …`); everything
 * else returns `null` (unresolved).
 */
function resolveSubstitution(body: string, ctx: ShellContext, depth: number): string | null {
	if (depth > 2) return null;
	const parsed = parseLineInternal(body, ctx, depth + 1);
	if (!parsed.ok) return null;
	const items = parsed.line.items;
	if (items.length !== 1 || items[0]!.pipeline.commands.length !== 1) return null;
	const cmd = items[0]!.pipeline.commands[0]!;
	if (cmd.redirects.length > 0) return null;
	const argv = cmd.argv;
	const key = argv.join(' ');
	if (
		['whoami', 'logname', 'id -un', 'id -nu', 'id -u -n', 'id -n -u', 'id --user --name'].includes(
			key
		)
	)
		return ctx.user;
	if (argv[0] === 'echo' && argv.length >= 1) return argv.slice(1).join(' ');
	if (key === 'pwd') return shellEnv(ctx).PWD ?? null;
	return null;
}

/**
 * Tokenise one command line into a list of pipelines of simple commands.
 *
 * Never throws and never executes anything. Fails (with a reason id) on: empty
 * input, more than {@link MAX_LINE_LENGTH} characters, control characters (including newlines:
 * one line is one command line), unbalanced quotes or substitutions, `${}`, and shell syntax
 * the drill does not model (subshells `( … )`, process substitution, here-documents,
 * arithmetic expansion).
 *
 * Deviation from bash inherited from `shell-quote`: `#` inside a word also starts a comment.
 */
export function parseLine(line: string, ctx: ShellContext): ParseResult {
	return parseLineInternal(line, ctx, 0);
}

function parseLineInternal(line: string, ctx: ShellContext, depth: number): ParseResult {
	if (typeof line !== 'string') return fail('empty', '');
	if (line.length > MAX_LINE_LENGTH) {
		return fail('too-long', 'bash: line too long', {
			length: line.length,
			max: MAX_LINE_LENGTH
		});
	}
	if (hasControlChar(line)) {
		return fail('control-char', 'bash: control characters are not accepted');
	}
	if (line.trim() === '') return fail('empty', '');

	const scanned = scanSubstitutions(line);
	if (!scanned.ok) return { ok: false, ...scanned.failure };

	const env = shellEnv(ctx);
	const expansions: Expansion[] = [];
	const lookup = (key: string): string | undefined => {
		if (key.startsWith(SUB_PREFIX)) {
			const sub = scanned.subs[Number(key.slice(SUB_PREFIX.length))];
			if (!sub) return '';
			const value =
				(depth < 2 ? ctx.substitute?.(sub.body) : null) ??
				resolveSubstitution(sub.body, ctx, depth);
			expansions.push({
				source: sub.source,
				name: sub.body.trim(),
				kind: 'substitution',
				value: value ?? '',
				resolved: value !== null
			});
			return value ?? '';
		}
		if (key === '') return '$';
		const value = env[key] ?? '';
		expansions.push({ source: '$' + key, name: key, kind: 'variable', value, resolved: true });
		return value;
	};

	let entries: ParseEntry[];
	try {
		// `splitUnquoted` makes an unquoted empty expansion vanish, like bash word splitting.
		entries = shellParse(scanned.text, lookup, { splitUnquoted: true } as never) as ParseEntry[];
	} catch {
		return fail('bad-substitution', 'bash: bad substitution');
	}
	return buildList(entries, expansions);
}

function buildList(entries: ParseEntry[], expansions: Expansion[]): ParseResult {
	const items: ListItem[] = [];
	let commands: SimpleCommand[] = [];
	let current: SimpleCommand = { assignments: {}, argv: [], redirects: [] };
	let comment: string | null = null;
	let pendingRedirect: { fd: number | null; op: string } | null = null;

	const endCommand = (op: string): ParseFailure | null => {
		if (pendingRedirect) {
			return failure('syntax-error', `bash: syntax error near unexpected token \`${op}'`, {
				token: op
			});
		}
		if (current.argv.length === 0 && Object.keys(current.assignments).length === 0) {
			return failure('syntax-error', `bash: syntax error near unexpected token \`${op}'`, {
				token: op
			});
		}
		commands.push(current);
		current = { assignments: {}, argv: [], redirects: [] };
		return null;
	};

	for (let index = 0; index < entries.length; index++) {
		const entry = entries[index]!;
		if (typeof entry === 'string') {
			if (pendingRedirect) {
				current.redirects.push({ ...pendingRedirect, target: entry });
				pendingRedirect = null;
				continue;
			}
			const next = entries[index + 1];
			if (
				/^[0-9]$/.test(entry) &&
				next !== undefined &&
				typeof next === 'object' &&
				'op' in next &&
				REDIRECT_OPS.has(next.op)
			) {
				// `2>&1`: shell-quote splits the descriptor from the operator.
				pendingRedirect = { fd: Number(entry), op: next.op };
				index++;
				continue;
			}
			const assignment = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/s.exec(entry);
			if (assignment && current.argv.length === 0) {
				current.assignments[assignment[1]!] = assignment[2]!;
				continue;
			}
			current.argv.push(entry);
			continue;
		}
		if ('comment' in entry) {
			comment = entry.comment;
			break;
		}
		if (entry.op === 'glob') {
			const word = (entry as { pattern: string }).pattern;
			if (pendingRedirect) {
				current.redirects.push({ ...pendingRedirect, target: word });
				pendingRedirect = null;
			} else current.argv.push(word);
			continue;
		}
		const op = entry.op as string;
		if (REDIRECT_OPS.has(op)) {
			if (pendingRedirect) {
				return fail('syntax-error', `bash: syntax error near unexpected token \`${op}'`, {
					token: op
				});
			}
			pendingRedirect = { fd: null, op };
			continue;
		}
		if (op === '|' || op === '|&') {
			const problem = endCommand(op);
			if (problem) return { ok: false, ...problem };
			continue;
		}
		if (LIST_OPS.has(op)) {
			const problem = endCommand(op);
			if (problem) return { ok: false, ...problem };
			items.push({ pipeline: { commands }, next: op as ListOperator });
			commands = [];
			continue;
		}
		if (UNSUPPORTED_OPS.has(op)) {
			return fail('unsupported-syntax', `bash: '${op}' is not simulated`, { syntax: op });
		}
		return fail('syntax-error', `bash: syntax error near unexpected token \`${op}'`, {
			token: op
		});
	}

	if (pendingRedirect) {
		return fail('syntax-error', "bash: syntax error near unexpected token `newline'", {
			token: 'newline'
		});
	}
	if (current.argv.length > 0 || Object.keys(current.assignments).length > 0) {
		commands.push(current);
	} else if (commands.length > 0) {
		return fail('syntax-error', "bash: syntax error near unexpected token `newline'", {
			token: '|'
		});
	}
	if (commands.length > 0) items.push({ pipeline: { commands }, next: null });
	else if (items.length > 0) {
		// A trailing `;` or `&` is fine in bash; a trailing `&&` / `||` waits for more input.
		const last = items[items.length - 1]!;
		if (last.next === '&&' || last.next === '||') {
			return fail('syntax-error', "bash: syntax error near unexpected token `newline'", {
				token: last.next
			});
		}
		last.next = null;
	}
	if (items.length === 0) {
		return fail('empty', '');
	}
	return { ok: true, line: { items, expansions, comment } };
}

/** Quote one word for display the way a person would type it (single quotes only when needed). */
export function quoteWord(word: string): string {
	if (word === '') return "''";
	if (/^[A-Za-z0-9_@%+=:,./{}^-]+$/.test(word)) return word;
	return "'" + word.replace(/'/g, `'\\''`) + "'";
}
