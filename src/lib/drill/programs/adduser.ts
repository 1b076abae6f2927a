/** adduser(8), Debian adduser 3.13x; Getopt::Long accepts `--opt` and `-opt`. */
import { spec, f, v } from '../spec';
import { err, ok, withNote, type Io, type Program, type ProgramCall } from './program';

const adduserSpec = spec(
	'adduser',
	'perl',
	[
		f(undefined, 'add-extra-groups'),
		f(undefined, 'allow-all-names'),
		f(undefined, 'allow-bad-names'),
		v(undefined, 'comment'),
		v(undefined, 'conf'),
		f(undefined, 'debug'),
		f(undefined, 'disabled-login'),
		f(undefined, 'disabled-password'),
		v(undefined, 'firstuid'),
		v(undefined, 'gecos'),
		v(undefined, 'gid'),
		f(undefined, 'group'),
		f('h', 'help'),
		v(undefined, 'home'),
		v(undefined, 'ingroup'),
		v(undefined, 'lastuid'),
		f(undefined, 'no-create-home'),
		f('q', 'quiet'),
		v(undefined, 'shell'),
		f(undefined, 'system'),
		v(undefined, 'uid'),
		f('v', 'version')
	],
	'adduser [--uid id] [--firstuid id] [--lastuid id] [--gid id] [--ingroup group] [--home dir] [--shell shell] [--no-create-home] [--disabled-password] [--disabled-login] [--comment comment] user\nadduser [--quiet] [--debug] user group',
	{ minOperands: 1, maxOperands: 2 }
);

/**
 * With two arguments, Debian's adduser adds an existing user to an existing group (adduser(8));
 * with one it creates a user, which asks for a password: not simulated.
 */
function run({ host: s, args, actor }: ProgramCall): Io {
	if (!actor.root) return err('fatal: Only root may add a user or group to the system.', 1);
	const [user, group] = args.operands as [string, string | undefined];
	if (group === undefined) {
		if (s.users[user]) return err(`fatal: The user \`${user}' already exists.`, 1);
		return withNote(err('', 1), 'host-no-new-users');
	}
	if (!s.users[user]) return err(`fatal: The user \`${user}' does not exist.`, 1);
	const g = s.groups[group];
	if (!g) return err(`fatal: The group \`${group}' does not exist.`, 1);
	if (g.members.includes(user))
		return ok(`info: The user \`${user}' is already a member of \`${group}'.\n`);
	g.members.push(user);
	return ok(`info: Adding user \`${user}' to group \`${group}' ...\n`);
}

/** adduser(8). */
export const adduser: Program = { spec: adduserSpec, run };
