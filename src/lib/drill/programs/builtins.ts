/** Shell builtins the drill models: `:`, `true`, `false`, `echo`, `pwd`, `exit`, `logout`, and `clear`. */
import { homeOf, loginSession, type HostState } from '../host/state';
import { hasOption, spec, f } from '../spec';
import { always, ok, withNote, type Io, type Program } from './program';

/**
 * `exit`/`logout` leave the current shell; leaving the login shell ends the session, and the
 * drill logs the learner in again at once (new group memberships apply, as after a real login).
 */
function leave(s: HostState, program: string): Io {
	if (s.sessions.length > 1) {
		s.sessions.pop();
		return ok(program === 'logout' ? 'logout\n' : 'exit\n');
	}
	s.sessions = [loginSession(s, s.loginUser)];
	return withNote(
		ok(
			`logout\nConnection to ${s.hostname} closed.\n\nWelcome to Ubuntu 24.04.1 LTS (GNU/Linux 6.8.0-generic x86_64)\n`
		),
		'host-logged-in-again'
	);
}

/** A line of bare assignments (`A=1`) reads as `:`. */
export const noop: Program = {
	spec: spec(':', 'builtin', [], ': [arguments]'),
	run: () => ok(),
	readOnly: always
};
export const trueProgram: Program = {
	spec: spec('true', 'builtin', [], 'true'),
	run: () => ok(),
	readOnly: always
};
export const falseProgram: Program = {
	spec: spec('false', 'builtin', [], 'false'),
	run: () => ({ stdout: '', stderr: '', exit: 1 }),
	readOnly: always
};
export const echo: Program = {
	spec: spec(
		'echo',
		'builtin',
		[f('n', undefined), f('e', undefined), f('E', undefined)],
		'echo [-neE] [arg ...]'
	),
	run: ({ args }) => {
		const text = args.operands.join(' ');
		return ok(hasOption(args, 'n') ? text : text + '\n');
	},
	readOnly: always
};
export const pwd: Program = {
	spec: spec('pwd', 'builtin', [f('L', undefined), f('P', undefined)], 'pwd [-LP]'),
	run: ({ host, actor }) => ok((actor.root ? '/root' : homeOf(host, actor.user)) + '\n'),
	readOnly: always
};
export const exit: Program = {
	spec: spec('exit', 'builtin', [], 'exit [n]', { maxOperands: 1 }),
	run: ({ host }) => leave(host, 'exit')
};
export const logout: Program = {
	spec: spec('logout', 'builtin', [], 'logout [n]', { maxOperands: 1 }),
	run: ({ host }) => leave(host, 'logout')
};
/** clear(1): the screen clears (the runner reports it); nothing is printed. */
export const clear: Program = {
	spec: spec('clear', 'gnu', [f('x', undefined), f('V', undefined)], 'Usage: clear [options]'),
	run: () => ok('')
};
