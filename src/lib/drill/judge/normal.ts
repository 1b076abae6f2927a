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

const BYTE_UNITS: Record<string, number> = {
	'': 1,
	k: 1024,
	m: 1024 ** 2,
	g: 1024 ** 3,
	t: 1024 ** 4,
	p: 1024 ** 5
};
const DURATION_UNITS: Record<string, number> = {
	ns: 1e-6,
	us: 1e-3,
	µs: 1e-3,
	ms: 1,
	s: 1000,
	m: 60_000,
	h: 3_600_000
};

/**
 * One spelling for a quantity an option takes, so that equal values compare equal.
 * - `bytes`: Docker's go-units `RAMInBytes` (`512m`, `512M`, `512mb`, `0.5g` → bytes as a decimal
 *   string; multiples of 1024, unit letters case-insensitive, an optional `b`/`ib`).
 * - `decimal`: a number (`1.5` and `1.50` → `1.5`).
 * - `duration`: Go's `time.ParseDuration` (`1m30s`, `90s` → milliseconds as a string).
 * A value that does not parse is returned as written, so it is compared as text.
 */
export function canonicalQuantity(kind: 'bytes' | 'decimal' | 'duration', value: string): string {
	if (kind === 'decimal') {
		const n = Number(value);
		return value.trim() !== '' && Number.isFinite(n) ? String(n) : value;
	}
	if (kind === 'bytes') {
		const m = /^(\d+(?:\.\d+)?)\s*([kmgtp]?)(?:i?b)?$/i.exec(value.trim());
		if (!m) return value;
		return String(Math.round(Number(m[1]) * BYTE_UNITS[m[2]!.toLowerCase()]!));
	}
	const parts = value.trim().match(/(\d+(?:\.\d+)?)(ns|us|µs|ms|s|m|h)/g);
	if (!parts || parts.join('') !== value.trim()) return value;
	let ms = 0;
	for (const p of parts) {
		const m = /^(\d+(?:\.\d+)?)(ns|us|µs|ms|s|m|h)$/.exec(p)!;
		ms += Number(m[1]) * DURATION_UNITS[m[2]!]!;
	}
	return `${ms}ms`;
}
