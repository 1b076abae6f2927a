/**
 * Judging a typed command by meaning against an expected command template.
 *
 * Both sides are tokenised ({@link parseLine}), read with each program's option spec
 * ({@link parseArgs}) and unwrapped from `sudo` / `sh -c` ({@link analyseLine}); then either a
 * task judge (install script, docker group, docker version) or the generic structural comparison
 * decides. Nothing typed is executed. See `README.md` in this folder for the accepted forms and
 * the reason ids.
 */
import { analyseLine, invocations, type Invocation, type Plan } from './analyse';
import { quoteWord } from './parse';
import { splitUrl, urlHost } from './url';
import {
	closestName,
	findProgram,
	hasOption,
	optionValues,
	type ParsedArgs,
	type ParsedOption
} from './specs';

/** Result of judging one typed line. `reason` is one Korean line. */
export interface Verdict {
	verdict: 'correct' | 'correct-with-note' | 'wrong';
	reason: string;
	/** Stable ids of every reason that applied, most important first (see README). */
	reasonIds: string[];
	/** The typed command in canonical form (`sudo usermod -a -G docker alice`), or '' if unparsable. */
	normalised: string;
}

/** What the judge needs to know about the learner and the host. */
export interface JudgeContext {
	/** The learner's login name; fills `{user}` and `$USER`. Default `alice`. */
	user?: string;
	/** Accepted values per template slot. `{user}` defaults to `[user]`; other slots accept any word when absent. */
	slots?: Record<string, string[]>;
	/** Files in the learner's home on the host: name → what it holds (`docker-install-script`, …). */
	files?: Record<string, string>;
	/**
	 * Who the shell the line is typed into runs as; default `user`. `root` after `sudo -i`: then
	 * commands need no sudo and `$USER` is root.
	 */
	shellUser?: string;
	/** Resolves `$(…)` bodies the judge cannot resolve itself (the host's read-only commands). */
	substitute?: (body: string) => string | null;
}

/** The learner name used throughout the drill. */
export const DEFAULT_USER = 'alice';
const SLOT_MARK = '__SLOT_';
const INSTALL_HOST = 'get.docker.com';

interface Ctx {
	user: string;
	shellUser: string;
	substitute?: (body: string) => string | null;
	slots: Record<string, string[]>;
	files: Record<string, string>;
}

function verdict(
	kind: Verdict['verdict'],
	reason: string,
	reasonIds: string[],
	normalised: string
): Verdict {
	return { verdict: kind, reason, reasonIds, normalised };
}

// ---------------------------------------------------------------- normal form

function optionOrder(args: ParsedArgs, opt: ParsedOption): number {
	const i = args.spec.options.findIndex((o) => o.key === opt.key);
	return i < 0 ? 999 : i;
}

function spellOption(args: ParsedArgs, opt: ParsedOption): string {
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
		// Options of the top level (docker -H …) are spelled with the top spec.
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

// ---------------------------------------------------------------- entry point

/**
 * Judge `typed` against the command template `expected` (slots written `{name}`, e.g.
 * `sudo usermod -aG docker {user}`). Never throws; any input gets a verdict.
 *
 * @param expected command template, one line
 * @param typed what the learner typed, one line (capped at 2,000 characters)
 * @param ctx learner name, accepted slot values, files on the host
 */
export function judgeCommand(expected: string, typed: string, ctx: JudgeContext = {}): Verdict {
	const c: Ctx = {
		user: ctx.user ?? DEFAULT_USER,
		shellUser: ctx.shellUser ?? ctx.user ?? DEFAULT_USER,
		...(ctx.substitute ? { substitute: ctx.substitute } : {}),
		slots: { user: [ctx.user ?? DEFAULT_USER], ...ctx.slots },
		files: ctx.files ?? {}
	};
	try {
		return judgeInner(expected, typed, c);
	} catch (error) {
		// A bug in a task judge must not take the drill screen down.
		return verdict(
			'wrong',
			`판정 중 내부 오류가 났습니다: ${String(error)}`,
			['internal-error'],
			''
		);
	}
}

function fillTemplate(template: string): string {
	// `{user}` → a marker word the comparison treats as "any accepted value of this slot".
	return template.replace(
		/\{([A-Za-z][A-Za-z0-9_-]*)\}/g,
		(_m, name: string) => `${SLOT_MARK}${name}__`
	);
}

function slotName(word: string): string | null {
	const m = /^__SLOT_([A-Za-z][A-Za-z0-9_-]*)__$/.exec(word);
	return m ? m[1]! : null;
}

function displayExpected(plan: Plan, c: Ctx): string {
	return normalisePlan(plan).replace(
		/__SLOT_([A-Za-z][A-Za-z0-9_-]*)__/g,
		(_m, name: string) => c.slots[name]?.[0] ?? `<${name}>`
	);
}

function judgeInner(expected: string, typed: string, c: Ctx): Verdict {
	const exp = analyseLine(fillTemplate(expected), { user: c.user });
	if (!exp.ok)
		return verdict('wrong', `기대 명령을 읽을 수 없습니다: ${exp.reason}`, ['bad-expected'], '');
	const got = analyseLine(typed, {
		user: c.shellUser,
		...(c.substitute ? { substitute: c.substitute } : {})
	});
	if (!got.ok) return verdict('wrong', got.reason, [got.reasonId], '');
	const normalised = normalisePlan(got.plan);

	const task = detectTask(exp.plan);
	const firstError = invocations(got.plan).find((inv) => inv.error !== null);
	if (firstError?.error && !(firstError.error.reasonId === 'usage-error' && task === 'add-group')) {
		return errorVerdict(firstError, exp.plan, normalised);
	}
	const substitution = got.plan.expansions.find((e) => e.kind === 'substitution' && !e.resolved);
	const subNote = substitution
		? `명령 치환 ${substitution.source}은(는) 이 연습에서 실행하지 않습니다(빈 문자열로 취급).`
		: null;

	let result: Verdict;
	switch (task) {
		case 'install':
			result = judgeInstall(got.plan, c, normalised);
			break;
		case 'add-group':
			result = judgeAddGroup(exp.plan, got.plan, c, normalised);
			break;
		case 'docker-version':
			result = judgeVersion(got.plan, normalised);
			break;
		default:
			result = judgeGeneric(exp.plan, got.plan, c, normalised);
	}
	if (subNote && result.verdict !== 'correct') {
		result = {
			...result,
			reason: `${result.reason} (${subNote})`,
			reasonIds: [...result.reasonIds, 'unresolved-substitution']
		};
	}
	return result;
}

function errorVerdict(inv: Invocation, expected: Plan, normalised: string): Verdict {
	const err = inv.error!;
	const firstLine = err.message.split('\n')[0]!;
	switch (err.reasonId) {
		case 'typo-command':
			return verdict(
				'wrong',
				`명령 이름 오타: ${err.offender} → 혹시 ${err.suggestion}? (bash: ${err.offender}: command not found)`,
				['typo-command'],
				normalised
			);
		case 'command-not-found': {
			const expectedNames = invocations(expected).map((i) => i.argv[0]);
			return verdict(
				'wrong',
				`${err.offender}: command not found — 이 연습 호스트에 없는 명령입니다${expectedNames.length ? ` (기대: ${expectedNames.join(', ')})` : ''}.`,
				['command-not-found'],
				normalised
			);
		}
		case 'unknown-option':
			return verdict(
				'wrong',
				`없는 옵션 ${err.offender}: ${firstLine}`,
				['unknown-option'],
				normalised
			);
		case 'missing-option-argument':
			return verdict(
				'wrong',
				`옵션 ${err.offender}에 값이 없습니다: ${firstLine}`,
				['missing-option-argument'],
				normalised
			);
		case 'unknown-subcommand': {
			// "Did you mean": the closest subcommand of the program typed (docker, docker compose, …).
			const names = Object.keys(findProgram(inv.argv[0] ?? '')?.subcommands ?? {}).filter(
				(n) => !n.includes(' ')
			);
			const expectedSub = expected.items[0]?.stages[0]?.args?.path[1];
			const guess =
				(expectedSub && closestName(err.offender, [expectedSub])) ||
				closestName(err.offender, names);
			const hint = guess ? ` 혹시 ${guess}?` : '';
			return verdict('wrong', `${firstLine}${hint}`, ['unknown-subcommand'], normalised);
		}
		default:
			return verdict('wrong', `사용법 오류: ${firstLine}`, ['usage-error'], normalised);
	}
}

type Task = 'install' | 'add-group' | 'docker-version' | 'generic';

function detectTask(plan: Plan): Task {
	const invs = invocations(plan);
	const names = invs.map((i) => i.args?.path.join(' ') ?? '');
	if (
		invs.some((i) => isDownloader(i) && i.args!.operands.some((o) => urlHost(o) === INSTALL_HOST))
	)
		return 'install';
	if (invs.length === 1 && names[0] === 'usermod' && hasOption(invs[0]!.args!, 'groups'))
		return 'add-group';
	if (invs.length === 1 && names[0] === 'docker version') return 'docker-version';
	return 'generic';
}

// ---------------------------------------------------------------- install

function isDownloader(inv: Invocation): boolean {
	const p = inv.args?.path[0];
	return p === 'curl' || p === 'wget';
}

function isShell(inv: Invocation): boolean {
	const p = inv.args?.path[0];
	return p === 'sh' || p === 'bash' || p === 'dash';
}

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

function readDownload(inv: Invocation): Download | null {
	const args = inv.args;
	if (!args || !isDownloader(inv)) return null;
	const url = args.operands.find((o) => urlHost(o) !== '') ?? args.operands[0] ?? '';
	const parts = splitUrl(url);
	const schemeRaw = parts?.scheme;
	const scheme =
		schemeRaw === null || schemeRaw === undefined
			? 'none'
			: schemeRaw === 'https'
				? 'https'
				: schemeRaw === 'http'
					? 'http'
					: 'other';
	const path = parts?.path ?? '';
	const redirectOut = inv.redirects.find(
		(r) => (r.op === '>' || r.op === '>|') && (r.fd === null || r.fd === 1)
	);
	if (args.path[0] === 'curl') {
		const out = optionValues(args, 'output').at(-1);
		const remote = hasOption(args, 'remote-name');
		const remoteName = parts?.fileName ?? '';
		const output = redirectOut?.target ?? out ?? (remote ? remoteName || '(no name)' : '-');
		return {
			tool: 'curl',
			url,
			scheme,
			path,
			fail: hasOption(args, 'fail'),
			location: hasOption(args, 'location'),
			silent: hasOption(args, 'silent'),
			showError: hasOption(args, 'show-error'),
			output
		};
	}
	const doc = optionValues(args, 'output-document').at(-1);
	const defaultName = parts?.fileName || 'index.html';
	const quiet = hasOption(args, 'quiet') || optionValues(args, 'n').includes('v');
	return {
		tool: 'wget',
		url,
		scheme,
		path,
		// wget exits non-zero on HTTP errors and, by default, does not save error bodies; it
		// follows redirects by default (wget(1) "--max-redirect", "--content-on-error").
		fail: true,
		location: true,
		silent: quiet,
		showError: true,
		output: redirectOut?.target ?? doc ?? defaultName
	};
}

function downloaderNote(d: Download): { ids: string[]; notes: string[] } {
	const ids: string[] = [];
	const notes: string[] = [];
	if (d.tool === 'wget') {
		ids.push('wget-alternative');
		notes.push(
			'wget도 됩니다: 리디렉션을 따라가고 HTTP 오류면 내용을 내보내지 않습니다(노트의 형태는 curl -fsSL)'
		);
		if (!d.silent) {
			ids.push('wget-no-quiet');
			notes.push('-q가 없으면 진행 표시가 화면(stderr)에 나옵니다');
		}
	} else {
		if (!d.silent) {
			ids.push('curl-no-silent');
			notes.push('-s가 없으면 진행 표시가 화면(stderr)에 나옵니다(스크립트에는 섞이지 않음)');
		} else if (!d.showError) {
			ids.push('curl-no-show-error');
			notes.push('-s만 쓰면 실패해도 오류 메시지가 숨겨집니다; -S를 함께 쓰세요');
		}
	}
	if (d.scheme === 'none') {
		ids.push('schemeless-url');
		notes.push(
			`주소에 https://가 없으면 ${d.tool}는 http://로 접속하고 리디렉션으로 https에 도착합니다; https://를 쓰세요`
		);
	} else if (d.scheme === 'http') {
		ids.push('http-url');
		notes.push(
			'http://는 암호화되지 않은 첫 요청을 보냅니다(리디렉션으로 https에 도착); https://를 쓰세요'
		);
	}
	return { ids, notes };
}

/** Problems with a download that feeds sh; each makes the verdict wrong. */
function downloaderProblems(d: Download): { ids: string[]; reasons: string[] } {
	const ids: string[] = [];
	const reasons: string[] = [];
	if (urlHost(d.url) !== INSTALL_HOST) {
		ids.push('wrong-url');
		reasons.push(
			`설치 스크립트 주소가 다릅니다(${d.url || '없음'}): https://get.docker.com/ 입니다`
		);
	} else if (d.scheme === 'other') {
		ids.push('wrong-url');
		reasons.push('https:// 주소를 쓰세요');
	} else if (d.path !== '' && d.path !== '/') {
		ids.push('wrong-url');
		reasons.push(`경로 ${d.path}는 설치 스크립트가 아닙니다: https://get.docker.com/`);
	}
	if (d.tool === 'curl' && !d.fail) {
		ids.push('curl-no-fail');
		reasons.push('-f(--fail)가 없으면 HTTP 오류 페이지(HTML)가 그대로 sh로 넘어가 실행됩니다');
	}
	if (d.tool === 'curl' && !d.location) {
		ids.push('curl-no-location');
		reasons.push(
			d.scheme === 'https'
				? '-L(--location)이 없으면 리디렉션을 따라가지 않아, 주소가 옮겨지면 스크립트 대신 빈 응답이나 HTML이 sh로 갑니다'
				: '-L(--location)이 없으면 http→https 리디렉션을 따라가지 않아 스크립트 대신 리디렉션 응답이 sh로 갑니다'
		);
	}
	return { ids, reasons };
}

interface ShellRun {
	inv: Invocation;
	fromStdin: boolean;
	file: string | null;
	dryRun: boolean;
}

function readShell(inv: Invocation): ShellRun | null {
	if (!inv.args || !isShell(inv) || hasOption(inv.args, 'c')) return null;
	const ops = inv.args.operands;
	const fromStdin = ops.length === 0 || hasOption(inv.args, 's');
	return {
		inv,
		fromStdin,
		file: fromStdin ? null : ops[0]!,
		dryRun: (fromStdin ? ops : ops.slice(1)).includes('--dry-run')
	};
}

function verdictFrom(
	wrongIds: string[],
	wrongReasons: string[],
	noteIds: string[],
	notes: string[],
	normalised: string,
	okReason = '정답입니다.'
): Verdict {
	if (wrongIds.length > 0) {
		return verdict(
			'wrong',
			wrongReasons[0]! +
				(wrongReasons.length > 1 ? ` (그 밖에 ${wrongReasons.length - 1}가지 더)` : ''),
			[...wrongIds, ...noteIds],
			normalised
		);
	}
	if (noteIds.length > 0)
		return verdict(
			'correct-with-note',
			`맞습니다. 참고: ${notes.join('; ')}.`,
			noteIds,
			normalised
		);
	return verdict('correct', okReason, [], normalised);
}

function judgeInstall(plan: Plan, c: Ctx, normalised: string): Verdict {
	const items = plan.items;
	const extra = (used: number): { ids: string[]; notes: string[] } =>
		items.length > used
			? { ids: ['extra-commands'], notes: ['설치와 상관없는 명령이 함께 있습니다'] }
			: { ids: [], notes: [] };

	// (a) download | shell, in one pipeline.
	const pipeIndex = items.findIndex((it) => it.stages.length >= 2 && isDownloader(it.stages[0]!));
	if (pipeIndex >= 0) {
		const stages = items[pipeIndex]!.stages;
		const d = readDownload(stages[0]!)!;
		const shellInv = stages[stages.length - 1]!;
		const sh = readShell(shellInv);
		const wrongIds: string[] = [];
		const wrongReasons: string[] = [];
		if (!sh || !sh.fromStdin || stages.length > 2) {
			return verdict(
				'wrong',
				'내려받은 스크립트를 파이프(|)로 sh에 넘겨야 합니다: curl … | sudo sh',
				['not-piped-to-shell'],
				normalised
			);
		}
		const p = downloaderProblems(d);
		wrongIds.push(...p.ids);
		wrongReasons.push(...p.reasons);
		if (d.output !== '-') {
			wrongIds.push('download-not-piped');
			wrongReasons.push(
				`${d.tool === 'curl' ? '-o/-O' : '-O 파일'}로 파일(${d.output})에 저장하면 파이프로는 아무것도 넘어가지 않습니다`
			);
		}
		if (sh.inv.runAs !== 'root') {
			if (sh.inv.wrappers.includes('sudo')) {
				wrongIds.unshift('sudo-not-root');
				wrongReasons.unshift(
					`sudo -u ${sh.inv.runAs}는 root가 아닌 ${sh.inv.runAs}로 실행합니다: 설치 스크립트는 root 권한이 필요합니다`
				);
			} else if (stages[0]!.runAs === 'root') {
				wrongIds.unshift('sudo-wrong-stage');
				wrongReasons.unshift(
					'sudo는 파이프의 한 단계에만 적용됩니다: sudo curl … | sh는 스크립트를 일반 사용자로 실행합니다(| sudo sh로)'
				);
			} else {
				wrongIds.unshift('missing-sudo');
				wrongReasons.unshift(
					'sh에 sudo가 없습니다: 설치 스크립트는 root 권한이 필요합니다(Permission denied)'
				);
			}
		}
		if (sh.dryRun) {
			wrongIds.push('dry-run');
			wrongReasons.push('--dry-run은 할 일을 보여 주기만 하고 설치하지 않습니다');
		}
		const n = downloaderNote(d);
		const noteIds = [...n.ids];
		const notes = [...n.notes];
		if (stages[0]!.runAs === 'root' && sh.inv.runAs === 'root') {
			noteIds.push('sudo-unneeded');
			notes.push('내려받기(curl)에는 root 권한이 필요 없습니다');
		}
		const x = extra(1);
		noteIds.push(...x.ids);
		notes.push(...x.notes);
		const okReason =
			d.path === '' ? '정답입니다. 끝의 /는 없어도 같은 주소(/)를 요청합니다.' : '정답입니다.';
		return verdictFrom(wrongIds, wrongReasons, noteIds, notes, normalised, okReason);
	}

	// (b) two steps: download to a file, then run that file as root (Docker's documented form).
	const dlIndex = items.findIndex((it) => it.stages.length === 1 && isDownloader(it.stages[0]!));
	const runIndex = items.findIndex(
		(it) => it.stages.length === 1 && readShell(it.stages[0]!)?.file
	);
	if (dlIndex >= 0 || runIndex >= 0) {
		const d = dlIndex >= 0 ? readDownload(items[dlIndex]!.stages[0]!)! : null;
		const sh = runIndex >= 0 ? readShell(items[runIndex]!.stages[0]!)! : null;
		const wrongIds: string[] = [];
		const wrongReasons: string[] = [];
		if (d && !sh) {
			if (d.output === '-') {
				return verdict(
					'wrong',
					'스크립트를 화면에 출력하기만 했습니다: | sudo sh로 넘기거나 -o 파일로 저장한 뒤 sudo sh 파일',
					['not-piped-to-shell'],
					normalised
				);
			}
			const p = downloaderProblems(d);
			if (p.ids.length > 0) return verdict('wrong', p.reasons[0]!, p.ids, normalised);
			return verdict(
				'wrong',
				`스크립트를 ${d.output}에 내려받기만 했습니다. 이어서 sudo sh ${d.output}로 실행해야 설치됩니다.`,
				['two-step-incomplete'],
				normalised
			);
		}
		const file = sh!.file!;
		const haveFile = (d && d.output === file) || (!d && c.files[file] === 'docker-install-script');
		if (!haveFile) {
			if (d && d.output !== file) {
				return verdict(
					'wrong',
					`내려받은 파일(${d.output})과 실행하는 파일(${file})이 다릅니다.`,
					['two-step-mismatch'],
					normalised
				);
			}
			return verdict(
				'wrong',
				`${file} 파일이 없습니다: 먼저 curl -fsSL https://get.docker.com -o ${file}로 내려받으세요 (sh: 0: cannot open ${file}: No such file)`,
				['script-not-downloaded'],
				normalised
			);
		}
		if (d && runIndex < dlIndex) {
			return verdict(
				'wrong',
				'내려받기 전에 실행하고 있습니다: 순서를 바꾸세요.',
				['two-step-order'],
				normalised
			);
		}
		if (d) {
			const p = downloaderProblems(d);
			// Saved to a file and run from it: an HTTP error page would make sh fail visibly, but -f still matters.
			wrongIds.push(...p.ids);
			wrongReasons.push(...p.reasons);
		}
		if (sh!.inv.runAs !== 'root') {
			wrongIds.unshift('missing-sudo');
			wrongReasons.unshift(
				`sh ${file}에 sudo가 없습니다: 설치 스크립트는 root 권한이 필요합니다(Permission denied)`
			);
		}
		if (sh!.dryRun) {
			wrongIds.push('dry-run');
			wrongReasons.push('--dry-run은 할 일을 보여 주기만 하고 설치하지 않습니다');
		}
		const noteIds = ['two-step'];
		const notes = ['Docker 문서의 두 단계 방식(내려받아 확인한 뒤 실행)도 맞습니다'];
		if (d) {
			const n = downloaderNote(d);
			noteIds.push(...n.ids.filter((id) => id !== 'curl-no-silent' && id !== 'wget-no-quiet'));
			notes.push(
				...n.notes.filter((_t, k) => n.ids[k] !== 'curl-no-silent' && n.ids[k] !== 'wget-no-quiet')
			);
			const dlItem = items[dlIndex]!;
			if (dlItem.next === ';') {
				noteIds.push('two-step-semicolon');
				notes.push('; 대신 &&를 쓰면 내려받기가 실패했을 때 실행하지 않습니다');
			}
		}
		const x = extra(d ? 2 : 1);
		noteIds.push(...x.ids);
		notes.push(...x.notes);
		return verdictFrom(wrongIds, wrongReasons, noteIds, notes, normalised);
	}
	const first = items[0]?.stages[0];
	if (first && isShell(first)) {
		return verdict(
			'wrong',
			'실행할 스크립트가 없습니다: curl -fsSL https://get.docker.com/ | sudo sh',
			['not-piped-to-shell'],
			normalised
		);
	}
	return verdict(
		'wrong',
		'설치 스크립트를 내려받아(curl) sudo sh로 실행해야 합니다.',
		['wrong-program'],
		normalised
	);
}

// ---------------------------------------------------------------- docker group

function rootShellExpansion(inv: Invocation): boolean {
	// Root's shell (an `sh -c` string run by sudo, or a root shell from `sudo -i`) expanded
	// `$USER` / `$(whoami)` to root.
	return (
		inv.runAs === 'root' &&
		inv.expansions.some(
			(e) =>
				e.value === 'root' && (e.kind === 'substitution' || ['USER', 'LOGNAME'].includes(e.name))
		)
	);
}

function judgeAddGroup(expected: Plan, plan: Plan, c: Ctx, normalised: string): Verdict {
	const expInv = invocations(expected)[0]!;
	const group = optionValues(expInv.args!, 'groups')[0] ?? 'docker';
	const userSlot = expInv.args!.operands[0] ?? '';
	const users = slotName(userSlot) ? (c.slots[slotName(userSlot)!] ?? [c.user]) : [userSlot];
	const user = users[0]!;

	const invs = invocations(plan);
	const programs = ['usermod', 'gpasswd', 'adduser'];
	const targetIndex = invs.findIndex(
		(i) =>
			programs.includes(i.args?.path[0] ?? '') || programs.includes(i.error?.partial?.path[0] ?? '')
	);
	const firstError = invs.find((i) => i.error !== null && i !== invs[targetIndex]);
	if (firstError) return errorVerdict(firstError, expected, normalised);
	if (targetIndex < 0) {
		return verdict(
			'wrong',
			`그룹에 사용자를 넣는 명령이 아닙니다: sudo usermod -aG ${group} ${user}`,
			['wrong-program'],
			normalised
		);
	}
	const inv = invs[targetIndex]!;
	const extraCommands = invs.length > 1;
	const wrongIds: string[] = [];
	const wrongReasons: string[] = [];
	const noteIds: string[] = [];
	const notes: string[] = [];
	const args = inv.args ?? inv.error?.partial ?? null;
	if (!args) return errorVerdict(inv, expected, normalised);
	const program = args.path[0]!;

	const checkUser = (login: string | undefined): void => {
		if (login === undefined || login === '') {
			wrongIds.push('missing-user');
			wrongReasons.push(
				`사용자 이름이 빠졌습니다(${program}는 사용법만 출력합니다): 마지막에 ${user}`
			);
		} else if (!users.includes(login)) {
			if (login === 'root' && rootShellExpansion(inv)) {
				wrongIds.push('user-var-in-root-shell');
				wrongReasons.push(
					"sudo sh -c '…' 안의 $USER(또는 $(whoami))는 root의 셸이 펼쳐 root가 됩니다: 바깥에서 펼치거나 이름을 직접 쓰세요"
				);
			} else {
				wrongIds.push('wrong-user');
				wrongReasons.push(`다른 사용자(${login})를 바꿉니다: ${user}여야 합니다`);
			}
		}
	};
	const checkGroups = (list: string[], login: string | undefined): void => {
		if (list.includes(group)) {
			const others = list.filter((g) => g !== group);
			if (others.length > 0) {
				noteIds.push('extra-groups');
				notes.push(`${others.join(', ')} 그룹에도 함께 넣습니다`);
			}
			return;
		}
		if (login === group && list.some((g) => users.includes(g))) {
			wrongIds.push('user-group-swapped');
			wrongReasons.push(
				`사용자와 그룹이 뒤바뀌었습니다: 그룹(${group})이 먼저, 사용자(${user})가 마지막`
			);
			return;
		}
		const close = list.map((g) => closestName(g, [group])).find(Boolean);
		wrongIds.push('wrong-group');
		wrongReasons.push(
			`그룹 이름이 다릅니다(${list.join(',') || '없음'})${close ? `: 혹시 ${group}?` : `: ${group}여야 합니다`}`
		);
	};

	if (program === 'usermod') {
		const append = hasOption(args, 'append');
		const groupsVal = optionValues(args, 'groups');
		const primary = optionValues(args, 'gid');
		const login = args.operands.length === 1 ? args.operands[0] : undefined;
		const listed = groupsVal.at(-1)?.split(',').filter(Boolean) ?? [];
		if (inv.error && args.operands.length > 1) {
			const clusterOrder =
				inv.typedArgv.some((w) => /^-[^-]*G[a-zA-Z]+$/.test(w) && w.endsWith('a')) ||
				groupsVal.some((g) => g.length === 1);
			if (clusterOrder) {
				wrongIds.push('usermod-cluster-order');
				wrongReasons.push(
					`-Ga처럼 쓰면 G가 뒤의 'a'를 그룹 이름으로 받고, 남은 인수가 많아 usermod는 사용법만 출력합니다: -aG ${group}`
				);
			} else if (args.operands.includes(group) && !groupsVal.length) {
				wrongIds.push('usermod-missing-G');
				wrongReasons.push(`그룹은 -G 옵션의 값으로 줍니다: -aG ${group} ${user}`);
			} else {
				wrongIds.push('usage-error');
				wrongReasons.push('usermod는 사용자 이름 하나만 받습니다(사용법 오류)');
			}
		} else if (primary.length > 0 && groupsVal.length === 0) {
			wrongIds.push('usermod-lowercase-g');
			wrongReasons.push(
				append
					? `-ag의 소문자 g는 기본(primary) 그룹입니다; usermod는 -a를 -G와만 받습니다(usermod: -a flag is only allowed with the -G flag): -aG`
					: '소문자 -g는 기본(primary) 그룹을 바꿉니다; 보조 그룹에 덧붙이려면 -aG'
			);
			checkUser(login);
		} else if (groupsVal.length === 0) {
			wrongIds.push('usermod-missing-G');
			wrongReasons.push(`그룹은 -G 옵션의 값으로 줍니다: -aG ${group} ${user}`);
		} else {
			if (hasOption(args, 'remove')) {
				wrongIds.push('usermod-remove');
				wrongReasons.push(`-r은 나열한 그룹에서 사용자를 뺍니다: -aG ${group}`);
			} else if (!append) {
				wrongIds.push('usermod-no-append');
				wrongReasons.push(
					`-a 없이 -G를 쓰면 보조 그룹 전체가 ${listed.join(',') || '(없음)'}로 바뀌어 sudo 등 기존 그룹이 빠집니다(C23): -aG`
				);
			}
			checkGroups(listed, login);
			if (!wrongIds.includes('user-group-swapped')) checkUser(login);
			if (primary.length > 0) {
				wrongIds.push('usermod-lowercase-g');
				wrongReasons.push('소문자 -g는 기본(primary) 그룹까지 바꿉니다');
			}
			const others = args.options.filter(
				(o) => !['append', 'groups', 'gid', 'remove'].includes(o.key)
			);
			if (others.length > 0) {
				wrongIds.push('extra-options');
				wrongReasons.push(
					`필요 없는 옵션 ${others.map((o) => o.spelled).join(' ')}이(가) 계정의 다른 설정도 바꿉니다`
				);
			}
		}
	} else if (program === 'gpasswd') {
		const add = optionValues(args, 'add');
		const groupOp = args.operands[0];
		if (hasOption(args, 'delete')) {
			wrongIds.push('gpasswd-delete');
			wrongReasons.push(`gpasswd -d는 그룹에서 사용자를 뺍니다: gpasswd -a ${user} ${group}`);
		} else if (hasOption(args, 'members')) {
			wrongIds.push('gpasswd-members');
			wrongReasons.push(`gpasswd -M은 ${group} 그룹의 구성원 목록 전체를 바꿉니다: -a ${user}`);
		} else if (add.length === 0) {
			wrongIds.push('usage-error');
			wrongReasons.push(`gpasswd에 -a 사용자를 주세요: gpasswd -a ${user} ${group}`);
		} else if (groupOp === user && add.includes(group)) {
			wrongIds.push('user-group-swapped');
			wrongReasons.push(`사용자와 그룹이 뒤바뀌었습니다: gpasswd -a ${user} ${group}`);
		} else {
			if (groupOp !== group) {
				wrongIds.push('wrong-group');
				wrongReasons.push(`그룹 이름이 다릅니다(${groupOp ?? '없음'}): ${group}`);
			}
			checkUser(add.at(-1));
		}
		noteIds.push('gpasswd-alternative');
		notes.push(
			'gpasswd -a도 됩니다: 사용자 하나를 그룹 하나에 더하며 다른 그룹은 건드리지 않습니다(gpasswd(1))'
		);
	} else {
		// Debian adduser: `adduser USER GROUP` adds an existing user to an existing group.
		const [login, groupOp] = args.operands;
		if (args.operands.length === 1) {
			wrongIds.push('adduser-creates-user');
			wrongReasons.push(
				`adduser ${login}는 새 사용자를 만듭니다(이미 있음): adduser ${user} ${group}`
			);
		} else if (login === group && groupOp !== undefined && users.includes(groupOp)) {
			wrongIds.push('user-group-swapped');
			wrongReasons.push(`사용자와 그룹이 뒤바뀌었습니다: adduser ${user} ${group}`);
		} else {
			if (groupOp !== group) {
				wrongIds.push('wrong-group');
				wrongReasons.push(`그룹 이름이 다릅니다(${groupOp ?? '없음'}): ${group}`);
			}
			checkUser(login);
		}
		noteIds.push('adduser-alternative');
		notes.push(
			'Debian/Ubuntu의 adduser 사용자 그룹도 됩니다: 다른 그룹은 건드리지 않습니다(adduser(8))'
		);
	}
	if (inv.runAs !== 'root') {
		wrongIds.push('missing-sudo');
		wrongReasons.push(
			`sudo가 없습니다: 그룹 변경은 root만 할 수 있습니다(${program}: Permission denied)`
		);
	}
	if (inv.wrappers.includes('sh -c') && !wrongIds.includes('user-var-in-root-shell')) {
		noteIds.push('sh-c-wrapper');
		notes.push('sh -c로 감쌀 필요는 없습니다');
	}
	if (extraCommands) {
		noteIds.push('extra-commands');
		notes.push('다른 명령이 함께 있습니다');
	}
	if (
		wrongIds.length === 0 &&
		!noteIds.some((id) => id !== 'extra-commands') &&
		inv.typedArgv.some((w) => w === 'usermod' || w.endsWith('/usermod'))
	) {
		const permuted =
			args.operands.length === 1 && inv.argv.indexOf(args.operands[0]!) < inv.argv.length - 1;
		if (permuted) {
			noteIds.push('options-after-user');
			notes.push('usermod는 옵션을 사용자 이름 뒤에 써도 받지만(getopt), 보통 앞에 씁니다');
		}
	}
	return verdictFrom(wrongIds, wrongReasons, noteIds, notes, normalised);
}

// ---------------------------------------------------------------- docker version

function judgeVersion(plan: Plan, normalised: string): Verdict {
	const invs = invocations(plan);
	const inv = invs.find(
		(i) => i.args?.path[0] === 'docker' || i.args?.path[0] === 'docker-compose'
	);
	if (!inv || !inv.args) {
		return verdict(
			'wrong',
			'도커 설치 확인은 docker version입니다.',
			['wrong-program'],
			normalised
		);
	}
	const args = inv.args;
	const wrongIds: string[] = [];
	const wrongReasons: string[] = [];
	const noteIds: string[] = [];
	const notes: string[] = [];
	const sub = args.path.slice(1).join(' ');
	if (args.path[0] === 'docker-compose' || sub.startsWith('compose')) {
		wrongIds.push('wrong-subcommand');
		wrongReasons.push('그것은 Compose의 버전입니다: 도커 엔진은 docker version');
	} else if (sub === '') {
		if (args.options.some((o) => o.key === 'version')) {
			noteIds.push('docker-version-flag');
			notes.push(
				'docker --version(-v)은 클라이언트 버전 한 줄만 보여 주고 데몬(Server) 연결은 확인하지 않습니다; 설치 확인은 docker version'
			);
		} else {
			wrongIds.push('missing-subcommand');
			wrongReasons.push('하위 명령이 없습니다(도움말만 나옵니다): docker version');
		}
	} else if (sub === 'info') {
		noteIds.push('docker-info');
		notes.push(
			'docker info도 데몬 연결을 확인하지만, 버전 확인은 docker version이 짧고 분명합니다'
		);
	} else if (sub !== 'version') {
		wrongIds.push('wrong-subcommand');
		wrongReasons.push(`docker ${sub}는 버전을 보여 주지 않습니다: docker version`);
	}
	const extraOpts = sub === 'version' ? args.options.filter((o) => o.key !== 'help') : [];
	if (extraOpts.length > 0) {
		noteIds.push('extra-options');
		notes.push(`${extraOpts.map((o) => o.spelled).join(' ')}는 출력 형식만 바꿉니다`);
	}
	if (args.options.some((o) => o.key === 'help')) {
		wrongIds.push('help-only');
		wrongReasons.push('--help는 도움말만 보여 줍니다');
	}
	if (inv.wrappers.includes('sudo')) {
		noteIds.push('sudo-unneeded');
		notes.push('sudo 없이 되어야 docker 그룹 설정까지 확인됩니다');
	}
	if (invs.length > 1) {
		noteIds.push('extra-commands');
		notes.push('다른 명령이 함께 있습니다');
	}
	return verdictFrom(wrongIds, wrongReasons, noteIds, notes, normalised);
}

// ---------------------------------------------------------------- generic

type Segment = { lit: string } | { slot: string };

/** Split a template word into literal parts and slots: `{image}:{tag}` → slot, ':', slot. */
function segments(word: string): Segment[] {
	const out: Segment[] = [];
	let rest = word;
	for (;;) {
		const at = rest.indexOf(SLOT_MARK);
		const end = at < 0 ? -1 : rest.indexOf('__', at + SLOT_MARK.length);
		if (at < 0 || end < 0) {
			if (rest) out.push({ lit: rest });
			return out;
		}
		if (at > 0) out.push({ lit: rest.slice(0, at) });
		out.push({ slot: rest.slice(at + SLOT_MARK.length, end) });
		rest = rest.slice(end + 2);
	}
}

/**
 * Does a typed word fit a template word? Literal parts must match exactly; each slot takes a
 * non-empty part (one of its accepted values when the context lists them). Slots may sit inside
 * a word (`{volume}:{container}`, `MYSQL_ROOT_PASSWORD={arg}`, `{user}/{arg}:{tag}`).
 */
function operandMatches(expectedWord: string, typedWord: string, c: Ctx): boolean {
	if (!expectedWord.includes(SLOT_MARK)) return expectedWord === typedWord;
	const segs = segments(expectedWord);
	let budget = 10_000; // backtracking steps; template words have few slots
	const match = (i: number, pos: number): boolean => {
		if (--budget < 0) return false;
		if (i === segs.length) return pos === typedWord.length;
		const seg = segs[i]!;
		if ('lit' in seg)
			return typedWord.startsWith(seg.lit, pos) && match(i + 1, pos + seg.lit.length);
		const accepted = c.slots[seg.slot];
		const next = segs[i + 1];
		for (let end = typedWord.length; end > pos; end--) {
			// A slot followed by a literal can only end where that literal starts.
			if (next && 'lit' in next && !typedWord.startsWith(next.lit, end)) continue;
			if (!next && end !== typedWord.length) continue;
			const value = typedWord.slice(pos, end);
			if (accepted && !accepted.includes(value)) continue;
			if (match(i + 1, end)) return true;
		}
		return false;
	};
	return match(0, 0);
}

/** Operand positions that name an image, per docker command (`all`: every operand). */
const IMAGE_OPERANDS: Record<string, number[] | 'all'> = {
	'docker run': [0],
	'docker pull': [0],
	'docker push': [0],
	'docker history': [0],
	'docker tag': [0, 1],
	'docker rmi': 'all'
};

/**
 * An image reference in full: `hello-world` = `hello-world:latest` =
 * `docker.io/library/hello-world:latest` (Docker docs, "docker image tag": the default registry is
 * docker.io, the default namespace library, the default tag latest).
 */
export function canonicalImage(ref: string): string {
	let name = ref;
	if (name.startsWith('docker.io/')) name = name.slice('docker.io/'.length);
	if (name.startsWith('library/')) name = name.slice('library/'.length);
	const lastSlash = name.lastIndexOf('/');
	const hasTag = name.lastIndexOf(':') > lastSlash || name.includes('@');
	return hasTag ? name : `${name}:latest`;
}

/** A template word as shown to the learner: slots become their first accepted value or `<name>`. */
function showWord(word: string, c: Ctx): string {
	return segments(word)
		.map((seg) => ('lit' in seg ? seg.lit : (c.slots[seg.slot]?.[0] ?? `<${seg.slot}>`)))
		.join('');
}

/** Pair expected and typed options (same key, matching value); repeated flags count once. */
function pairOptions(
	eOpts: ParsedOption[],
	gOpts: ParsedOption[],
	c: Ctx
): { missing: ParsedOption[]; extra: ParsedOption[] } {
	const dedupe = (opts: ParsedOption[]) =>
		opts.filter(
			(o, i) =>
				o.value !== undefined ||
				opts.findIndex((x) => x.key === o.key && x.value === undefined) === i
		);
	const exp = dedupe(eOpts);
	const got = dedupe(gOpts);
	const used = new Set<number>();
	const missing: ParsedOption[] = [];
	for (const e of exp) {
		const k = got.findIndex(
			(g, i) =>
				!used.has(i) &&
				g.key === e.key &&
				(e.value === undefined
					? g.value === undefined
					: g.value !== undefined && operandMatches(e.value, g.value, c))
		);
		if (k < 0) missing.push(e);
		else used.add(k);
	}
	return { missing, extra: got.filter((_, i) => !used.has(i)) };
}

function describeOption(args: ParsedArgs, o: ParsedOption): string {
	const def = args.spec.options.find((d) => d.key === o.key);
	const spelled = spellOption(args, o);
	return def?.doc ? `${spelled}(${def.doc})` : spelled;
}

function judgeGeneric(expected: Plan, plan: Plan, c: Ctx, normalised: string): Verdict {
	const expInvs = invocations(expected);
	const gotInvs = invocations(plan);
	const noteIds: string[] = [];
	const notes: string[] = [];
	if (
		expected.items.length !== plan.items.length ||
		expected.items.some((it, k) => it.stages.length !== plan.items[k]!.stages.length)
	) {
		const expNames = expInvs.map((i) => i.args?.path.join(' ') ?? i.argv[0]).join(', ');
		const gotNames = gotInvs.map((i) => i.args?.path.join(' ') ?? i.argv[0]);
		// Extra commands around an otherwise exact match: accept with a note.
		const all = expInvs.every((e) => gotInvs.some((g) => sameInvocation(e, g, c)));
		if (all && gotInvs.length > expInvs.length) {
			return verdict(
				'correct-with-note',
				'맞습니다. 참고: 필요 없는 명령이 함께 있습니다.',
				['extra-commands'],
				normalised
			);
		}
		return verdict(
			'wrong',
			`명령의 구성이 다릅니다: ${gotNames.join(', ')} (기대: ${expNames})`,
			['wrong-structure'],
			normalised
		);
	}
	for (let k = 0; k < expInvs.length; k++) {
		const e = expInvs[k]!;
		const g = gotInvs[k]!;
		const ea = e.args!;
		const ga = g.args!;
		if (ea.path[0] !== ga.path[0]) {
			return verdict(
				'wrong',
				`다른 명령입니다: ${ga.path[0]} (기대: ${ea.path[0]})`,
				['wrong-program'],
				normalised
			);
		}
		if (ea.path.join(' ') !== ga.path.join(' ')) {
			const expSub = ea.path.slice(1).join(' ') || '(없음)';
			const gotSub = ga.path.slice(1).join(' ') || '(없음)';
			return verdict(
				'wrong',
				`하위 명령이 다릅니다: ${gotSub} (기대: ${expSub})`,
				['wrong-subcommand'],
				normalised
			);
		}
		const eSudo = e.runAs === 'root' && e.wrappers.includes('sudo');
		const gRoot = g.runAs === 'root';
		if (eSudo && !gRoot) {
			const otherStage = gotInvs.some(
				(x) => x !== g && x.runAs === 'root' && x.wrappers.includes('sudo')
			);
			if (otherStage) {
				return verdict(
					'wrong',
					'sudo가 파이프의 다른 단계에 붙었습니다: sudo는 바로 뒤 명령 하나에만 적용됩니다.',
					['sudo-wrong-stage'],
					normalised
				);
			}
			return verdict(
				'wrong',
				`${ga.path[0]}에 sudo가 없습니다: root 권한이 필요합니다(Permission denied).`,
				['missing-sudo'],
				normalised
			);
		}
		if (!eSudo && gRoot && g.wrappers.includes('sudo')) {
			noteIds.push('sudo-unneeded');
			notes.push(`${ga.path[0]}에는 sudo가 필요 없습니다`);
		}
		const eOpts = [...ea.globalOptions, ...ea.options].filter((o) => o.key !== 'help');
		const gOpts = [...ga.globalOptions, ...ga.options];
		const { missing, extra } = pairOptions(eOpts, gOpts, c);
		if (missing.length > 0) {
			const sameKey = extra.find((x) => x.key === missing[0]!.key);
			if (sameKey) {
				return verdict(
					'wrong',
					`${spellOption(ga, sameKey)}: 옵션 값이 다릅니다 (기대: ${showWord(spellOption(ea, missing[0]!), c)})`,
					['wrong-option-value'],
					normalised
				);
			}
			return verdict(
				'wrong',
				`옵션이 빠졌습니다: ${missing.map((o) => showWord(describeOption(ea, o), c)).join(', ')}`,
				['missing-option'],
				normalised
			);
		}
		if (extra.length > 0) {
			return verdict(
				'wrong',
				`기대하지 않은 옵션이 있습니다: ${extra.map((o) => describeOption(ga, o)).join(', ')}`,
				['extra-option'],
				normalised
			);
		}
		// Image names compare in full (`hello-world` = `hello-world:latest`) unless the template
		// spells the parts out with slots (`{image}:{tag}` asks for the tag).
		const imagePositions = IMAGE_OPERANDS[ea.path.join(' ')];
		const isImage = (i: number) =>
			imagePositions !== undefined &&
			(imagePositions === 'all' || imagePositions.includes(i)) &&
			!(ea.operands[i] ?? '').includes(SLOT_MARK);
		const eOps = ea.operands.map((w, i) => (isImage(i) ? canonicalImage(w) : w));
		const gOps = ga.operands.map((w, i) => (isImage(i) ? canonicalImage(w) : w));
		if (eOps.length !== gOps.length || eOps.some((w, i) => !operandMatches(w, gOps[i]!, c))) {
			const shown = eOps.map((w) => showWord(w, c));
			const swapped =
				eOps.length === 2 &&
				gOps.length === 2 &&
				operandMatches(eOps[0]!, gOps[1]!, c) &&
				operandMatches(eOps[1]!, gOps[0]!, c);
			if (swapped) {
				return verdict(
					'wrong',
					`인수 순서가 뒤바뀌었습니다: ${shown.join(' ')}`,
					['operands-swapped'],
					normalised
				);
			}
			return verdict(
				'wrong',
				`인수가 다릅니다: ${gOps.map(quoteWord).join(' ') || '(없음)'} (기대: ${shown.map(quoteWord).join(' ') || '(없음)'})`,
				['wrong-operand'],
				normalised
			);
		}
	}
	const spellingDiffers = normalised !== displayExpected(expected, c);
	const okReason = spellingDiffers ? '정답입니다(같은 뜻의 다른 표기).' : '정답입니다.';
	return verdictFrom([], [], noteIds, notes, normalised, okReason);
}

function sameInvocation(e: Invocation, g: Invocation, c: Ctx): boolean {
	if (!e.args || !g.args) return false;
	if (e.args.path.join(' ') !== g.args.path.join(' ')) return false;
	const paired = pairOptions(e.args.options, g.args.options, c);
	if (paired.missing.length > 0 || paired.extra.length > 0) return false;
	const eo = e.args.operands;
	const go = g.args.operands;
	return eo.length === go.length && eo.every((w, i) => operandMatches(w, go[i]!, c));
}
