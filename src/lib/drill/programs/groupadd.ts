/** groupadd(8), shadow-utils (Docker's post-install steps start with `sudo groupadd docker`). */
import { hasOption, optionValues, spec, f, v } from '../spec';
import { err, ok, type Io, type Program, type ProgramCall } from './program';

const groupaddSpec = spec(
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

/**
 * A new group: regular groups take the next free gid from 1000 up, system groups (`-r`) the next
 * free one below 1000; an existing group is an error unless `-f` (groupadd(8)).
 */
function run({ host: s, args, actor }: ProgramCall): Io {
	if (!actor.root)
		return err(
			'groupadd: Permission denied.\ngroupadd: cannot lock /etc/group; try again later.',
			10
		);
	const name = args.operands[0]!;
	if (s.groups[name])
		return hasOption(args, 'force') ? ok() : err(`groupadd: group '${name}' already exists`, 9);
	const gids = Object.values(s.groups).map((g) => g.gid);
	const system = hasOption(args, 'system');
	let gid = Number(optionValues(args, 'gid').at(-1) ?? NaN);
	if (!Number.isInteger(gid)) {
		gid = system ? 999 : 1000;
		while (gids.includes(gid)) gid += system ? -1 : 1;
	}
	s.groups[name] = { gid, members: [] };
	return ok();
}

/** groupadd(8). */
export const groupadd: Program = { spec: groupaddSpec, run };
