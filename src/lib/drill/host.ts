/**
 * A simulated Ubuntu 24.04 host for the drill: users and groups, the Docker install state, the
 * daemon, containers and images, a few files in the home directory, and a stack of shell
 * sessions (login shell, `newgrp` shells, root shells from `sudo -i`).
 *
 * {@link runLine} is pure: it returns a new state and plain-text output, never touches the
 * network, the file system or a clock, and never evaluates what was typed. Output texts are
 * written for this drill, modelled on the real tools (shadow-utils, coreutils, sudo, curl, wget,
 * dash, the Docker CLI); versions, ids and digests are made up.
 *
 * Rules modelled (sources):
 * - a supplementary-group change reaches processes only through a new login or `newgrp`
 *   (newgrp(1), usermod(8) "the user's current session is not affected"; Docker docs
 *   "Linux post-installation steps": "log out and log back in … or run newgrp docker");
 * - `usermod -G` without `-a` replaces the supplementary group list (usermod(8));
 * - sudo checks the invoking process's groups against `%sudo` (sudoers(5), Ubuntu default);
 * - the Docker socket is `root:docker` mode 660, so the CLI needs root or the docker group
 *   (Docker docs, "Manage Docker as a non-root user").
 */
import { hash53 } from '../content/identity';
import { analyseLine, type AnalyseResult, type Invocation, type Plan } from './analyse';
import type { ShellContext } from './parse';
import { splitUrl } from './url';
import { hasOption, optionValues, type ParsedArgs } from './spec';

/** One account in /etc/passwd. */
export interface HostUser {
	uid: number;
	/** Primary group name. */
	primary: string;
	home: string;
}

/** One group in /etc/group with its supplementary members. */
export interface HostGroup {
	gid: number;
	members: string[];
}

/** A shell on the session stack. Groups are the process credentials, fixed at start. */
export interface HostSession {
	user: string;
	/** Primary (real) group of the shell. */
	gid: string;
	/** Supplementary groups of the shell, in /etc/group order. */
	groups: string[];
	kind: 'login' | 'newgrp' | 'root-shell' | 'subshell' | 'su';
}

/** A container known to the simulated daemon. */
export interface HostContainer {
	id: string;
	name: string;
	image: string;
	command: string;
	status: 'running' | 'exited';
	ports: string;
	/** Ordinal of creation, for "CREATED" and sorting. */
	created: number;
}

/** What a file in the home directory holds. */
export type FileKind = 'docker-install-script' | 'html' | 'text';

/** A file in the learner's home directory. */
export interface HostFile {
	kind: FileKind;
	content: string;
	owner: string;
}

/** The whole host. Plain data (JSON-safe), so it can be stored and cloned. */
export interface HostState {
	hostname: string;
	loginUser: string;
	users: Record<string, HostUser>;
	groups: Record<string, HostGroup>;
	docker: {
		installed: boolean;
		running: boolean;
		images: string[];
		containers: HostContainer[];
		/** Named volumes. */
		volumes: string[];
		/** Counter for made-up container ids. */
		serial: number;
	};
	files: Record<string, HostFile>;
	/** Shell stack; the last entry is the current shell. Never empty. */
	sessions: HostSession[];
	/** Every line run, in order. */
	history: string[];
	/** Commands that exited 0: `docker ps` etc., with whether they ran as root. */
	successes: { command: string; root: boolean }[];
}

/** What one line did. `output` is plain text (never HTML); `clear` asks the screen to clear. */
export interface RunResult {
	state: HostState;
	output: string;
	exitCode: number;
	clear?: boolean;
}

/** Starting points for drills. */
export type HostPreset = 'fresh' | 'docker-installed' | 'group-pending' | 'docker-ready';

export const DOCKER_VERSION = '27.3.1';
const API_VERSION = '1.47';
const DOCKER_GID = 999;
const SOCKET = 'unix:///var/run/docker.sock';
const SCRIPT_MARK = '# get.docker.com (drill copy)';

/** The install script as the drill serves it: a marker the simulated sh recognises, not the real script. */
export const INSTALL_SCRIPT = `#!/bin/sh
set -e
${SCRIPT_MARK}
# Installs Docker Engine from download.docker.com on Ubuntu/Debian/Fedora/….
# Options: --dry-run (only print the commands), --channel stable|test, --version VERSION
echo "# Executing docker install script"
# … (the real script is about 700 lines; this drill copy only stands in for it)
`;

const HTML_404 =
	'<html>\n<head><title>404 Not Found</title></head>\n<body>\n<h1>404 Not Found</h1>\n</body>\n</html>\n';
const HTML_301 =
	'<html>\n<head><title>301 Moved Permanently</title></head>\n<body>\n<h1>301 Moved Permanently</h1>\n</body>\n</html>\n';

/**
 * A new host. `fresh`: Ubuntu with the learner (`alice`, uid 1000) in the usual groups of the
 * first user (adm, cdrom, sudo, dip, plugdev, lxd) and no Docker. `docker-installed`: after the
 * install script (daemon running, docker group empty). `group-pending`: alice added to docker
 * but the shell predates it (permission denied until `newgrp docker` or a new login).
 * `docker-ready`: alice in docker and logged in again.
 */
export function createHost(preset: HostPreset = 'fresh', user = 'alice'): HostState {
	const standard: [string, number][] = [
		['adm', 4],
		['cdrom', 24],
		['sudo', 27],
		['dip', 30],
		['plugdev', 46],
		['lxd', 101]
	];
	const groups: Record<string, HostGroup> = { root: { gid: 0, members: [] } };
	for (const [name, gid] of standard) groups[name] = { gid, members: [user] };
	groups[user] = { gid: 1000, members: [] };
	const state: HostState = {
		hostname: 'ubuntu',
		loginUser: user,
		users: {
			root: { uid: 0, primary: 'root', home: '/root' },
			[user]: { uid: 1000, primary: user, home: `/home/${user}` }
		},
		groups,
		docker: {
			installed: false,
			running: false,
			images: [],
			containers: [],
			volumes: [],
			serial: 0
		},
		files: {},
		sessions: [],
		history: [],
		successes: []
	};
	if (preset !== 'fresh') installDocker(state);
	state.sessions = [loginSession(state, user)];
	// group-pending: alice was added to docker after this shell started (no new login yet).
	if (preset === 'docker-ready' || preset === 'group-pending')
		state.groups.docker!.members.push(user);
	if (preset === 'docker-ready') state.sessions = [loginSession(state, user)];
	return state;
}

function installDocker(s: HostState): void {
	s.docker.installed = true;
	s.docker.running = true;
	if (!s.groups.docker) s.groups.docker = { gid: DOCKER_GID, members: [] };
}

/** Supplementary groups of a user from /etc/group, ordered by gid. */
export function dbGroups(s: HostState, user: string): string[] {
	return Object.entries(s.groups)
		.filter(([, g]) => g.members.includes(user))
		.sort((a, b) => a[1].gid - b[1].gid)
		.map(([name]) => name);
}

function loginSession(s: HostState, user: string): HostSession {
	// initgroups(3) at login puts the primary group in the supplementary list too.
	const primary = s.users[user]?.primary ?? user;
	return {
		user,
		gid: primary,
		groups: [primary, ...dbGroups(s, user).filter((g) => g !== primary)],
		kind: 'login'
	};
}

/** The current shell. */
export function currentSession(s: HostState): HostSession {
	return s.sessions[s.sessions.length - 1]!;
}

/** The prompt the terminal shows, e.g. `alice@ubuntu:~$ ` or `root@ubuntu:~# `. */
export function prompt(s: HostState): string {
	const session = currentSession(s);
	return session.user === 'root' ? `root@${s.hostname}:~# ` : `${session.user}@${s.hostname}:~$ `;
}

/**
 * Deep copy of a host. A JSON round trip rather than structuredClone: the state is JSON-safe by
 * contract, and this also copies a state a UI keeps in a reactive proxy (which structuredClone
 * refuses with DataCloneError).
 */
function cloneState(state: HostState): HostState {
	return JSON.parse(JSON.stringify(state)) as HostState;
}

/** Log out of every shell and log in again as the login user (new groups take effect). */
export function login(state: HostState): HostState {
	const s = cloneState(state);
	s.sessions = [loginSession(s, s.loginUser)];
	return s;
}

/** All groups a shell holds: primary and supplementary. */
function sessionHas(session: HostSession, group: string): boolean {
	return session.user === 'root' || session.gid === group || session.groups.includes(group);
}

interface Io {
	stdout: string;
	stderr: string;
	exit: number;
}
const ok = (stdout = ''): Io => ({ stdout, stderr: '', exit: 0 });
const err = (stderr: string, exit = 1): Io => ({
	stdout: '',
	stderr: stderr.endsWith('\n') ? stderr : stderr + '\n',
	exit
});

/** Who runs a command: the session, or root through sudo. */
interface Actor {
	user: string;
	root: boolean;
	session: HostSession;
}

/**
 * Run one typed line on the host. Pure: returns a new state; `state` is not modified.
 * Never throws for any input; lines that cannot be parsed get bash-like errors.
 */
export function runLine(state: HostState, line: string): RunResult {
	try {
		return runLineInner(state, line);
	} catch (error) {
		// A simulation bug must not take the terminal down; the state is left as it was.
		return { state, output: `bash: drill host error: ${String(error)}\n`, exitCode: 1 };
	}
}

/**
 * Run a line that was already analysed with {@link shellContext} of `state` (the drill reads each
 * line once and hands the same analysis to the judge). Pure and never throws, like {@link runLine}.
 */
export function runAnalysed(state: HostState, line: string, analysed: AnalyseResult): RunResult {
	try {
		return runLineInner(state, line, analysed);
	} catch (error) {
		return { state, output: `bash: drill host error: ${String(error)}\n`, exitCode: 1 };
	}
}

function runLineInner(state: HostState, line: string, pre?: AnalyseResult): RunResult {
	const s = cloneState(state);
	s.docker.volumes ??= []; // states saved before volumes were modelled
	s.history.push(line);
	const analysed = pre ?? analyseLine(line, shellContext(s));
	if (!analysed.ok) {
		// An empty line (or only a comment) is not a command: nothing is recorded.
		if (analysed.reasonId === 'empty') return { state, output: '', exitCode: 0 };
		return { state: s, output: `${analysed.message}\n`, exitCode: 2 };
	}
	const out: string[] = [];
	const result = runPlan(s, analysed.plan, out);
	const clear = analysed.plan.items.some((it) =>
		it.stages.some((st) => st.args?.path[0] === 'clear')
	);
	return { state: s, output: out.join(''), exitCode: result, ...(clear ? { clear } : {}) };
}

/**
 * The shell context of the current session: its user, and `$(…)` resolved by running read-only
 * commands on a copy of the host. Used by the judge so it reads a line as the host does.
 */
export function shellContext(state: HostState): ShellContext {
	return { user: currentSession(state).user, substitute: (body) => substituteOnHost(state, body) };
}

/** Programs whose output `$(…)` may use: they only read the host. */
const READ_ONLY = new Set([
	'docker ps',
	'docker images',
	'docker inspect',
	'docker volume ls',
	'docker network ls',
	'whoami',
	'id',
	'groups',
	'pwd',
	'echo',
	'cat',
	'ls',
	'grep'
]);

/**
 * `$(docker ps -aq)` and friends: run a read-only command line on a copy of the host and use its
 * standard output (trailing newlines removed, as bash does). Anything that could change the host
 * is left unresolved (null).
 */
function substituteOnHost(s: HostState, body: string): string | null {
	const analysed = analyseLine(body, { user: currentSession(s).user });
	if (!analysed.ok) return null;
	const readOnly = analysed.plan.items.every((item) =>
		item.stages.every(
			(inv) =>
				inv.error === null &&
				inv.args !== null &&
				!inv.wrappers.includes('sudo') &&
				inv.redirects.every(
					(r) => r.target === '/dev/null' || (r.op === '>&' && r.target === '1')
				) &&
				READ_ONLY.has(inv.args.path.join(' '))
		)
	);
	if (!readOnly) return null;
	const out: string[] = [];
	const copy = cloneState(s);
	for (const item of analysed.plan.items) {
		const stdout: string[] = [];
		runPipelineStdout(copy, item.stages, stdout);
		out.push(...stdout);
	}
	return out.join('').replace(/\n+$/, '');
}

/** Like {@link runPipeline}, but keeps only the last stage's standard output. */
function runPipelineStdout(s: HostState, stages: Invocation[], out: string[]): void {
	let stdin: string | null = null;
	for (const inv of stages) {
		const io = runInvocation(s, inv, stdin, false);
		stdin = io.stdout;
	}
	out.push(stdin ?? '');
}

function runPlan(s: HostState, plan: Plan, out: string[]): number {
	let last = 0;
	let skip = false;
	for (const item of plan.items) {
		if (!skip) last = runPipeline(s, item.stages, out);
		skip = (item.next === '&&' && last !== 0) || (item.next === '||' && last === 0);
	}
	return last;
}

function runPipeline(s: HostState, stages: Invocation[], out: string[]): number {
	let stdin: string | null = null;
	let exit = 0;
	stages.forEach((inv, k) => {
		const isLast = k === stages.length - 1;
		let input = stdin;
		const fromFile = inv.redirects.find((r) => r.op === '<');
		if (fromFile) {
			const file = s.files[fromFile.target];
			if (!file) {
				out.push(`bash: ${fromFile.target}: No such file or directory\n`);
				exit = 1;
				stdin = '';
				return;
			}
			input = file.content;
		}
		const io = runInvocation(s, inv, input, isLast);
		let stdout = io.stdout;
		let stderr = io.stderr;
		for (const r of inv.redirects) {
			const fd = r.fd ?? (r.op === '<' ? 0 : 1);
			if (r.op === '>&' && fd === 2 && r.target === '1') {
				stdout += stderr;
				stderr = '';
			} else if ((r.op === '>' || r.op === '>>' || r.op === '>|') && r.target === '/dev/null') {
				if (fd === 2) stderr = '';
				else stdout = '';
			} else if ((r.op === '>' || r.op === '>>' || r.op === '>|') && fd === 1) {
				const prev = r.op === '>>' ? (s.files[r.target]?.content ?? '') : '';
				const content = prev + stdout;
				s.files[r.target] = { kind: classify(content), content, owner: currentSession(s).user };
				stdout = '';
			} else if (r.op === '&>' || r.op === '&>>') {
				if (r.target !== '/dev/null') {
					s.files[r.target] = {
						kind: 'text',
						content: stdout + stderr,
						owner: currentSession(s).user
					};
				}
				stdout = '';
				stderr = '';
			}
		}
		// Earlier stages' errors show before the final output; the last stage's own errors after it.
		if (isLast) out.push(stdout, stderr);
		else out.push(stderr);
		stdin = stdout;
		exit = io.exit;
		const command = inv.args?.path.join(' ') ?? inv.argv[0] ?? '';
		if (io.exit === 0 && command) {
			s.successes.push({ command, root: inv.runAs === 'root' });
			if (s.successes.length > 200) s.successes.shift();
		}
	});
	return exit;
}

function classify(content: string): FileKind {
	if (content.includes(SCRIPT_MARK)) return 'docker-install-script';
	if (content.trimStart().startsWith('<html')) return 'html';
	return 'text';
}

function runInvocation(
	s: HostState,
	inv: Invocation,
	stdin: string | null,
	toTerminal: boolean
): Io {
	const session = currentSession(s);
	if (inv.wrappers.includes('sudo')) {
		if (!sessionHas(session, 'sudo')) {
			return err(`${session.user} is not in the sudoers file.`, 1);
		}
		if (!s.users[inv.runAs]) {
			return err(
				`sudo: unknown user ${inv.runAs}\nsudo: error initializing audit plugin sudoers_audit`,
				1
			);
		}
	}
	if (inv.error) return err(inv.error.message, inv.error.exitCode);
	if (inv.script) {
		const inner: string[] = [];
		const code = runPlan(s, inv.script, inner);
		return { stdout: inner.join(''), stderr: '', exit: code };
	}
	if (!inv.args) {
		// A real program the drill knows by name only (npm, apt-get, vi …): nothing is run.
		return ok(`# ${inv.argv[0] ?? ''}: not simulated on this drill host (nothing was run)\n`);
	}
	const args = inv.args;
	const actor: Actor = { user: inv.runAs, root: inv.runAs === 'root', session };
	const program = args.path[0]!;
	if (args.options.some((o) => o.key === 'help') && program !== 'docker') {
		return ok(args.spec.usage + '\n');
	}
	switch (program) {
		case ':':
		case 'true':
			return ok();
		case 'false':
			return { stdout: '', stderr: '', exit: 1 };
		case 'whoami':
			return ok(actor.user + '\n');
		case 'id':
			return runId(s, args, actor);
		case 'groups':
			return runGroups(s, args, actor);
		case 'usermod':
			return runUsermod(s, args, actor);
		case 'gpasswd':
			return runGpasswd(s, args, actor);
		case 'adduser':
			return runAdduser(s, args, actor);
		case 'groupadd':
			return runGroupadd(s, args, actor);
		case 'newgrp':
			return runNewgrp(s, args, actor);
		case 'exit':
		case 'logout':
			return runExit(s, program);
		case 'echo': {
			const text = args.operands.join(' ');
			return ok(hasOption(args, 'n') ? text : text + '\n');
		}
		case 'pwd':
			return ok((actor.root ? '/root' : (s.users[actor.user]?.home ?? '/')) + '\n');
		case 'clear':
			return ok('');
		case 'ls':
			return runLs(s, args);
		case 'cat':
			return runCat(s, args, stdin);
		case 'rm':
			return runRm(s, args);
		case 'chmod':
			return args.operands.slice(1).every((f) => s.files[f])
				? ok()
				: err(
						`chmod: cannot access '${args.operands.slice(1).find((f) => !s.files[f])}': No such file or directory`
					);
		case 'curl':
			return runCurl(s, args, actor, toTerminal);
		case 'wget':
			return runWget(s, args, actor);
		case 'sh':
		case 'dash':
		case 'bash':
			return runShell(s, args, actor, stdin);
		case 'grep':
			return runGrep(s, args, stdin);
		case 'systemctl':
			return runSystemctl(s, args, actor);
		case 'service':
			return runService(s, args, actor);
		case 'sudo':
			return runSudoInfo(args, session);
		case 'su':
			return runSu(s, args, actor);
		case 'docker':
			return runDocker(s, args, actor);
		case 'docker-compose':
			return err(
				"Command 'docker-compose' not found, but can be installed with:\n\nsudo apt install docker-compose\n\n(The install script adds the Compose plugin: docker compose)",
				127
			);
		default:
			return err(`${program}: command not found`, 127);
	}
}

// ---------------------------------------------------------------- accounts

function groupLabel(s: HostState, name: string): string {
	return `${s.groups[name]?.gid ?? '?'}(${name})`;
}

function runId(s: HostState, args: ParsedArgs, actor: Actor): Io {
	const target = args.operands[0];
	if (target !== undefined && !s.users[target]) return err(`id: ‘${target}’: no such user`);
	const user = target ?? actor.user;
	const fromDb = target !== undefined || actor.root;
	const gid = fromDb ? (s.users[user]?.primary ?? user) : actor.session.gid;
	const supp = fromDb ? dbGroups(s, user) : actor.session.groups;
	const all = [gid, ...supp.filter((g) => g !== gid)];
	const names = hasOption(args, 'name');
	if (hasOption(args, 'user')) return ok((names ? user : String(s.users[user]!.uid)) + '\n');
	if (hasOption(args, 'group')) return ok((names ? gid : String(s.groups[gid]?.gid)) + '\n');
	if (hasOption(args, 'groups'))
		return ok(all.map((g) => (names ? g : String(s.groups[g]?.gid))).join(' ') + '\n');
	return ok(
		`uid=${s.users[user]!.uid}(${user}) gid=${groupLabel(s, gid)} groups=${all.map((g) => groupLabel(s, g)).join(',')}\n`
	);
}

function runGroups(s: HostState, args: ParsedArgs, actor: Actor): Io {
	if (args.operands.length === 0) {
		// Without an argument, groups(1) shows the groups of the current process.
		const gid = actor.root ? 'root' : actor.session.gid;
		const supp = actor.root ? [] : actor.session.groups;
		return ok([gid, ...supp.filter((g) => g !== gid)].join(' ') + '\n');
	}
	const lines: string[] = [];
	let code = 0;
	for (const user of args.operands) {
		if (!s.users[user]) {
			lines.push(`groups: ‘${user}’: no such user`);
			code = 1;
			continue;
		}
		const primary = s.users[user]!.primary;
		lines.push(
			`${user} : ${[primary, ...dbGroups(s, user).filter((g) => g !== primary)].join(' ')}`
		);
	}
	return {
		stdout: lines
			.filter((l) => !l.startsWith('groups:'))
			.map((l) => l + '\n')
			.join(''),
		stderr: lines
			.filter((l) => l.startsWith('groups:'))
			.map((l) => l + '\n')
			.join(''),
		exit: code
	};
}

function runUsermod(s: HostState, args: ParsedArgs, actor: Actor): Io {
	if (!actor.root)
		return err(
			'usermod: Permission denied.\nusermod: cannot lock /etc/passwd; try again later.',
			1
		);
	const login = args.operands[0]!;
	const append = hasOption(args, 'append');
	const remove = hasOption(args, 'remove');
	const list = optionValues(args, 'groups').at(-1);
	const primary = optionValues(args, 'gid').at(-1);
	if ((append || remove) && list === undefined) {
		return err(
			`usermod: ${append ? '-a' : '-r'} flag is only allowed with the -G flag\n${args.spec.usage}`,
			2
		);
	}
	if (!s.users[login]) return err(`usermod: user '${login}' does not exist`, 6);
	const wanted = list === undefined ? [] : list.split(',').filter(Boolean);
	for (const g of [...wanted, ...(primary ? [primary] : [])]) {
		if (!s.groups[g]) return err(`usermod: group '${g}' does not exist`, 6);
	}
	if (primary) s.users[login]!.primary = primary;
	if (list !== undefined) {
		for (const [name, group] of Object.entries(s.groups)) {
			const member = group.members.includes(login);
			const listed = wanted.includes(name);
			if (remove) {
				if (listed && member) group.members = group.members.filter((m) => m !== login);
			} else if (listed && !member) group.members.push(login);
			else if (!append && !listed && member)
				group.members = group.members.filter((m) => m !== login);
		}
	}
	return ok();
}

function runGpasswd(s: HostState, args: ParsedArgs, actor: Actor): Io {
	const group = args.operands[0]!;
	if (!actor.root) return err('gpasswd: Permission denied.', 1);
	if (!s.groups[group]) return err(`gpasswd: group '${group}' does not exist in /etc/group`, 3);
	const g = s.groups[group]!;
	const add = optionValues(args, 'add').at(-1);
	const del = optionValues(args, 'delete').at(-1);
	const members = optionValues(args, 'members').at(-1);
	const who = add ?? del;
	if (who !== undefined && !s.users[who]) return err(`gpasswd: user '${who}' does not exist`, 3);
	if (add !== undefined) {
		if (!g.members.includes(add)) g.members.push(add);
		return ok(`Adding user ${add} to group ${group}\n`);
	}
	if (del !== undefined) {
		if (!g.members.includes(del))
			return err(`gpasswd: user '${del}' is not a member of '${group}'`, 3);
		g.members = g.members.filter((m) => m !== del);
		return ok(`Removing user ${del} from group ${group}\n`);
	}
	if (members !== undefined) {
		const list = members.split(',').filter(Boolean);
		const unknown = list.find((u) => !s.users[u]);
		if (unknown) return err(`gpasswd: user '${unknown}' does not exist`, 3);
		g.members = list;
		return ok();
	}
	return err(
		'Changing the password for group ' +
			group +
			'\ngpasswd: 이 연습 호스트는 그룹 암호를 다루지 않습니다.',
		1
	);
}

function runGroupadd(s: HostState, args: ParsedArgs, actor: Actor): Io {
	if (!actor.root)
		return err(
			'groupadd: Permission denied.\ngroupadd: cannot lock /etc/group; try again later.',
			10
		);
	const name = args.operands[0]!;
	if (s.groups[name])
		return hasOption(args, 'force') ? ok() : err(`groupadd: group '${name}' already exists`, 9);
	const gids = Object.values(s.groups).map((g) => g.gid);
	const system = hasOption(args, 'system');
	// Regular groups take the next free gid from 1000 up, system groups the next free one below 1000.
	let gid = Number(optionValues(args, 'gid').at(-1) ?? NaN);
	if (!Number.isInteger(gid)) {
		gid = system ? 999 : 1000;
		while (gids.includes(gid)) gid += system ? -1 : 1;
	}
	s.groups[name] = { gid, members: [] };
	return ok();
}

function runAdduser(s: HostState, args: ParsedArgs, actor: Actor): Io {
	if (!actor.root) return err('fatal: Only root may add a user or group to the system.', 1);
	const [user, group] = args.operands as [string, string | undefined];
	if (group === undefined) {
		if (s.users[user]) return err(`fatal: The user \`${user}' already exists.`, 1);
		return err('fatal: 이 연습 호스트에서는 새 사용자를 만들지 않습니다.', 1);
	}
	if (!s.users[user]) return err(`fatal: The user \`${user}' does not exist.`, 1);
	if (!s.groups[group]) return err(`fatal: The group \`${group}' does not exist.`, 1);
	const g = s.groups[group]!;
	if (g.members.includes(user))
		return ok(`info: The user \`${user}' is already a member of \`${group}'.\n`);
	g.members.push(user);
	return ok(`info: Adding user \`${user}' to group \`${group}' ...\n`);
}

function runNewgrp(s: HostState, args: ParsedArgs, actor: Actor): Io {
	const session = actor.session;
	const user = actor.root ? 'root' : session.user;
	const group = args.operands[0] ?? s.users[user]?.primary ?? user;
	if (!s.groups[group]) return err(`newgrp: group '${group}' does not exist`, 1);
	const member =
		user === 'root' || dbGroups(s, user).includes(group) || s.users[user]?.primary === group;
	if (!member) return err('Password: \nInvalid password.', 1);
	// newgrp starts a new shell whose real group is `group`; supplementary groups are kept and
	// the new group is added (shadow-utils newgrp.c).
	const groups =
		session.groups.includes(group) || session.gid === group
			? [...session.groups]
			: [...session.groups, group];
	const base = actor.root
		? { user: 'root', groups: [] as string[] }
		: { user: session.user, groups };
	s.sessions.push({ user: base.user, gid: group, groups: base.groups, kind: 'newgrp' });
	return ok();
}

/** `sudo -l`, `sudo -V`, `sudo -v`, `sudo -k`: the forms without a command. */
function runSudoInfo(args: ParsedArgs, session: HostSession): Io {
	if (hasOption(args, 'version')) return ok('Sudo version 1.9.15p5\n');
	if (hasOption(args, 'list')) {
		return ok(
			`User ${session.user} may run the following commands on ubuntu:\n    (ALL : ALL) ALL\n`
		);
	}
	return ok();
}

/**
 * su(1): a new shell as the target user whose groups are read afresh (su calls initgroups(3)),
 * so `su - alice` applies a new group like a new login. From root no password is asked; to
 * root, Ubuntu's locked root password fails; to oneself the drill assumes the right password.
 */
function runSu(s: HostState, args: ParsedArgs, actor: Actor): Io {
	const target = args.operands[0] ?? 'root';
	if (!s.users[target]) {
		return err(
			`su: user ${target} does not exist or the user entry does not contain all the required fields`,
			1
		);
	}
	if (args.options.some((o) => o.key === 'command')) {
		return err('su: 이 연습 호스트는 su -c를 흉내 내지 않습니다. sudo를 쓰세요.', 1);
	}
	if (!actor.root && target === 'root') return err('Password: \nsu: Authentication failure', 1);
	const fresh = loginSession(s, target);
	s.sessions.push({ ...fresh, kind: 'su' });
	return ok(actor.root ? '' : 'Password: \n');
}

function runExit(s: HostState, program: string): Io {
	if (s.sessions.length > 1) {
		s.sessions.pop();
		return ok(program === 'logout' ? 'logout\n' : 'exit\n');
	}
	s.sessions = [loginSession(s, s.loginUser)];
	return ok(
		`logout\nConnection to ${s.hostname} closed.\n\n(다시 로그인했습니다)\nWelcome to Ubuntu 24.04.1 LTS (GNU/Linux 6.8.0-generic x86_64)\n`
	);
}

// ---------------------------------------------------------------- files

function runLs(s: HostState, args: ParsedArgs): Io {
	const names = Object.keys(s.files).sort();
	if (args.operands.length > 0) {
		const missing = args.operands.filter((n) => !s.files[n]);
		const found = args.operands.filter((n) => s.files[n]);
		const stderr = missing
			.map((n) => `ls: cannot access '${n}': No such file or directory\n`)
			.join('');
		return { stdout: found.map((n) => n + '\n').join(''), stderr, exit: missing.length ? 2 : 0 };
	}
	if (hasOption(args, 'l')) {
		return ok(
			`total ${names.length * 4}\n` +
				names
					.map(
						(n) =>
							`-rw-rw-r-- 1 ${s.files[n]!.owner} ${s.files[n]!.owner} ${s.files[n]!.content.length} ${n}\n`
					)
					.join('')
		);
	}
	return ok(names.length ? names.join('  ') + '\n' : '');
}

function runCat(s: HostState, args: ParsedArgs, stdin: string | null): Io {
	if (args.operands.length === 0) return ok(stdin ?? '');
	let stdout = '';
	let stderr = '';
	for (const name of args.operands) {
		const file = s.files[name];
		if (file) stdout += file.content;
		else stderr += `cat: ${name}: No such file or directory\n`;
	}
	return { stdout, stderr, exit: stderr ? 1 : 0 };
}

function runRm(s: HostState, args: ParsedArgs): Io {
	let stderr = '';
	for (const name of args.operands) {
		if (s.files[name]) delete s.files[name];
		else if (!hasOption(args, 'force'))
			stderr += `rm: cannot remove '${name}': No such file or directory\n`;
	}
	return { stdout: '', stderr, exit: stderr ? 1 : 0 };
}

/** grep with fixed-string matching only (no regular expressions are built from input). */
function runGrep(s: HostState, args: ParsedArgs, stdin: string | null): Io {
	const [pattern, ...names] = args.operands as [string, ...string[]];
	const ignore = hasOption(args, 'ignore-case');
	const invert = hasOption(args, 'invert-match');
	let text = stdin ?? '';
	if (names.length > 0) {
		const missing = names.find((n) => !s.files[n]);
		if (missing) return err(`grep: ${missing}: No such file or directory`, 2);
		text = names.map((n) => s.files[n]!.content).join('');
	}
	const lines = text.split('\n').filter((l, i, all) => i < all.length - 1 || l !== '');
	const hits = lines.filter(
		(l) =>
			(ignore ? l.toLowerCase().includes(pattern.toLowerCase()) : l.includes(pattern)) !== invert
	);
	const exit = hits.length > 0 ? 0 : 1;
	if (hasOption(args, 'quiet')) return { stdout: '', stderr: '', exit };
	if (hasOption(args, 'count')) return { stdout: `${hits.length}\n`, stderr: '', exit };
	return { stdout: hits.map((l) => l + '\n').join(''), stderr: '', exit };
}

// ---------------------------------------------------------------- downloads

interface Fetch {
	status: number;
	body: string;
	location?: string;
}

function fetchUrl(url: string): Fetch | { error: 'resolve'; host: string } {
	const parts = splitUrl(url);
	const scheme = parts?.scheme ?? 'http';
	const host = parts?.host ?? url;
	const path = parts?.path || '/';
	if (host !== 'get.docker.com') return { error: 'resolve', host };
	if (scheme !== 'https')
		return { status: 301, body: HTML_301, location: `https://get.docker.com${path}` };
	if (path === '/') return { status: 200, body: INSTALL_SCRIPT };
	return { status: 404, body: HTML_404 };
}

function retrieve(
	url: string,
	follow: boolean
): { final: Fetch; hops: number } | { error: string; code: number } {
	let current = url;
	for (let hops = 0; hops < 5; hops++) {
		const r = fetchUrl(current);
		if ('error' in r) return { error: r.host, code: 6 };
		if (r.status === 301 && follow && r.location) {
			current = r.location;
			continue;
		}
		return { final: r, hops };
	}
	return { error: 'redirects', code: 47 };
}

const PROGRESS =
	'  % Total    % Received % Xferd  Average Speed   Time    Time     Time  Current\n' +
	'                                 Dload  Upload   Total   Spent    Left  Speed\n';

function runCurl(s: HostState, args: ParsedArgs, actor: Actor, toTerminal: boolean): Io {
	if (hasOption(args, 'version'))
		return ok('curl 8.5.0 (x86_64-pc-linux-gnu) libcurl/8.5.0 OpenSSL/3.0.13\n');
	const url = args.operands[0];
	if (url === undefined)
		return err(
			"curl: no URL specified\ncurl: try 'curl --help' or 'curl --manual' for more information",
			2
		);
	const silent = hasOption(args, 'silent');
	const showErrors = !silent || hasOption(args, 'show-error');
	const r = retrieve(url, hasOption(args, 'location'));
	if ('error' in r) {
		return err(showErrors ? `curl: (${r.code}) Could not resolve host: ${r.error}` : '', r.code);
	}
	const { final } = r;
	if (final.status >= 400 && hasOption(args, 'fail')) {
		return err(
			showErrors ? `curl: (22) The requested URL returned error: ${final.status}` : '',
			22
		);
	}
	const output = optionValues(args, 'output').at(-1);
	const remote = hasOption(args, 'remote-name');
	const progress = !silent && (output !== undefined || remote || !toTerminal);
	const meter = progress
		? PROGRESS +
			`100 ${String(final.body.length).padStart(5)}  100 ${String(final.body.length).padStart(5)}    0     0   180k      0 --:--:-- --:--:-- --:--:--  181k\n`
		: '';
	const target = output ?? (remote ? (splitUrl(url)?.fileName ?? '') : undefined);
	if (target === '') return err(showErrors ? 'curl: Remote file name has no length!' : '', 23);
	if (target !== undefined && target !== '-') {
		s.files[target] = { kind: classify(final.body), content: final.body, owner: actor.user };
		return { stdout: '', stderr: meter, exit: 0 };
	}
	return { stdout: final.body, stderr: meter, exit: 0 };
}

function runWget(s: HostState, args: ParsedArgs, actor: Actor): Io {
	if (hasOption(args, 'version')) return ok('GNU Wget 1.21.4 built on linux-gnu.\n');
	const url = args.operands[0];
	if (url === undefined)
		return err(
			"wget: missing URL\nUsage: wget [OPTION]... [URL]...\n\nTry `wget --help' for more options.",
			1
		);
	const quiet = hasOption(args, 'quiet') || optionValues(args, 'n').includes('v');
	const r = retrieve(/^[a-z]+:\/\//i.test(url) ? url : 'https://' + url, true);
	const full = /^[a-z]+:\/\//i.test(url) ? url : `http://${url}/`.replace(/\/\/$/, '/');
	const head = quiet
		? ''
		: `--  ${full}\nResolving ${'error' in r ? r.error : 'get.docker.com'}... `;
	if ('error' in r)
		return err(
			quiet
				? ''
				: `${head}failed: Temporary failure in name resolution.\nwget: unable to resolve host address ‘${r.error}’`,
			4
		);
	if (r.final.status >= 400)
		return err(
			quiet
				? ''
				: `${head}ok\nHTTP request sent, awaiting response... ${r.final.status} Not Found\nERROR ${r.final.status}: Not Found.`,
			8
		);
	const doc = optionValues(args, 'output-document').at(-1);
	if (doc === '-')
		return {
			stdout: r.final.body,
			stderr: quiet ? '' : `${head}ok\nHTTP request sent, awaiting response... 200 OK\n`,
			exit: 0
		};
	const name = doc ?? (splitUrl(url)?.fileName || 'index.html');
	s.files[name] = { kind: classify(r.final.body), content: r.final.body, owner: actor.user };
	return {
		stdout: '',
		stderr: quiet
			? ''
			: `${head}ok\nHTTP request sent, awaiting response... 200 OK\nSaving to: ‘${name}’\n\n‘${name}’ saved [${r.final.body.length}]\n`,
		exit: 0
	};
}

// ---------------------------------------------------------------- shells and the install script

function runShell(s: HostState, args: ParsedArgs, actor: Actor, stdin: string | null): Io {
	const name = args.path[0]!;
	const dash = name !== 'bash';
	if (hasOption(args, 'version') && !dash)
		return ok('GNU bash, version 5.2.21(1)-release (x86_64-pc-linux-gnu)\n');
	const file = hasOption(args, 's') ? undefined : args.operands[0];
	const scriptArgs = file === undefined ? args.operands : args.operands.slice(1);
	let text: string;
	if (file !== undefined) {
		const f = s.files[file];
		if (!f) {
			return dash
				? err(`${name}: 0: cannot open ${file}: No such file`, 2)
				: err(`bash: ${file}: No such file or directory`, 127);
		}
		text = f.content;
	} else if (stdin === null) {
		// An interactive shell: push it on the session stack.
		const session = actor.session;
		s.sessions.push(
			actor.root
				? { user: 'root', gid: 'root', groups: [], kind: 'root-shell' }
				: { user: session.user, gid: session.gid, groups: [...session.groups], kind: 'subshell' }
		);
		return ok();
	} else text = stdin;
	if (text.trim() === '') return ok();
	if (text.includes(SCRIPT_MARK))
		return runInstallScript(s, actor, scriptArgs.includes('--dry-run'));
	if (text.trimStart().startsWith('<')) {
		return dash
			? err(`${name}: 1: Syntax error: newline unexpected`, 2)
			: err("bash: line 1: syntax error near unexpected token `newline'", 2);
	}
	const word = text.trim().split(/\s/)[0];
	return err(`${name}: 1: ${word}: not found`, 127);
}

function clientBlock(): string {
	return [
		'Client: Docker Engine - Community',
		` Version:           ${DOCKER_VERSION}`,
		` API version:       ${API_VERSION}`,
		' Go version:        go1.22.7',
		' Git commit:        d7c4a1f',
		' Built:             (drill build)',
		' OS/Arch:           linux/amd64',
		' Context:           default',
		''
	].join('\n');
}

function serverBlock(): string {
	return [
		'',
		'Server: Docker Engine - Community',
		' Engine:',
		`  Version:          ${DOCKER_VERSION}`,
		`  API version:      ${API_VERSION} (minimum version 1.24)`,
		'  Go version:       go1.22.7',
		'  Git commit:       41ca9b3',
		'  OS/Arch:          linux/amd64',
		'  Experimental:     false',
		' containerd:',
		'  Version:          1.7.22',
		' runc:',
		'  Version:          1.1.14',
		' docker-init:',
		'  Version:          0.19.0',
		''
	].join('\n');
}

function runInstallScript(s: HostState, actor: Actor, dryRun: boolean): Io {
	const steps = [
		'apt-get -qq update >/dev/null',
		'DEBIAN_FRONTEND=noninteractive apt-get -y -qq install ca-certificates curl >/dev/null',
		'install -m 0755 -d /etc/apt/keyrings',
		'curl -fsSL "https://download.docker.com/linux/ubuntu/gpg" -o /etc/apt/keyrings/docker.asc',
		'echo "deb [signed-by=/etc/apt/keyrings/docker.asc] https://download.docker.com/linux/ubuntu noble stable" > /etc/apt/sources.list.d/docker.list',
		'apt-get -qq update >/dev/null',
		'DEBIAN_FRONTEND=noninteractive apt-get -y -qq install docker-ce docker-ce-cli containerd.io docker-compose-plugin docker-buildx-plugin >/dev/null'
	];
	const head = '# Executing docker install script (drill copy)\n';
	if (dryRun) return ok(head + steps.map((c) => `sh -c '${c}'\n`).join(''));
	if (!actor.root) {
		return {
			stdout: head + `+ sh -c '${steps[0]}'\n`,
			stderr:
				'E: Could not open lock file /var/lib/apt/lists/lock - open (13: Permission denied)\nE: Unable to lock directory /var/lib/apt/lists/\n',
			exit: 100
		};
	}
	installDocker(s);
	return ok(
		head +
			steps.map((c) => `+ sh -c '${c}'\n`).join('') +
			"+ sh -c 'docker version'\n" +
			clientBlock() +
			serverBlock() +
			'\n================================================================================\n\n' +
			'To run the docker CLI without sudo, add your user to the "docker" group\n' +
			'(it grants root-level privileges) and log in again. See\n' +
			'https://docs.docker.com/engine/install/linux-postinstall/\n\n' +
			'================================================================================\n'
	);
}

// ---------------------------------------------------------------- services

function runSystemctl(s: HostState, args: ParsedArgs, actor: Actor): Io {
	const verb = args.path[1];
	if (!verb) return ok('  UNIT                 LOAD   ACTIVE SUB     DESCRIPTION\n');
	const unit = (args.operands[0] ?? '').replace(/\.service$/, '');
	if (unit !== 'docker' || !s.docker.installed)
		return err(
			`Unit ${args.operands[0]}${args.operands[0]?.endsWith('.service') ? '' : '.service'} could not be found.`,
			verb === 'status' ? 4 : 5
		);
	if (verb === 'status' || verb === 'is-active') {
		const active = s.docker.running ? 'active (running)' : 'inactive (dead)';
		if (verb === 'is-active')
			return {
				stdout: (s.docker.running ? 'active' : 'inactive') + '\n',
				stderr: '',
				exit: s.docker.running ? 0 : 3
			};
		return {
			stdout: `● docker.service - Docker Application Container Engine\n     Loaded: loaded (/usr/lib/systemd/system/docker.service; enabled; preset: enabled)\n     Active: ${active}\n`,
			stderr: '',
			exit: s.docker.running ? 0 : 3
		};
	}
	if (!actor.root)
		return err(
			`Failed to ${verb} docker.service: Interactive authentication required.\nSee system logs and 'systemctl status docker.service' for details.`,
			1
		);
	if (verb === 'start' || verb === 'restart' || (verb === 'enable' && hasOption(args, 'now')))
		s.docker.running = true;
	if (verb === 'stop') s.docker.running = false;
	return ok();
}

function runService(s: HostState, args: ParsedArgs, actor: Actor): Io {
	const [name, verb] = args.operands;
	if (name !== 'docker' || !s.docker.installed) return err(`${name}: unrecognized service`, 1);
	if (verb === 'status' || verb === undefined)
		return ok(` * Docker is ${s.docker.running ? 'running' : 'not running'}\n`);
	if (!actor.root) return err(' * Permission denied (are you root?)', 4);
	if (verb === 'start' || verb === 'restart') s.docker.running = true;
	else if (verb === 'stop') s.docker.running = false;
	else return err(`Usage: /etc/init.d/docker {start|stop|restart|status}`, 1);
	return ok(
		` * ${verb === 'stop' ? 'Stopping' : 'Starting'} Docker: docker                                      [ OK ]\n`
	);
}

// ---------------------------------------------------------------- docker

/** Images the simulated registry serves, with what a container of each does. */
const REGISTRY: Record<string, { long: boolean; command: string; logs: string }> = {
	'hello-world': {
		long: false,
		command: '"/hello"',
		logs:
			// Only the greeting is the real image's; the rest is our own summary of what happened.
			'\nHello from Docker!\n' +
			'Your Docker installation works: the steps below all succeeded.\n\n' +
			' 1. the docker client passed your command to the Docker daemon;\n' +
			' 2. the daemon pulled the "hello-world" image;\n' +
			' 3. it started a container from that image, which printed this text;\n' +
			' 4. the client streamed the text to your terminal.\n\n' +
			'(연습 호스트의 출력입니다. 실제 이미지를 내려받지 않았습니다.)\n'
	},
	nginx: {
		long: true,
		command: '"/docker-entrypoint.…"',
		logs: '/docker-entrypoint.sh: Configuration complete; ready for start up\n'
	},
	redis: {
		long: true,
		command: '"docker-entrypoint.s…"',
		logs: '1:M * Ready to accept connections tcp\n'
	},
	httpd: {
		long: true,
		command: '"httpd-foreground"',
		logs: "AH00094: Command line: 'httpd -D FOREGROUND'\n"
	},
	mysql: {
		long: true,
		command: '"docker-entrypoint.s…"',
		logs: '[Server] /usr/sbin/mysqld: ready for connections.\n'
	},
	postgres: {
		long: true,
		command: '"docker-entrypoint.s…"',
		logs: 'database system is ready to accept connections\n'
	},
	ubuntu: { long: false, command: '"/bin/bash"', logs: '' },
	alpine: { long: false, command: '"/bin/sh"', logs: '' },
	busybox: { long: false, command: '"sh"', logs: '' },
	node: { long: false, command: '"docker-entrypoint.s…"', logs: '' },
	python: { long: false, command: '"python3"', logs: '' }
};

/** A hex string of a given length from a seed: made-up ids and digests, deterministic. */
function fakeHex(seed: string, length: number): string {
	let out = '';
	for (let round = 0; out.length < length; round++) {
		out += hash53(seed, round).toString(16).padStart(14, '0');
	}
	return out.slice(0, length);
}

const NAMES_A = [
	'brave',
	'clever',
	'eager',
	'gentle',
	'happy',
	'jolly',
	'keen',
	'lucid',
	'quiet',
	'sharp'
];
const NAMES_B = [
	'turing',
	'hopper',
	'lovelace',
	'ritchie',
	'thompson',
	'torvalds',
	'knuth',
	'liskov',
	'hamilton',
	'wozniak'
];

function imageRef(image: string): { repo: string; tag: string } {
	const at = image.lastIndexOf(':');
	return at > 0 && !image.slice(at).includes('/')
		? { repo: image.slice(0, at), tag: image.slice(at + 1) }
		: { repo: image, tag: 'latest' };
}

function daemonCheck(s: HostState, actor: Actor, endpoint: string, prefix = ''): Io | null {
	if (!s.docker.running)
		return err(
			`${prefix}Cannot connect to the Docker daemon at ${SOCKET}. Is the docker daemon running?`,
			1
		);
	if (!actor.root && !sessionHas(actor.session, 'docker')) {
		return err(
			`${prefix}permission denied while trying to connect to the Docker daemon socket at ${SOCKET}: Get "http://%2Fvar%2Frun%2Fdocker.sock/v${API_VERSION}/${endpoint}": dial unix /var/run/docker.sock: connect: permission denied`,
			1
		);
	}
	return null;
}

function findContainer(s: HostState, ref: string): HostContainer | undefined {
	return s.docker.containers.find(
		(c) => c.name === ref || (ref.length >= 1 && c.id.startsWith(ref))
	);
}

function pullImage(s: HostState, image: string, quiet: boolean): Io {
	const { repo, tag } = imageRef(image);
	const ref = `${repo}:${tag}`;
	if (!REGISTRY[repo] || tag !== 'latest') {
		return err(
			`Error response from daemon: pull access denied for ${repo}, repository does not exist or may require 'docker login': denied: requested access to the resource is denied`,
			1
		);
	}
	if (!s.docker.images.includes(ref)) s.docker.images.push(ref);
	if (quiet) return ok(`docker.io/library/${ref}\n`);
	return ok(
		`${tag}: Pulling from library/${repo}\n${fakeHex(repo, 12)}: Pull complete\nDigest: sha256:${fakeHex(repo + 'digest', 64)}\nStatus: Downloaded newer image for ${ref}\ndocker.io/library/${ref}\n`
	);
}

function runDocker(s: HostState, args: ParsedArgs, actor: Actor): Io {
	if (!s.docker.installed) {
		return actor.root && actor.session.user !== 'root'
			? err('sudo: docker: command not found', 1)
			: err(
					"Command 'docker' not found, but can be installed with:\n\nsudo apt install docker.io\n\n(or with Docker's script: curl -fsSL https://get.docker.com/ | sudo sh)",
					127
				);
	}
	const sub = args.path.slice(1).join(' ');
	if (
		sub === '' &&
		args.globalOptions.length === 0 &&
		args.options.some((o) => o.key === 'version')
	) {
		return ok(`Docker version ${DOCKER_VERSION}, build d7c4a1f\n`);
	}
	if (args.options.some((o) => o.key === 'help') || sub === '') {
		return ok(`${args.spec.usage}\n\n(연습 호스트: 도움말 전문은 생략합니다)\n`);
	}
	switch (args.path[1]) {
		case 'version': {
			const denied = daemonCheck(s, actor, 'version');
			if (denied) return { stdout: clientBlock(), stderr: denied.stderr, exit: 1 };
			return ok(clientBlock() + serverBlock());
		}
		case 'info': {
			const denied = daemonCheck(s, actor, 'info');
			const client = `Client: Docker Engine - Community\n Version:    ${DOCKER_VERSION}\n Context:    default\n Debug Mode: false\n\n`;
			if (denied) return { stdout: client + 'Server:\n', stderr: denied.stderr, exit: 1 };
			const running = s.docker.containers.filter((c) => c.status === 'running').length;
			return ok(
				client +
					`Server:\n Containers: ${s.docker.containers.length}\n  Running: ${running}\n  Paused: 0\n  Stopped: ${s.docker.containers.length - running}\n Images: ${s.docker.images.length}\n Server Version: ${DOCKER_VERSION}\n Storage Driver: overlay2\n Cgroup Driver: systemd\n Operating System: Ubuntu 24.04.1 LTS\n Docker Root Dir: /var/lib/docker\n`
			);
		}
		case 'ps': {
			const denied = daemonCheck(s, actor, 'containers/json');
			if (denied) return denied;
			const all = hasOption(args, 'all');
			const list = s.docker.containers
				.filter((c) => all || c.status === 'running')
				.sort((a, b) => b.created - a.created);
			if (hasOption(args, 'quiet')) return ok(list.map((c) => c.id.slice(0, 12) + '\n').join(''));
			const header =
				'CONTAINER ID   IMAGE         COMMAND                  CREATED          STATUS                      PORTS     NAMES\n';
			return ok(
				header +
					list
						.map((c) => {
							const status = c.status === 'running' ? 'Up 2 minutes' : 'Exited (0) 2 minutes ago';
							return `${c.id.slice(0, 12)}   ${c.image.padEnd(13)} ${c.command.padEnd(24)} 2 minutes ago    ${status.padEnd(27)} ${c.ports.padEnd(9)} ${c.name}\n`;
						})
						.join('')
			);
		}
		case 'images': {
			const denied = daemonCheck(s, actor, 'images/json');
			if (denied) return denied;
			if (hasOption(args, 'quiet'))
				return ok(s.docker.images.map((i) => fakeHex(i, 12) + '\n').join(''));
			return ok(
				'REPOSITORY    TAG       IMAGE ID       CREATED        SIZE\n' +
					s.docker.images
						.map(
							(i) =>
								`${imageRef(i).repo.padEnd(13)} ${imageRef(i).tag.padEnd(9)} ${fakeHex(i, 12)}   2 weeks ago    ${i.startsWith('hello-world') ? '13.3kB' : '120MB'}\n`
						)
						.join('')
			);
		}
		case 'pull': {
			const denied = daemonCheck(s, actor, 'images/create');
			if (denied) return denied;
			const pulled = pullImage(s, args.operands[0]!, hasOption(args, 'quiet'));
			return imageRef(args.operands[0]!).tag === 'latest' &&
				!args.operands[0]!.includes(':') &&
				pulled.exit === 0
				? { ...pulled, stdout: 'Using default tag: latest\n' + pulled.stdout }
				: pulled;
		}
		case 'run':
			return runContainer(s, args, actor);
		case 'stop':
		case 'start':
		case 'rm':
			return containerVerb(s, args, actor, args.path[1]);
		case 'rmi': {
			const denied = daemonCheck(s, actor, 'images');
			if (denied) return denied;
			let stdout = '';
			let stderr = '';
			for (const image of args.operands) {
				const { repo, tag } = imageRef(image);
				const ref = `${repo}:${tag}`;
				if (!s.docker.images.includes(ref)) {
					stderr += `Error response from daemon: No such image: ${ref}\n`;
					continue;
				}
				const user = s.docker.containers.find((c) => c.image === repo || c.image === ref);
				if (user && !hasOption(args, 'force')) {
					stderr += `Error response from daemon: conflict: unable to remove repository reference "${image}" (must force) - container ${user.id.slice(0, 12)} is using its referenced image ${fakeHex(ref, 12)}\n`;
					continue;
				}
				s.docker.images = s.docker.images.filter((i) => i !== ref);
				stdout += `Untagged: ${ref}\nDeleted: sha256:${fakeHex(ref, 64)}\n`;
			}
			return { stdout, stderr, exit: stderr ? 1 : 0 };
		}
		case 'logs': {
			const denied = daemonCheck(s, actor, 'containers');
			if (denied) return denied;
			const c = findContainer(s, args.operands[0]!);
			if (!c) return err(`Error response from daemon: No such container: ${args.operands[0]}`, 1);
			return ok(REGISTRY[imageRef(c.image).repo]?.logs ?? '');
		}
		case 'exec': {
			const denied = daemonCheck(s, actor, 'containers');
			if (denied) return denied;
			const c = findContainer(s, args.operands[0]!);
			if (!c) return err(`Error response from daemon: No such container: ${args.operands[0]}`, 1);
			if (c.status !== 'running')
				return err(`Error response from daemon: container ${c.id} is not running`, 1);
			return ok('# (연습 호스트는 컨테이너 안에서 명령을 실행하지 않습니다)\n');
		}
		case 'build': {
			const denied = daemonCheck(s, actor, '_ping');
			if (denied) return denied;
			const file = optionValues(args, 'file').at(-1) ?? 'Dockerfile';
			return err(
				`ERROR: failed to solve: failed to read dockerfile: open ${file}: no such file or directory`,
				1
			);
		}
		case 'network': {
			const denied = daemonCheck(s, actor, 'networks');
			if (denied) return denied;
			if (args.path[2] === 'ls' || args.path[2] === undefined) {
				return ok(
					'NETWORK ID     NAME      DRIVER    SCOPE\n' +
						['bridge', 'host', 'none']
							.map(
								(n) =>
									`${fakeHex('net' + n, 12)}   ${n.padEnd(9)} ${(n === 'none' ? 'null' : n).padEnd(9)} local\n`
							)
							.join('')
				);
			}
			return ok(
				`# docker network ${args.path[2]}: not simulated on this drill host (nothing was run)\n`
			);
		}
		case 'login':
			return hasOption(args, 'username') &&
				(hasOption(args, 'password') || hasOption(args, 'password-stdin'))
				? ok('Login Succeeded\n')
				: err('Error: Cannot perform an interactive login from a non TTY device', 1);
		case 'push': {
			const denied = daemonCheck(s, actor, 'images');
			if (denied) return denied;
			const { repo, tag } = imageRef(args.operands[0]!);
			if (!s.docker.images.includes(`${repo}:${tag}`))
				return err(`An image does not exist locally with the tag: ${repo}`, 1);
			return err(
				`The push refers to repository [docker.io/library/${repo}]\ndenied: requested access to the resource is denied`,
				1
			);
		}
		case 'compose': {
			const denied = daemonCheck(s, actor, '_ping');
			if (denied) return denied;
			if (args.path[2] === 'version') return ok('Docker Compose version v2.29.7\n');
			return err('no configuration file provided: not found', 14);
		}
		case 'inspect':
		case 'kill':
		case 'restart':
		case 'tag':
		case 'search':
		case 'history':
		case 'container':
		case 'image':
		case 'system':
		case 'volume': {
			const denied = daemonCheck(s, actor, args.path[1] === 'volume' ? 'volumes' : 'containers');
			if (denied) return denied;
			return runDockerMore(s, args);
		}
		default: {
			// A valid command (its options were read) that this host does not model.
			const denied = daemonCheck(s, actor, '_ping');
			if (denied) return denied;
			return ok(`# ${args.path.join(' ')}: not simulated on this drill host (nothing was run)\n`);
		}
	}
}

/** inspect, kill, restart, tag, search, history, the prunes and volumes. */
function runDockerMore(s: HostState, args: ParsedArgs): Io {
	const sub = args.path.slice(1).join(' ');
	const ops = args.operands;
	const confirm = hasOption(args, 'force')
		? ''
		: 'WARNING! 확인 질문(y/N)은 연습 호스트에서 y로 답한 것으로 칩니다.\n';
	switch (sub) {
		case 'inspect': {
			const format = optionValues(args, 'format').at(-1);
			let stdout = '';
			for (const ref of ops) {
				const c = findContainer(s, ref);
				const image = s.docker.images.find((i) => i === ref || imageRef(i).repo === ref);
				if (!c && !image) return { stdout, stderr: `Error: No such object: ${ref}\n`, exit: 1 };
				if (format !== undefined) {
					const fields: Record<string, string> = c
						? {
								'.State.Status': c.status,
								'.Name': '/' + c.name,
								'.Id': c.id,
								'.Config.Image': c.image
							}
						: { '.Id': 'sha256:' + fakeHex(image!, 64) };
					const key = /^\{\{\s*([.A-Za-z]+)\s*\}\}$/.exec(format)?.[1];
					stdout += (key && fields[key] !== undefined ? fields[key] : '<no value>') + '\n';
				} else if (c) {
					stdout += `[\n    {\n        "Id": "${c.id}",\n        "Name": "/${c.name}",\n        "State": {\n            "Status": "${c.status}",\n            "Running": ${c.status === 'running'}\n        },\n        "Config": {\n            "Image": "${c.image}"\n        }\n    }\n]\n`;
				} else {
					stdout += `[\n    {\n        "Id": "sha256:${fakeHex(image!, 64)}",\n        "RepoTags": [\n            "${image}"\n        ]\n    }\n]\n`;
				}
			}
			return ok(stdout);
		}
		case 'kill':
		case 'restart': {
			let stdout = '';
			let stderr = '';
			for (const ref of ops) {
				const c = findContainer(s, ref);
				if (!c) stderr += `Error response from daemon: No such container: ${ref}\n`;
				else if (sub === 'kill' && c.status !== 'running') {
					stderr += `Error response from daemon: cannot kill container: ${ref}: container ${c.id} is not running\n`;
				} else {
					c.status =
						sub === 'kill'
							? 'exited'
							: REGISTRY[imageRef(c.image).repo]?.long
								? 'running'
								: 'exited';
					stdout += ref + '\n';
				}
			}
			return { stdout, stderr, exit: stderr ? 1 : 0 };
		}
		case 'tag': {
			const from = imageRef(ops[0]!);
			if (!s.docker.images.includes(`${from.repo}:${from.tag}`)) {
				return err(`Error response from daemon: No such image: ${from.repo}:${from.tag}`, 1);
			}
			const to = imageRef(ops[1]!);
			if (!s.docker.images.includes(`${to.repo}:${to.tag}`))
				s.docker.images.push(`${to.repo}:${to.tag}`);
			return ok();
		}
		case 'search': {
			const term = ops[0]!.toLowerCase();
			const hits = Object.keys(REGISTRY).filter((name) => name.includes(term));
			return ok(
				'NAME          DESCRIPTION                          STARS     OFFICIAL\n' +
					hits
						.map(
							(h) =>
								`${h.padEnd(13)} Official ${h} image (drill copy)`.padEnd(51) + ' 10000     [OK]\n'
						)
						.join('')
			);
		}
		case 'history': {
			const { repo, tag } = imageRef(ops[0]!);
			if (!s.docker.images.includes(`${repo}:${tag}`)) {
				return err(`Error response from daemon: No such image: ${repo}:${tag}`, 1);
			}
			return ok(
				'IMAGE          CREATED       CREATED BY                                      SIZE      COMMENT\n' +
					`${fakeHex(repo, 12)}   2 weeks ago   CMD [${REGISTRY[repo]?.command.replace(/"/g, '') ?? ''}]`.padEnd(
						89
					) +
					' 0B        buildkit.dockerfile.v0\n' +
					`<missing>      2 weeks ago   COPY . / # buildkit`.padEnd(89) +
					' 13.3kB    buildkit.dockerfile.v0\n'
			);
		}
		case 'container prune': {
			const gone = s.docker.containers.filter((c) => c.status !== 'running');
			s.docker.containers = s.docker.containers.filter((c) => c.status === 'running');
			return ok(
				confirm +
					(gone.length ? `Deleted Containers:\n${gone.map((c) => c.id + '\n').join('')}\n` : '') +
					'Total reclaimed space: 0B\n'
			);
		}
		case 'image prune':
		case 'system prune': {
			const used = new Set(
				s.docker.containers.map((c) => `${imageRef(c.image).repo}:${imageRef(c.image).tag}`)
			);
			if (sub === 'system prune')
				s.docker.containers = s.docker.containers.filter((c) => c.status === 'running');
			const all = hasOption(args, 'all');
			const gone = all ? s.docker.images.filter((i) => !used.has(i)) : [];
			s.docker.images = s.docker.images.filter((i) => !gone.includes(i));
			return ok(
				confirm + gone.map((i) => `untagged: ${i}\n`).join('') + 'Total reclaimed space: 0B\n'
			);
		}
		case 'volume create': {
			const name =
				ops[0] ?? optionValues(args, 'name').at(-1) ?? fakeHex('vol' + s.docker.serial++, 64);
			if (!s.docker.volumes.includes(name)) s.docker.volumes.push(name);
			return ok(name + '\n');
		}
		case 'volume ls':
			if (hasOption(args, 'quiet')) return ok(s.docker.volumes.map((v) => v + '\n').join(''));
			return ok(
				'DRIVER    VOLUME NAME\n' + s.docker.volumes.map((v) => `local     ${v}\n`).join('')
			);
		case 'volume inspect': {
			const missing = ops.find((v) => !s.docker.volumes.includes(v));
			if (missing) return err(`Error response from daemon: get ${missing}: no such volume`, 1);
			return ok(
				'[\n' +
					ops
						.map(
							(v) =>
								`    {\n        "Driver": "local",\n        "Mountpoint": "/var/lib/docker/volumes/${v}/_data",\n        "Name": "${v}",\n        "Scope": "local"\n    }`
						)
						.join(',\n') +
					'\n]\n'
			);
		}
		case 'volume rm': {
			let stdout = '';
			let stderr = '';
			for (const v of ops) {
				if (!s.docker.volumes.includes(v))
					stderr += `Error response from daemon: get ${v}: no such volume\n`;
				else {
					s.docker.volumes = s.docker.volumes.filter((x) => x !== v);
					stdout += v + '\n';
				}
			}
			return { stdout, stderr, exit: stderr ? 1 : 0 };
		}
		case 'volume prune':
			// Without --all only anonymous volumes go; the drill only has named ones.
			if (hasOption(args, 'all')) s.docker.volumes = [];
			return ok(confirm + 'Total reclaimed space: 0B\n');
		default:
			return ok(`# docker ${sub}: not simulated on this drill host (nothing was run)\n`);
	}
}

function runContainer(s: HostState, args: ParsedArgs, actor: Actor): Io {
	const denied = daemonCheck(s, actor, '_ping', 'docker: ');
	if (denied)
		return {
			...denied,
			stderr: denied.stderr.replace(/\n$/, `\nSee 'docker run --help'.\n`),
			exit: 126
		};
	const image = args.operands[0]!;
	const { repo, tag } = imageRef(image);
	const ref = `${repo}:${tag}`;
	let stderr = '';
	if (!s.docker.images.includes(ref)) {
		stderr += `Unable to find image '${ref}' locally\n`;
		const pulled = pullImage(s, image, false);
		if (pulled.exit !== 0)
			return {
				stdout: '',
				stderr: stderr + 'docker: ' + pulled.stderr + "See 'docker run --help'.\n",
				exit: 125
			};
		stderr += pulled.stdout.replace(/\ndocker\.io\/library\/[^\n]*\n$/, '\n');
	}
	const name =
		optionValues(args, 'name').at(-1) ??
		`${NAMES_A[s.docker.serial % 10]}_${NAMES_B[(s.docker.serial * 7 + 3) % 10]}`;
	if (s.docker.containers.some((c) => c.name === name)) {
		return err(
			`docker: Error response from daemon: Conflict. The container name "/${name}" is already in use.\nSee 'docker run --help'.`,
			125
		);
	}
	for (const mount of optionValues(args, 'volume')) {
		const source = mount.split(':')[0] ?? '';
		if (
			source &&
			!source.startsWith('/') &&
			!source.startsWith('.') &&
			!s.docker.volumes.includes(source)
		) {
			s.docker.volumes.push(source);
		}
	}
	s.docker.serial++;
	const id = fakeHex(`${name}/${ref}/${s.docker.serial}`, 64);
	const info = REGISTRY[repo]!;
	const detach = hasOption(args, 'detach');
	const ports = optionValues(args, 'publish')
		.map((p) => {
			const parts = p.split(':');
			return parts.length >= 2
				? `0.0.0.0:${parts[parts.length - 2]}->${parts[parts.length - 1]}/tcp`
				: `${p}/tcp`;
		})
		.join(', ');
	const command =
		args.operands.length > 1 ? `"${args.operands.slice(1).join(' ')}"`.slice(0, 24) : info.command;
	const long = info.long || (hasOption(args, 'interactive') && hasOption(args, 'tty') && detach);
	const container: HostContainer = {
		id,
		name,
		image: tag === 'latest' ? repo : ref,
		command,
		status: long ? 'running' : 'exited',
		ports: long ? ports : '',
		created: s.docker.serial
	};
	if (!(hasOption(args, 'rm') && container.status === 'exited'))
		s.docker.containers.push(container);
	// Pull progress comes first on the terminal, so it is kept in front of the output here.
	if (detach) return ok(stderr + id + '\n');
	if (args.operands[1] === 'echo') return ok(stderr + args.operands.slice(2).join(' ') + '\n');
	if (hasOption(args, 'interactive') && hasOption(args, 'tty')) {
		return ok(
			stderr +
				'# (연습 호스트: 컨테이너 안의 대화형 셸은 흉내 내지 않습니다. 컨테이너는 종료되었습니다)\n'
		);
	}
	return ok(stderr + info.logs);
}

function containerVerb(s: HostState, args: ParsedArgs, actor: Actor, verb: string): Io {
	const denied = daemonCheck(s, actor, 'containers');
	if (denied) return denied;
	let stdout = '';
	let stderr = '';
	for (const ref of args.operands) {
		const c = findContainer(s, ref);
		if (!c) {
			stderr += `Error response from daemon: No such container: ${ref}\n`;
			continue;
		}
		if (verb === 'rm') {
			if (c.status === 'running' && !hasOption(args, 'force')) {
				stderr += `Error response from daemon: cannot remove container "/${c.name}": container is running: stop the container before removing or force remove\n`;
				continue;
			}
			s.docker.containers = s.docker.containers.filter((x) => x !== c);
		} else if (verb === 'stop') c.status = 'exited';
		else if (verb === 'start')
			c.status = REGISTRY[imageRef(c.image).repo]?.long ? 'running' : 'exited';
		stdout += ref + '\n';
	}
	return { stdout, stderr, exit: stderr ? 1 : 0 };
}
