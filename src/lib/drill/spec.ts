/**
 * The shape of an option spec (what a program accepts on its command line) and small helpers.
 * The specs themselves live in `programs/`; argv is read with them in `argv.ts`.
 *
 * Each program reads its argv the way the real one does, so equivalent spellings give the same
 * {@link ParsedArgs}: short clusters (`-aG docker`), attached values (`-Gdocker`), long options
 * with or without `=`, GNU unique-prefix abbreviations, `--`, and option permutation where the
 * real parser permutes (GNU getopt_long) or stops at the first operand (sudo, sh, `docker run`).
 * Unknown options produce the program's own style of error message.
 *
 * Sources: usermod(8), gpasswd(1), newgrp(1) (shadow-utils); adduser(8) (Debian adduser);
 * id(1), groups(1), whoami(1) (GNU coreutils); sudo(8); curl(1) and `curl --help all`;
 * wget(1); dash(1) and bash(1); the Docker CLI reference (docs.docker.com/reference/cli/docker/)
 * and `docker <command> --help`; Compose CLI reference (docs.docker.com/reference/cli/docker/compose/).
 */

/** How a program reads its argv and how it words errors. */
export type OptionStyle = 'gnu' | 'curl' | 'cobra' | 'sudo' | 'dash' | 'bash' | 'perl' | 'builtin';

/** One option. `key` is the canonical name used to compare spellings (the long name if any). */
export interface OptionDef {
	key: string;
	short?: string;
	long?: string;
	/** Whether the option takes a value. Absent = flag. */
	arg?: 'required';
	/**
	 * How the value is compared when the value is a quantity the program parses, so that two
	 * spellings of one value match: `bytes` (`512m` = `512M` = `536870912`, Docker's go-units
	 * `RAMInBytes`, binary multiples, case-insensitive), `decimal` (`1.5` = `1.50`), `duration`
	 * (`30s` = `30000ms`, Go's `time.ParseDuration`). Absent: compared as written.
	 */
	valueKind?: 'bytes' | 'decimal' | 'duration';
	/** What it does (English, as the program's help says it); the UI may show a translation. */
	doc?: string;
}

/** A program (or a subcommand of one). */
export interface ProgramSpec {
	/** Name as typed, e.g. `usermod`, or for subcommands the path `docker ps`. */
	name: string;
	style: OptionStyle;
	options: OptionDef[];
	/** GNU getopt_long permutes: options may follow operands. False = stop at the first operand. */
	permute: boolean;
	/** Subcommands (docker, docker compose, systemctl). */
	subcommands?: Record<string, ProgramSpec>;
	/** Aliases of subcommands, e.g. `docker container ls` is not modelled but `docker ls` is not real. */
	usage: string;
	/** Exit status the real program uses for a usage error. */
	usageExit: number;
	/** Operand count limits, checked after options; messages in the program's style. */
	minOperands?: number;
	maxOperands?: number;
}

/** An option as read from argv. `spelled` is how the learner wrote it (`-G`, `--groups=`). */
export interface ParsedOption {
	key: string;
	value?: string;
	spelled: string;
}

/** argv read against a spec. `path` is the program and subcommands, e.g. `['docker', 'ps']`. */
export interface ParsedArgs {
	path: string[];
	spec: ProgramSpec;
	options: ParsedOption[];
	operands: string[];
	/** Options given before the subcommand (docker global options), in order. */
	globalOptions: ParsedOption[];
}

/** Why argv was refused: the program's own error text (several lines) and a reason id. */
export interface ArgsError {
	reasonId: 'unknown-option' | 'missing-option-argument' | 'unknown-subcommand' | 'usage-error';
	/** The program's error output, modelled on the real tool. */
	message: string;
	exitCode: number;
	/** The offending option or subcommand as typed. */
	offender: string;
	/** For operand-count errors: what was read before the count check failed. */
	partial?: ParsedArgs;
}

export type ArgsResult = { ok: true; args: ParsedArgs } | ({ ok: false } & ArgsError);

export const f = (
	short: string | undefined,
	long: string | undefined,
	doc?: string
): OptionDef => ({
	key: long ?? short!,
	...(short ? { short } : {}),
	...(long ? { long } : {}),
	...(doc ? { doc } : {})
});
export const v = (
	short: string | undefined,
	long: string | undefined,
	doc?: string
): OptionDef => ({
	...f(short, long, doc),
	arg: 'required'
});

export function spec(
	name: string,
	style: OptionStyle,
	options: OptionDef[],
	usage: string,
	extra: Partial<ProgramSpec> = {}
): ProgramSpec {
	const permute = style === 'gnu' || style === 'curl' || style === 'cobra' || style === 'perl';
	// Docker CLI flag errors exit 125; getopt-style tools and curl use 2.
	const usageExit = style === 'cobra' ? 125 : 2;
	return { name, style, options, usage, permute, usageExit, ...extra };
}

export const helpVersion = [f(undefined, 'help'), f(undefined, 'version')];

/** Levenshtein distance, for "did you mean". */
export function editDistance(a: string, b: string): number {
	if (Math.abs(a.length - b.length) > 3) return 99;
	const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		let diag = prev[0]!;
		prev[0] = i;
		for (let j = 1; j <= b.length; j++) {
			const tmp = prev[j]!;
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			// Transposition counts as one edit (Damerau, restricted) via the swap check below.
			prev[j] = Math.min(prev[j]! + 1, prev[j - 1]! + 1, diag + cost);
			diag = tmp;
		}
	}
	let d = prev[b.length]!;
	if (d === 2 && a.length === b.length) {
		const diffs: number[] = [];
		for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) diffs.push(i);
		if (
			diffs.length === 2 &&
			diffs[1] === diffs[0]! + 1 &&
			a[diffs[0]!] === b[diffs[1]!] &&
			a[diffs[1]!] === b[diffs[0]!]
		)
			d = 1;
	}
	return d;
}

/** The closest name within 2 edits (case-insensitive match counts as 1), or undefined. */
export function closestName(typed: string, names: readonly string[]): string | undefined {
	let best: string | undefined;
	let bestD = 3;
	for (const name of names) {
		const d = typed.toLowerCase() === name.toLowerCase() ? 1 : editDistance(typed, name);
		if (d < bestD || (d === bestD && best !== undefined && name.length < best.length)) {
			best = name;
			bestD = d;
		}
	}
	// Short names get one edit only: `apt` is not a typo of `cat`.
	const limit = typed.length <= 4 ? 1 : 2;
	return bestD <= limit && best !== typed ? best : undefined;
}

/** True when the option with this canonical key was given. */
export function hasOption(args: ParsedArgs, key: string): boolean {
	return args.options.some((o) => o.key === key);
}

/** Values of every occurrence of the option, in order. */
export function optionValues(args: ParsedArgs, key: string): string[] {
	return args.options.filter((o) => o.key === key && o.value !== undefined).map((o) => o.value!);
}

/**
 * Commands whose options mean what another command's options mean (`docker create` takes the
 * options of `docker run`): their option descriptions are that command's.
 */
const SHARED_OPTION_DOCS: Readonly<Record<string, string>> = { 'docker create': 'docker run' };

/**
 * The message key suffixes of an option's translated description (`drill_optdoc_<suffix>`), most
 * specific first: `docker_run_detach` for `docker run -d`, `docker_compose_up_detach` for
 * `docker compose up -d`, then the program-wide one (`docker_format`) used where an option means
 * the same in every command of the program.
 */
export function optionDocKeys(args: ParsedArgs, key: string): string[] {
	const path = args.path.join(' ');
	const clean = (text: string) => text.replace(/[^A-Za-z0-9_]/g, '_');
	return [clean(`${SHARED_OPTION_DOCS[path] ?? path} ${key}`), clean(`${args.path[0]} ${key}`)];
}

/** The option's short spelling if it has one, else the long one (`-a`, `--rm`). */
export function canonicalSpelling(spec: ProgramSpec, key: string): string {
	const def = spec.options.find((o) => o.key === key);
	if (!def) return key;
	return def.short ? '-' + def.short : '--' + def.long;
}
