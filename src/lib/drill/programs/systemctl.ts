/** systemctl(1) and service(8), for starting and checking the Docker daemon. */
import { hasOption, helpVersion, spec, f, type ProgramSpec } from '../spec';
import { err, ok, type Io, type Program, type ProgramCall } from './program';

const VERBS = ['start', 'stop', 'restart', 'status', 'enable', 'disable', 'is-active'];

const verbSpec = (name: string): ProgramSpec =>
	spec(
		`systemctl ${name}`,
		'gnu',
		[f(undefined, 'now'), f('q', 'quiet'), f(undefined, 'no-pager')],
		`systemctl ${name} UNIT...`,
		{ minOperands: 1 }
	);

const systemctlSpec = spec(
	'systemctl',
	'gnu',
	[f(undefined, 'no-pager'), f('q', 'quiet'), ...helpVersion],
	'systemctl [OPTIONS...] COMMAND ...',
	{ subcommands: Object.fromEntries(VERBS.map((s) => [s, verbSpec(s)])) }
);

function status(running: boolean, verb: string): Io {
	if (verb === 'is-active')
		return { stdout: (running ? 'active' : 'inactive') + '\n', stderr: '', exit: running ? 0 : 3 };
	const active = running ? 'active (running)' : 'inactive (dead)';
	return {
		stdout: `● docker.service - Docker Application Container Engine\n     Loaded: loaded (/usr/lib/systemd/system/docker.service; enabled; preset: enabled)\n     Active: ${active}\n`,
		stderr: '',
		exit: running ? 0 : 3
	};
}

/** Only docker.service exists (once Docker is installed); changing it needs root (polkit). */
function runSystemctl({ host: s, args, actor }: ProgramCall): Io {
	const verb = args.path[1];
	if (!verb) return ok('  UNIT                 LOAD   ACTIVE SUB     DESCRIPTION\n');
	const typed = args.operands[0] ?? '';
	if (typed.replace(/\.service$/, '') !== 'docker' || !s.docker.installed)
		return err(
			`Unit ${typed}${typed.endsWith('.service') ? '' : '.service'} could not be found.`,
			verb === 'status' ? 4 : 5
		);
	if (verb === 'status' || verb === 'is-active') return status(s.docker.running, verb);
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

/** service(8): the SysV wrapper; `service docker status|start|stop|restart`. */
function runService({ host: s, args, actor }: ProgramCall): Io {
	const [name, verb] = args.operands;
	if (name !== 'docker' || !s.docker.installed) return err(`${name}: unrecognized service`, 1);
	if (verb === 'status' || verb === undefined)
		return ok(` * Docker is ${s.docker.running ? 'running' : 'not running'}\n`);
	if (!actor.root) return err(' * Permission denied (are you root?)', 4);
	if (verb === 'start' || verb === 'restart') s.docker.running = true;
	else if (verb === 'stop') s.docker.running = false;
	else return err(`Usage: /etc/init.d/docker {start|stop|restart|status}`, 1);
	const doing = verb === 'stop' ? 'Stopping' : 'Starting';
	return ok(` * ${doing} Docker: docker                                      [ OK ]\n`);
}

/** systemctl(1). */
export const systemctl: Program = { spec: systemctlSpec, run: runSystemctl };

/** service(8). */
export const service: Program = {
	spec: spec(
		'service',
		'builtin',
		[],
		'Usage: service < option > | --status-all | [ service_name [ command | --full-restart ] ]',
		{ minOperands: 1, maxOperands: 2 }
	),
	run: runService
};
