/**
 * From a tokenised line to what would run: each simple command read with its program's option
 * spec, with `sudo` and `sh -c '…'` unwrapped so the judge and the simulated host see the real
 * command and the user it runs as. Nothing is executed.
 *
 * Rules: sudo(8) runs its operands as root (or `-u user`) with root's environment, so a
 * `$USER` the learner's shell already expanded stays expanded, while `$USER` inside a
 * single-quoted `sh -c` string is expanded later by root's shell (bash(1) "QUOTING").
 */
import {
	parseLine,
	type Expansion,
	type ListOperator,
	type ParseFailure,
	type Redirect,
	type ShellContext
} from './parse';
import { parseArgs } from './argv';
import { findProgram, isRealProgram, knownCommandNames } from './programs';
import { closestName, type ArgsError, type ParsedArgs } from './spec';

/** Why a command cannot run as typed (before any host state is consulted). */
export interface InvocationError {
	reasonId: 'command-not-found' | 'typo-command' | ArgsError['reasonId'];
	/** The error as the shell or program would print it. */
	message: string;
	exitCode: number;
	/** For typos: the known command the learner probably meant. */
	suggestion?: string;
	offender: string;
	/** For operand-count errors: the options and operands that were read. */
	partial?: ParsedArgs;
}

/** One command as it would run. */
export interface Invocation {
	/** argv after unwrapping `sudo` (and `sh -c` when the string is one simple command). */
	argv: string[];
	/** The argv as typed, including `sudo …` wrappers. */
	typedArgv: string[];
	args: ParsedArgs | null;
	error: InvocationError | null;
	/** The user the command runs as. */
	runAs: string;
	/** Wrappers that were peeled off, outermost first: `sudo`, `sh -c`. */
	wrappers: ('sudo' | 'sh -c')[];
	/** Arguments given to sudo itself (e.g. `-u bob`, `-E`), when wrapped in sudo. */
	sudoArgs: ParsedArgs | null;
	assignments: Record<string, string>;
	redirects: Redirect[];
	/** Expansions done by the shell that produced this argv (root's shell for `sh -c` strings). */
	expansions: Expansion[];
	/** For `sh -c` strings that are more than one simple command: the analysed script. */
	script: Plan | null;
}

/** A pipeline: stages joined by `|`. */
export interface PlanItem {
	stages: Invocation[];
	next: ListOperator | null;
}

/** A whole line as it would run. */
export interface Plan {
	items: PlanItem[];
	expansions: Expansion[];
}

/** A line read, or why it cannot be (with the line as typed). */
export type AnalyseResult =
	| { ok: true; plan: Plan }
	| ({ ok: false; typed?: string } & ParseFailure);

const SHELLS = new Set(['sh', 'bash', 'dash']);

function baseName(word: string): string {
	return word.includes('/') ? word.slice(word.lastIndexOf('/') + 1) : word;
}

/**
 * Analyse one typed line as run by `ctx.user`. Never throws; parse failures are returned.
 * `depth` limits nested `sh -c` strings.
 */
export function analyseLine(line: string, ctx: ShellContext, depth = 0): AnalyseResult {
	const parsed = parseLine(line, ctx);
	if (!parsed.ok) {
		const { ok: _ok, ...failure } = parsed;
		return { ok: false, ...failure, typed: line };
	}
	const items: PlanItem[] = [];
	for (const item of parsed.line.items) {
		const stages: Invocation[] = [];
		for (const cmd of item.pipeline.commands) {
			const inv = analyseCommand(cmd.argv, ctx, parsed.line.expansions, depth);
			inv.assignments = cmd.assignments;
			inv.redirects = cmd.redirects;
			stages.push(inv);
		}
		// `sudo sh -c 'a | b'` alone in its pipeline: splice the script's items in place.
		const only = stages.length === 1 ? stages[0]! : null;
		if (only && only.script && only.redirects.length === 0) {
			const inner = only.script.items;
			inner.forEach((innerItem, k) => {
				items.push({
					stages: innerItem.stages,
					next: k === inner.length - 1 ? item.next : innerItem.next
				});
			});
			continue;
		}
		items.push({ stages, next: item.next });
	}
	return { ok: true, plan: { items, expansions: parsed.line.expansions } };
}

function emptyInvocation(typedArgv: string[], runAs: string, expansions: Expansion[]): Invocation {
	return {
		argv: typedArgv,
		typedArgv,
		args: null,
		error: null,
		runAs,
		wrappers: [],
		sudoArgs: null,
		assignments: {},
		redirects: [],
		expansions,
		script: null
	};
}

function notFound(name: string, viaSudo: boolean): InvocationError {
	const suggestion = closestName(name, knownCommandNames());
	const message = viaSudo
		? `sudo: ${name}: command not found`
		: suggestion
			? `Command '${name}' not found, did you mean:\n  command '${suggestion}'\n${name}: command not found`
			: `${name}: command not found`;
	return {
		reasonId: suggestion ? 'typo-command' : 'command-not-found',
		message,
		exitCode: viaSudo ? 1 : 127,
		...(suggestion ? { suggestion } : {}),
		offender: name
	};
}

const SUDO_INFO = ['help', 'version', 'list', 'validate', 'reset-timestamp', 'remove-timestamp'];

function argsError(read: ArgsError): InvocationError {
	return {
		reasonId: read.reasonId,
		message: read.message,
		exitCode: read.exitCode,
		offender: read.offender,
		...(read.partial ? { partial: read.partial } : {})
	};
}

/**
 * Peel `sudo [options] [VAR=value…] command …` off `inv`: who it runs as, sudo's own options,
 * the variables sudo sets (sudo(8)). Returns the command's argv, or null when `inv` is complete
 * (`sudo -i` → an interactive root shell, `sudo -l`, a usage error).
 */
function peelSudo(inv: Invocation, argv: string[]): string[] | null {
	const sudoSpec = findProgram('sudo')!;
	const read = parseArgs(argv, sudoSpec);
	if (!read.ok) {
		inv.error = argsError(read);
		return null;
	}
	inv.sudoArgs = read.args;
	inv.wrappers.push('sudo');
	inv.runAs = read.args.options.find((o) => o.key === 'user')?.value ?? 'root';
	let rest = read.args.operands;
	while (rest[0] !== undefined && /^[A-Za-z_][A-Za-z0-9_]*=/.test(rest[0])) {
		const word = rest[0];
		inv.assignments = {
			...inv.assignments,
			[word.slice(0, word.indexOf('='))]: word.slice(word.indexOf('=') + 1)
		};
		rest = rest.slice(1);
	}
	if (rest.length > 0) return rest;
	// `sudo -i` / `sudo -s`: an interactive root shell. Plain `sudo`: usage.
	if (read.args.options.some((o) => o.key === 'login' || o.key === 'shell')) {
		inv.argv = ['bash'];
		inv.args = {
			path: ['bash'],
			spec: findProgram('bash')!,
			options: [],
			operands: [],
			globalOptions: []
		};
		return null;
	}
	inv.args = read.args;
	inv.argv = ['sudo'];
	if (!read.args.options.some((o) => SUDO_INFO.includes(o.key)))
		inv.error = { reasonId: 'usage-error', message: sudoSpec.usage, exitCode: 1, offender: 'sudo' };
	return null;
}

/**
 * `sh -c 'string'`: the string is read by the shell of whoever runs sh (root's after sudo, with
 * root's environment). One simple command is unwrapped into `inv`'s place; a longer script is
 * kept as `inv.script`, every command in it marked as run through `sh -c`.
 */
function unwrapShC(inv: Invocation, name: string, ctx: ShellContext, depth: number): Invocation {
	const script = inv.args!.operands[0];
	if (script === undefined) {
		inv.error = {
			reasonId: 'missing-option-argument',
			message: `${name}: 0: -c requires an argument`,
			exitCode: 2,
			offender: '-c'
		};
		return inv;
	}
	const inner = analyseLine(script, { ...ctx, user: inv.runAs, env: {} }, depth + 1);
	if (!inner.ok) {
		inv.error = {
			reasonId: 'usage-error',
			message: `${name}: 1: ${inner.message.replace(/^bash: /, '')}`,
			exitCode: 2,
			offender: script
		};
		return inv;
	}
	const items = inner.plan.items;
	if (items.length === 1 && items[0]!.stages.length === 1) {
		const innerInv = items[0]!.stages[0]!;
		return {
			...innerInv,
			typedArgv: inv.typedArgv,
			runAs: innerInv.wrappers.includes('sudo') ? innerInv.runAs : inv.runAs,
			wrappers: [...inv.wrappers, 'sh -c', ...innerInv.wrappers],
			sudoArgs: inv.sudoArgs ?? innerInv.sudoArgs
		};
	}
	for (const it of items) {
		for (const st of it.stages) {
			st.wrappers = [...inv.wrappers, 'sh -c', ...st.wrappers];
			if (!st.wrappers.slice(inv.wrappers.length + 1).includes('sudo')) st.runAs = inv.runAs;
		}
	}
	inv.script = inner.plan;
	return inv;
}

function analyseCommand(
	typedArgv: string[],
	ctx: ShellContext,
	expansions: Expansion[],
	depth: number
): Invocation {
	// Only assignments (`A=1`): bash sets shell variables and runs nothing, like `:`.
	if (typedArgv.length === 0) typedArgv = [':'];
	const inv = emptyInvocation(typedArgv, ctx.user, expansions);
	let argv: string[] | null = typedArgv;
	const viaSudo = argv[0] !== undefined && baseName(argv[0]) === 'sudo';
	if (viaSudo) argv = peelSudo(inv, argv);
	if (argv === null) return inv;
	inv.argv = argv;
	const name = argv[0]!;
	const spec = findProgram(name);
	if (!spec) {
		// A real program without a spec (npm, apt-get, vi …) is read as words only.
		if (!isRealProgram(name)) inv.error = notFound(name, viaSudo);
		return inv;
	}
	const read = parseArgs([baseName(name), ...argv.slice(1)], spec);
	if (!read.ok) {
		inv.error = argsError(read);
		return inv;
	}
	inv.args = read.args;
	if (SHELLS.has(baseName(name)) && read.args.options.some((o) => o.key === 'c') && depth < 3)
		return unwrapShC(inv, baseName(name), ctx, depth);
	return inv;
}

/** Every invocation of a plan in order (pipeline stages left to right, items in order). */
export function invocations(plan: Plan): Invocation[] {
	return plan.items.flatMap((item) => item.stages);
}
