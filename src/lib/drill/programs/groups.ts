/** groups(1), GNU coreutils. */
import { dbGroups } from '../host/state';
import { helpVersion, spec } from '../spec';
import { always, ok, type Io, type Program, type ProgramCall } from './program';

const groupsSpec = spec(
	'groups',
	'gnu',
	[...helpVersion],
	'Usage: groups [OPTION]... [USERNAME]...'
);

/** Without an argument: the groups of the current process; with users: /etc/group. */
function run({ host: s, args, actor }: ProgramCall): Io {
	if (args.operands.length === 0) {
		const gid = actor.root ? 'root' : actor.session.gid;
		const supp = actor.root ? [] : actor.session.groups;
		return ok([gid, ...supp.filter((g) => g !== gid)].join(' ') + '\n');
	}
	let stdout = '';
	let stderr = '';
	for (const user of args.operands) {
		const account = s.users[user];
		if (!account) {
			stderr += `groups: ‘${user}’: no such user\n`;
			continue;
		}
		const primary = account.primary;
		stdout += `${user} : ${[primary, ...dbGroups(s, user).filter((g) => g !== primary)].join(' ')}\n`;
	}
	return { stdout, stderr, exit: stderr ? 1 : 0 };
}

/** groups(1). */
export const groups: Program = { spec: groupsSpec, run, readOnly: always };
