/** The shapes of a tokenised command line (see `./index.ts`). */

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
