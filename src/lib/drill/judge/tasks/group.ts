/**
 * The docker-group task: `sudo usermod -aG docker {user}` and its equivalents (`gpasswd -a`,
 * Debian's `adduser USER GROUP`), as tables of checks. Rules: usermod(8) (`-G` without `-a`
 * replaces every supplementary group: case C23 of the product's cases), gpasswd(1), adduser(8).
 * Wrong answers name the kind of mistake and what it would do on the host; the fix itself is left
 * to the hint ladder.
 */
import type { Invocation, Plan } from '../../analyse';
import { closestName, hasOption, optionValues, type ParsedArgs } from '../../spec';
import { normalisePlan } from '../normal';
import { Findings, runChecks, single, type Check, type Verdict } from '../verdict';

const PROGRAMS = ['usermod', 'gpasswd', 'adduser'];

interface Subject {
	inv: Invocation;
	args: ParsedArgs;
	group: string;
	users: string[];
	extraCommands: boolean;
}

function rootShellExpansion(inv: Invocation): boolean {
	// Root's shell (an `sh -c` string run by sudo) expanded `$USER` / `$(whoami)` to root.
	return (
		inv.runAs === 'root' &&
		inv.expansions.some(
			(e) =>
				e.value === 'root' && (e.kind === 'substitution' || ['USER', 'LOGNAME'].includes(e.name))
		)
	);
}

function checkUser(f: Findings, s: Subject, login: string | undefined): void {
	if (login === undefined || login === '') f.wrong('missing-user', { program: s.args.path[0]! });
	else if (!s.users.includes(login)) {
		if (login === 'root' && rootShellExpansion(s.inv)) f.wrong('user-var-in-root-shell');
		else f.wrong('wrong-user', { typed: login });
	}
}

function checkGroups(f: Findings, s: Subject, list: string[], login: string | undefined): void {
	if (list.includes(s.group)) {
		const others = list.filter((g) => g !== s.group);
		if (others.length) f.note('extra-groups', { groups: others.join(', ') });
		return;
	}
	if (login === s.group && list.some((g) => s.users.includes(g))) {
		f.wrong('user-group-swapped');
		return;
	}
	const close = list.some((g) => closestName(g, [s.group]));
	f.wrong(close ? 'group-typo' : 'wrong-group', { typed: list.join(',') || '-' });
}

function usermodChecks(f: Findings, s: Subject): void {
	const { args, inv } = s;
	const append = hasOption(args, 'append');
	const groupsVal = optionValues(args, 'groups');
	const primary = optionValues(args, 'gid');
	const login = args.operands.length === 1 ? args.operands[0] : undefined;
	const listed = groupsVal.at(-1)?.split(',').filter(Boolean) ?? [];
	if (inv.error && args.operands.length > 1) {
		const clusterOrder =
			inv.typedArgv.some((w) => /^-[^-]*G[a-zA-Z]+$/.test(w) && w.endsWith('a')) ||
			groupsVal.some((g) => g.length === 1);
		if (clusterOrder) f.wrong('usermod-cluster-order');
		else if (args.operands.includes(s.group) && !groupsVal.length) f.wrong('usermod-missing-G');
		else f.wrong('group-usage-error', { program: 'usermod' });
		return;
	}
	if (primary.length > 0 && groupsVal.length === 0) {
		f.wrong('usermod-lowercase-g', { append: append ? 1 : 0 });
		checkUser(f, s, login);
		return;
	}
	if (groupsVal.length === 0) {
		f.wrong('usermod-missing-G');
		return;
	}
	if (hasOption(args, 'remove')) f.wrong('usermod-remove');
	else if (!append) f.wrong('usermod-no-append', { groups: listed.join(',') || '-' });
	checkGroups(f, s, listed, login);
	if (!f.has('user-group-swapped')) checkUser(f, s, login);
	if (primary.length > 0) f.wrong('usermod-lowercase-g', { append: 1 });
	const others = args.options.filter((o) => !['append', 'groups', 'gid', 'remove'].includes(o.key));
	if (others.length) f.wrong('extra-options', { options: others.map((o) => o.spelled).join(' ') });
	const permuted =
		args.operands.length === 1 && inv.argv.indexOf(args.operands[0]!) < inv.argv.length - 1;
	if (permuted) f.note('options-after-user');
}

function gpasswdChecks(f: Findings, s: Subject): void {
	const add = optionValues(s.args, 'add');
	const groupOp = s.args.operands[0];
	if (hasOption(s.args, 'delete')) f.wrong('gpasswd-delete');
	else if (hasOption(s.args, 'members')) f.wrong('gpasswd-members');
	else if (add.length === 0) f.wrong('group-usage-error', { program: 'gpasswd' });
	else if (groupOp === s.users[0] && add.includes(s.group)) f.wrong('user-group-swapped');
	else {
		if (groupOp !== s.group) f.wrong('wrong-group', { typed: groupOp ?? '-' });
		checkUser(f, s, add.at(-1));
	}
	f.note('gpasswd-alternative');
}

function adduserChecks(f: Findings, s: Subject): void {
	const [login, groupOp] = s.args.operands;
	if (s.args.operands.length === 1) f.wrong('adduser-creates-user', { typed: login ?? '' });
	else if (login === s.group && groupOp !== undefined && s.users.includes(groupOp))
		f.wrong('user-group-swapped');
	else {
		if (groupOp !== s.group) f.wrong('wrong-group', { typed: groupOp ?? '-' });
		checkUser(f, s, login);
	}
	f.note('adduser-alternative');
}

const CHECKS: Check<Subject>[] = [
	{ when: (s) => s.args.path[0] === 'usermod', add: usermodChecks },
	{ when: (s) => s.args.path[0] === 'gpasswd', add: gpasswdChecks },
	{ when: (s) => s.args.path[0] === 'adduser', add: adduserChecks },
	{
		when: (s) => s.inv.runAs !== 'root',
		add: (f, s) => f.wrong('missing-sudo', { program: s.args.path[0]! })
	},
	{
		when: (s) => s.inv.wrappers.includes('sh -c'),
		add: (f) => {
			if (!f.has('user-var-in-root-shell')) f.note('sh-c-wrapper');
		}
	},
	{ when: (s) => s.extraCommands, add: (f) => f.note('extra-commands') }
];

/**
 * Judge a typed plan against `usermod -aG <group> <user>` read from the template's plan.
 * @param users accepted names of the user operand (the learner's name)
 * @param firstError verdict for an invocation that could not be read (from the caller)
 */
export function judgeAddGroup(
	expected: Plan,
	plan: Plan,
	users: string[],
	firstError: (inv: Invocation) => Verdict
): Verdict {
	const expInv = expected.items[0]!.stages[0]!;
	const group = optionValues(expInv.args!, 'groups')[0] ?? 'docker';
	const normalised = normalisePlan(plan);
	const invs = plan.items.flatMap((i) => i.stages);
	const target = invs.findIndex(
		(i) =>
			PROGRAMS.includes(i.args?.path[0] ?? '') || PROGRAMS.includes(i.error?.partial?.path[0] ?? '')
	);
	const broken = invs.find((i) => i.error !== null && i !== invs[target]);
	if (broken) return firstError(broken);
	if (target < 0)
		return single('wrong', 'wrong-program', normalised, { typed: invs[0]?.argv[0] ?? '' });
	const inv = invs[target]!;
	const args = inv.args ?? inv.error?.partial ?? null;
	if (!args) return firstError(inv);
	const f = runChecks(
		CHECKS,
		{ inv, args, group, users, extraCommands: invs.length > 1 },
		new Findings()
	);
	// Only the plain documented form is "correct" without a note; unusual order gets one.
	if (
		f.mistakes.length === 0 &&
		f.notes.some((n) => n.id !== 'options-after-user' && n.id !== 'extra-commands')
	) {
		const i = f.notes.findIndex((n) => n.id === 'options-after-user');
		if (i >= 0) f.notes.splice(i, 1);
	}
	return f.verdict(normalised);
}
