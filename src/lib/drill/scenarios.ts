/**
 * Drills as data: loading `questions/drills/*.md`, checking a typed line against a drill, the
 * hint ladder and the FSRS rating of an outcome.
 *
 * Two kinds of drill (format in `questions/drills/README.md`):
 * - `recall`: type one command from memory; judged by {@link judgeCommand}.
 * - `scenario`: reach a goal on the simulated host with any sequence of commands (like Learn Git
 *   Branching levels); the result compares the number of commands with the reference solution.
 */
import type { Code, List, ListItem, Paragraph, Root, RootContent } from 'mdast';
import { Rating } from 'ts-fsrs';
import * as v from 'valibot';
import { hash53 } from '../content/identity';
import { parseMarkdownTree } from '../content/markdown';
import type { CommandItem } from '../content/types';
import { analyseLine, invocations, type Invocation } from './analyse';
import {
	createHost,
	currentSession,
	dbGroups,
	runLine,
	shellContext,
	type HostPreset,
	type HostState
} from './host';
import { DEFAULT_USER, judgeCommand, normalisePlan, type Verdict } from './judge';
import { urlHost } from './url';

/** Where a drill was defined. `line` is 1-based. */
export interface DrillSource {
	file: string;
	line: number;
}

/** Authored overrides for the first three hint levels (Markdown). */
export interface DrillHints {
	program?: string;
	options?: string;
	skeleton?: string;
}

/** Type one command from memory. */
export interface RecallDrill {
	kind: 'recall';
	id: string;
	/** The task in Korean (Markdown). */
	prompt: string;
	/** Command template, slots as `{name}` (`sudo usermod -aG docker {user}`). */
	expected: string;
	/** Accepted values per slot; `{user}` defaults to the learner name. */
	slots: Record<string, string[]>;
	hints: DrillHints;
	/** Host the typed line runs on when the screen shows output. */
	start: HostPreset;
	/**
	 * Lines run on the start host before the drill begins (not counted); see {@link startHost}.
	 * Optional so drills built by hand need not list it; loaded drills always have it.
	 */
	setup?: string[];
	tags: string[];
	source: DrillSource;
}

/**
 * A goal over host state. `docker-installed`, `daemon-running`, `member:<group>` (the login user
 * is in the group in /etc/group), `session-group:<group>` (the current shell holds the group),
 * `ran:<command>` (e.g. `ran:docker ps`: it exited 0 without sudo), `keeps-groups` (the login
 * user is still in every group it started with), `container-running:<image>`, `port:<host port>`
 * (a running container publishes it), `image:<name[:tag]>` (present locally), `no-containers`.
 */
export type Goal = string;

/** Reach a goal on the simulated host. */
export interface ScenarioDrill {
	kind: 'scenario';
	id: string;
	title: string;
	prompt: string;
	start: HostPreset;
	goals: Goal[];
	/** Reference solution, one command line per entry. */
	solution: string[];
	/**
	 * Lines run on the start host before the drill begins (not counted); see {@link startHost}.
	 * Optional so drills built by hand need not list it; loaded drills always have it.
	 */
	setup?: string[];
	hints: DrillHints;
	tags: string[];
	source: DrillSource;
}

export type Drill = RecallDrill | ScenarioDrill;

/** A problem in a drill file; `reason` is English for authors. */
export interface DrillFileError {
	file: string;
	line: number;
	reason: string;
}

/** Format an error the way compilers do: `file:line: reason`. */
export function formatDrillError(e: DrillFileError): string {
	return `${e.file}:${e.line}: ${e.reason}`;
}

/** What loading returns: every valid drill, and every problem found. */
export interface LoadedDrills {
	drills: Drill[];
	errors: DrillFileError[];
}

/** Number of hint levels; the last one reveals the answer. */
export const HINT_LEVELS = 4;

const ID = /^[a-z0-9][a-z0-9-]*$/;
const PRESETS = ['fresh', 'docker-installed', 'group-pending', 'docker-ready'] as const;
const GOAL =
	/^(docker-installed|daemon-running|keeps-groups|no-containers|member:[a-z_][a-z0-9_-]*|session-group:[a-z_][a-z0-9_-]*|ran:[a-z][a-z0-9 -]*|container-running:[a-z0-9][a-z0-9._/-]*|image:[a-z0-9][a-z0-9._/:-]*|port:[0-9]{1,5})$/;

const HintsSchema = v.object({
	program: v.optional(v.string()),
	options: v.optional(v.string()),
	skeleton: v.optional(v.string())
});

/** Fields every drill has. */
const common = {
	id: v.pipe(v.string(), v.regex(ID, 'id must be lowercase letters, digits and dashes')),
	prompt: v.pipe(v.string('prompt is required'), v.minLength(1, 'prompt is required')),
	hints: HintsSchema,
	start: v.picklist(PRESETS, `start must be one of ${PRESETS.join(', ')}`),
	setup: v.array(v.string()),
	tags: v.array(v.string())
};

const RecallSchema = v.object({
	...common,
	kind: v.literal('recall'),
	expected: v.pipe(v.string('expected is required'), v.minLength(1, 'expected is required')),
	slots: v.record(v.string(), v.array(v.string()))
});

const ScenarioSchema = v.object({
	...common,
	kind: v.literal('scenario'),
	title: v.pipe(v.string('title is required'), v.minLength(1, 'title is required')),
	goals: v.pipe(
		v.array(v.pipe(v.string(), v.regex(GOAL, 'unknown goal (see questions/drills/README.md)'))),
		v.minLength(1, 'a scenario needs at least one goal')
	),
	solution: v.pipe(
		v.array(v.string()),
		v.minLength(1, 'a scenario needs a reference solution (```sh block)')
	)
});

/** What to say when a required field is absent. */
const MISSING: Record<string, string> = {
	prompt: 'prompt is required (- prompt: …)',
	expected: 'expected is required (- expected: `command`)',
	goals: 'a scenario needs goals (- goal: docker-installed, …)',
	solution: 'a scenario needs a reference solution (a ```sh code block)'
};

const KNOWN_KEYS = new Set([
	'kind',
	'prompt',
	'title',
	'expected',
	'slot',
	'hint-program',
	'hint-options',
	'hint-skeleton',
	'start',
	'goal',
	'tags'
]);

// ---------------------------------------------------------------- loading

/** Plain text of an mdast node (text and inline code values, in order). */
function toString(node: unknown): string {
	if (!node || typeof node !== 'object') return '';
	const n = node as { value?: unknown; children?: unknown[] };
	if (typeof n.value === 'string') return n.value;
	return Array.isArray(n.children) ? n.children.map(toString).join('') : '';
}

interface RawDrill {
	fields: Record<string, unknown>;
	lines: Record<string, number>;
	line: number;
}

function paragraphValue(p: Paragraph, text: string): { source: string; code: string | null } {
	const start = p.position!.start.offset!;
	const end = p.position!.end.offset!;
	const source = text.slice(start, end);
	const afterKey = source.slice(source.indexOf(':') + 1).trim();
	const codes = p.children.filter((c) => c.type === 'inlineCode');
	const onlyCode = codes.length === 1 && afterKey.startsWith('`') && afterKey.endsWith('`');
	return { source: afterKey, code: onlyCode ? (codes[0] as { value: string }).value : null };
}

function readList(
	list: List,
	text: string,
	raw: RawDrill,
	file: string,
	errors: DrillFileError[]
): void {
	for (const item of list.children as ListItem[]) {
		const p = item.children[0];
		const line = item.position?.start.line ?? raw.line;
		if (!p || p.type !== 'paragraph') {
			errors.push({ file, line, reason: 'expected a `key: value` bullet' });
			continue;
		}
		const first = toString(p);
		const colon = first.indexOf(':');
		const key = colon > 0 ? first.slice(0, colon).trim() : '';
		if (!KNOWN_KEYS.has(key)) {
			errors.push({
				file,
				line,
				reason: `unknown key '${key || first.slice(0, 20)}' (known: ${[...KNOWN_KEYS].join(', ')})`
			});
			continue;
		}
		const { source, code } = paragraphValue(p, text);
		const f = raw.fields;
		const hints = (f.hints ??= {}) as Record<string, string>;
		raw.lines[key] ??= line;
		switch (key) {
			case 'expected':
				if (code === null)
					errors.push({ file, line, reason: 'expected must be one inline code span: `command`' });
				else f.expected = code;
				break;
			case 'slot': {
				// `slot: user = alice, bob` (values are plain words)
				const eq = source.indexOf('=');
				if (eq < 0) {
					errors.push({ file, line, reason: 'slot must be written `slot: name = value, value`' });
					break;
				}
				const slots = (f.slots ??= {}) as Record<string, string[]>;
				slots[source.slice(0, eq).trim()] = source
					.slice(eq + 1)
					.split(',')
					.map((s) => s.trim().replace(/^`|`$/g, ''))
					.filter(Boolean);
				break;
			}
			case 'hint-program':
				hints.program = source;
				break;
			case 'hint-options':
				hints.options = source;
				break;
			case 'hint-skeleton':
				hints.skeleton = code ?? source;
				break;
			case 'goal':
				f.goals = source
					.split(',')
					.map((s) => s.trim().replace(/^`|`$/g, ''))
					.filter(Boolean);
				break;
			case 'tags':
				f.tags = source
					.split(',')
					.map((s) => s.trim())
					.filter(Boolean);
				break;
			default:
				f[key] = source;
		}
	}
}

/**
 * Load drills from Markdown files (`questions/drills/*.md`; README.md is skipped by the caller).
 *
 * Each `## id` heading starts a drill; its `- key: value` bullets give the fields and a fenced
 * ```` ```sh ```` block gives a scenario's reference solution. Every drill is validated with
 * valibot; expected commands must parse with no unknown options; a scenario's solution must reach
 * its goals on its start host. Problems come back as `file:line` errors and the drill is left
 * out; nothing throws.
 */
export function loadDrills(files: { path: string; text: string }[]): LoadedDrills {
	const drills: Drill[] = [];
	const errors: DrillFileError[] = [];
	const seen = new Map<string, DrillSource>();
	for (const { path, text } of files) {
		const normalised = text.replace(/\r\n?/g, '\n');
		let tree: Root;
		try {
			tree = parseMarkdownTree(normalised); // the notes' Markdown dialect (CommonMark + GFM)
		} catch (error) {
			errors.push({ file: path, line: 1, reason: `cannot parse Markdown: ${String(error)}` });
			continue;
		}
		const raws: RawDrill[] = [];
		let current: RawDrill | null = null;
		for (const node of tree.children as RootContent[]) {
			const line = node.position?.start.line ?? 1;
			if (node.type === 'heading' && node.depth === 2) {
				current = { fields: { id: toString(node).trim() }, lines: { id: line }, line };
				raws.push(current);
				continue;
			}
			if (!current) continue;
			if (node.type === 'list') readList(node, normalised, current, path, errors);
			else if (node.type === 'code') {
				// ```sh → the reference solution; ```sh setup → lines run before the drill starts.
				const code = node as Code;
				const field = code.meta?.trim() === 'setup' ? 'setup' : 'solution';
				current.fields[field] = code.value
					.split('\n')
					.map((l) => l.trim())
					.filter((l) => l !== '' && !l.startsWith('#'));
				current.lines[field] = line;
			} else if (node.type === 'heading' && node.depth <= 1) current = null;
		}
		for (const raw of raws) {
			const drill = validate(raw, path, errors);
			if (!drill) continue;
			const dup = seen.get(drill.id);
			if (dup) {
				errors.push({
					file: path,
					line: raw.line,
					reason: `duplicate drill id '${drill.id}' (first at ${dup.file}:${dup.line})`
				});
				continue;
			}
			seen.set(drill.id, drill.source);
			drills.push(drill);
		}
	}
	return { drills, errors };
}

function validate(raw: RawDrill, file: string, errors: DrillFileError[]): Drill | null {
	const f = raw.fields;
	const base = {
		hints: f.hints ?? {},
		tags: f.tags ?? [],
		start: f.start ?? 'fresh',
		setup: f.setup ?? []
	};
	const kind = f.kind ?? 'recall';
	const input =
		kind === 'scenario'
			? { ...base, ...f, kind, title: f.title ?? f.id }
			: { ...base, slots: {}, ...f, kind };
	const result =
		kind === 'scenario' ? v.safeParse(ScenarioSchema, input) : v.safeParse(RecallSchema, input);
	if (!result.success) {
		for (const issue of result.issues) {
			const key = String(issue.path?.[0]?.key ?? 'kind');
			const field = key === 'goals' ? 'goal' : key;
			errors.push({
				file,
				line: raw.lines[field] ?? raw.line,
				reason: issue.message.startsWith('Invalid key')
					? (MISSING[key] ?? `${key} is required`)
					: `${key}: ${issue.message}`
			});
		}
		return null;
	}
	const source = { file, line: raw.line };
	const setupError = setupProblem({ ...result.output, source } as Drill);
	if (setupError) {
		errors.push({ file, line: raw.lines.setup ?? raw.line, reason: setupError });
		return null;
	}
	if (result.output.kind === 'recall') {
		const drill: RecallDrill = { ...result.output, source };
		const problem = commandProblem(
			drill.expected.replace(/\{[A-Za-z][A-Za-z0-9_-]*\}/g, DEFAULT_USER)
		);
		if (problem) {
			errors.push({ file, line: raw.lines.expected ?? raw.line, reason: `expected: ${problem}` });
			return null;
		}
		return drill;
	}
	const drill: ScenarioDrill = { ...result.output, source };
	const start = startHost(drill);
	let host = start;
	for (const line of drill.solution) host = runLine(host, line).state;
	const unmet = drill.goals.filter((g) => !goalMet(host, g, start));
	if (unmet.length > 0) {
		errors.push({
			file,
			line: raw.lines.solution ?? raw.line,
			reason: `the reference solution does not reach: ${unmet.join(', ')}`
		});
		return null;
	}
	return drill;
}

function commandProblem(command: string): string | null {
	const analysed = analyseLine(command, { user: DEFAULT_USER });
	if (!analysed.ok) return analysed.reason;
	const bad = invocations(analysed.plan).find((i) => i.error);
	return bad?.error ? bad.error.message.split('\n')[0]! : null;
}

function setupProblem(drill: Drill): string | null {
	let host = createHost(drill.start);
	for (const line of drill.setup ?? []) {
		const r = runLine(host, line);
		if (r.exitCode !== 0) {
			return `setup line '${line}' fails: ${r.output.trim().split('\n')[0] ?? ''}`;
		}
		host = r.state;
	}
	return null;
}

// ---------------------------------------------------------------- goals

/** True when the goal holds on `host`. `start` is the host the drill began with. */
export function goalMet(host: HostState, goal: Goal, start: HostState): boolean {
	const user = host.loginUser;
	if (goal === 'docker-installed') return host.docker.installed;
	if (goal === 'daemon-running') return host.docker.running;
	if (goal === 'keeps-groups') {
		const now = dbGroups(host, user);
		return dbGroups(start, user).every((g) => now.includes(g));
	}
	const [kind, arg] = [goal.slice(0, goal.indexOf(':')), goal.slice(goal.indexOf(':') + 1)];
	if (kind === 'member') return dbGroups(host, user).includes(arg);
	if (kind === 'session-group') {
		const s = currentSession(host);
		return s.user === user && (s.gid === arg || s.groups.includes(arg));
	}
	if (kind === 'ran') return host.successes.some((x) => x.command === arg && !x.root);
	if (goal === 'no-containers') return host.docker.containers.length === 0;
	if (kind === 'container-running') {
		return host.docker.containers.some(
			(c) => c.status === 'running' && (c.image === arg || c.image.split(':')[0] === arg)
		);
	}
	if (kind === 'port') {
		return host.docker.containers.some(
			(c) => c.status === 'running' && c.ports.includes(`:${arg}->`)
		);
	}
	if (kind === 'image') {
		const ref = arg.includes(':') ? arg : `${arg}:latest`;
		return host.docker.images.includes(ref);
	}
	return false;
}

/** A goal in Korean, for the scenario screen. */
export function describeGoal(goal: Goal): string {
	if (goal === 'docker-installed') return '도커가 설치되어 있다';
	if (goal === 'daemon-running') return '도커 데몬이 실행 중이다';
	if (goal === 'keeps-groups') return '원래 속한 그룹(sudo 등)을 하나도 잃지 않았다';
	const arg = goal.slice(goal.indexOf(':') + 1);
	if (goal.startsWith('member:')) return `사용자가 ${arg} 그룹에 등록되어 있다`;
	if (goal.startsWith('session-group:'))
		return `지금 셸에 ${arg} 그룹이 적용되어 있다(새 로그인 또는 newgrp)`;
	if (goal.startsWith('ran:')) return `sudo 없이 ${arg}가 성공했다`;
	if (goal === 'no-containers') return '컨테이너가 하나도 없다(멈춘 것 포함)';
	if (goal.startsWith('container-running:')) return `${arg} 이미지의 컨테이너가 실행 중이다`;
	if (goal.startsWith('image:')) return `${arg} 이미지가 로컬에 있다`;
	if (goal.startsWith('port:')) return `실행 중인 컨테이너가 호스트의 ${arg}번 포트를 쓴다`;
	return goal;
}

// ---------------------------------------------------------------- checking

/** The result of one typed line in a drill. */
export interface DrillCheck {
	verdict: Verdict;
	/** Host after the line ran (the host passed in is not modified). */
	host: HostState;
	/** What the terminal shows for the line (plain text). */
	output: string;
	exitCode: number;
	/** Recall: verdict is not wrong. Scenario: every goal holds. */
	solved: boolean;
	/** Lines run on this host so far (including this one). */
	commandsUsed: number;
	/** Lines in the reference solution (1 for recall drills). */
	referenceCommands: number;
	/** Korean descriptions of goals not yet met (scenarios). */
	unmet: string[];
	/** The line asked the screen to clear (`clear`). */
	clear?: boolean;
}

function fileKinds(host: HostState): Record<string, string> {
	return Object.fromEntries(Object.entries(host.files).map(([name, f]) => [name, f.kind]));
}

/**
 * The host a drill starts on: the preset, then the drill's setup lines, then a clean history (so
 * setup lines are neither counted nor shown).
 */
export function startHost(drill: Drill): HostState {
	let host = createHost(drill.start);
	for (const line of drill.setup ?? []) host = runLine(host, line).state;
	return { ...host, history: [], successes: [] };
}

/**
 * Check one typed line. Recall drills judge the line by meaning (with the host's files, so the
 * second step of the two-step install is recognised) and also run it on the host; scenarios run
 * it and test the goals. Never throws; the input host is left unchanged.
 */
export function checkDrill(drill: Drill, line: string, host?: HostState): DrillCheck {
	const before = host ?? startHost(drill);
	const run = runLine(before, line);
	const commandsUsed = run.state.history.length;
	if (drill.kind === 'recall') {
		const verdict = judgeCommand(drill.expected, line, {
			user: before.loginUser,
			shellUser: currentSession(before).user,
			substitute: shellContext(before).substitute!,
			slots: drill.slots,
			files: fileKinds(before)
		});
		return {
			verdict,
			host: run.state,
			output: run.output,
			exitCode: run.exitCode,
			...(run.clear ? { clear: true } : {}),
			solved: verdict.verdict !== 'wrong',
			commandsUsed,
			referenceCommands: 1,
			unmet: []
		};
	}
	const start = startHost(drill);
	const unmetGoals = drill.goals.filter((g) => !goalMet(run.state, g, start));
	const unmet = unmetGoals.map(describeGoal);
	const referenceCommands = drill.solution.length;
	const normalised = (() => {
		const analysed = analyseLine(line, shellContext(before));
		return analysed.ok ? normalisePlan(analysed.plan) : '';
	})();
	let verdict: Verdict;
	const lost = dbGroups(start, start.loginUser).filter(
		(g) => !dbGroups(run.state, run.state.loginUser).includes(g)
	);
	if (unmetGoals.length === 0) {
		verdict =
			commandsUsed > referenceCommands
				? {
						verdict: 'correct-with-note',
						reason: `목표 달성! 명령 ${commandsUsed}개를 썼습니다(참조 해법은 ${referenceCommands}개).`,
						reasonIds: ['more-commands-than-reference'],
						normalised
					}
				: {
						verdict: 'correct',
						reason: `목표 달성! 명령 ${commandsUsed}개(참조 해법 ${referenceCommands}개).`,
						reasonIds: [],
						normalised
					};
	} else if (lost.length > 0) {
		verdict = {
			verdict: 'wrong',
			reason: `${start.loginUser}가 ${lost.join(', ')} 그룹에서 빠졌습니다(usermod -G를 -a 없이 쓰면 보조 그룹 전체가 바뀝니다, C23).`,
			reasonIds: ['user-lost-groups', 'goal-not-reached'],
			normalised
		};
	} else {
		verdict = {
			verdict: 'wrong',
			reason: `아직 남은 목표: ${unmet.join('; ')}`,
			reasonIds: ['goal-not-reached'],
			normalised
		};
	}
	return {
		verdict,
		host: run.state,
		output: run.output,
		exitCode: run.exitCode,
		...(run.clear ? { clear: true } : {}),
		solved: unmetGoals.length === 0,
		commandsUsed,
		referenceCommands,
		unmet
	};
}

// ---------------------------------------------------------------- hints

function fill(template: string, drill: RecallDrill | null, user = DEFAULT_USER): string {
	return template.replace(
		/\{([A-Za-z][A-Za-z0-9_-]*)\}/g,
		(_m, name: string) => drill?.slots[name]?.[0] ?? (name === 'user' ? user : `<${name}>`)
	);
}

function maskWord(word: string, inv: Invocation, index: number): string {
	// The program stays; subcommands keep their first letter (`docker v??????`).
	if (index === 0) return word;
	if (index < (inv.args?.path.length ?? 1)) return word.slice(0, 1) + '?'.repeat(word.length - 1);
	if (word.startsWith('--'))
		return '--' + word.slice(2, 3) + '?'.repeat(Math.max(0, word.length - 3));
	// `-a` → `-?`, `-aG` → `-?G`, `-fsSL` → `-???L`: the last letter stays as a foothold.
	if (word.length === 2 && word.startsWith('-')) return '-?';
	if (word.startsWith('-') && word.length > 1)
		return '-' + '?'.repeat(word.length - 2) + word.slice(-1);
	if (/^\{[A-Za-z][A-Za-z0-9_-]*\}$/.test(word)) return word;
	if (urlHost(word) !== '' && word.includes('.')) {
		// Keep the shape of a URL but hide its middle: https://get.______.com/
		return word.replace(
			/^([a-z]+:\/\/)?([^./]+)\.([^/]+)\.([a-z]+)/i,
			(_m, scheme: string | undefined, a: string, b: string, tld: string) =>
				`${scheme ?? ''}${a}.${'_'.repeat(b.length)}.${tld}`
		);
	}
	return '____';
}

/** A skeleton of a command: names kept, option letters but the last hidden, values blanked. */
export function skeletonOf(template: string): string {
	const escaped = template.replace(/\{([A-Za-z][A-Za-z0-9_-]*)\}/g, '__SLOTKEEP_$1__');
	const analysed = analyseLine(escaped, { user: DEFAULT_USER });
	if (!analysed.ok) return template.replace(/[A-Za-z0-9]/g, '_');
	return analysed.plan.items
		.map((item) => {
			const stages = item.stages.map((inv) => {
				const sudoPart = inv.wrappers.includes('sudo') ? 'sudo ' : '';
				const words = inv.argv.map((w, k) =>
					maskWord(w.replace(/__SLOTKEEP_([A-Za-z0-9_-]+)__/g, '{$1}'), inv, k)
				);
				return sudoPart + words.join(' ');
			});
			return stages.join(' | ') + (item.next ? ` ${item.next}` : '');
		})
		.join(' ');
}

/**
 * The programs of a command line, as `sudo usermod`, `curl`, … (slots become `x`); with
 * `withSubcommands`, `docker ps` rather than `docker`.
 */
function programsOf(template: string, withSubcommands = false): string[] {
	const analysed = analyseLine(template.replace(/\{[A-Za-z][A-Za-z0-9_-]*\}/g, 'x'), {
		user: DEFAULT_USER
	});
	if (!analysed.ok) return [];
	return invocations(analysed.plan).map((i) => {
		const name = (withSubcommands ? i.args?.path.join(' ') : i.args?.path[0]) ?? i.argv[0] ?? '';
		return i.wrappers.includes('sudo') ? `sudo ${name}` : name;
	});
}

function programHint(template: string): string {
	const parts = programsOf(template);
	return parts.length ? `사용하는 명령: ${parts.map((p) => '`' + p + '`').join(', ')}` : '';
}

function optionsHint(template: string): string {
	const analysed = analyseLine(template.replace(/\{[^}]*\}/g, 'x'), { user: DEFAULT_USER });
	if (!analysed.ok) return '';
	const lines: string[] = [];
	for (const inv of invocations(analysed.plan)) {
		for (const o of inv.args?.options ?? []) {
			const def = inv.args!.spec.options.find((d) => d.key === o.key);
			const spelled = def?.short ? `-${def.short}` : `--${def?.long ?? o.key}`;
			const long = def?.short && def.long ? ` (--${def.long})` : '';
			lines.push(`\`${spelled}\`${long}${def?.doc ? ': ' + def.doc : ''}`);
		}
	}
	return lines.length ? `옵션: ${lines.join('; ')}` : '옵션 없이 씁니다.';
}

/**
 * The hint at a level of the ladder (Markdown, Korean). Level 0 is no hint; 1 names the program(s);
 * 2 lists the options and what they do; 3 shows a skeleton (`sudo usermod -?G ____ alice`); 4
 * (= {@link HINT_LEVELS}) reveals the answer. Authored hints replace levels 1–3. For scenarios
 * the ladder runs over the reference solution.
 */
export function hintAt(drill: Drill, level: number): string {
	const lvl = Math.max(0, Math.min(HINT_LEVELS, Math.floor(level)));
	if (lvl === 0) return '';
	if (drill.kind === 'recall') {
		if (lvl === 1) return drill.hints.program ?? programHint(drill.expected);
		if (lvl === 2) return drill.hints.options ?? optionsHint(drill.expected);
		if (lvl === 3)
			return '`' + fill(drill.hints.skeleton ?? skeletonOf(drill.expected), drill) + '`';
		return '`' + fill(drill.expected, drill) + '`';
	}
	if (lvl === 1) return drill.hints.program ?? `목표: ${drill.goals.map(describeGoal).join('; ')}`;
	if (lvl === 2) {
		const steps = drill.solution.map((l) =>
			programsOf(l, true)
				.map((p) => '`' + p + '`')
				.join(' | ')
		);
		return drill.hints.options ?? `사용하는 명령(순서대로): ${steps.join(' → ')}`;
	}
	if (lvl === 3)
		return drill.hints.skeleton ?? drill.solution.map((l) => '`' + skeletonOf(l) + '`').join(' → ');
	return drill.solution.map((l) => '`' + l + '`').join(' → ');
}

/** How a drill card went. `hintLevel` is the highest hint shown; reaching {@link HINT_LEVELS} is a reveal. */
export interface DrillOutcome {
	solved: boolean;
	hintLevel: number;
	wrongAttempts: number;
}

/**
 * FSRS rating of a drill card (ts-fsrs `Rating`): right first time with no hint = Good; right after
 * hints or after wrong tries = Hard; revealed or given up = Again. Easy is never given
 * automatically (issue 6: "right first time = Good, after hints = Hard, revealed = Again").
 */
export function ratingFor(outcome: DrillOutcome): Rating.Again | Rating.Hard | Rating.Good {
	if (!outcome.solved || outcome.hintLevel >= HINT_LEVELS) return Rating.Again;
	if (outcome.hintLevel > 0 || outcome.wrongAttempts > 0) return Rating.Hard;
	return Rating.Good;
}

// ---------------------------------------------------------------- from notes

/**
 * A recall drill for a command item the notes converter found. The id is `note-` plus a hash of
 * the template, so it is stable while the command is unchanged. `{user}` accepts the learner
 * name; other slots accept any word unless `slots` says otherwise.
 */
export function commandDrillFromItem(
	item: CommandItem,
	opts: { prompt?: string; source?: DrillSource; user?: string; tags?: string[] } = {}
): RecallDrill {
	const user = opts.user ?? DEFAULT_USER;
	const slots: Record<string, string[]> = {};
	for (const slot of item.slots) if (slot.name === 'user') slots.user = [user];
	const usesDocker = /\bdocker\b/.test(item.template);
	const usesInstall = item.template.includes('get.docker.com');
	return {
		kind: 'recall',
		setup: [],
		id: 'note-' + hash53(item.template).toString(36),
		prompt: opts.prompt ?? `노트의 명령을 기억해서 입력하세요: \`${skeletonOf(item.template)}\``,
		expected: item.template,
		slots,
		hints: {},
		start: usesInstall || !usesDocker ? 'fresh' : 'docker-ready',
		tags: opts.tags ?? ['notes'],
		source: opts.source ?? { file: 'notes', line: 1 }
	};
}
