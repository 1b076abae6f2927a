/**
 * sudo(8), sudo 1.9. Options stop at the first operand (the command to run). Running a command
 * through sudo is unwrapped when the line is read (`analyse.ts`); what is left for the host are
 * the forms without a command (`sudo -l`, `-V`, `-v`, `-k`).
 */
import { hasOption, spec, f, v } from '../spec';
import { ok, type Io, type Program, type ProgramCall } from './program';

const sudoSpec = spec(
	'sudo',
	'sudo',
	[
		f('A', 'askpass'),
		f('b', 'background'),
		v('C', 'close-from'),
		f('E', 'preserve-env'),
		f('e', 'edit'),
		v('g', 'group'),
		f('H', 'set-home'),
		f('h', 'help'),
		f('i', 'login', "open root's login shell"),
		f('K', 'remove-timestamp'),
		f('k', 'reset-timestamp'),
		f('l', 'list'),
		f('n', 'non-interactive'),
		f('P', 'preserve-groups'),
		v('p', 'prompt'),
		f('S', 'stdin'),
		f('s', 'shell', 'open a root shell'),
		v('U', 'other-user'),
		v('u', 'user', 'run as this user (default root)'),
		f('V', 'version'),
		f('v', 'validate')
	],
	'usage: sudo -h | -K | -k | -V\nusage: sudo -v [-ABkNnS] [-g group] [-h host] [-p prompt] [-u user]\nusage: sudo [-ABbEHkNnPS] [-C num] [-D directory] [-g group] [-h host] [-p prompt] [-R directory] [-T timeout] [-u user] [VAR=value] [-i | -s] [command [arg ...]]',
	{ usageExit: 1 }
);

/** `sudo -l`, `sudo -V`, `sudo -v`, `sudo -k`: the forms without a command. */
function run({ args, actor }: ProgramCall): Io {
	if (hasOption(args, 'version')) return ok('Sudo version 1.9.15p5\n');
	if (hasOption(args, 'list')) {
		return ok(
			`User ${actor.session.user} may run the following commands on ubuntu:\n    (ALL : ALL) ALL\n`
		);
	}
	return ok();
}

/** sudo(8). */
export const sudo: Program = { spec: sudoSpec, run };
