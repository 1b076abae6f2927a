/**
 * Shells: dash(1) (Ubuntu's /bin/sh, also as `dash`) and bash(1). `sh -c '…'` is unwrapped when
 * the line is read (`analyse.ts`); on the host a shell reads a script file, a script from
 * standard input (`curl … | sh`, `sh -s`, `sh -`), or starts an interactive shell.
 */
import { readFile } from '../host/files';
import { runInstallScript, SCRIPT_MARK } from '../host/install-script';
import { hasOption, helpVersion, spec, f, v, type ParsedArgs } from '../spec';
import { err, ok, type Io, type Program, type ProgramCall } from './program';

const shellOptions = [
	f('c', undefined, 'run the next argument as a command string'),
	f('e', undefined),
	f('x', undefined),
	f('s', undefined, 'read commands from standard input'),
	f('i', undefined),
	f('l', undefined),
	f('u', undefined),
	f('v', undefined),
	f('n', undefined),
	f('f', undefined),
	f('a', undefined),
	f('C', undefined),
	v('o', undefined)
];

const shSpec = spec(
	'sh',
	'dash',
	shellOptions,
	'Usage: sh [-aCefnuvxIimqVEbp] [+aCefnuvxIimqVEbp] [-o option_name] [+o option_name] [command_file [argument ...]]'
);

const bashSpec = spec(
	'bash',
	'bash',
	[
		...shellOptions,
		f(undefined, 'login'),
		f(undefined, 'norc'),
		f(undefined, 'noprofile'),
		f(undefined, 'posix'),
		f(undefined, 'verbose'),
		v(undefined, 'rcfile'),
		...helpVersion
	],
	'Usage:\tbash [GNU long option] [option] ...\n\tbash [GNU long option] [option] script-file ...'
);

/** What a shell command line asks for (the judge's install task reads the same). */
export interface ShellRun {
	/** The script comes from standard input (no file operand, or `-s` / `-`). */
	fromStdin: boolean;
	/** The script file, when one is named. */
	file: string | null;
	/** Arguments passed to the script. */
	scriptArgs: string[];
	/** The script was asked for a dry run (`--dry-run`, get.docker.com's option). */
	dryRun: boolean;
}

/** True for sh, dash and bash. */
export function isShell(args: ParsedArgs | null): boolean {
	const p = args?.path[0];
	return p === 'sh' || p === 'bash' || p === 'dash';
}

/** Read a shell command line; null for other programs and for `sh -c` (unwrapped elsewhere). */
export function readShellRun(args: ParsedArgs): ShellRun | null {
	if (!isShell(args) || hasOption(args, 'c')) return null;
	const ops = args.operands;
	const fromStdin = ops.length === 0 || hasOption(args, 's');
	const scriptArgs = fromStdin ? [...ops] : ops.slice(1);
	return {
		fromStdin,
		file: fromStdin ? null : ops[0]!,
		scriptArgs,
		dryRun: scriptArgs.includes('--dry-run')
	};
}

/** An interactive shell: pushed on the session stack (root's after `sudo sh`). */
function interactive({ host: s, actor }: ProgramCall): Io {
	const session = actor.session;
	s.sessions.push(
		actor.root
			? { user: 'root', gid: 'root', groups: [], kind: 'root-shell' }
			: { user: session.user, gid: session.gid, groups: [...session.groups], kind: 'subshell' }
	);
	return ok();
}

/** A script that is not the install script: an HTML page, or one word the drill cannot run. */
function foreignScript(name: string, dash: boolean, text: string): Io {
	if (text.trimStart().startsWith('<')) {
		return dash
			? err(`${name}: 1: Syntax error: newline unexpected`, 2)
			: err("bash: line 1: syntax error near unexpected token `newline'", 2);
	}
	return err(`${name}: 1: ${text.trim().split(/\s/)[0]}: not found`, 127);
}

function run(call: ProgramCall): Io {
	const { host: s, args, actor, stdin } = call;
	const name = args.path[0]!;
	const dash = name !== 'bash';
	if (hasOption(args, 'version') && !dash)
		return ok('GNU bash, version 5.2.21(1)-release (x86_64-pc-linux-gnu)\n');
	const shell = readShellRun(args)!;
	let text: string;
	if (shell.file !== null) {
		const file = readFile(s, shell.file);
		if (!file) {
			return dash
				? err(`${name}: 0: cannot open ${shell.file}: No such file`, 2)
				: err(`bash: ${shell.file}: No such file or directory`, 127);
		}
		text = file.content;
	} else if (stdin === null) return interactive(call);
	else text = stdin;
	if (text.trim() === '') return ok();
	if (text.includes(SCRIPT_MARK))
		return runInstallScript({
			host: s,
			actor,
			shell: dash ? 'dash' : 'bash',
			args: shell.scriptArgs
		});
	return foreignScript(name, dash, text);
}

/** sh: dash(1). `sh -` ends options (script from standard input). */
export const sh: Program = { spec: shSpec, run };
/** dash(1) by its own name. */
export const dash: Program = { spec: { ...shSpec, name: 'dash' }, run };
/** bash(1), GNU bash 5.2. */
export const bash: Program = { spec: bashSpec, run };
