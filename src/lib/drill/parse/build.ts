/**
 * From `shell-quote`'s entries to a list of pipelines of simple commands: assignments, argv,
 * redirections (`2>&1` arrives split, the descriptor first), `|`, and the list operators; syntax
 * errors worded as bash words them (bash(1) "SHELL GRAMMAR").
 */
import type { ParseEntry } from 'shell-quote';
import { LIST_OPS, REDIRECT_OPS, UNSUPPORTED_OPS, fail, failure } from './common';
import type {
	Expansion,
	ListItem,
	ListOperator,
	ParseFailure,
	ParseResult,
	SimpleCommand
} from './types';

const unexpected = (token: string, shown = token): ParseFailure =>
	failure('syntax-error', `bash: syntax error near unexpected token \`${shown}'`, { token });

const emptyCommand = (): SimpleCommand => ({ assignments: {}, argv: [], redirects: [] });

/** The list being built, one entry at a time. */
class ListBuilder {
	readonly items: ListItem[] = [];
	comment: string | null = null;
	private commands: SimpleCommand[] = [];
	private current = emptyCommand();
	private pendingRedirect: { fd: number | null; op: string } | null = null;

	/** A redirection operator was read and waits for its target word. */
	get awaitingTarget(): boolean {
		return this.pendingRedirect !== null;
	}

	private hasCommand(): boolean {
		return this.current.argv.length > 0 || Object.keys(this.current.assignments).length > 0;
	}

	/** A word: a redirection target, an assignment before the command, or an argument. */
	word(word: string): void {
		if (this.pendingRedirect) {
			this.current.redirects.push({ ...this.pendingRedirect, target: word });
			this.pendingRedirect = null;
			return;
		}
		const assignment = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/s.exec(word);
		if (assignment && this.current.argv.length === 0)
			this.current.assignments[assignment[1]!] = assignment[2]!;
		else this.current.argv.push(word);
	}

	/** A glob pattern stays a word (the drill does not expand globs). */
	glob(pattern: string): void {
		if (this.pendingRedirect) {
			this.current.redirects.push({ ...this.pendingRedirect, target: pattern });
			this.pendingRedirect = null;
		} else this.current.argv.push(pattern);
	}

	redirect(fd: number | null, op: string): ParseFailure | null {
		if (this.pendingRedirect) return unexpected(op);
		this.pendingRedirect = { fd, op };
		return null;
	}

	private endCommand(op: string): ParseFailure | null {
		if (this.pendingRedirect || !this.hasCommand()) return unexpected(op);
		this.commands.push(this.current);
		this.current = emptyCommand();
		return null;
	}

	/** An operator: `|`, a list operator, or syntax the drill does not model. */
	operator(op: string): ParseFailure | null {
		if (REDIRECT_OPS.has(op)) return this.redirect(null, op);
		if (op === '|' || op === '|&') return this.endCommand(op);
		if (LIST_OPS.has(op)) {
			const problem = this.endCommand(op);
			if (problem) return problem;
			this.items.push({ pipeline: { commands: this.commands }, next: op as ListOperator });
			this.commands = [];
			return null;
		}
		if (UNSUPPORTED_OPS.has(op))
			return failure('unsupported-syntax', `bash: '${op}' is not simulated`, { syntax: op });
		return unexpected(op);
	}

	/** The end of the line: a dangling `|`, `&&` or redirection waits for more input in bash. */
	finish(): ParseFailure | null {
		if (this.pendingRedirect) return unexpected('newline');
		if (this.hasCommand()) this.commands.push(this.current);
		else if (this.commands.length > 0) return unexpected('|', 'newline');
		if (this.commands.length > 0) {
			this.items.push({ pipeline: { commands: this.commands }, next: null });
			return null;
		}
		const last = this.items[this.items.length - 1];
		if (!last) return null;
		// A trailing `;` or `&` is fine in bash; a trailing `&&` / `||` waits for more input.
		if (last.next === '&&' || last.next === '||') return unexpected(last.next, 'newline');
		last.next = null;
		return null;
	}
}

/** `2` before a redirection operator (`2>&1`): shell-quote splits the descriptor from it. */
function descriptorBefore(entry: string, next: ParseEntry | undefined): boolean {
	return (
		/^[0-9]$/.test(entry) &&
		next !== undefined &&
		typeof next === 'object' &&
		'op' in next &&
		REDIRECT_OPS.has(next.op)
	);
}

/** Build the list of pipelines from `shell-quote`'s entries. */
export function buildList(entries: ParseEntry[], expansions: Expansion[]): ParseResult {
	const b = new ListBuilder();
	for (let index = 0; index < entries.length; index++) {
		const entry = entries[index]!;
		let problem: ParseFailure | null = null;
		if (typeof entry === 'string') {
			const next = entries[index + 1];
			if (!b.awaitingTarget && descriptorBefore(entry, next)) {
				problem = b.redirect(Number(entry), (next as { op: string }).op);
				index++;
			} else b.word(entry);
		} else if ('comment' in entry) {
			b.comment = entry.comment;
			break;
		} else if (entry.op === 'glob') b.glob((entry as { pattern: string }).pattern);
		else problem = b.operator(entry.op as string);
		if (problem) return { ok: false, ...problem };
	}
	const problem = b.finish();
	if (problem) return { ok: false, ...problem };
	if (b.items.length === 0) return fail('empty', '');
	return { ok: true, line: { items: b.items, expansions, comment: b.comment } };
}
