/** id(1), GNU coreutils: the user and group ids of a user or of the current process. */
import type { HostState } from '../host/state';
import { dbGroups } from '../host/state';
import { hasOption, helpVersion, spec, f } from '../spec';
import { always, err, ok, type Io, type Program, type ProgramCall } from './program';

const idSpec = spec(
	'id',
	'gnu',
	[
		f('a', undefined),
		f('Z', 'context'),
		f('g', 'group'),
		f('G', 'groups'),
		f('n', 'name'),
		f('r', 'real'),
		f('u', 'user'),
		f('z', 'zero'),
		...helpVersion
	],
	'Usage: id [OPTION]... [USER]...'
);

function groupLabel(s: HostState, name: string): string {
	return `${s.groups[name]?.gid ?? '?'}(${name})`;
}

/**
 * Without a user, id shows the current process's credentials (the shell's, fixed at login);
 * with a user (or as root through sudo) it reads /etc/group.
 */
function run({ host: s, args, actor }: ProgramCall): Io {
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

/** id(1). */
export const id: Program = { spec: idSpec, run, readOnly: always };
