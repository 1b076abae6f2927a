/** The canonical text of a line: what the learner typed, spelled the same way every time. */
import type { Invocation, Plan } from '../analyse';
import { quoteWord } from '../parse';
import type { ParsedArgs, ParsedOption } from '../spec';

function optionOrder(args: ParsedArgs, opt: ParsedOption): number {
	const i = args.spec.options.findIndex((o) => o.key === opt.key);
	return i < 0 ? 999 : i;
}

/** An option as the canonical form spells it: short name if any (`-a`), else long (`--rm`). */
export function spellOption(args: ParsedArgs, opt: ParsedOption): string {
	const def = args.spec.options.find((o) => o.key === opt.key);
	const name = def?.short
		? '-' + def.short
		: def?.long
			? '--' + def.long
			: opt.key.length === 1
				? '-' + opt.key
				: '--' + opt.key;
	return opt.value === undefined ? name : `${name} ${quoteWord(opt.value)}`;
}

function sortOptions(args: ParsedArgs, opts: ParsedOption[]): ParsedOption[] {
	return [...opts].sort(
		(a, b) =>
			optionOrder(args, a) - optionOrder(args, b) || (a.value ?? '').localeCompare(b.value ?? '')
	);
}

/** Canonical text of one invocation: wrappers, path, options in spec order, operands. */
export function normaliseInvocation(inv: Invocation): string {
	const parts: string[] = [];
	if (inv.wrappers.includes('sudo')) {
		parts.push('sudo');
		if (inv.runAs !== 'root') parts.push('-u', quoteWord(inv.runAs));
	}
	if (!inv.args) {
		parts.push(...inv.argv.map(quoteWord));
		return parts.join(' ');
	}
	const args = inv.args;
	const isShell = ['sh', 'bash', 'dash'].includes(args.path[0]!);
	parts.push(quoteWord(args.path[0]!));
	if (args.globalOptions.length > 0) {
		parts.push(
			...args.globalOptions.map((o) =>
				o.value === undefined ? `--${o.key}` : `--${o.key} ${quoteWord(o.value)}`
			)
		);
	}
	parts.push(...args.path.slice(1).map(quoteWord));
	let opts = sortOptions(args, args.options);
	// `sh`, `sh -`, `sh -s` read the script from standard input alike.
	if (isShell && args.operands.length === 0) opts = opts.filter((o) => o.key !== 's');
	parts.push(...opts.map((o) => spellOption(args, o)));
	parts.push(...args.operands.map(quoteWord));
	return parts.join(' ');
}

/** Canonical text of a whole plan (`a | b && c`). */
export function normalisePlan(plan: Plan): string {
	return plan.items
		.map(
			(item) =>
				item.stages.map(normaliseInvocation).join(' | ') +
				(item.next ? (item.next === ';' ? ';' : ' ' + item.next) : '')
		)
		.join(' ');
}

export { canonicalImage, canonicalPath } from '../names';
