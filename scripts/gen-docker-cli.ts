/**
 * Generates `src/lib/drill/programs/docker/cli-table.ts`: the option specs of the whole Docker CLI
 * as data (commands, usage lines, aliases, options with their value types and descriptions).
 *
 *   npx tsx scripts/gen-docker-cli.ts [--compose DIR] [--buildx DIR]
 *
 * Sources, read at generation time only (the table is committed; nothing is fetched at run time):
 * - the Docker client's own help (`docker <command> --help`, client 28.x, no engine needed),
 *   walked from `docker --help` through every management command;
 * - Compose v2's reference (`docs/reference/docker_compose*.yaml` of the Compose repository,
 *   the files docs.docker.com/reference/cli/docker/compose/ is built from), given with `--compose`;
 * - Buildx's reference (`docs/reference/buildx*.md`), given with `--buildx`.
 * Without a directory that part of the table is kept as it was.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

interface Opt {
	s?: string;
	l: string;
	/** Value type (`string`, `list`, `int` …); absent for a boolean flag. */
	t?: string;
	d: string;
}
interface Cmd {
	usage: string;
	d: string;
	aliases?: string[];
	o: Opt[];
	sub?: string[];
}

const OUT = 'src/lib/drill/programs/docker/cli-table.ts';
const table: Record<string, Cmd> = {};

function help(path: string[]): string {
	return execFileSync('docker', [...path, '--help'], {
		encoding: 'utf8',
		env: { ...process.env, DOCKER_CONFIG: '/tmp/docker-gen-config' }
	});
}

/** First sentence of a description, without the `(default …)` tail. */
function short(text: string): string {
	return text
		.replace(/\s+/g, ' ')
		.replace(/\s*\(default [^)]*\)\s*$/, '')
		.replace(/^(.*?[a-z)])\.(\s.*)?$/, '$1')
		.trim()
		.slice(0, 120);
}

function parseOptions(block: string[]): Opt[] {
	const out: Opt[] = [];
	for (const line of block) {
		const m = /^\s{2}(?:-(\w), )?\s*--([\w-]+)(?: (\S+))?\s{2,}(.*)$/.exec(line);
		if (m) {
			out.push({
				...(m[1] ? { s: m[1] } : {}),
				l: m[2]!,
				...(m[3] ? { t: m[3] } : {}),
				d: m[4]!
			});
			continue;
		}
		const cont = /^\s{10,}(\S.*)$/.exec(line);
		if (cont && out.length) out[out.length - 1]!.d += ' ' + cont[1];
	}
	return out.map((o) => ({ ...o, d: short(o.d) }));
}

function sections(text: string): Record<string, string[]> {
	const result: Record<string, string[]> = {};
	let current = '';
	for (const line of text.split('\n')) {
		const head = /^([A-Z][A-Za-z ]+):\s*$/.exec(line);
		if (head) {
			current = head[1]!;
			result[current] = [];
		} else if (current) result[current]!.push(line);
	}
	return result;
}

function walkDocker(path: string[]): void {
	const text = help(path);
	const usage = /^Usage:\s+(.*)$/m.exec(text)?.[1]?.trim() ?? '';
	const lines = text.split('\n');
	const usageAt = lines.findIndex((l) => l.startsWith('Usage:'));
	const desc = lines.slice(usageAt + 1).find((l) => l.trim() !== '') ?? '';
	const secs = sections(text);
	const opts = parseOptions([...(secs['Options'] ?? []), ...(secs['Global Options'] ?? [])]);
	const aliases = (secs['Aliases'] ?? [])
		.join(' ')
		.split(',')
		.map((a) => a.trim().replace(/^docker\s*/, ''))
		.filter((a) => a && a !== path.join(' '));
	const subs: string[] = [];
	for (const [name, body] of Object.entries(secs)) {
		if (!/Commands$/.test(name)) continue;
		for (const line of body) {
			const m = /^\s{2}([a-z][\w-]*)\*?\s{2,}/.exec(line);
			if (m) subs.push(m[1]!);
		}
	}
	const key = ['docker', ...path].join(' ');
	table[key] = {
		usage,
		d: short(desc),
		...(aliases.length ? { aliases } : {}),
		o: opts,
		...(subs.length ? { sub: subs } : {})
	};
	for (const sub of subs) {
		// Plugins that are not installed here (compose, buildx) come from their references.
		if (path.length === 0 && (sub === 'compose' || sub === 'buildx')) continue;
		walkDocker([...path, sub]);
	}
}

async function readCompose(dir: string): Promise<void> {
	// js-yaml ships with the dev tools (no types needed for one call).
	const yaml = ((await import('js-yaml' as string)) as { default: { load(t: string): unknown } })
		.default;
	for (const file of readdirSync(dir).filter((f) => /^docker_compose.*\.yaml$/.test(f))) {
		const doc = yaml.load(readFileSync(join(dir, file), 'utf8')) as {
			command: string;
			short?: string;
			usage?: string;
			cname?: string[];
			options?: {
				option: string;
				shorthand?: string;
				value_type: string;
				description?: string;
				hidden?: boolean;
				deprecated?: boolean;
			}[];
		};
		if (doc.command.includes(' alpha') || doc.command.includes(' bridge')) continue;
		const o = (doc.options ?? [])
			.filter((x) => !x.hidden)
			.map((x) => ({
				...(x.shorthand ? { s: x.shorthand } : {}),
				l: x.option,
				...(x.value_type !== 'bool' ? { t: x.value_type } : {}),
				d: short(x.description ?? '')
			}));
		const sub = (doc.cname ?? [])
			.map((c) => c.split(' ').pop()!)
			.filter((c) => c !== 'alpha' && c !== 'bridge');
		table[doc.command] = {
			usage: doc.usage ?? doc.command,
			d: short(doc.short ?? ''),
			o,
			...(sub.length ? { sub } : {})
		};
	}
}

function readBuildx(dir: string): void {
	for (const file of readdirSync(dir).filter((f) => /^buildx.*\.md$/.test(f))) {
		const text = readFileSync(join(dir, file), 'utf8');
		const command = 'docker ' + file.replace(/\.md$/, '').replace(/_/g, ' ');
		if (/\b(dap|debug|policy|dial-stdio|history)\b/.test(command)) continue;
		const usage = /```text\n(.*)\n```/.exec(text)?.[1]?.trim() ?? command;
		const desc = /<!---MARKER_GEN_START-->\n(.*)\n/.exec(text)?.[1] ?? '';
		const o: Opt[] = [];
		const sub: string[] = [];
		for (const line of text.split('\n')) {
			const row = /^\|\s*(.*?)\s*\|\s*`?([\w-]*)`?\s*\|\s*(.*?)\s*\|\s*(.*?)\s*\|$/.exec(line);
			if (!row || !row[1]!.includes('`-')) {
				const cmd = /^\|\s*\[`([a-z-]+)`\]\(buildx_/.exec(line);
				if (cmd) sub.push(cmd[1]!);
				continue;
			}
			const names = [...row[1]!.matchAll(/`(--?[\w-]+)`/g)].map((m) => m[1]!);
			const long = names.find((n) => n.startsWith('--'));
			const shortName = names.find((n) => /^-\w$/.test(n));
			if (!long) continue;
			const type = row[2]!;
			o.push({
				...(shortName ? { s: shortName.slice(1) } : {}),
				l: long.slice(2),
				...(type && type !== 'bool' ? { t: type } : {}),
				d: short(row[4]!.replace(/`/g, '').replace(/\\\|/g, '|'))
			});
		}
		table[command] = { usage, d: short(desc), o, ...(sub.length ? { sub } : {}) };
	}
}

function previous(): Record<string, Cmd> {
	if (!existsSync(OUT)) return {};
	const text = readFileSync(OUT, 'utf8');
	const json = text.slice(text.indexOf('= {') + 2, text.lastIndexOf('}') + 1);
	return JSON.parse(json) as Record<string, Cmd>;
}

/**
 * One entry per command: an alias (`docker ps` of `docker container ls`) is listed in its
 * command's `aliases` and dropped as an entry. With Buildx installed `docker build` is
 * `docker buildx build`; the legacy builder's options are kept too (both are accepted).
 */
function mergeAliases(): void {
	const bx = table['docker buildx build'];
	const legacy = table['docker image build'];
	if (bx && legacy) {
		for (const o of legacy.o) if (!bx.o.some((x) => x.l === o.l)) bx.o.push(o);
		bx.aliases = ['build', 'builder build', 'image build', 'buildx b'];
	}
	// The management form (`docker container ls`) is the entry; shorter spellings are aliases.
	for (const [key, cmd] of Object.entries(table)) {
		if (!table[key]) continue;
		for (const alias of cmd.aliases ?? []) {
			const other = 'docker ' + alias;
			if (other === key || !table[other] || table[other]!.sub) continue;
			if (other.split(' ').length <= key.split(' ').length) delete table[other];
		}
	}
	const root = table['docker'];
	if (root?.sub) for (const p of ['compose', 'buildx']) if (!root.sub.includes(p)) root.sub.push(p);
}

async function main(): Promise<void> {
	const args = process.argv.slice(2);
	const compose = args[args.indexOf('--compose') + 1];
	const buildx = args[args.indexOf('--buildx') + 1];
	const old = previous();
	walkDocker([]);
	if (args.includes('--compose') && compose) await readCompose(compose);
	else for (const [k, c] of Object.entries(old)) if (k.startsWith('docker compose')) table[k] = c;
	if (args.includes('--buildx') && buildx) readBuildx(buildx);
	else for (const [k, c] of Object.entries(old)) if (k.startsWith('docker buildx')) table[k] = c;
	mergeAliases();
	const version = execFileSync('docker', ['--version'], { encoding: 'utf8' }).trim();
	const sorted = Object.fromEntries(Object.entries(table).sort(([a], [b]) => a.localeCompare(b)));
	const header = `/**
 * The Docker CLI as data: every command and management command with its usage line, aliases and
 * options (value type absent = boolean flag). GENERATED by \`scripts/gen-docker-cli.ts\` from the
 * help of ${version} and the Compose and Buildx CLI references; do not edit by hand.
 */
import type { CliTable } from './cli-types';

export const DOCKER_CLI: CliTable = `;
	const body = Object.entries(sorted)
		.map(([k, c]) => `\t${JSON.stringify(k)}: ${JSON.stringify(c)}`)
		.join(',\n');
	writeFileSync(OUT, header + '{\n' + body + '\n};\n');
	console.log(`${Object.keys(sorted).length} commands → ${OUT}`);
}

void main();
