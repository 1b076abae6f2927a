/**
 * The install task: `curl -fsSL https://get.docker.com/ | sudo sh` (the notes' and Docker docs'
 * form) and its fair variants, as tables of checks over what was read (see the README table).
 *
 * The real script elevates itself: when it does not run as root it prefixes every step with
 * `sudo -E sh -c` (`sh_c='sudo -E sh -c'` in get.docker.com's install.sh). So `curl … | sh` typed
 * by a user in the sudo group installs Docker too (right, with a note). `sudo curl … | sh` stays
 * wrong as a misplaced sudo (case C26 of the product's cases): sudo covered only the download,
 * which ran as root for nothing, and sh ran the script as the learner. The host shows what really
 * happens there (the script asks for sudo itself); the verdict teaches where sudo belongs.
 */
import type { Invocation, Plan } from '../../analyse';
import { isShell, readShellRun, type ShellRun } from '../../programs/sh';
import { isTransfer, readTransfer } from '../../programs/transfer';
import { splitUrl, urlHost } from '../../url';
import { canonicalPath, normalisePlan } from '../normal';
import { Findings, runChecks, single, type Check, type Verdict } from '../verdict';

/** The host of Docker's install script. */
export const INSTALL_HOST = 'get.docker.com';

/** What the install judge needs about the learner. */
export interface InstallCtx {
	/** Files in the home directory: name → kind (`docker-install-script`). */
	files: Record<string, string>;
	/** The learner may use sudo (is in the `sudo` group of the shell). */
	sudoer: boolean;
	home: string;
}

/** True for curl or wget. */
export function isDownloader(inv: Invocation): boolean {
	return isTransfer(inv.args);
}

/** A download as the judge weighs it: the transfer the programs read, plus the URL's parts. */
interface Download {
	tool: 'curl' | 'wget';
	url: string;
	scheme: 'https' | 'http' | 'none' | 'other';
	path: string;
	fail: boolean;
	location: boolean;
	silent: boolean;
	showError: boolean;
	/** '-' for standard output, else the file name written. */
	output: string;
}

function schemeOf(raw: string | null | undefined): Download['scheme'] {
	if (raw === null || raw === undefined) return 'none';
	return raw === 'https' ? 'https' : raw === 'http' ? 'http' : 'other';
}

function readDownload(inv: Invocation): Download | null {
	const t = inv.args ? readTransfer(inv.args) : null;
	if (!t) return null;
	const parts = splitUrl(t.url);
	const redirectOut = inv.redirects.find(
		(r) => (r.op === '>' || r.op === '>|') && (r.fd === null || r.fd === 1)
	);
	return {
		tool: t.tool,
		url: t.url,
		scheme: schemeOf(parts?.scheme),
		path: parts?.path ?? '',
		fail: t.fail,
		location: t.follow,
		silent: t.quiet,
		// curl's `-S`: error messages shown although `-s` hides the meter.
		showError: t.tool === 'wget' || (t.quiet && t.showError),
		output: redirectOut?.target ?? (t.target === '' ? '(no name)' : t.target)
	};
}

/** Notes on a download that works. */
const DOWNLOAD_NOTES: Check<Download>[] = [
	{ when: (d) => d.tool === 'wget', add: (f) => f.note('wget-alternative') },
	{ when: (d) => d.tool === 'wget' && !d.silent, add: (f) => f.note('wget-no-quiet') },
	{ when: (d) => d.tool === 'curl' && !d.silent, add: (f) => f.note('curl-no-silent') },
	{
		when: (d) => d.tool === 'curl' && d.silent && !d.showError,
		add: (f) => f.note('curl-no-show-error')
	},
	{ when: (d) => d.scheme === 'none', add: (f, d) => f.note('schemeless-url', { tool: d.tool }) },
	{ when: (d) => d.scheme === 'http', add: (f) => f.note('http-url') }
];

/** Problems with a download that feeds sh; each makes the verdict wrong. */
const DOWNLOAD_PROBLEMS: Check<Download>[] = [
	{
		when: (d) =>
			urlHost(d.url) !== INSTALL_HOST || d.scheme === 'other' || !['', '/'].includes(d.path),
		add: (f, d) => f.wrong('wrong-url', { typed: d.url || '-' })
	},
	{ when: (d) => d.tool === 'curl' && !d.fail, add: (f) => f.wrong('curl-no-fail') },
	{ when: (d) => d.tool === 'curl' && !d.location, add: (f) => f.wrong('curl-no-location') }
];

/** A shell stage that runs a script, as the programs read it. */
interface ShellStage extends ShellRun {
	inv: Invocation;
}

function readShell(inv: Invocation): ShellStage | null {
	const run = inv.args ? readShellRun(inv.args) : null;
	return run ? { ...run, inv } : null;
}

interface Piped {
	d: Download;
	sh: ShellStage;
	first: Invocation;
	ctx: InstallCtx;
}

const PIPE_CHECKS: Check<Piped>[] = [
	{
		when: (p) => p.d.output !== '-',
		add: (f, p) => f.wrong('download-not-piped', { file: p.d.output })
	},
	{
		when: (p) => p.sh.inv.runAs !== 'root' && p.sh.inv.wrappers.includes('sudo'),
		add: (f, p) => f.wrong('sudo-not-root', { user: p.sh.inv.runAs })
	},
	{
		// C26: sudo covered the download only; sh runs the script as the learner.
		when: (p) =>
			p.sh.inv.runAs !== 'root' && !p.sh.inv.wrappers.includes('sudo') && p.first.runAs === 'root',
		add: (f, p) =>
			f.wrong('sudo-covers-download', {
				covered: p.d.tool,
				shell: p.sh.inv.args!.path[0]!,
				user: p.sh.inv.runAs
			})
	},
	{
		when: (p) =>
			p.sh.inv.runAs !== 'root' && !p.sh.inv.wrappers.includes('sudo') && p.first.runAs !== 'root',
		add: (f, p) =>
			p.ctx.sudoer ? f.note('script-elevates') : f.wrong('missing-sudo', { program: 'sh' })
	},
	{ when: (p) => p.sh.dryRun, add: (f) => f.wrong('dry-run') },
	{
		when: (p) => p.first.runAs === 'root' && p.sh.inv.runAs === 'root',
		add: (f, p) => f.note('sudo-unneeded', { program: p.d.tool })
	}
];

function judgePiped(plan: Plan, index: number, ctx: InstallCtx, normalised: string): Verdict {
	const stages = plan.items[index]!.stages;
	const d = readDownload(stages[0]!)!;
	const sh = readShell(stages[stages.length - 1]!);
	if (!sh || !sh.fromStdin || stages.length > 2)
		return single('wrong', 'not-piped-to-shell', normalised);
	const f = new Findings();
	// The mistake about root comes first: it decides whether anything is installed at all.
	runChecks(PIPE_CHECKS.slice(1, 4), { d, sh, first: stages[0]!, ctx }, f);
	runChecks(DOWNLOAD_PROBLEMS, d, f);
	runChecks([PIPE_CHECKS[0]!, ...PIPE_CHECKS.slice(4)], { d, sh, first: stages[0]!, ctx }, f);
	runChecks(DOWNLOAD_NOTES, d, f);
	if (plan.items.length > 1) f.note('extra-commands');
	return f.verdict(normalised, d.path === '' ? { id: 'trailing-slash' } : undefined);
}

function judgeTwoStep(plan: Plan, ctx: InstallCtx, normalised: string): Verdict | null {
	const items = plan.items;
	const dlIndex = items.findIndex((it) => it.stages.length === 1 && isDownloader(it.stages[0]!));
	const runIndex = items.findIndex(
		(it) => it.stages.length === 1 && readShell(it.stages[0]!)?.file
	);
	if (dlIndex < 0 && runIndex < 0) return null;
	const d = dlIndex >= 0 ? readDownload(items[dlIndex]!.stages[0]!)! : null;
	const sh = runIndex >= 0 ? readShell(items[runIndex]!.stages[0]!)! : null;
	if (d && !sh) {
		if (d.output === '-') return single('wrong', 'not-piped-to-shell', normalised);
		const p = runChecks(DOWNLOAD_PROBLEMS, d, new Findings());
		if (p.mistakes.length) return p.verdict(normalised);
		return single('wrong', 'two-step-incomplete', normalised, { file: d.output });
	}
	const file = canonicalPath(sh!.file!, ctx.home);
	const saved = d ? canonicalPath(d.output, ctx.home) : null;
	const onHost = Object.entries(ctx.files).some(
		([name, kind]) => kind === 'docker-install-script' && canonicalPath(name, ctx.home) === file
	);
	if (saved !== file && !(saved === null && onHost)) {
		if (d)
			return single('wrong', 'two-step-mismatch', normalised, { saved: d.output, run: sh!.file! });
		return single('wrong', 'script-not-downloaded', normalised, { file: sh!.file! });
	}
	if (d && runIndex < dlIndex) return single('wrong', 'two-step-order', normalised);
	const f = new Findings();
	if (sh!.inv.runAs !== 'root') {
		if (ctx.sudoer && !sh!.inv.wrappers.includes('sudo')) f.note('script-elevates');
		else f.wrong('missing-sudo', { program: 'sh' });
	}
	if (d) runChecks(DOWNLOAD_PROBLEMS, d, f);
	if (sh!.dryRun) f.wrong('dry-run');
	f.note('two-step');
	if (d) {
		// Saved to a file: the progress meter goes to the screen, not into the script.
		runChecks(
			DOWNLOAD_NOTES.filter((_, k) => k !== 1 && k !== 2),
			d,
			f
		);
		if (items[dlIndex]!.next === ';') f.note('two-step-semicolon');
	}
	if (items.length > (d ? 2 : 1)) f.note('extra-commands');
	return f.verdict(normalised);
}

/** Judge a typed plan against the install task. */
export function judgeInstall(plan: Plan, ctx: InstallCtx): Verdict {
	const normalised = normalisePlan(plan);
	const pipeIndex = plan.items.findIndex(
		(it) => it.stages.length >= 2 && isDownloader(it.stages[0]!)
	);
	if (pipeIndex >= 0) return judgePiped(plan, pipeIndex, ctx, normalised);
	const twoStep = judgeTwoStep(plan, ctx, normalised);
	if (twoStep) return twoStep;
	const first = plan.items[0]?.stages[0];
	if (first && isShell(first.args)) return single('wrong', 'not-piped-to-shell', normalised);
	return single('wrong', 'wrong-program', normalised, { typed: first?.argv[0] ?? '' });
}
