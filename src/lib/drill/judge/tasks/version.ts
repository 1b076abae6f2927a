/**
 * The version task: `docker version` shows client and server (it reaches the daemon, so it proves
 * the socket works without sudo). `docker --version` prints the client line only; `docker info`
 * also reaches the daemon. Docker CLI reference: docker version, docker info.
 */
import type { Plan } from '../../analyse';
import { normalisePlan } from '../normal';
import { Findings, single, type Verdict } from '../verdict';

/** Judge a typed plan against `docker version`. */
export function judgeVersion(plan: Plan): Verdict {
	const normalised = normalisePlan(plan);
	const invs = plan.items.flatMap((i) => i.stages);
	const inv = invs.find(
		(i) => i.args?.path[0] === 'docker' || i.args?.path[0] === 'docker-compose'
	);
	if (!inv?.args)
		return single('wrong', 'wrong-program', normalised, { typed: invs[0]?.argv[0] ?? '' });
	const args = inv.args;
	const f = new Findings();
	const sub = args.path.slice(1).join(' ');
	if (args.path[0] === 'docker-compose' || sub.startsWith('compose')) f.wrong('compose-version');
	else if (sub === '') {
		if (args.options.some((o) => o.key === 'version')) f.note('docker-version-flag');
		else f.wrong('missing-subcommand');
	} else if (sub === 'info') f.note('docker-info');
	else if (sub !== 'version') f.wrong('wrong-subcommand', { typed: args.path.join(' ') });
	const extra = sub === 'version' ? args.options.filter((o) => o.key !== 'help') : [];
	if (extra.length) f.note('output-options', { options: extra.map((o) => o.spelled).join(' ') });
	if (args.options.some((o) => o.key === 'help')) f.wrong('help-only');
	if (inv.wrappers.includes('sudo')) f.note('sudo-unneeded', { program: 'docker' });
	if (invs.length > 1) f.note('extra-commands');
	return f.verdict(normalised);
}
