/** systemctl(1) and service(8), for starting the Docker daemon. */
import { f, helpVersion, spec, type ProgramSpec } from '../spec';

/** systemctl(1) and service(8), for starting the Docker daemon. */
export const systemctlSub = (name: string): ProgramSpec =>
	spec(
		`systemctl ${name}`,
		'gnu',
		[f(undefined, 'now'), f('q', 'quiet'), f(undefined, 'no-pager')],
		`systemctl ${name} UNIT...`,
		{ minOperands: 1 }
	);
export const systemctl = spec(
	'systemctl',
	'gnu',
	[f(undefined, 'no-pager'), f('q', 'quiet'), ...helpVersion],
	'systemctl [OPTIONS...] COMMAND ...',
	{
		subcommands: Object.fromEntries(
			['start', 'stop', 'restart', 'status', 'enable', 'disable', 'is-active'].map((s) => [
				s,
				systemctlSub(s)
			])
		)
	}
);
export const service = spec(
	'service',
	'builtin',
	[],
	'Usage: service < option > | --status-all | [ service_name [ command | --full-restart ] ]',
	{ minOperands: 1, maxOperands: 2 }
);
