/** Helpers shared by the line reader's steps: failures, the shell's variables, reserved names. */
import type { ParseFailure, ParseResult, ShellContext } from './types';

/** Placeholder variable prefix standing for a command substitution while tokenising. */
export const SUB_PREFIX = '__DRILL_SUB_';
/** Redirection operators as `shell-quote` returns them. */
export const REDIRECT_OPS = new Set(['>', '>>', '<', '>&', '<&', '&>', '&>>', '>|', '<>', '<<<']);
/** Operators that end one pipeline of a list. */
export const LIST_OPS = new Set([';', '&&', '||', '&']);
/** Shell syntax the drill does not model. */
export const UNSUPPORTED_OPS = new Set(['(', ')', '<(', '>(', ';;', ';&', ';;&', '<<', '<<-']);

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

/** A failure with its reason id, bash's message and parameters. */
export function failure(
	reasonId: ParseFailure['reasonId'],
	message: string,
	params?: Record<string, string | number>
): ParseFailure {
	return { reasonId, message, ...(params ? { params } : {}) };
}

/** {@link failure} as a parse result. */
export function fail(
	reasonId: ParseFailure['reasonId'],
	message: string,
	params?: Record<string, string | number>
): ParseResult {
	return { ok: false, ...failure(reasonId, message, params) };
}

/** Control characters a command line may not hold (TAB is fine). */
export function hasControlChar(line: string): boolean {
	for (let i = 0; i < line.length; i++) {
		const c = line.charCodeAt(i);
		// C0 controls except TAB, DEL, C1 controls, and the private-use block we reserve.
		if ((c < 0x20 && c !== 0x09) || (c >= 0x7f && c <= 0x9f)) return true;
		if (c >= 0xe000 && c <= 0xf8ff) return true;
	}
	return false;
}
