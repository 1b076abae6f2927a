/**
 * The structural comparison for any command template (command cards from notes): both lines are
 * read with each program's option spec, then compared as structures: the program and subcommand
 * path, who runs it (sudo), options as a set of canonical keys with values, operands in order
 * against the template's pattern (slots, optional and repeated metavariables, `[COMMAND] [ARG...]`).
 *
 * Fair by meaning: `[OPTIONS]` in the template accepts any valid option of that command; an
 * option the template did not ask for is accepted with a note naming it unless it changes what
 * the command does ({@link RESULT_OPTIONS}); options compare case-sensitively, and a case slip
 * (`-P` for `-p`) is named as such; paths compare as the shell resolves them (`./x` = `x`,
 * `$(pwd):/app` = `.:/app`, relative bind mounts since Engine 23).
 */
import type { Invocation, Plan } from '../analyse';
import type { OptionRef } from '../reasons';
import { optionDocKeys, type OptionDef, type ParsedArgs, type ParsedOption } from '../spec';
import {
	hasMarker,
	markerOf,
	showTemplateWord,
	wordMatcher,
	type CompiledTemplate,
	type SlotValues
} from '../template';
import {
	canonicalImage,
	canonicalPath,
	canonicalQuantity,
	normalisePlan,
	spellOption
} from './normal';
import { textStage } from './text';
import { Findings, type Verdict } from './verdict';

/** What the generic judge knows about the learner. */
export interface GenericCtx {
	user: string;
	home: string;
	slots: SlotValues;
}

/** Programs whose operands name a login: `login` slots there take only the learner's name. */
const ACCOUNT_PROGRAMS = new Set([
	'usermod',
	'gpasswd',
	'adduser',
	'deluser',
	'id',
	'groups',
	'su'
]);

/**
 * Options that change what a command does or which objects it touches: typed without being asked
 * for, they make the answer a different command (`docker ps -a` lists stopped containers too).
 * Every other option the template did not ask for is accepted with a note.
 */
export const RESULT_OPTIONS: Record<string, string[]> = {
	'docker ps': ['all', 'quiet', 'size', 'latest', 'last', 'filter'],
	'docker images': ['all', 'quiet', 'filter', 'digests'],
	'docker rm': ['force', 'volumes', 'link'],
	'docker rmi': ['force'],
	'docker logs': ['follow', 'tail', 'since', 'until', 'timestamps'],
	'docker container prune': ['filter'],
	'docker image prune': ['all', 'filter'],
	'docker volume prune': ['all', 'filter'],
	'docker system prune': ['all', 'volumes', 'filter'],
	'docker network prune': ['filter'],
	'docker compose down': ['volumes', 'rmi'],
	'docker compose ps': ['all', 'quiet'],
	'docker compose logs': ['follow', 'tail'],
	'docker exec': ['detach'],
	'docker start': ['attach', 'interactive'],
	'docker volume ls': ['quiet', 'filter'],
	'docker network ls': ['quiet', 'filter'],
	'docker inspect': ['format'],
	'docker pull': ['all-tags'],
	'docker push': ['all-tags']
};

/** Operand positions that name an image, per command (`all`: every operand). */
const IMAGE_OPERANDS: Record<string, number[] | 'all'> = {
	'docker run': [0],
	'docker create': [0],
	'docker pull': [0],
	'docker push': [0],
	'docker history': [0],
	'docker tag': [0, 1],
	'docker rmi': 'all',
	'docker save': 'all'
};

/** Options whose value holds a host path before `:` (bind mounts). */
const MOUNT_OPTIONS = new Set(['volume']);

/** An option as the learner reads it in a reason: spelling and the program's description. */
export function optionRef(args: ParsedArgs, o: ParsedOption): OptionRef {
	const def = args.spec.options.find((d) => d.key === o.key);
	const spelled = spellOption(args, o);
	return {
		option: spelled,
		...(def?.doc ? { doc: def.doc } : {}),
		docKeys: optionDocKeys(args, o.key)
	};
}

type ValueKinds = (key: string) => OptionDef['valueKind'];

function normaliseValue(key: string, value: string, home: string, kinds: ValueKinds): string {
	const kind = kinds(key);
	if (kind) return canonicalQuantity(kind, value);
	if (!MOUNT_OPTIONS.has(key)) return value;
	const colon = value.indexOf(':');
	if (colon <= 0) return value;
	const source = value.slice(0, colon);
	// Named volumes stay names; `.`, `./x`, `/home/alice/x`, `~/x` are host paths.
	if (!/^[./~]/.test(source)) return value;
	return canonicalPath(source, home) + value.slice(colon);
}

function isPathLike(word: string): boolean {
	return /^(\.{1,2}(\/|$)|~\/|\/)/.test(word) || (word.includes('/') && !word.includes(':'));
}

interface Pairing {
	missing: ParsedOption[];
	extra: ParsedOption[];
}

function dedupe(opts: ParsedOption[]): ParsedOption[] {
	return opts.filter(
		(o, i) =>
			o.value !== undefined || opts.findIndex((x) => x.key === o.key && x.value === undefined) === i
	);
}

function pairOptions(
	e: ParsedOption[],
	g: ParsedOption[],
	ctx: GenericCtx,
	loginOk: boolean,
	markers: CompiledTemplate['markers'],
	kinds: ValueKinds
): Pairing {
	const exp = dedupe(e);
	const got = dedupe(g);
	const used = new Set<number>();
	const missing: ParsedOption[] = [];
	for (const o of exp) {
		const ev = o.value === undefined ? undefined : normaliseValue(o.key, o.value, ctx.home, kinds);
		const match = ev === undefined ? null : wordMatcher(ev, markers, ctx.slots, loginOk);
		const k = got.findIndex(
			(x, i) =>
				!used.has(i) &&
				x.key === o.key &&
				(match === null
					? x.value === undefined
					: x.value !== undefined && match(normaliseValue(x.key, x.value, ctx.home, kinds)))
		);
		if (k < 0) missing.push(o);
		else used.add(k);
	}
	return { missing, extra: got.filter((_, i) => !used.has(i)) };
}

/**
 * Match typed operands against the template's: plain words one to one, optional markers may be
 * skipped, repeated ones take one or more, `rest` takes any number. Bounded backtracking.
 */
function matchOperands(
	exp: string[],
	got: string[],
	match: (e: string, g: string) => boolean,
	markers: CompiledTemplate['markers']
): boolean {
	let budget = 20_000;
	const go = (i: number, j: number): boolean => {
		if (--budget < 0) return false;
		if (i === exp.length) return j === got.length;
		const m = markerOf(exp[i]!, markers);
		if (m?.kind === 'rest') {
			for (let k = got.length; k >= j; k--) if (go(i + 1, k)) return true;
			return false;
		}
		if (m && (m.optional || m.repeat)) {
			if (m.optional && go(i + 1, j)) return true;
			let k = j;
			while (k < got.length && match(exp[i]!, got[k]!)) {
				k++;
				if (go(i + 1, k)) return true;
				if (!m.repeat) break;
			}
			return false;
		}
		return j < got.length && match(exp[i]!, got[j]!) && go(i + 1, j + 1);
	};
	return go(0, 0);
}

function checkOptions(
	f: Findings,
	ea: ParsedArgs,
	ga: ParsedArgs,
	anyOptions: boolean,
	ctx: GenericCtx,
	loginOk: boolean,
	t: CompiledTemplate
): void {
	const eOpts = [...ea.globalOptions, ...ea.options];
	const gOpts = [...ga.globalOptions, ...ga.options];
	const kinds: ValueKinds = (key) => ea.spec.options.find((d) => d.key === key)?.valueKind;
	const { missing, extra } = pairOptions(eOpts, gOpts, ctx, loginOk, t.markers, kinds);
	for (const m of missing) {
		const def = ea.spec.options.find((d) => d.key === m.key);
		const swapped = extra.find((x) => {
			const xd = ga.spec.options.find((d) => d.key === x.key);
			return (
				def?.short !== undefined &&
				xd?.short !== undefined &&
				xd.short !== def.short &&
				xd.short.toLowerCase() === def.short.toLowerCase()
			);
		});
		if (swapped) {
			f.wrong('option-case', { typed: optionRef(ga, swapped) });
			return;
		}
		if (extra.some((x) => x.key === m.key)) {
			f.wrong('wrong-option-value', {
				option: spellOption(ga, extra.find((x) => x.key === m.key)!)
			});
			return;
		}
	}
	if (missing.length > 0) f.wrong('missing-option', { count: missing.length });
	const help = extra.filter((o) => o.key === 'help');
	if (help.length) f.wrong('help-only');
	const others = extra.filter((o) => o.key !== 'help');
	if (others.length === 0 || anyOptions) return;
	const result = RESULT_OPTIONS[ga.path.join(' ')] ?? [];
	const changing = others.filter((o) => result.includes(o.key));
	if (changing.length) f.wrong('extra-option', { options: changing.map((o) => optionRef(ga, o)) });
	else f.note('unasked-options', { options: others.map((o) => optionRef(ga, o)) });
}

function checkOperands(
	f: Findings,
	ea: ParsedArgs,
	ga: ParsedArgs,
	ctx: GenericCtx,
	loginOk: boolean,
	t: CompiledTemplate
): void {
	const path = ea.path.join(' ');
	const images = IMAGE_OPERANDS[path];
	const isImage = (i: number, w: string) =>
		images !== undefined && (images === 'all' || images.includes(i)) && !hasMarker(w);
	const norm = (w: string, i: number, expected: boolean): string => {
		// Image names compare in full (`nginx` = `nginx:latest`) unless the template spells the
		// parts out with slots (`{image}:{tag}` asks for the tag).
		const e = ea.operands[i];
		if (expected ? isImage(i, w) : e !== undefined && isImage(i, e)) return canonicalImage(w);
		return isPathLike(w) && (!expected || !hasMarker(w)) ? canonicalPath(w, ctx.home) : w;
	};
	const eOps = ea.operands.map((w, i) => norm(w, i, true));
	const gOps = ga.operands.map((w, i) => norm(w, i, false));
	const cache = new Map<string, (g: string) => boolean>();
	const match = (e: string, g: string): boolean => {
		if (!hasMarker(e)) return e === g || canonicalImage(e) === canonicalImage(g);
		let m = cache.get(e);
		if (!m) cache.set(e, (m = wordMatcher(e, t.markers, ctx.slots, loginOk)));
		return m(g);
	};
	if (matchOperands(eOps, gOps, match, t.markers)) return;
	// `docker run IMAGE [COMMAND] [ARG...]`: a command after the image the template did not name
	// still creates and starts the container from that image.
	const tail = ga.spec.permute === false && ga.spec.maxOperands === undefined;
	if (
		tail &&
		gOps.length > eOps.length &&
		matchOperands(eOps, gOps.slice(0, eOps.length), match, t.markers)
	) {
		f.note('unasked-arguments', { typed: ga.operands.slice(eOps.length).join(' ') });
		return;
	}
	if (
		eOps.length === 2 &&
		gOps.length === 2 &&
		match(eOps[0]!, gOps[1]!) &&
		match(eOps[1]!, gOps[0]!)
	) {
		f.wrong('operands-swapped');
		return;
	}
	const required = eOps.filter((w) => {
		const m = markerOf(w, t.markers);
		return !m || (m.kind === 'word' && !m.optional);
	}).length;
	if (gOps.length < required) f.wrong('missing-operand', { count: required - gOps.length });
	else f.wrong('wrong-operand', { typed: ga.operands.join(' ') || '-' });
}

function checkStage(
	f: Findings,
	e: Invocation,
	g: Invocation,
	all: Invocation[],
	anyOptions: boolean,
	ctx: GenericCtx,
	t: CompiledTemplate
): void {
	if (!e.args) {
		textStage(f, e, g, ctx, t);
		return;
	}
	const ea = e.args;
	const ga = g.args;
	if (!ga) {
		f.wrong('wrong-program', { typed: g.argv[0] ?? '' });
		return;
	}
	if (ea.path[0] !== ga.path[0]) {
		f.wrong('wrong-program', { typed: ga.path[0]! });
		return;
	}
	if (ea.path.join(' ') !== ga.path.join(' ')) {
		f.wrong('wrong-subcommand', { typed: ga.path.join(' ') });
		return;
	}
	const eSudo = e.runAs === 'root' && e.wrappers.includes('sudo');
	if (eSudo && g.runAs !== 'root') {
		const other = all.some((x) => x !== g && x.runAs === 'root' && x.wrappers.includes('sudo'));
		f.wrong(other ? 'sudo-wrong-stage' : 'missing-sudo', { program: ga.path[0]! });
	} else if (!eSudo && g.runAs === 'root' && g.wrappers.includes('sudo')) {
		f.note('sudo-unneeded', { program: ga.path[0]! });
	}
	const loginOk = ACCOUNT_PROGRAMS.has(ea.path[0]!);
	const before = f.mistakes.length;
	checkOptions(f, ea, ga, anyOptions, ctx, loginOk, t);
	// One kind of mistake at a time: an option slip usually shifts the operands too.
	if (f.mistakes.length === before) checkOperands(f, ea, ga, ctx, loginOk, t);
}

function sameShape(a: Plan, b: Plan): boolean {
	return (
		a.items.length === b.items.length &&
		a.items.every((it, k) => it.stages.length === b.items[k]!.stages.length)
	);
}

/** Judge `got` against the template's plan with the generic comparison. */
export function judgeGeneric(
	t: CompiledTemplate,
	expected: Plan,
	got: Plan,
	ctx: GenericCtx
): Verdict {
	const normalised = normalisePlan(got);
	const expInvs = expected.items.flatMap((i) => i.stages);
	const gotInvs = got.items.flatMap((i) => i.stages);
	if (!sameShape(expected, got)) {
		// Extra commands around an otherwise right answer: right, with a note.
		const all = expInvs.every((e) =>
			gotInvs.some((g) => {
				const probe = new Findings();
				checkStage(probe, e, g, gotInvs, t.anyOptions.length > 0, ctx, t);
				return probe.mistakes.length === 0;
			})
		);
		if (all && gotInvs.length > expInvs.length)
			return new Findings().note('extra-commands').verdict(normalised);
		return new Findings()
			.wrong('wrong-structure', { typed: gotInvs.length, expected: expInvs.length })
			.verdict(normalised);
	}
	const f = new Findings();
	expInvs.forEach((e, k) => {
		if (f.mistakes.length === 0)
			checkStage(f, e, gotInvs[k]!, gotInvs, t.anyOptions.includes(k), ctx, t);
	});
	const shown = showTemplateWord(normalisePlan(expected), t.markers);
	return f.verdict(normalised, normalised !== shown ? { id: 'other-spelling' } : undefined);
}
