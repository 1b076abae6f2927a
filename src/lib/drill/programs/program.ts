/**
 * The contract of one program of the drill's registry: its option spec (how argv is read, shared
 * by the judge and the host) and what it does on the simulated host. A program's `run` changes
 * only the host object it is handed (a copy the runner owns) and returns what it printed.
 */
import type { HostSession, HostState } from '../host/state';
import { reason, type Param, type Reason } from '../reasons';
import type { ParsedArgs, ProgramSpec } from '../spec';

/**
 * What a command printed and its exit status. `notes` are remarks of the drill host for the
 * learner (message ids the UI renders in its language), never part of a stream a pipe passes on.
 */
export interface Io {
	stdout: string;
	stderr: string;
	exit: number;
	notes?: Reason[];
}

/** Who runs a command: the shell's session, or root (or `sudo -u` someone) through sudo. */
export interface Actor {
	user: string;
	root: boolean;
	session: HostSession;
}

/** One call of a program on the host. */
export interface ProgramCall {
	/** The host to change (the runner's working copy). */
	host: HostState;
	args: ParsedArgs;
	actor: Actor;
	/** Standard input: a pipe's or a file's contents, or null for the terminal. */
	stdin: string | null;
	/** Standard output goes to the terminal (last stage, no redirection). */
	toTerminal: boolean;
}

/** A program of the registry. */
export interface Program {
	spec: ProgramSpec;
	/** What it does on the simulated host. */
	run: (call: ProgramCall) => Io;
	/**
	 * True when this call only reads the host, so its output may stand in for a `$(…)` (run on a
	 * copy). Absent = never.
	 */
	readOnly?: (args: ParsedArgs) => boolean;
}

/** Success with this standard output. */
export const ok = (stdout = ''): Io => ({ stdout, stderr: '', exit: 0 });

/** Failure with this error text (a newline is added when missing) and exit status. */
export const err = (stderr: string, exit = 1): Io => ({
	stdout: '',
	stderr: stderr === '' || stderr.endsWith('\n') ? stderr : stderr + '\n',
	exit
});

/** The same result with a remark of the drill host for the learner. */
export function withNote(io: Io, id: string, params?: Record<string, Param>): Io {
	return { ...io, notes: [...(io.notes ?? []), reason(id, params)] };
}

/** Nothing was run: a real program (or command) this host does not model. */
export function notSimulated(command: string): Io {
	return withNote(ok(), 'host-not-simulated', { command });
}

/** Always read-only (whoami, id, ls …). */
export const always = (): boolean => true;
