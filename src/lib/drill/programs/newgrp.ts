/** newgrp(1), shadow-utils: `newgrp [-] [group]` starts a shell with another real group. */
import { dbGroups } from '../host/state';
import { spec, f } from '../spec';
import { err, ok, type Io, type Program, type ProgramCall } from './program';

const newgrpSpec = spec('newgrp', 'gnu', [f('l', undefined)], 'Usage: newgrp [-] [group]', {
	maxOperands: 1,
	usageExit: 1
});

/**
 * A new shell whose real group is `group`; supplementary groups are kept and the new group is
 * added (shadow-utils newgrp.c). Membership is read from /etc/group now, so it works right after
 * `usermod -aG` without a new login. A non-member is asked for the group password, which fails.
 */
function run({ host: s, args, actor }: ProgramCall): Io {
	const session = actor.session;
	const user = actor.root ? 'root' : session.user;
	const group = args.operands[0] ?? s.users[user]?.primary ?? user;
	if (!s.groups[group]) return err(`newgrp: group '${group}' does not exist`, 1);
	const member =
		user === 'root' || dbGroups(s, user).includes(group) || s.users[user]?.primary === group;
	if (!member) return err('Password: \nInvalid password.', 1);
	const groups =
		session.groups.includes(group) || session.gid === group
			? [...session.groups]
			: [...session.groups, group];
	s.sessions.push(
		actor.root
			? { user: 'root', gid: group, groups: [], kind: 'newgrp' }
			: { user: session.user, gid: group, groups, kind: 'newgrp' }
	);
	return ok();
}

/** newgrp(1). */
export const newgrp: Program = { spec: newgrpSpec, run };
