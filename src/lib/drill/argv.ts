/**
 * Reading argv with a program's option spec, in the program's own style: short clusters
 * (`-aG docker`), attached values (`-Gdocker`), long options with or without `=`, GNU unique-prefix
 * abbreviations, `--`, permutation (GNU getopt_long, cobra) or stopping at the first operand
 * (sudo, sh, `docker run`), subcommands and their aliases. Errors are worded as the real program
 * words them. Never throws.
 */
import type { ArgsError, ArgsResult, OptionDef, ParsedOption, ProgramSpec } from './spec';

function errorText(
	spec: ProgramSpec,
	kind: 'unknown' | 'missing' | 'toolong',
	opt: string,
	isLong: boolean
): string {
	const prog = spec.name.split(' ')[0]!;
	const cmdPath = spec.name;
	switch (spec.style) {
		case 'curl':
			return kind === 'missing'
				? `curl: option ${opt}: requires parameter\ncurl: try 'curl --help' or 'curl --manual' for more information`
				: `curl: option ${opt}: is unknown\ncurl: try 'curl --help' or 'curl --manual' for more information`;
		case 'cobra': {
			const see = `See '${cmdPath} --help'.`;
			if (kind === 'missing') {
				return isLong
					? `flag needs an argument: ${opt}\n${see}`
					: `flag needs an argument: '${opt.slice(-1)}' in ${opt}\n${see}`;
			}
			return isLong
				? `unknown flag: ${opt}\n${see}`
				: `unknown shorthand flag: '${opt.slice(-1)}' in ${opt}\n${see}`;
		}
		case 'dash':
			return `${prog}: 0: Illegal option ${opt}`;
		case 'bash':
			return isLong
				? `${prog}: ${opt}: invalid option\n${spec.usage}`
				: `${prog}: ${opt}: invalid option\n${spec.usage}`;
		case 'perl':
			return kind === 'missing'
				? `Option ${opt.replace(/^-+/, '')} requires an argument\n${spec.usage}`
				: `Unknown option: ${opt.replace(/^-+/, '')}\n${spec.usage}`;
		case 'sudo':
			return kind === 'missing'
				? `sudo: option requires an argument -- '${opt.slice(-1)}'\n${spec.usage}`
				: isLong
					? `sudo: unrecognized option '${opt}'\n${spec.usage}`
					: `sudo: invalid option -- '${opt.slice(-1)}'\n${spec.usage}`;
		default: {
			// GNU getopt_long wording; coreutils add "Try … --help", shadow-utils print usage.
			const tail =
				prog === 'usermod' || prog === 'gpasswd' || prog === 'newgrp'
					? spec.usage
					: prog === 'wget'
						? `${spec.usage}\n\nTry \`wget --help' for more options.`
						: `Try '${prog} --help' for more information.`;
			if (kind === 'missing') {
				return isLong
					? `${prog}: option '${opt}' requires an argument\n${tail}`
					: `${prog}: option requires an argument -- '${opt.slice(-1)}'\n${tail}`;
			}
			return isLong
				? `${prog}: unrecognized option '${opt}'\n${tail}`
				: `${prog}: invalid option -- '${opt.slice(-1)}'\n${tail}`;
		}
	}
}

function argsError(
	spec: ProgramSpec,
	reasonId: ArgsError['reasonId'],
	message: string,
	offender: string
): ArgsResult {
	return { ok: false, reasonId, message, exitCode: spec.usageExit, offender };
}

function findLong(spec: ProgramSpec, name: string): OptionDef | 'ambiguous' | undefined {
	const exact = spec.options.find((o) => o.long === name);
	if (exact) return exact;
	// GNU getopt_long and Getopt::Long accept unique prefixes; curl and cobra do not.
	if (spec.style !== 'gnu' && spec.style !== 'perl' && spec.style !== 'bash') return undefined;
	if (name.length < 1) return undefined;
	const matches = spec.options.filter((o) => o.long?.startsWith(name));
	if (matches.length === 1) return matches[0];
	return matches.length > 1 ? 'ambiguous' : undefined;
}

/**
 * Read argv (argv[0] is the program name as typed) against the program's spec.
 *
 * Returns the options in canonical form and the operands, walking into subcommands for docker,
 * `docker compose`, `docker network` and systemctl. For sudo and sh/bash, reading stops at the
 * first operand; the remaining words are operands (the command to run / the script and its args).
 * Never throws. An unknown program is the caller's business (see {@link findProgram}).
 */
export function parseArgs(argv: readonly string[], spec: ProgramSpec): ArgsResult {
	const path = [argv[0] ?? spec.name];
	let current = spec;
	let globalOptions: ParsedOption[] = [];
	let rest = argv.slice(1);
	for (;;) {
		const read = readOptions(rest, current);
		if (!read.ok) return read;
		if (!current.subcommands) {
			return finish(current, path, read.options, read.operands, globalOptions);
		}
		// With subcommands, options before the first operand belong to this level.
		const sub = read.operands[0];
		if (sub === undefined) {
			return finish(current, path, read.options, [], globalOptions);
		}
		const name = sub;
		const rest2 = read.afterFirstOperand;
		const next = Object.prototype.hasOwnProperty.call(current.subcommands, name)
			? current.subcommands[name]
			: undefined;
		if (!next) {
			const what = current.name;
			const message =
				current.style === 'cobra'
					? `${what.split(' ')[0]}: '${sub}' is not a ${what} command.\nSee '${what} --help'`
					: `Unknown command verb ${sub}.`;
			return {
				ok: false,
				reasonId: 'unknown-subcommand',
				message,
				exitCode: 1,
				offender: sub
			};
		}
		globalOptions = [...globalOptions, ...read.options];
		// Cobra commands answer to their aliases (`docker ps` = `docker container ls`): the path is
		// the command's own name, so every spelling reads the same.
		path.splice(
			0,
			path.length,
			...(next.style === 'cobra' ? next.name.split(' ') : [...path, name])
		);
		rest = rest2;
		current = next;
	}
}

function finish(
	spec: ProgramSpec,
	path: string[],
	options: ParsedOption[],
	operands: string[],
	globalOptions: ParsedOption[]
): ArgsResult {
	const helped = options.some((o) => o.key === 'help' || o.key === 'version');
	if (!helped && spec.minOperands !== undefined && operands.length < spec.minOperands) {
		return {
			...argsError(spec, 'usage-error', usageMessage(spec, 'few'), ''),
			partial: { path, spec, options, operands, globalOptions }
		} as ArgsResult;
	}
	if (!helped && spec.maxOperands !== undefined && operands.length > spec.maxOperands) {
		return {
			...argsError(
				spec,
				'usage-error',
				usageMessage(spec, 'many', operands[spec.maxOperands]),
				operands[spec.maxOperands] ?? ''
			),
			partial: { path, spec, options, operands, globalOptions }
		} as ArgsResult;
	}
	return { ok: true, args: { path, spec, options, operands, globalOptions } };
}

function usageMessage(spec: ProgramSpec, kind: 'few' | 'many', extra?: string): string {
	const prog = spec.name.split(' ')[0]!;
	if (spec.style === 'cobra') {
		const n = spec.minOperands ?? 0;
		const count =
			kind === 'few'
				? `requires at least ${n} argument${n === 1 ? '' : 's'}`
				: spec.maxOperands === 0
					? 'accepts no arguments'
					: `requires at most ${spec.maxOperands} argument${spec.maxOperands === 1 ? '' : 's'}`;
		return `"${spec.name}" ${count}.\nSee '${spec.name} --help'.\n\n${spec.usage}`;
	}
	if (
		spec.style === 'gnu' &&
		kind === 'many' &&
		(prog === 'whoami' || prog === 'id' || prog === 'groups')
	) {
		return `${prog}: extra operand ‘${extra}’\nTry '${prog} --help' for more information.`;
	}
	if (spec.style === 'builtin' && prog === 'exit') {
		return 'bash: exit: too many arguments';
	}
	return spec.usage;
}

type ReadResult =
	| { ok: true; options: ParsedOption[]; operands: string[]; afterFirstOperand: string[] }
	| ({ ok: false } & ArgsError);

/** Options read so far and where reading goes on; `failed` ends the read. */
interface OptionRead {
	next: number;
	failed?: ArgsError;
}

const problem = (
	spec: ProgramSpec,
	reasonId: ArgsError['reasonId'],
	message: string,
	offender: string
): OptionRead => ({
	next: 0,
	failed: { reasonId, message, exitCode: spec.usageExit, offender }
});

/** A long option's definition, `--no-x` negating curl's boolean `--x`. */
function longDef(
	spec: ProgramSpec,
	name: string
): { def: OptionDef | 'ambiguous' | undefined; name: string; negated: boolean } {
	const def = findLong(spec, name);
	if (!def && spec.style === 'curl' && name.startsWith('no-')) {
		const positive = findLong(spec, name.slice(3));
		if (positive && positive !== 'ambiguous' && !positive.arg)
			return { def: positive, name: name.slice(3), negated: true };
	}
	return { def, name, negated: false };
}

/** `--name`, `--name=value`, `--name value` (and Getopt::Long's `-name`). */
function readLong(
	args: readonly string[],
	i: number,
	spec: ProgramSpec,
	options: ParsedOption[]
): OptionRead {
	const arg = args[i]!;
	const body = arg.replace(/^--?/, '');
	const eq = body.indexOf('=');
	// curl has no `--opt=value`; `=` is part of the (unknown) name.
	const hasEq = eq >= 0 && spec.style !== 'curl';
	const { def, name, negated } = longDef(spec, hasEq ? body.slice(0, eq) : body);
	if (def === 'ambiguous') return { next: i, failed: errAmbiguous(spec, arg) };
	if (!def) {
		const shown = spec.style === 'cobra' ? '--' + name : arg;
		return problem(spec, 'unknown-option', errorText(spec, 'unknown', shown, true), arg);
	}
	let value: string | undefined;
	let next = i + 1;
	if (def.arg) {
		if (hasEq) value = body.slice(eq + 1);
		else if (next < args.length) value = args[next++];
		else
			return problem(
				spec,
				'missing-option-argument',
				errorText(spec, 'missing', '--' + def.long, true),
				arg
			);
	} else if (hasEq) {
		const raw = body.slice(eq + 1);
		// Cobra booleans take `=true` / `=false`; `--x=false` is as if not given.
		if (spec.style === 'cobra' && raw === 'false') return { next };
		if (!(spec.style === 'cobra' && raw === 'true'))
			return problem(
				spec,
				'usage-error',
				`${spec.name.split(' ')[0]}: option '--${def.long}' doesn't allow an argument\n${spec.usage}`,
				arg
			);
	}
	if (negated) {
		// `--no-fail` cancels an earlier `--fail`.
		for (let k = options.length - 1; k >= 0; k--)
			if (options[k]!.key === def.key) options.splice(k, 1);
		return { next };
	}
	options.push(
		value === undefined ? { key: def.key, spelled: arg } : { key: def.key, value, spelled: arg }
	);
	return { next };
}

/** Short cluster: `-aG docker`, `-aGdocker`, `-fsSL`, `-qO-`. */
function readShort(
	args: readonly string[],
	i: number,
	spec: ProgramSpec,
	options: ParsedOption[]
): OptionRead {
	const arg = args[i]!;
	for (let j = 1; j < arg.length; j++) {
		const letter = arg[j]!;
		const def = spec.options.find((o) => o.short === letter);
		if (!def) {
			// Cobra and curl name the whole word; getopt-style tools the one letter.
			const shown = spec.style === 'cobra' || spec.style === 'curl' ? arg : '-' + letter;
			return problem(
				spec,
				'unknown-option',
				errorText(spec, 'unknown', shown, false),
				'-' + letter
			);
		}
		if (!def.arg) {
			options.push({ key: def.key, spelled: '-' + letter });
			continue;
		}
		const attached = arg.slice(j + 1);
		const value = attached !== '' ? attached : args[i + 1];
		if (value === undefined) {
			const shown = spec.style === 'cobra' ? arg : '-' + letter;
			return problem(
				spec,
				'missing-option-argument',
				errorText(spec, 'missing', shown, false),
				'-' + letter
			);
		}
		options.push({ key: def.key, value, spelled: '-' + letter });
		return { next: attached !== '' ? i + 1 : i + 2 };
	}
	return { next: i + 1 };
}

/** Whether a word is an option for this program (`-` alone never is; echo only `-neE`). */
function looksLikeOption(spec: ProgramSpec, arg: string, operandsSoFar: number): boolean {
	if (!arg.startsWith('-') || arg === '-') return false;
	if (spec.style !== 'builtin') return true;
	return spec.name === 'echo' && operandsSoFar === 0 && /^-[neE]+$/.test(arg);
}

function readOptions(args: readonly string[], spec: ProgramSpec): ReadResult {
	const options: ParsedOption[] = [];
	const operands: string[] = [];
	let afterFirstOperand: string[] = [];
	const stopAtOperand = !spec.permute || spec.subcommands !== undefined;
	const shellStyle = spec.style === 'dash' || spec.style === 'bash';
	let i = 0;
	while (i < args.length) {
		const arg = args[i]!;
		if ((arg === '--' && spec.style !== 'builtin') || (shellStyle && arg === '-')) {
			// `sh -` / `sh -s`: end of options, commands come from standard input.
			if (arg === '-') options.push({ key: 's', spelled: '-' });
			const rest = args.slice(i + 1);
			if (operands.length === 0 && arg === '--') afterFirstOperand = rest.slice(1);
			operands.push(...rest);
			break;
		}
		if ((spec.name === 'newgrp' || spec.name === 'su') && arg === '-') {
			options.push({ key: 'l', spelled: '-' });
			i++;
			continue;
		}
		if (!looksLikeOption(spec, arg, operands.length)) {
			if (operands.length === 0) afterFirstOperand = args.slice(i + 1);
			operands.push(arg);
			if (stopAtOperand) {
				operands.push(...args.slice(i + 1));
				break;
			}
			i++;
			continue;
		}
		const longStyle = arg.startsWith('--') || (spec.style === 'perl' && arg.length > 2);
		const read = longStyle ? readLong(args, i, spec, options) : readShort(args, i, spec, options);
		if (read.failed) return { ok: false, ...read.failed };
		i = read.next;
	}
	return { ok: true, options, operands, afterFirstOperand };
}

function errAmbiguous(spec: ProgramSpec, arg: string): ArgsError {
	const prog = spec.name.split(' ')[0]!;
	const name = arg.replace(/^--?/, '').split('=')[0]!;
	const names = spec.options.filter((o) => o.long?.startsWith(name)).map((o) => `'--${o.long}'`);
	return {
		reasonId: 'unknown-option',
		message: `${prog}: option '${arg.split('=')[0]}' is ambiguous; possibilities: ${names.join(' ')}\n${spec.usage}`,
		exitCode: spec.usageExit,
		offender: arg
	};
}
