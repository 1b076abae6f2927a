/**
 * Option specs of the whole Docker CLI, built from the generated data table
 * ({@link DOCKER_CLI}, `docker <command> --help` of the client plus the Compose and Buildx
 * references). Each command answers to its aliases (`docker ps` = `docker container ls` =
 * `docker container list`); its canonical name is the shortest alias, so every spelling reads the
 * same path. Operand counts and "options stop at the first operand" come from the usage line,
 * read with the same grammar as templates ({@link compileTemplate}).
 */
import { compileTemplate } from '../../template';
import { spec, type OptionDef, type ProgramSpec } from '../../spec';
import { DOCKER_CLI } from './cli-table';
import type { CliCommand } from './cli-types';

/** Operand limits and option style read from a usage line (several lines: the loosest). */
export function usageShape(
	usage: string,
	words: number
): {
	min: number;
	max: number;
	permute: boolean;
} {
	let min = Infinity;
	let max = 0;
	let permute = true;
	for (const line of usage.split('\n')) {
		const t = compileTemplate(line.trim());
		const tail = t.line.split(' ').filter(Boolean).slice(words);
		let lo = 0;
		let hi = 0;
		for (const word of tail) {
			const m = /^__T(\d+)__$/.exec(word);
			const marker = m ? t.markers[Number(m[1])] : undefined;
			if (!marker) {
				lo++;
				hi++;
				continue;
			}
			if (marker.kind === 'rest') {
				// `COMMAND [ARG...]`: the command is required, then options stop (SetInterspersed(false)).
				if (marker.source === 'COMMAND') lo++;
				hi = Infinity;
				permute = false;
				continue;
			}
			if (!marker.optional) lo++;
			hi = marker.repeat ? Infinity : hi + 1;
		}
		min = Math.min(min, lo);
		max = Math.max(max, hi);
	}
	return { min: Number.isFinite(min) ? min : 0, max, permute };
}

function optionDefs(cmd: CliCommand): OptionDef[] {
	const defs: OptionDef[] = cmd.o.map((o) => ({
		key: o.l,
		...(o.s ? { short: o.s } : {}),
		long: o.l,
		...(o.t ? { arg: 'required' as const } : {}),
		...(o.t === 'bytes' || o.t === 'decimal' || o.t === 'duration' ? { valueKind: o.t } : {}),
		doc: o.d
	}));
	// Cobra adds `-h, --help` to every command, except where `-h` is taken (`docker run -h` is --hostname).
	if (!defs.some((d) => d.long === 'help')) {
		const shortTaken = defs.some((d) => d.short === 'h');
		defs.push({
			key: 'help',
			...(shortTaken ? {} : { short: 'h' }),
			long: 'help',
			doc: 'Print usage'
		});
	}
	return defs;
}

/** The name a command is shown and compared by: its shortest spelling (`docker ps`). */
function canonicalName(prefix: string, path: string, cmd: CliCommand): string {
	const names = [path, ...(cmd.aliases ?? []).map((a) => `docker ${a}`)];
	const best = names.sort(
		(a, b) => a.split(' ').length - b.split(' ').length || a.length - b.length
	)[0]!;
	return prefix === 'docker' ? best : best.replace(/^docker compose/, prefix);
}

/**
 * Build the spec tree of `docker` (or of a plugin tree such as `docker compose`, shown under
 * `prefix`, so `docker-compose` reads the Compose table as its own program).
 */
function build(path: string, prefix: string, seen: Map<string, ProgramSpec>): ProgramSpec {
	const cached = seen.get(path);
	if (cached) return cached;
	const cmd = DOCKER_CLI[path]!;
	const name = canonicalName(prefix, path, cmd);
	const words = path.split(' ').length;
	const shape = usageShape(cmd.usage, words);
	const usage = `Usage:  ${cmd.usage.replace(/^docker compose/, prefix).split('\n')[0]}`;
	const extra: Partial<ProgramSpec> = cmd.sub
		? {}
		: {
				permute: shape.permute,
				minOperands: shape.min,
				...(Number.isFinite(shape.max) ? { maxOperands: shape.max } : {})
			};
	const result = spec(name, 'cobra', optionDefs(cmd), usage, extra);
	seen.set(path, result);
	if (cmd.sub) {
		const subs: Record<string, ProgramSpec> = {};
		for (const sub of cmd.sub) {
			const child = `${path} ${sub}`;
			if (DOCKER_CLI[child]) subs[sub] = build(child, prefix, seen);
		}
		result.subcommands = subs;
	}
	// Aliases one level up: `docker ps` is `docker container ls`, `container list` too.
	return result;
}

function addAliases(root: ProgramSpec, seen: Map<string, ProgramSpec>): void {
	for (const [path, cmd] of Object.entries(DOCKER_CLI)) {
		const target = seen.get(path);
		if (!target) continue;
		for (const alias of cmd.aliases ?? []) {
			const words = alias.split(' ');
			let parent: ProgramSpec | undefined = root;
			for (const w of words.slice(0, -1)) parent = parent?.subcommands?.[w];
			if (parent?.subcommands && !parent.subcommands[words.at(-1)!])
				parent.subcommands[words.at(-1)!] = target;
		}
	}
}

function buildDocker(): ProgramSpec {
	const seen = new Map<string, ProgramSpec>();
	const root = build('docker', 'docker', seen);
	root.usage = 'Usage:  docker [OPTIONS] COMMAND';
	addAliases(root, seen);
	return root;
}

/** `docker`: the client with every command, management command and plugin of the table. */
export const docker: ProgramSpec = buildDocker();

/** Compose v1's standalone binary, read with Compose v2's commands (`docker-compose up -d`). */
export const dockerCompose: ProgramSpec = (() => {
	const tree = build('docker compose', 'docker-compose', new Map());
	tree.options = [...tree.options, { key: 'version', short: 'v', long: 'version' }];
	return tree;
})();

/** Every command path of the table (`docker container run`, …), for tests and tools. */
export function dockerCommandPaths(): string[] {
	return Object.keys(DOCKER_CLI);
}
