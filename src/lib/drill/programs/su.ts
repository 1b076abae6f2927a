/** su(1), util-linux: `su [options] [-] [user [argument...]]`. */
import { loginSession } from '../host/state';
import { spec, f, v } from '../spec';
import { err, ok, withNote, type Io, type Program, type ProgramCall } from './program';

const suSpec = spec(
	'su',
	'gnu',
	[
		f('l', 'login', 'start a login shell with a fresh environment'),
		v('c', 'command'),
		v('s', 'shell'),
		v('g', 'group'),
		f('m', 'preserve-environment'),
		f('p', undefined),
		f('h', 'help'),
		f('V', 'version')
	],
	'Usage:\n su [options] [-] [<user> [<argument>...]]'
);

/**
 * A new shell as the target user whose groups are read afresh (su calls initgroups(3)), so
 * `su - alice` applies a new group like a new login. From root no password is asked; to root,
 * Ubuntu's locked root password fails; to oneself the drill assumes the right password.
 */
function run({ host: s, args, actor }: ProgramCall): Io {
	const target = args.operands[0] ?? 'root';
	if (!s.users[target]) {
		return err(
			`su: user ${target} does not exist or the user entry does not contain all the required fields`,
			1
		);
	}
	if (args.options.some((o) => o.key === 'command'))
		return withNote(err('', 1), 'host-su-command', { fix: 'sudo' });
	if (!actor.root && target === 'root') return err('Password: \nsu: Authentication failure', 1);
	s.sessions.push({ ...loginSession(s, target), kind: 'su' });
	return ok(actor.root ? '' : 'Password: \n');
}

/** su(1). */
export const su: Program = { spec: suSpec, run };
