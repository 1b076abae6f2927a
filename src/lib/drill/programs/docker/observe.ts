/**
 * Docker commands that look at containers and the daemon: `docker stats`, `top`, `port`,
 * `system df`, `wait`. Figures are made up but follow the state (which containers run).
 */
import type { HostContainer } from '../../host/state';
import { hasOption } from '../../spec';
import { err, ok, withNote, type Io, type ProgramCall } from '../program';
import { findContainer } from './daemon';

const noSuch = (ref: string) => `Error response from daemon: No such container: ${ref}`;

function running(c: HostContainer | undefined, ref: string): Io | null {
	if (!c) return err(noSuch(ref), 1);
	if (c.status !== 'running')
		return err(`Error response from daemon: container ${c.id} is not running`, 1);
	return null;
}

/** `docker stats`: one reading per running container (`-a` all); streaming shows one reading. */
export function dockerStats({ host: s, args }: ProgramCall): Io {
	const named = args.operands.map((ref) => ({ ref, c: findContainer(s, ref) }));
	const missing = named.find((n) => !n.c);
	if (missing) return err(noSuch(missing.ref), 1);
	const list = named.length
		? named.map((n) => n.c!)
		: s.docker.containers.filter((c) => hasOption(args, 'all') || c.status === 'running');
	const row = (c: HostContainer) => {
		const on = c.status === 'running';
		return `${c.id.slice(0, 12)}   ${c.name.padEnd(15)} ${on ? '0.02%' : '0.00%'}     ${on ? '7.1MiB / 1.9GiB' : '0B / 0B'}     ${on ? '0.36%' : '0.00%'}     1.2kB / 0B   0B / 0B     ${on ? 2 : 0}\n`;
	};
	const table =
		'CONTAINER ID   NAME            CPU %     MEM USAGE / LIMIT     MEM %     NET I/O      BLOCK I/O   PIDS\n' +
		list.map(row).join('');
	return hasOption(args, 'no-stream') ? ok(table) : withNote(ok(table), 'host-stream-once');
}

/** `docker top CONTAINER`: the processes of a running container. */
export function dockerTop({ host: s, args }: ProgramCall): Io {
	const c = findContainer(s, args.operands[0]!);
	const denied = running(c, args.operands[0]!);
	if (denied) return denied;
	const cmd = c!.command.replace(/"/g, '').replace(/…$/, '');
	return ok(
		'UID                 PID                 PPID                C                   STIME               TTY                 TIME                CMD\n' +
			`root                4321                4300                0                   10:00               ?                   00:00:00            ${cmd}\n`
	);
}

/** `docker port CONTAINER`: its published ports (`80/tcp -> 0.0.0.0:8080`). */
export function dockerPort({ host: s, args }: ProgramCall): Io {
	const c = findContainer(s, args.operands[0]!);
	if (!c) return err(noSuch(args.operands[0]!), 1);
	const lines = c.ports
		.split(', ')
		.filter(Boolean)
		.map((p) => /^(.*):(\d+)->(.+)$/.exec(p))
		.filter((m): m is RegExpExecArray => m !== null)
		.map((m) => `${m[3]} -> ${m[1]}:${m[2]}\n`);
	return ok(lines.join(''));
}

/** `docker system df`: disk use by images, containers and volumes. */
export function systemDf({ host: s }: ProgramCall): Io {
	const d = s.docker;
	const active = d.containers.filter((c) => c.status === 'running').length;
	const row = (type: string, total: number, used: number, size: string) =>
		`${type.padEnd(15)} ${String(total).padEnd(9)} ${String(used).padEnd(9)} ${size.padEnd(9)} 0B (0%)\n`;
	return ok(
		'TYPE            TOTAL     ACTIVE    SIZE      RECLAIMABLE\n' +
			row(
				'Images',
				d.images.length,
				Math.min(d.images.length, d.containers.length),
				`${d.images.length * 120}MB`
			) +
			row('Containers', d.containers.length, active, '0B') +
			row('Local Volumes', d.volumes.length, 0, '0B') +
			row('Build Cache', 0, 0, '0B')
	);
}

/** `docker wait CONTAINER…`: blocks until each exits and prints its exit code. */
export function dockerWait({ host: s, args }: ProgramCall): Io {
	let stdout = '';
	for (const ref of args.operands) {
		const c = findContainer(s, ref);
		if (!c) return { stdout, stderr: noSuch(ref) + '\n', exit: 1 };
		// A server never exits by itself: a real `docker wait` would wait for ever.
		if (c.status === 'running')
			return withNote({ stdout, stderr: '', exit: 0 }, 'host-wait-running');
		stdout += '0\n';
	}
	return ok(stdout);
}
