/**
 * Running a line on the simulated host: the line is read once ({@link analyseLine}), then each
 * pipeline runs stage by stage with its redirections, each command through its program in the
 * registry (`programs/`). Pure: {@link runLine} returns a new state and plain-text output, never
 * touches the network, the file system or a clock, and never evaluates what was typed.
 *
 * Rules modelled (sources): sudo checks the invoking process's groups against `%sudo`
 * (sudoers(5), Ubuntu default); `a && b` / `a || b` / `a; b` (bash(1) "Lists"); redirections to
 * files in the home directory, `2>&1`, `/dev/null` (bash(1) "REDIRECTION").
 */
import { analyseLine, type AnalyseResult, type Invocation, type Plan } from '../analyse';
import type { ShellContext } from '../parse';
import { programFor } from '../programs';
import { err, notSimulated, ok, type Io } from '../programs/program';
import type { Reason } from '../reasons';
import { readFile, writeFile } from './files';
import { cloneState, currentSession, maySudo, type HostState } from './state';

/**
 * What one line did. `output` is plain text as the programs print it (never HTML); `notes` are
 * remarks of the drill host for the learner (message ids, shown after the output); `clear` asks
 * the screen to clear.
 */
export interface RunResult {
	state: HostState;
	output: string;
	exitCode: number;
	notes: Reason[];
	clear?: boolean;
}

/** What the stages of a line print, in terminal order, and the host's remarks. */
interface Sink {
	out: string[];
	notes: Reason[];
}

/**
 * Run one typed line on the host. Pure: returns a new state; `state` is not modified.
 * Never throws for any input; lines that cannot be parsed get bash-like errors.
 */
export function runLine(state: HostState, line: string): RunResult {
	return guarded(state, () => runRead(state, line, analyseLine(line, shellContext(state))));
}

/**
 * Run a line that was already analysed with {@link shellContext} of `state` (the drill reads each
 * line once and hands the same analysis to the judge). Pure and never throws, like {@link runLine}.
 */
export function runAnalysed(state: HostState, line: string, analysed: AnalyseResult): RunResult {
	return guarded(state, () => runRead(state, line, analysed));
}

function guarded(state: HostState, run: () => RunResult): RunResult {
	try {
		return run();
	} catch (error) {
		// A simulation bug must not take the terminal down; the state is left as it was.
		return { state, output: `bash: drill host error: ${String(error)}\n`, exitCode: 1, notes: [] };
	}
}

function runRead(state: HostState, line: string, analysed: AnalyseResult): RunResult {
	// An empty line (or only a comment) is not a command: nothing is recorded.
	if (!analysed.ok && analysed.reasonId === 'empty')
		return { state, output: '', exitCode: 0, notes: [] };
	const s = cloneState(state);
	s.docker.volumes ??= []; // states saved before volumes were modelled
	s.history.push(line);
	if (!analysed.ok) return { state: s, output: `${analysed.message}\n`, exitCode: 2, notes: [] };
	const sink: Sink = { out: [], notes: [] };
	const exitCode = runPlan(s, analysed.plan, sink);
	const clear = analysed.plan.items.some((it) =>
		it.stages.some((st) => st.args?.path[0] === 'clear')
	);
	return {
		state: s,
		output: sink.out.join(''),
		exitCode,
		notes: sink.notes,
		...(clear ? { clear } : {})
	};
}

/**
 * The shell context of the current session: its user, and `$(…)` resolved by running read-only
 * commands on a copy of the host. Used by the judge so it reads a line as the host does.
 */
export function shellContext(state: HostState): ShellContext {
	return { user: currentSession(state).user, substitute: (body) => substituteOnHost(state, body) };
}

/** A command only reads the host (its program says so, no sudo, output not written to a file). */
function readsOnly(inv: Invocation): boolean {
	if (inv.error !== null || inv.args === null || inv.wrappers.includes('sudo')) return false;
	const quiet = inv.redirects.every(
		(r) => r.target === '/dev/null' || (r.op === '>&' && r.target === '1')
	);
	return quiet && programFor(inv.args.path[0]!)?.readOnly?.(inv.args) === true;
}

/**
 * `$(docker ps -aq)` and friends: run a read-only command line on a copy of the host and use its
 * standard output (trailing newlines removed, as bash does). Anything that could change the host
 * is left unresolved (null).
 */
function substituteOnHost(s: HostState, body: string): string | null {
	const analysed = analyseLine(body, { user: currentSession(s).user });
	if (!analysed.ok) return null;
	if (!analysed.plan.items.every((item) => item.stages.every(readsOnly))) return null;
	const copy = cloneState(s);
	let out = '';
	for (const item of analysed.plan.items) {
		let stdin: string | null = null;
		for (const inv of item.stages) stdin = runInvocation(copy, inv, stdin, false).stdout;
		out += stdin ?? '';
	}
	return out.replace(/\n+$/, '');
}

function runPlan(s: HostState, plan: Plan, sink: Sink): number {
	let last = 0;
	let skip = false;
	for (const item of plan.items) {
		if (!skip) last = runPipeline(s, item.stages, sink);
		skip = (item.next === '&&' && last !== 0) || (item.next === '||' && last === 0);
	}
	return last;
}

/** Apply a stage's output redirections; returns what still goes on to the pipe or the screen. */
function redirect(s: HostState, inv: Invocation, io: Io): { stdout: string; stderr: string } {
	let { stdout, stderr } = io;
	const owner = currentSession(s).user;
	for (const r of inv.redirects) {
		const fd = r.fd ?? (r.op === '<' ? 0 : 1);
		const toFile = r.op === '>' || r.op === '>>' || r.op === '>|';
		if (r.op === '>&' && fd === 2 && r.target === '1') {
			stdout += stderr;
			stderr = '';
		} else if (toFile && r.target === '/dev/null') {
			if (fd === 2) stderr = '';
			else stdout = '';
		} else if (toFile && fd === 1) {
			writeFile(s, r.target, stdout, owner, r.op === '>>');
			stdout = '';
		} else if (r.op === '&>' || r.op === '&>>') {
			if (r.target !== '/dev/null') writeFile(s, r.target, stdout + stderr, owner, r.op === '&>>');
			stdout = '';
			stderr = '';
		}
	}
	return { stdout, stderr };
}

/** Standard output goes to a file rather than on (`>`, `>>`, `&>`). */
function stdoutRedirected(inv: Invocation): boolean {
	return inv.redirects.some(
		(r) =>
			r.op === '&>' ||
			r.op === '&>>' ||
			((r.op === '>' || r.op === '>>' || r.op === '>|') && (r.fd ?? 1) === 1)
	);
}

function recordSuccess(s: HostState, inv: Invocation, exit: number): void {
	const command = inv.args?.path.join(' ') ?? inv.argv[0] ?? '';
	if (exit !== 0 || !command) return;
	s.successes.push({ command, root: inv.runAs === 'root' });
	if (s.successes.length > 200) s.successes.shift();
}

function runPipeline(s: HostState, stages: Invocation[], sink: Sink): number {
	let stdin: string | null = null;
	let exit = 0;
	stages.forEach((inv, k) => {
		const isLast = k === stages.length - 1;
		const fromFile = inv.redirects.find((r) => r.op === '<');
		const file = fromFile ? readFile(s, fromFile.target) : undefined;
		if (fromFile && !file) {
			sink.out.push(`bash: ${fromFile.target}: No such file or directory\n`);
			exit = 1;
			stdin = '';
			return;
		}
		const io = runInvocation(s, inv, file ? file.content : stdin, isLast && !stdoutRedirected(inv));
		const { stdout, stderr } = redirect(s, inv, io);
		// Earlier stages' errors show before the final output; the last stage's own errors after it.
		if (isLast) sink.out.push(stdout, stderr);
		else sink.out.push(stderr);
		sink.notes.push(...(io.notes ?? []));
		stdin = stdout;
		exit = io.exit;
		recordSuccess(s, inv, io.exit);
	});
	return exit;
}

/** Run one command: sudo's checks, a `sh -c` script, or the program of the registry. */
function runInvocation(
	s: HostState,
	inv: Invocation,
	stdin: string | null,
	toTerminal: boolean
): Io {
	const session = currentSession(s);
	if (inv.wrappers.includes('sudo')) {
		if (!maySudo(session)) return err(`${session.user} is not in the sudoers file.`, 1);
		if (!s.users[inv.runAs])
			return err(
				`sudo: unknown user ${inv.runAs}\nsudo: error initializing audit plugin sudoers_audit`,
				1
			);
	}
	if (inv.error) return err(inv.error.message, inv.error.exitCode);
	if (inv.script) {
		const sink: Sink = { out: [], notes: [] };
		const exit = runPlan(s, inv.script, sink);
		return { stdout: sink.out.join(''), stderr: '', exit, notes: sink.notes };
	}
	// A real program the drill knows by name only (npm, apt-get, vi …): nothing is run.
	if (!inv.args) return notSimulated(inv.argv[0] ?? '');
	const args = inv.args;
	const program = programFor(args.path[0]!);
	if (!program) return err(`${args.path[0]}: command not found`, 127);
	if (args.path[0] !== 'docker' && args.options.some((o) => o.key === 'help'))
		return ok(args.spec.usage + '\n');
	const actor = { user: inv.runAs, root: inv.runAs === 'root', session };
	return program.run({ host: s, args, actor, stdin, toTerminal });
}
