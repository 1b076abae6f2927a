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
import { buildList } from './build';
import { fail, hasControlChar, shellEnv, SUB_PREFIX } from './common';
import { scanSubstitutions } from './scan';
import { MAX_LINE_LENGTH, type Expansion, type ParseResult, type ShellContext } from './types';

export * from './types';
export { shellEnv } from './common';

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

/** Quote one word for display the way a person would type it (single quotes only when needed). */
export function quoteWord(word: string): string {
	if (word === '') return "''";
	if (/^[A-Za-z0-9_@%+=:,./{}^-]+$/.test(word)) return word;
	return "'" + word.replace(/'/g, `'\\''`) + "'";
}
