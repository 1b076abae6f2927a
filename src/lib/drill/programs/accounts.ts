/**
 * Account programs: usermod(8), gpasswd(1), groupadd(8) (shadow-utils), adduser(8) (Debian),
 * id(1), groups(1), whoami(1) (GNU coreutils), newgrp(1), su(1).
 */
import { f, helpVersion, spec, v } from '../spec';

/** usermod(8), shadow-utils 4.13 (Ubuntu 24.04). */
export const usermod = spec(
	'usermod',
	'gnu',
	[
		f('a', 'append', 'with -G: add to the supplementary groups, keep the others'),
		f('b', 'badname'),
		v('c', 'comment'),
		v('d', 'home'),
		v('e', 'expiredate'),
		v('f', 'inactive'),
		v('g', 'gid', 'change the primary group'),
		v(
			'G',
			'groups',
			'supplementary groups (comma-separated); without -a the whole list is replaced'
		),
		f('h', 'help'),
		v('l', 'login'),
		f('L', 'lock'),
		f('m', 'move-home'),
		f('o', 'non-unique'),
		v('p', 'password'),
		v('P', 'prefix'),
		f('r', 'remove', 'with -G: remove the user from the listed groups'),
		v('R', 'root'),
		v('s', 'shell'),
		v('u', 'uid'),
		f('U', 'unlock'),
		v('v', 'add-subuids'),
		v('V', 'del-subuids'),
		v('w', 'add-subgids'),
		v('W', 'del-subgids'),
		v('Z', 'selinux-user')
	],
	'Usage: usermod [options] LOGIN',
	{ minOperands: 1, maxOperands: 1 }
);

/** gpasswd(1), shadow-utils. */
export const gpasswd = spec(
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

/** groupadd(8), shadow-utils (Docker's post-install steps start with `sudo groupadd docker`). */
export const groupadd = spec(
	'groupadd',
	'gnu',
	[
		f('f', 'force', 'succeed if the group already exists'),
		v('g', 'gid'),
		f('h', 'help'),
		f('o', 'non-unique'),
		v('p', 'password'),
		f('r', 'system'),
		v('R', 'root')
	],
	'Usage: groupadd [options] GROUP',
	{ minOperands: 1, maxOperands: 1 }
);

/** adduser(8), Debian adduser 3.13x; Getopt::Long accepts `--opt` and `-opt`. */
export const adduser = spec(
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

/** id(1), GNU coreutils. */
export const id = spec(
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

/** groups(1), GNU coreutils. */
export const groups = spec(
	'groups',
	'gnu',
	[...helpVersion],
	'Usage: groups [OPTION]... [USERNAME]...'
);

/** whoami(1), GNU coreutils. */
export const whoami = spec('whoami', 'gnu', [...helpVersion], 'Usage: whoami [OPTION]...', {
	maxOperands: 0
});

/** newgrp(1), shadow-utils: `newgrp [-] [group]`; `-` (or `-l`) reinitialises the environment. */
export const newgrp = spec('newgrp', 'gnu', [f('l', undefined)], 'Usage: newgrp [-] [group]', {
	maxOperands: 1,
	usageExit: 1
});

/** su(1), util-linux: `su [options] [-] [user [argument...]]`; it always re-reads the target's groups. */
export const su = spec(
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
