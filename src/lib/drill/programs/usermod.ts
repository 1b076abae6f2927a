/** usermod(8), shadow-utils 4.13 (Ubuntu 24.04): change an account, here its groups. */
import { hasOption, optionValues, spec, f, v } from '../spec';
import { err, ok, type Program, type ProgramCall, type Io } from './program';

const usermodSpec = spec(
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

/** Apply `-G list` to /etc/group: append (`-a`), remove (`-r`) or replace the whole list. */
function applyGroups(
	groups: Record<string, { members: string[] }>,
	login: string,
	wanted: string[],
	mode: 'append' | 'remove' | 'replace'
): void {
	for (const [name, group] of Object.entries(groups)) {
		const member = group.members.includes(login);
		const listed = wanted.includes(name);
		const drop = mode === 'remove' ? listed && member : mode === 'replace' && !listed && member;
		if (drop) group.members = group.members.filter((m) => m !== login);
		else if (mode !== 'remove' && listed && !member) group.members.push(login);
	}
}

/**
 * `usermod -G` without `-a` replaces the supplementary group list (usermod(8)); `-a` appends,
 * `-r` removes; `-a`/`-r` without `-G` is a usage error. Only root may change accounts.
 */
function run({ host: s, args, actor }: ProgramCall): Io {
	if (!actor.root)
		return err(
			'usermod: Permission denied.\nusermod: cannot lock /etc/passwd; try again later.',
			1
		);
	const login = args.operands[0]!;
	const append = hasOption(args, 'append');
	const remove = hasOption(args, 'remove');
	const list = optionValues(args, 'groups').at(-1);
	const primary = optionValues(args, 'gid').at(-1);
	if ((append || remove) && list === undefined) {
		return err(
			`usermod: ${append ? '-a' : '-r'} flag is only allowed with the -G flag\n${args.spec.usage}`,
			2
		);
	}
	if (!s.users[login]) return err(`usermod: user '${login}' does not exist`, 6);
	const wanted = list === undefined ? [] : list.split(',').filter(Boolean);
	for (const g of [...wanted, ...(primary ? [primary] : [])]) {
		if (!s.groups[g]) return err(`usermod: group '${g}' does not exist`, 6);
	}
	if (primary) s.users[login]!.primary = primary;
	if (list !== undefined)
		applyGroups(s.groups, login, wanted, remove ? 'remove' : append ? 'append' : 'replace');
	return ok();
}

/** usermod(8). */
export const usermod: Program = { spec: usermodSpec, run };
