/**
 * Judging a typed command by meaning against a command template.
 *
 * The template is read once by the drill's template module ({@link compileTemplate}: Docker's
 * usage grammar and the notes' slots); both it and the typed line are tokenised, read with each
 * program's option spec and unwrapped from `sudo` / `sh -c` ({@link analyseLine}); then a task
 * judge (install script, docker group, docker version) or the generic comparison decides.
 * Nothing typed is executed. Reasons are message ids with parameters (see `../reasons.ts`).
 */
import { analyseLine, type AnalyseResult, type Invocation, type Plan } from '../analyse';
import type { ShellContext } from '../parse';
import { findProgram } from '../programs';
import { closestName, hasOption } from '../spec';
import { compileTemplate, markerOf, type CompiledTemplate } from '../template';
import { urlHost } from '../url';
import { judgeGeneric } from './generic';
import { normalisePlan } from './normal';
import { judgeAddGroup } from './tasks/group';
import { isShell } from '../programs/sh';
import { INSTALL_HOST, isDownloader, judgeInstall } from './tasks/install';
import { judgeVersion } from './tasks/version';
import { single, type Verdict } from './verdict';

export type { Verdict } from './verdict';
export { normalisePlan } from './normal';

/** A command template: the notes' own text (`original`) and/or the converter's `{slot}` form. */
export interface TemplateSource {
	/** The command as the notes wrote it (placeholders kept); read when present. */
	original?: string;
	/** The converter's display form with `{name}` slots; read when `original` is absent. */
	template: string;
}

/** What the judge needs to know about the learner and the host. */
export interface JudgeContext {
	/** The learner's login name; fills login slots and `$USER`. Default `alice`. */
	user?: string;
	/** Accepted values per slot name; a slot absent here accepts any word. */
	slots?: Record<string, string[]>;
	/** Files in the learner's home on the host: name → what it holds (`docker-install-script`, …). */
	files?: Record<string, string>;
	/** Who the shell the line is typed into runs as; default `user` (`root` after `sudo -i`). */
	shellUser?: string;
	/** Resolves `$(…)` bodies the judge cannot resolve itself (the host's read-only commands). */
	substitute?: (body: string) => string | null;
	/** The learner's shell may use sudo (in the sudo group). Default true (Ubuntu's first user). */
	sudoer?: boolean;
}

/** The learner name used throughout the drill. */
export const DEFAULT_USER = 'alice';

/** A template read once: the compiled pattern and its plan (or why it cannot be read). */
export interface ReadTemplate {
	compiled: CompiledTemplate;
	plan: AnalyseResult;
}

/** Templates read lately, by learner and text: a template is read once, however often it is used. */
const readTemplates = new Map<string, ReadTemplate>();
const READ_TEMPLATES_KEPT = 256;

/**
 * Read a template: compile its grammar and read the resulting line as the shell would. Results
 * are kept (the last {@link READ_TEMPLATES_KEPT}), so the hint ladder, the judge and a review
 * session read one card's template once. The result is shared: do not modify it.
 */
export function readTemplate(source: string | TemplateSource, user = DEFAULT_USER): ReadTemplate {
	const text = typeof source === 'string' ? source : (source.original ?? source.template);
	const key = `${user}\u0000${text}`;
	const kept = readTemplates.get(key);
	if (kept) return kept;
	const compiled = compileTemplate(text);
	const read = { compiled, plan: analyseLine(compiled.line, { user }) };
	if (readTemplates.size >= READ_TEMPLATES_KEPT)
		readTemplates.delete(readTemplates.keys().next().value!);
	readTemplates.set(key, read);
	return read;
}

/**
 * Judge `typed` against a command template. Never throws; any input gets a verdict.
 *
 * @param expected the template: a string (the notes' text or `{slot}` form) or a command item
 * @param typed what the learner typed, one line (capped at 2,000 characters)
 * @param ctx learner name, accepted slot values, files on the host
 */
export function judgeCommand(
	expected: string | TemplateSource | ReadTemplate,
	typed: string,
	ctx: JudgeContext = {}
): Verdict {
	try {
		const user = ctx.user ?? DEFAULT_USER;
		const t =
			typeof expected === 'object' && 'compiled' in expected
				? expected
				: readTemplate(expected, user);
		const shell: ShellContext = {
			user: ctx.shellUser ?? user,
			...(ctx.substitute ? { substitute: ctx.substitute } : {})
		};
		return judgePlan(t, analyseLine(typed, shell), ctx);
	} catch (error) {
		// A bug in a judge must not take the drill screen down; the fuzz tests keep this unseen.
		return single('wrong', 'internal-error', '', { detail: String(error).slice(0, 200) });
	}
}

type Task = 'install' | 'add-group' | 'docker-version' | 'generic';

/**
 * Which judge a template (or a scenario step) needs. The install task is Docker's script run by a
 * shell: downloaded from get.docker.com and piped into sh, or saved and run with sh. A template
 * that only downloads the script (the first of two steps, as a card of its own) is compared like
 * any other command.
 */
function detectTask(plan: Plan): Task {
	const invs = plan.items.flatMap((i) => i.stages);
	const downloads = invs.some(
		(i) => isDownloader(i) && i.args!.operands.some((o) => urlHost(o) === INSTALL_HOST)
	);
	if (downloads && invs.some((i) => isShell(i.args))) return 'install';
	const names = invs.map((i) => i.args?.path.join(' ') ?? '');
	if (invs.length === 1 && names[0] === 'usermod' && hasOption(invs[0]!.args!, 'groups'))
		return 'add-group';
	if (invs.length === 1 && names[0] === 'docker version') return 'docker-version';
	return 'generic';
}

/** Why an invocation cannot run as typed, as a verdict. */
export function errorVerdict(inv: Invocation, expected: Plan | null, normalised: string): Verdict {
	const err = inv.error!;
	const first = err.message.split('\n')[0]!;
	switch (err.reasonId) {
		case 'typo-command':
			return single('wrong', 'typo-command', normalised, {
				typed: err.offender,
				guess: err.suggestion ?? ''
			});
		case 'command-not-found':
			return single('wrong', 'command-not-found', normalised, { typed: err.offender });
		case 'unknown-option':
			return single('wrong', 'unknown-option', normalised, { typed: err.offender, message: first });
		case 'missing-option-argument':
			return single('wrong', 'missing-option-argument', normalised, {
				typed: err.offender,
				message: first
			});
		case 'unknown-subcommand': {
			const names = Object.keys(findProgram(inv.argv[0] ?? '')?.subcommands ?? {});
			const expectedSub = expected?.items[0]?.stages[0]?.args?.path[1];
			const guess =
				(expectedSub && closestName(err.offender, [expectedSub])) ||
				closestName(err.offender, names);
			return guess
				? single('wrong', 'unknown-subcommand-guess', normalised, { message: first, guess })
				: single('wrong', 'unknown-subcommand', normalised, { message: first });
		}
		default:
			return single('wrong', 'usage-error', normalised, { message: first });
	}
}

/** Judge an already analysed line against a read template (each line is parsed once). */
export function judgePlan(t: ReadTemplate, got: AnalyseResult, ctx: JudgeContext = {}): Verdict {
	try {
		return judgePlanInner(t, got, ctx);
	} catch (error) {
		return single('wrong', 'internal-error', '', { detail: String(error).slice(0, 200) });
	}
}

function judgePlanInner(t: ReadTemplate, got: AnalyseResult, ctx: JudgeContext): Verdict {
	const user = ctx.user ?? DEFAULT_USER;
	const home = `/home/${user}`;
	const exp = t.plan;
	if (!got.ok) {
		// A template the shell cannot read either (prose or output the notes put in a code block):
		// the same text is still its own answer.
		if (sameText(t.compiled.display, typedText(got)))
			return single('correct-with-note', 'compared-as-text', '', {
				program: t.compiled.display.split(/\s+/)[0] ?? ''
			});
		return single('wrong', got.reasonId, '', got.params ? { ...got.params } : undefined);
	}
	const normalised = normalisePlan(got.plan);
	const slots = { user: [user], ...ctx.slots };
	const gctx = { user, home, slots };
	if (!exp.ok) {
		// A template the shell cannot read (unbalanced quotes in the notes …): compare as text.
		return judgeGeneric(t.compiled, textPlan(got.plan), got.plan, gctx);
	}
	const task = detectTask(exp.plan);
	// `docker compose [OPTIONS] COMMAND`: any subcommand of that command.
	const open = openSubcommand(t.compiled, exp.plan, got.plan);
	if (open) return open;
	const broken = got.plan.items.flatMap((i) => i.stages).find((inv) => inv.error !== null);
	const expBroken = exp.plan.items.flatMap((i) => i.stages).some((inv) => inv.error !== null);
	if (
		broken?.error &&
		!expBroken &&
		!(broken.error.reasonId === 'usage-error' && task === 'add-group')
	)
		return withSubstitution(errorVerdict(broken, exp.plan, normalised), got.plan);
	let result: Verdict;
	if (task === 'install')
		result = judgeInstall(got.plan, {
			files: ctx.files ?? {},
			sudoer: ctx.sudoer ?? true,
			home
		});
	else if (task === 'add-group') {
		const userWord = exp.plan.items[0]!.stages[0]!.args!.operands[0] ?? '';
		const users = markerOf(userWord, t.compiled.markers)
			? [user, ...(ctx.slots?.user ?? [])]
			: [userWord];
		result = judgeAddGroup(exp.plan, got.plan, users, (inv) =>
			errorVerdict(inv, exp.plan, normalised)
		);
	} else if (task === 'docker-version') result = judgeVersion(got.plan);
	else result = judgeGeneric(t.compiled, expBroken ? textPlan(exp.plan) : exp.plan, got.plan, gctx);
	return withSubstitution(result, got.plan);
}

/**
 * The verdict a task judge gives a line on its own, without a template: for a scenario step that
 * is an attempt at a task with its own judge (today: Docker's install script). Null when the line
 * is no such attempt. Scenario steps follow this verdict (case C26: `sudo curl … | sh` installs on
 * the host, because the script elevates itself, but the step is wrong as a misplaced sudo).
 */
export function judgeTaskStep(got: AnalyseResult, ctx: JudgeContext = {}): Verdict | null {
	try {
		if (!got.ok || detectTask(got.plan) !== 'install') return null;
		if (got.plan.items.some((i) => i.stages.some((inv) => inv.error !== null))) return null;
		const user = ctx.user ?? DEFAULT_USER;
		return judgeInstall(got.plan, {
			files: ctx.files ?? {},
			sudoer: ctx.sudoer ?? true,
			home: `/home/${user}`
		});
	} catch {
		return null;
	}
}

function openSubcommand(t: CompiledTemplate, exp: Plan, got: Plan): Verdict | null {
	const e =
		exp.items.length === 1 && exp.items[0]!.stages.length === 1 ? exp.items[0]!.stages[0]! : null;
	if (
		e?.error?.reasonId !== 'unknown-subcommand' ||
		markerOf(e.error.offender, t.markers)?.kind !== 'rest'
	)
		return null;
	const g =
		got.items.length === 1 && got.items[0]!.stages.length === 1 ? got.items[0]!.stages[0]! : null;
	const prefix = e.argv.slice(0, e.argv.indexOf(e.error.offender));
	if (!g?.args || g.error || prefix.some((w, i) => g.args!.path[i] !== w)) return null;
	return { verdict: 'correct', reasons: [], reasonIds: [], normalised: normalisePlan(got) };
}

function sameText(a: string, b: string): boolean {
	const norm = (s: string) => s.trim().replace(/\s+/g, ' ');
	return norm(a) === norm(b);
}

function typedText(got: AnalyseResult & { ok: false }): string {
	return got.typed ?? '';
}

/** The same plan with every command read as words only (programs without a spec). */
function textPlan(plan: Plan): Plan {
	return {
		...plan,
		items: plan.items.map((it) => ({
			...it,
			stages: it.stages.map((inv) => ({ ...inv, args: null, error: null }))
		}))
	};
}

function withSubstitution(v: Verdict, plan: Plan): Verdict {
	const sub = plan.expansions.find((e) => e.kind === 'substitution' && !e.resolved);
	if (!sub || v.verdict === 'correct') return v;
	const r = { id: 'unresolved-substitution', params: { source: sub.source } };
	return { ...v, reasons: [...v.reasons, r], reasonIds: [...v.reasonIds, r.id] };
}
