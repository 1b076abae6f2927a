/** Shells (dash(1) as /bin/sh, bash(1)) and the builtins the drill models. */
import { f, helpVersion, spec, v } from '../spec';

export const shellOptions = [
	f('c', undefined, 'run the next argument as a command string'),
	f('e', undefined),
	f('x', undefined),
	f('s', undefined, 'read commands from standard input'),
	f('i', undefined),
	f('l', undefined),
	f('u', undefined),
	f('v', undefined),
	f('n', undefined),
	f('f', undefined),
	f('a', undefined),
	f('C', undefined),
	v('o', undefined)
];

/** dash(1), Ubuntu's /bin/sh. `sh -` ends options (script from stdin). */
export const sh = spec(
	'sh',
	'dash',
	shellOptions,
	'Usage: sh [-aCefnuvxIimqVEbp] [+aCefnuvxIimqVEbp] [-o option_name] [+o option_name] [command_file [argument ...]]'
);

/** bash(1), GNU bash 5.2. */
export const bash = spec(
	'bash',
	'bash',
	[
		...shellOptions,
		f(undefined, 'login'),
		f(undefined, 'norc'),
		f(undefined, 'noprofile'),
		f(undefined, 'posix'),
		f(undefined, 'verbose'),
		v(undefined, 'rcfile'),
		...helpVersion
	],
	'Usage:\tbash [GNU long option] [option] ...\n\tbash [GNU long option] [option] script-file ...'
);

/** Shell builtins with no option parsing worth modelling. */
export const exit = spec('exit', 'builtin', [], 'exit [n]', { maxOperands: 1 });
/** `:`, `true`, `false`: no-op builtins. A line of bare assignments (`A=1`) reads as `:`. */
export const noop = spec(':', 'builtin', [], ': [arguments]');
export const trueSpec = spec('true', 'builtin', [], 'true');
export const falseSpec = spec('false', 'builtin', [], 'false');
export const logout = spec('logout', 'builtin', [], 'logout [n]', { maxOperands: 1 });
export const echo = spec(
	'echo',
	'builtin',
	[f('n', undefined), f('e', undefined), f('E', undefined)],
	'echo [-neE] [arg ...]'
);
export const pwd = spec('pwd', 'builtin', [f('L', undefined), f('P', undefined)], 'pwd [-LP]');
export const clear = spec(
	'clear',
	'gnu',
	[f('x', undefined), f('V', undefined)],
	'Usage: clear [options]'
);
