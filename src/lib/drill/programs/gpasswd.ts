/** gpasswd(1), shadow-utils: administer one group's members. */
import { optionValues, spec, f, v } from '../spec';
import { err, ok, withNote, type Io, type Program, type ProgramCall } from './program';

const gpasswdSpec = spec(
	'gpasswd',
	'gnu',
	[
		v('a', 'add', 'add the user to the group (other groups unchanged)'),
		v('d', 'delete', 'remove the user from the group'),
		f('h', 'help'),
		v('Q', 'root'),
		f('r', 'remove-password'),
		f('R', 'restrict'),
		v('A', 'administrators'),
		v('M', 'members', "replace the group's whole member list")
	],
	'Usage: gpasswd [option] GROUP',
	{ minOperands: 1, maxOperands: 1 }
);

/** `-a user` adds one member, `-d user` removes one, `-M a,b` replaces the list (gpasswd(1)). */
function run({ host: s, args, actor }: ProgramCall): Io {
	const group = args.operands[0]!;
	if (!actor.root) return err('gpasswd: Permission denied.', 1);
	const g = s.groups[group];
	if (!g) return err(`gpasswd: group '${group}' does not exist in /etc/group`, 3);
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
	// Without options gpasswd asks for a new group password: not simulated.
	return withNote(
		{ stdout: `Changing the password for group ${group}\n`, stderr: '', exit: 1 },
		'host-no-passwords',
		{ program: 'gpasswd' }
	);
}

/** gpasswd(1). */
export const gpasswd: Program = { spec: gpasswdSpec, run };
