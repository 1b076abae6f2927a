/**
 * Option specs for the programs the drill knows, and an argv reader per option style.
 *
 * Each program reads its argv the way the real one does, so equivalent spellings give the same
 * {@link ParsedArgs}: short clusters (`-aG docker`), attached values (`-Gdocker`), long options
 * with or without `=`, GNU unique-prefix abbreviations, `--`, and option permutation where the
 * real parser permutes (GNU getopt_long) or stops at the first operand (sudo, sh, `docker run`).
 * Unknown options produce the program's own style of error message.
 *
 * Sources: usermod(8), gpasswd(1), newgrp(1) (shadow-utils); adduser(8) (Debian adduser);
 * id(1), groups(1), whoami(1) (GNU coreutils); sudo(8); curl(1) and `curl --help all`;
 * wget(1); dash(1) and bash(1); the Docker CLI reference (docs.docker.com/reference/cli/docker/)
 * and `docker <command> --help`; Compose CLI reference (docs.docker.com/reference/cli/docker/compose/).
 */

/** How a program reads its argv and how it words errors. */
export type OptionStyle = 'gnu' | 'curl' | 'cobra' | 'sudo' | 'dash' | 'bash' | 'perl' | 'builtin';

/** One option. `key` is the canonical name used to compare spellings (the long name if any). */
export interface OptionDef {
	key: string;
	short?: string;
	long?: string;
	/** Whether the option takes a value. Absent = flag. */
	arg?: 'required';
	/** What it does, in Korean, for hints and feedback. */
	doc?: string;
}

/** A program (or a subcommand of one). */
export interface ProgramSpec {
	/** Name as typed, e.g. `usermod`, or for subcommands the path `docker ps`. */
	name: string;
	style: OptionStyle;
	options: OptionDef[];
	/** GNU getopt_long permutes: options may follow operands. False = stop at the first operand. */
	permute: boolean;
	/** Subcommands (docker, docker compose, systemctl). */
	subcommands?: Record<string, ProgramSpec>;
	/** Aliases of subcommands, e.g. `docker container ls` is not modelled but `docker ls` is not real. */
	usage: string;
	/** Exit status the real program uses for a usage error. */
	usageExit: number;
	/** Operand count limits, checked after options; messages in the program's style. */
	minOperands?: number;
	maxOperands?: number;
}

/** An option as read from argv. `spelled` is how the learner wrote it (`-G`, `--groups=`). */
export interface ParsedOption {
	key: string;
	value?: string;
	spelled: string;
}

/** argv read against a spec. `path` is the program and subcommands, e.g. `['docker', 'ps']`. */
export interface ParsedArgs {
	path: string[];
	spec: ProgramSpec;
	options: ParsedOption[];
	operands: string[];
	/** Options given before the subcommand (docker global options), in order. */
	globalOptions: ParsedOption[];
}

/** Why argv was refused: the program's own error text (several lines) and a reason id. */
export interface ArgsError {
	reasonId: 'unknown-option' | 'missing-option-argument' | 'unknown-subcommand' | 'usage-error';
	/** The program's error output, modelled on the real tool. */
	message: string;
	exitCode: number;
	/** The offending option or subcommand as typed. */
	offender: string;
	/** For operand-count errors: what was read before the count check failed. */
	partial?: ParsedArgs;
}

export type ArgsResult = { ok: true; args: ParsedArgs } | ({ ok: false } & ArgsError);

const f = (short: string | undefined, long: string | undefined, doc?: string): OptionDef => ({
	key: long ?? short!,
	...(short ? { short } : {}),
	...(long ? { long } : {}),
	...(doc ? { doc } : {})
});
const v = (short: string | undefined, long: string | undefined, doc?: string): OptionDef => ({
	...f(short, long, doc),
	arg: 'required'
});

function spec(
	name: string,
	style: OptionStyle,
	options: OptionDef[],
	usage: string,
	extra: Partial<ProgramSpec> = {}
): ProgramSpec {
	const permute = style === 'gnu' || style === 'curl' || style === 'cobra' || style === 'perl';
	// Docker CLI flag errors exit 125; getopt-style tools and curl use 2.
	const usageExit = style === 'cobra' ? 125 : 2;
	return { name, style, options, usage, permute, usageExit, ...extra };
}

const helpVersion = [f(undefined, 'help'), f(undefined, 'version')];

/** usermod(8), shadow-utils 4.13 (Ubuntu 24.04). */
const usermod = spec(
	'usermod',
	'gnu',
	[
		f('a', 'append', '-G와 함께: 기존 보조 그룹을 두고 덧붙입니다'),
		f('b', 'badname'),
		v('c', 'comment'),
		v('d', 'home'),
		v('e', 'expiredate'),
		v('f', 'inactive'),
		v('g', 'gid', '기본(primary) 그룹을 바꿉니다'),
		v('G', 'groups', '보조 그룹 목록(쉼표로 구분); -a 없이는 목록 전체를 바꿉니다'),
		f('h', 'help'),
		v('l', 'login'),
		f('L', 'lock'),
		f('m', 'move-home'),
		f('o', 'non-unique'),
		v('p', 'password'),
		v('P', 'prefix'),
		f('r', 'remove', '-G와 함께: 나열한 그룹에서 뺍니다'),
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
const gpasswd = spec(
	'gpasswd',
	'gnu',
	[
		v('a', 'add', '사용자를 그룹에 넣습니다(다른 그룹은 그대로)'),
		v('d', 'delete', '사용자를 그룹에서 뺍니다'),
		f('h', 'help'),
		v('Q', 'root'),
		f('r', 'remove-password'),
		f('R', 'restrict'),
		v('A', 'administrators'),
		v('M', 'members', '그룹 구성원 목록 전체를 바꿉니다')
	],
	'Usage: gpasswd [option] GROUP',
	{ minOperands: 1, maxOperands: 1 }
);

/** groupadd(8), shadow-utils (Docker's post-install steps start with `sudo groupadd docker`). */
const groupadd = spec(
	'groupadd',
	'gnu',
	[
		f('f', 'force', '이미 있으면 성공으로 끝냅니다'),
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
const adduser = spec(
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
const id = spec(
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
const groups = spec('groups', 'gnu', [...helpVersion], 'Usage: groups [OPTION]... [USERNAME]...');

/** whoami(1), GNU coreutils. */
const whoami = spec('whoami', 'gnu', [...helpVersion], 'Usage: whoami [OPTION]...', {
	maxOperands: 0
});

/** newgrp(1), shadow-utils: `newgrp [-] [group]`; `-` (or `-l`) reinitialises the environment. */
const newgrp = spec('newgrp', 'gnu', [f('l', undefined)], 'Usage: newgrp [-] [group]', {
	maxOperands: 1,
	usageExit: 1
});

/** su(1), util-linux: `su [options] [-] [user [argument...]]`; it always re-reads the target's groups. */
const su = spec(
	'su',
	'gnu',
	[
		f('l', 'login', '로그인 셸처럼 환경을 새로 만듭니다'),
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

/** sudo(8), sudo 1.9. Options stop at the first operand (the command to run). */
const sudo = spec(
	'sudo',
	'sudo',
	[
		f('A', 'askpass'),
		f('b', 'background'),
		v('C', 'close-from'),
		f('E', 'preserve-env'),
		f('e', 'edit'),
		v('g', 'group'),
		f('H', 'set-home'),
		f('h', 'help'),
		f('i', 'login', 'root의 로그인 셸을 엽니다'),
		f('K', 'remove-timestamp'),
		f('k', 'reset-timestamp'),
		f('l', 'list'),
		f('n', 'non-interactive'),
		f('P', 'preserve-groups'),
		v('p', 'prompt'),
		f('S', 'stdin'),
		f('s', 'shell', 'root 셸을 엽니다'),
		v('U', 'other-user'),
		v('u', 'user', '이 사용자로 실행합니다(기본 root)'),
		f('V', 'version'),
		f('v', 'validate')
	],
	'usage: sudo -h | -K | -k | -V\nusage: sudo -v [-ABkNnS] [-g group] [-h host] [-p prompt] [-u user]\nusage: sudo [-ABbEHkNnPS] [-C num] [-D directory] [-g group] [-h host] [-p prompt] [-R directory] [-T timeout] [-u user] [VAR=value] [-i | -s] [command [arg ...]]',
	{ usageExit: 1 }
);

/** curl(1), curl 8.x: options anywhere, no `--opt=value`, `--no-` negates a boolean. */
const curl = spec(
	'curl',
	'curl',
	[
		f('f', 'fail', 'HTTP 오류(4xx/5xx)면 본문을 내보내지 않고 실패합니다'),
		f(undefined, 'fail-with-body'),
		f('s', 'silent', '진행 표시와 오류 메시지를 숨깁니다'),
		f('S', 'show-error', '-s와 함께 써도 오류 메시지는 보여 줍니다'),
		f('L', 'location', '리디렉션(3xx)을 따라갑니다'),
		v('o', 'output', '받은 내용을 파일에 씁니다'),
		f('O', 'remote-name', 'URL의 파일 이름으로 저장합니다'),
		f('I', 'head'),
		f('i', 'include'),
		f('v', 'verbose'),
		f('k', 'insecure'),
		v('H', 'header'),
		v('X', 'request'),
		v('d', 'data'),
		v('u', 'user'),
		v('A', 'user-agent'),
		v('x', 'proxy'),
		v('C', 'continue-at'),
		f('#', 'progress-bar'),
		v('m', 'max-time'),
		v(undefined, 'connect-timeout'),
		v('w', 'write-out'),
		v(undefined, 'retry'),
		f(undefined, 'compressed'),
		v(undefined, 'proto'),
		f(undefined, 'tlsv1.2'),
		f('4', 'ipv4'),
		f('6', 'ipv6'),
		f(undefined, 'create-dirs'),
		v('e', 'referer'),
		v('b', 'cookie'),
		v('c', 'cookie-jar'),
		v('F', 'form'),
		v('T', 'upload-file'),
		v('r', 'range'),
		f('N', 'no-buffer'),
		f('n', 'netrc'),
		f('h', 'help'),
		f('V', 'version')
	],
	'Usage: curl [options...] <url>'
);

/** wget(1), GNU Wget 1.21. `-nv` is `-n v`; `-O -` writes to standard output. */
const wget = spec(
	'wget',
	'gnu',
	[
		f('q', 'quiet', '진행 표시를 끕니다'),
		v('O', 'output-document', '파일에 씁니다(-는 표준 출력)'),
		f('v', 'verbose'),
		v('n', undefined),
		f(undefined, 'no-verbose'),
		f('c', 'continue'),
		v('P', 'directory-prefix'),
		f('N', 'timestamping'),
		f('S', 'server-response'),
		f(undefined, 'spider'),
		v('T', 'timeout'),
		v('t', 'tries'),
		v('U', 'user-agent'),
		v(undefined, 'header'),
		f('b', 'background'),
		v('i', 'input-file'),
		f(undefined, 'no-check-certificate'),
		f('h', 'help'),
		f('V', 'version')
	],
	'Usage: wget [OPTION]... [URL]...'
);

const shellOptions = [
	f('c', undefined, '다음 인수를 명령 문자열로 실행합니다'),
	f('e', undefined),
	f('x', undefined),
	f('s', undefined, '표준 입력에서 명령을 읽습니다'),
	f('i', undefined),
	f('l', undefined),
	f('u', undefined),
	f('v', undefined),
	f('n', undefined),
	f('f', undefined),
	f('a', undefined),
	f('C', undefined),
	v('o', undefined)
];

/** dash(1), Ubuntu's /bin/sh. `sh -` ends options (script from stdin). */
const sh = spec(
	'sh',
	'dash',
	shellOptions,
	'Usage: sh [-aCefnuvxIimqVEbp] [+aCefnuvxIimqVEbp] [-o option_name] [+o option_name] [command_file [argument ...]]'
);

/** bash(1), GNU bash 5.2. */
const bash = spec(
	'bash',
	'bash',
	[
		...shellOptions,
		f(undefined, 'login'),
		f(undefined, 'norc'),
		f(undefined, 'noprofile'),
		f(undefined, 'posix'),
		f(undefined, 'verbose'),
		v(undefined, 'rcfile'),
		...helpVersion
	],
	'Usage:\tbash [GNU long option] [option] ...\n\tbash [GNU long option] [option] script-file ...'
);

/** Shell builtins with no option parsing worth modelling. */
const exit = spec('exit', 'builtin', [], 'exit [n]', { maxOperands: 1 });
/** `:`, `true`, `false`: no-op builtins. A line of bare assignments (`A=1`) reads as `:`. */
const noop = spec(':', 'builtin', [], ': [arguments]');
const trueSpec = spec('true', 'builtin', [], 'true');
const falseSpec = spec('false', 'builtin', [], 'false');
const logout = spec('logout', 'builtin', [], 'logout [n]', { maxOperands: 1 });
const echo = spec(
	'echo',
	'builtin',
	[f('n', undefined), f('e', undefined), f('E', undefined)],
	'echo [-neE] [arg ...]'
);
const pwd = spec('pwd', 'builtin', [f('L', undefined), f('P', undefined)], 'pwd [-LP]');
const clear = spec(
	'clear',
	'gnu',
	[f('x', undefined), f('V', undefined)],
	'Usage: clear [options]'
);

/** ls(1), GNU coreutils (common options only). */
const ls = spec(
	'ls',
	'gnu',
	[
		f('a', 'all'),
		f('A', 'almost-all'),
		f('l', undefined),
		f('h', 'human-readable'),
		f('1', undefined),
		f('t', undefined),
		f('r', 'reverse'),
		f('S', undefined),
		f('R', 'recursive'),
		f('d', 'directory'),
		f('F', 'classify'),
		v(undefined, 'color'),
		...helpVersion
	],
	'Usage: ls [OPTION]... [FILE]...'
);

/** cat(1) and rm(1), GNU coreutils (common options only). */
const cat = spec(
	'cat',
	'gnu',
	[f('n', 'number'), f('A', 'show-all'), ...helpVersion],
	'Usage: cat [OPTION]... [FILE]...'
);
const rm = spec(
	'rm',
	'gnu',
	[f('f', 'force'), f('r', 'recursive'), f('i', undefined), f('v', 'verbose'), ...helpVersion],
	'Usage: rm [OPTION]... [FILE]...',
	{ minOperands: 1 }
);
const chmod = spec(
	'chmod',
	'gnu',
	[f('R', 'recursive'), f('v', 'verbose'), ...helpVersion],
	'Usage: chmod [OPTION]... MODE[,MODE]... FILE...',
	{ minOperands: 2 }
);

/** grep(1), GNU grep (fixed-string matching in the simulation). */
const grep = spec(
	'grep',
	'gnu',
	[
		f('i', 'ignore-case'),
		f('v', 'invert-match'),
		f('n', 'line-number'),
		f('c', 'count'),
		f('q', 'quiet'),
		f('w', 'word-regexp'),
		f('o', 'only-matching'),
		f('E', 'extended-regexp'),
		f('F', 'fixed-strings'),
		...helpVersion
	],
	'Usage: grep [OPTION]... PATTERNS [FILE]...',
	{ minOperands: 1 }
);

/** systemctl(1) and service(8), for starting the Docker daemon. */
const systemctlSub = (name: string): ProgramSpec =>
	spec(
		`systemctl ${name}`,
		'gnu',
		[f(undefined, 'now'), f('q', 'quiet'), f(undefined, 'no-pager')],
		`systemctl ${name} UNIT...`,
		{ minOperands: 1 }
	);
const systemctl = spec(
	'systemctl',
	'gnu',
	[f(undefined, 'no-pager'), f('q', 'quiet'), ...helpVersion],
	'systemctl [OPTIONS...] COMMAND ...',
	{
		subcommands: Object.fromEntries(
			['start', 'stop', 'restart', 'status', 'enable', 'disable', 'is-active'].map((s) => [
				s,
				systemctlSub(s)
			])
		)
	}
);
const service = spec(
	'service',
	'builtin',
	[],
	'Usage: service < option > | --status-all | [ service_name [ command | --full-restart ] ]',
	{ minOperands: 1, maxOperands: 2 }
);

// ---------------------------------------------------------------- docker (cobra)

const dockerHelp = f('h', 'help');
/**
 * Subcommand specs of one cobra command group (`docker`, `docker compose`, `docker network`, …):
 * cobra adds `-h, --help` to every command, except where `-h` means something else
 * (`docker run -h` is --hostname).
 */
const cobraGroup =
	(prefix: string) =>
	(
		name: string,
		options: OptionDef[],
		usage: string,
		extra: Partial<ProgramSpec> = {}
	): ProgramSpec =>
		spec(
			`${prefix} ${name}`,
			'cobra',
			[...options, options.some((o) => o.short === 'h') ? f(undefined, 'help') : dockerHelp],
			`Usage:  ${prefix} ${name} ${usage}`,
			extra
		);
const dockerSub = cobraGroup('docker');
const composeSub = cobraGroup('docker compose');
const networkSub = cobraGroup('docker network');
const volumeSub = cobraGroup('docker volume');

const formatOpt = v('f', 'format');
const runLikeOptions = [
	f('d', 'detach', '백그라운드에서 실행합니다'),
	f('i', 'interactive'),
	f('t', 'tty'),
	v('e', 'env'),
	v(undefined, 'env-file'),
	v('u', 'user'),
	v('w', 'workdir'),
	f(undefined, 'privileged'),
	v(undefined, 'detach-keys')
];
const dockerRun = dockerSub(
	'run',
	[
		...runLikeOptions,
		f(undefined, 'rm', '끝나면 컨테이너를 지웁니다'),
		v(undefined, 'name'),
		v('p', 'publish', '포트를 연결합니다 (호스트:컨테이너)'),
		f('P', 'publish-all'),
		v('v', 'volume'),
		v(undefined, 'mount'),
		v(undefined, 'network'),
		v(undefined, 'restart'),
		v(undefined, 'entrypoint'),
		v('h', 'hostname'),
		v(undefined, 'tmpfs'),
		v(undefined, 'add-host'),
		v(undefined, 'cap-add'),
		v(undefined, 'gpus'),
		v(undefined, 'ulimit'),
		f(undefined, 'read-only'),
		v(undefined, 'expose'),
		v(undefined, 'stop-signal'),
		v('a', 'attach'),
		v('l', 'label'),
		v('m', 'memory'),
		v(undefined, 'cpus'),
		v(undefined, 'platform'),
		v(undefined, 'pull'),
		f(undefined, 'init'),
		f('q', 'quiet')
	],
	'[OPTIONS] IMAGE [COMMAND] [ARG...]',
	{ permute: false, minOperands: 1 }
);
const dockerExec = dockerSub('exec', runLikeOptions, '[OPTIONS] CONTAINER COMMAND [ARG...]', {
	permute: false,
	minOperands: 2
});

const composeGlobal = [
	v('f', 'file'),
	v('p', 'project-name'),
	v(undefined, 'profile'),
	v(undefined, 'env-file'),
	v(undefined, 'project-directory')
];
const composeSubcommands: Record<string, ProgramSpec> = {
	up: composeSub(
		'up',
		[
			f('d', 'detach'),
			f(undefined, 'build'),
			f(undefined, 'force-recreate'),
			f(undefined, 'no-deps'),
			f(undefined, 'remove-orphans'),
			f(undefined, 'wait')
		],
		'[OPTIONS] [SERVICE...]'
	),
	down: composeSub(
		'down',
		[f('v', 'volumes'), v(undefined, 'rmi'), f(undefined, 'remove-orphans'), v('t', 'timeout')],
		'[OPTIONS] [SERVICES]'
	),
	ps: composeSub(
		'ps',
		[f('a', 'all'), f('q', 'quiet'), v(undefined, 'format'), f(undefined, 'services')],
		'[OPTIONS] [SERVICE...]'
	),
	logs: composeSub(
		'logs',
		[f('f', 'follow'), v('n', 'tail'), f('t', 'timestamps'), v(undefined, 'since')],
		'[OPTIONS] [SERVICE...]'
	),
	build: composeSub(
		'build',
		[f(undefined, 'no-cache'), f(undefined, 'pull'), f('q', 'quiet'), v(undefined, 'build-arg')],
		'[OPTIONS] [SERVICE...]'
	),
	pull: composeSub(
		'pull',
		[f('q', 'quiet'), f(undefined, 'ignore-pull-failures')],
		'[OPTIONS] [SERVICE...]'
	),
	start: composeSub('start', [], '[SERVICE...]'),
	stop: composeSub('stop', [v('t', 'timeout')], '[OPTIONS] [SERVICE...]'),
	restart: composeSub('restart', [v('t', 'timeout')], '[OPTIONS] [SERVICE...]'),
	exec: composeSub(
		'exec',
		[f('d', 'detach'), v('e', 'env'), v('u', 'user'), v('w', 'workdir'), f('T', 'no-TTY')],
		'[OPTIONS] SERVICE COMMAND [ARGS...]',
		{ permute: false, minOperands: 2 }
	),
	run: composeSub(
		'run',
		[f('d', 'detach'), f(undefined, 'rm'), v('e', 'env'), v(undefined, 'name'), v('p', 'publish')],
		'[OPTIONS] SERVICE [COMMAND] [ARGS...]',
		{ permute: false, minOperands: 1 }
	),
	config: composeSub(
		'config',
		[f('q', 'quiet'), f(undefined, 'services')],
		'[OPTIONS] [SERVICE...]'
	),
	version: composeSub('version', [v('f', 'format'), f(undefined, 'short')], '[OPTIONS]', {
		maxOperands: 0
	})
};
const dockerCompose = spec(
	'docker compose',
	'cobra',
	[...composeGlobal, dockerHelp, f(undefined, 'version')],
	'Usage:  docker compose [OPTIONS] COMMAND',
	{
		subcommands: composeSubcommands
	}
);
/** Compose v1 standalone binary; same commands as the plugin (`docker-compose up -d`). */
const dockerComposeStandalone: ProgramSpec = {
	...dockerCompose,
	name: 'docker-compose',
	usage: 'Usage:  docker-compose [OPTIONS] COMMAND',
	options: [...dockerCompose.options, f('v', undefined)]
};

const dockerSubcommands: Record<string, ProgramSpec> = {
	version: dockerSub('version', [formatOpt, v(undefined, 'kubeconfig')], '[OPTIONS]', {
		maxOperands: 0
	}),
	info: dockerSub('info', [formatOpt], '[OPTIONS]', { maxOperands: 0 }),
	run: dockerRun,
	exec: dockerExec,
	ps: dockerSub(
		'ps',
		[
			f('a', 'all', '멈춘 컨테이너까지 모두 보여 줍니다'),
			f('q', 'quiet', 'ID만 보여 줍니다'),
			f('s', 'size'),
			f('l', 'latest'),
			v('n', 'last'),
			v('f', 'filter'),
			v(undefined, 'format'),
			f(undefined, 'no-trunc')
		],
		'[OPTIONS]',
		{ maxOperands: 0 }
	),
	images: dockerSub(
		'images',
		[
			f('a', 'all'),
			f('q', 'quiet'),
			v('f', 'filter'),
			v(undefined, 'format'),
			f(undefined, 'digests'),
			f(undefined, 'no-trunc')
		],
		'[OPTIONS] [REPOSITORY[:TAG]]',
		{ maxOperands: 1 }
	),
	pull: dockerSub(
		'pull',
		[
			f('a', 'all-tags'),
			f('q', 'quiet'),
			v(undefined, 'platform'),
			f(undefined, 'disable-content-trust')
		],
		'[OPTIONS] NAME[:TAG|@DIGEST]',
		{ minOperands: 1, maxOperands: 1 }
	),
	push: dockerSub(
		'push',
		[
			f('a', 'all-tags'),
			f('q', 'quiet'),
			v(undefined, 'platform'),
			f(undefined, 'disable-content-trust')
		],
		'[OPTIONS] NAME[:TAG]',
		{ minOperands: 1, maxOperands: 1 }
	),
	rm: dockerSub(
		'rm',
		[f('f', 'force'), f('v', 'volumes'), f('l', 'link')],
		'[OPTIONS] CONTAINER [CONTAINER...]',
		{ minOperands: 1 }
	),
	rmi: dockerSub('rmi', [f('f', 'force'), f(undefined, 'no-prune')], '[OPTIONS] IMAGE [IMAGE...]', {
		minOperands: 1
	}),
	logs: dockerSub(
		'logs',
		[
			f('f', 'follow'),
			v('n', 'tail'),
			f('t', 'timestamps'),
			v(undefined, 'since'),
			v(undefined, 'until'),
			f(undefined, 'details')
		],
		'[OPTIONS] CONTAINER',
		{ minOperands: 1, maxOperands: 1 }
	),
	stop: dockerSub(
		'stop',
		[v('t', 'time'), v('s', 'signal')],
		'[OPTIONS] CONTAINER [CONTAINER...]',
		{ minOperands: 1 }
	),
	start: dockerSub(
		'start',
		[f('a', 'attach'), f('i', 'interactive'), v(undefined, 'detach-keys')],
		'[OPTIONS] CONTAINER [CONTAINER...]',
		{ minOperands: 1 }
	),
	build: dockerSub(
		'build',
		[
			v('t', 'tag'),
			v('f', 'file'),
			f(undefined, 'no-cache'),
			f(undefined, 'pull'),
			f('q', 'quiet'),
			v(undefined, 'build-arg'),
			v(undefined, 'target'),
			v(undefined, 'platform'),
			v(undefined, 'progress'),
			v(undefined, 'network'),
			v(undefined, 'label'),
			v('o', 'output')
		],
		'[OPTIONS] PATH | URL | -',
		{ minOperands: 1, maxOperands: 1 }
	),
	login: dockerSub(
		'login',
		[v('u', 'username'), v('p', 'password'), f(undefined, 'password-stdin')],
		'[OPTIONS] [SERVER]',
		{ maxOperands: 1 }
	),
	network: spec('docker network', 'cobra', [dockerHelp], 'Usage:  docker network COMMAND', {
		subcommands: {
			ls: networkSub(
				'ls',
				[v('f', 'filter'), v(undefined, 'format'), f('q', 'quiet'), f(undefined, 'no-trunc')],
				'[OPTIONS]',
				{ maxOperands: 0 }
			),
			create: networkSub(
				'create',
				[v('d', 'driver'), v(undefined, 'subnet'), f(undefined, 'internal')],
				'[OPTIONS] NETWORK',
				{ minOperands: 1, maxOperands: 1 }
			),
			rm: networkSub('rm', [f('f', 'force')], 'NETWORK [NETWORK...]', { minOperands: 1 }),
			inspect: networkSub('inspect', [v('f', 'format')], '[OPTIONS] NETWORK [NETWORK...]', {
				minOperands: 1
			}),
			connect: networkSub(
				'connect',
				[v(undefined, 'alias'), v(undefined, 'ip')],
				'[OPTIONS] NETWORK CONTAINER',
				{ minOperands: 2, maxOperands: 2 }
			),
			disconnect: networkSub('disconnect', [f('f', 'force')], '[OPTIONS] NETWORK CONTAINER', {
				minOperands: 2,
				maxOperands: 2
			}),
			prune: networkSub('prune', [f('f', 'force'), v(undefined, 'filter')], '[OPTIONS]', {
				maxOperands: 0
			})
		}
	}),
	compose: dockerCompose,
	inspect: dockerSub(
		'inspect',
		[formatOpt, f('s', 'size'), v(undefined, 'type')],
		'[OPTIONS] NAME|ID [NAME|ID...]',
		{ minOperands: 1 }
	),
	kill: dockerSub('kill', [v('s', 'signal')], '[OPTIONS] CONTAINER [CONTAINER...]', {
		minOperands: 1
	}),
	restart: dockerSub(
		'restart',
		[v('t', 'time'), v('s', 'signal')],
		'[OPTIONS] CONTAINER [CONTAINER...]',
		{ minOperands: 1 }
	),
	tag: dockerSub('tag', [], 'SOURCE_IMAGE[:TAG] TARGET_IMAGE[:TAG]', {
		minOperands: 2,
		maxOperands: 2
	}),
	search: dockerSub(
		'search',
		[v('f', 'filter'), v(undefined, 'format'), v(undefined, 'limit'), f(undefined, 'no-trunc')],
		'[OPTIONS] TERM',
		{ minOperands: 1, maxOperands: 1 }
	),
	history: dockerSub(
		'history',
		[v(undefined, 'format'), f('H', 'human'), f(undefined, 'no-trunc'), f('q', 'quiet')],
		'[OPTIONS] IMAGE',
		{ minOperands: 1, maxOperands: 1 }
	),
	'container prune': dockerSub(
		'container prune',
		[v(undefined, 'filter'), f('f', 'force')],
		'[OPTIONS]',
		{ maxOperands: 0 }
	),
	'image prune': dockerSub(
		'image prune',
		[f('a', 'all'), v(undefined, 'filter'), f('f', 'force')],
		'[OPTIONS]',
		{ maxOperands: 0 }
	),
	'system prune': dockerSub(
		'system prune',
		[f('a', 'all'), v(undefined, 'filter'), f('f', 'force'), f(undefined, 'volumes')],
		'[OPTIONS]',
		{ maxOperands: 0 }
	),
	volume: spec('docker volume', 'cobra', [dockerHelp], 'Usage:  docker volume COMMAND', {
		subcommands: {
			create: volumeSub(
				'create',
				[v('d', 'driver'), v(undefined, 'label'), v('o', 'opt'), v(undefined, 'name')],
				'[OPTIONS] [VOLUME]',
				{ maxOperands: 1 }
			),
			ls: volumeSub(
				'ls',
				[v('f', 'filter'), v(undefined, 'format'), f('q', 'quiet')],
				'[OPTIONS]',
				{ maxOperands: 0 }
			),
			inspect: volumeSub('inspect', [v('f', 'format')], '[OPTIONS] VOLUME [VOLUME...]', {
				minOperands: 1
			}),
			rm: volumeSub('rm', [f('f', 'force')], '[OPTIONS] VOLUME [VOLUME...]', { minOperands: 1 }),
			prune: volumeSub(
				'prune',
				[f('a', 'all'), v(undefined, 'filter'), f('f', 'force')],
				'[OPTIONS]',
				{ maxOperands: 0 }
			)
		}
	})
};

/**
 * Management commands mapped to the classic command they alias (Docker CLI reference:
 * `docker container ls` = `docker ps`, `docker image ls` = `docker images`, …), so both
 * spellings read the same.
 */
const dockerManagement: Record<string, Record<string, string>> = {
	container: {
		ls: 'ps',
		list: 'ps',
		ps: 'ps',
		rm: 'rm',
		remove: 'rm',
		run: 'run',
		start: 'start',
		stop: 'stop',
		restart: 'restart',
		kill: 'kill',
		logs: 'logs',
		exec: 'exec',
		inspect: 'inspect',
		prune: 'container prune'
	},
	image: {
		ls: 'images',
		list: 'images',
		pull: 'pull',
		push: 'push',
		rm: 'rmi',
		remove: 'rmi',
		build: 'build',
		tag: 'tag',
		history: 'history',
		inspect: 'inspect',
		prune: 'image prune'
	},
	system: { info: 'info', prune: 'system prune' }
};

/** docker(1): global options come before the subcommand. */
const docker = spec(
	'docker',
	'cobra',
	[
		v(undefined, 'config'),
		v('c', 'context'),
		f('D', 'debug'),
		v('H', 'host'),
		v('l', 'log-level'),
		f(undefined, 'tls'),
		f(undefined, 'tlsverify'),
		f('v', 'version', '클라이언트 버전 한 줄만 출력합니다'),
		dockerHelp
	],
	'Usage:  docker [OPTIONS] COMMAND',
	{ subcommands: dockerSubcommands }
);

/** Every program the drill knows, by the name typed. */
export const PROGRAMS: Readonly<Record<string, ProgramSpec>> = {
	sudo,
	curl,
	wget,
	sh,
	dash: { ...sh, name: 'dash' },
	bash,
	usermod,
	gpasswd,
	groupadd,
	adduser,
	groups,
	id,
	whoami,
	newgrp,
	su,
	exit,
	logout,
	':': noop,
	true: trueSpec,
	false: falseSpec,
	echo,
	pwd,
	clear,
	ls,
	cat,
	rm,
	chmod,
	grep,
	systemctl,
	service,
	docker,
	'docker-compose': dockerComposeStandalone
};

/** Names the drill's bash resolves (programs plus common builtins). */
export function knownCommandNames(): string[] {
	return Object.keys(PROGRAMS);
}

/** Spec of a program by the name typed (`/usr/bin/docker` is accepted as `docker`). */
export function findProgram(name: string): ProgramSpec | undefined {
	const base = name.includes('/') ? name.slice(name.lastIndexOf('/') + 1) : name;
	return Object.prototype.hasOwnProperty.call(PROGRAMS, base) ? PROGRAMS[base] : undefined;
}

/** Levenshtein distance, for "did you mean". */
export function editDistance(a: string, b: string): number {
	if (Math.abs(a.length - b.length) > 3) return 99;
	const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		let diag = prev[0]!;
		prev[0] = i;
		for (let j = 1; j <= b.length; j++) {
			const tmp = prev[j]!;
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			// Transposition counts as one edit (Damerau, restricted) via the swap check below.
			prev[j] = Math.min(prev[j]! + 1, prev[j - 1]! + 1, diag + cost);
			diag = tmp;
		}
	}
	let d = prev[b.length]!;
	if (d === 2 && a.length === b.length) {
		const diffs: number[] = [];
		for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) diffs.push(i);
		if (
			diffs.length === 2 &&
			diffs[1] === diffs[0]! + 1 &&
			a[diffs[0]!] === b[diffs[1]!] &&
			a[diffs[1]!] === b[diffs[0]!]
		)
			d = 1;
	}
	return d;
}

/** The closest name within 2 edits (case-insensitive match counts as 1), or undefined. */
export function closestName(typed: string, names: readonly string[]): string | undefined {
	let best: string | undefined;
	let bestD = 3;
	for (const name of names) {
		const d = typed.toLowerCase() === name.toLowerCase() ? 1 : editDistance(typed, name);
		if (d < bestD || (d === bestD && best !== undefined && name.length < best.length)) {
			best = name;
			bestD = d;
		}
	}
	// Short names get one edit only: `apt` is not a typo of `cat`.
	const limit = typed.length <= 4 ? 1 : 2;
	return bestD <= limit && best !== typed ? best : undefined;
}

// ---------------------------------------------------------------- argv readers

function errorText(
	spec: ProgramSpec,
	kind: 'unknown' | 'missing' | 'toolong',
	opt: string,
	isLong: boolean
): string {
	const prog = spec.name.split(' ')[0]!;
	const cmdPath = spec.name;
	switch (spec.style) {
		case 'curl':
			return kind === 'missing'
				? `curl: option ${opt}: requires parameter\ncurl: try 'curl --help' or 'curl --manual' for more information`
				: `curl: option ${opt}: is unknown\ncurl: try 'curl --help' or 'curl --manual' for more information`;
		case 'cobra': {
			const see = `See '${cmdPath} --help'.`;
			if (kind === 'missing') {
				return isLong
					? `flag needs an argument: ${opt}\n${see}`
					: `flag needs an argument: '${opt.slice(-1)}' in ${opt}\n${see}`;
			}
			return isLong
				? `unknown flag: ${opt}\n${see}`
				: `unknown shorthand flag: '${opt.slice(-1)}' in ${opt}\n${see}`;
		}
		case 'dash':
			return `${prog}: 0: Illegal option ${opt}`;
		case 'bash':
			return isLong
				? `${prog}: ${opt}: invalid option\n${spec.usage}`
				: `${prog}: ${opt}: invalid option\n${spec.usage}`;
		case 'perl':
			return kind === 'missing'
				? `Option ${opt.replace(/^-+/, '')} requires an argument\n${spec.usage}`
				: `Unknown option: ${opt.replace(/^-+/, '')}\n${spec.usage}`;
		case 'sudo':
			return kind === 'missing'
				? `sudo: option requires an argument -- '${opt.slice(-1)}'\n${spec.usage}`
				: isLong
					? `sudo: unrecognized option '${opt}'\n${spec.usage}`
					: `sudo: invalid option -- '${opt.slice(-1)}'\n${spec.usage}`;
		default: {
			// GNU getopt_long wording; coreutils add "Try … --help", shadow-utils print usage.
			const tail =
				prog === 'usermod' || prog === 'gpasswd' || prog === 'newgrp'
					? spec.usage
					: prog === 'wget'
						? `${spec.usage}\n\nTry \`wget --help' for more options.`
						: `Try '${prog} --help' for more information.`;
			if (kind === 'missing') {
				return isLong
					? `${prog}: option '${opt}' requires an argument\n${tail}`
					: `${prog}: option requires an argument -- '${opt.slice(-1)}'\n${tail}`;
			}
			return isLong
				? `${prog}: unrecognized option '${opt}'\n${tail}`
				: `${prog}: invalid option -- '${opt.slice(-1)}'\n${tail}`;
		}
	}
}

function argsError(
	spec: ProgramSpec,
	reasonId: ArgsError['reasonId'],
	message: string,
	offender: string
): ArgsResult {
	return { ok: false, reasonId, message, exitCode: spec.usageExit, offender };
}

function findLong(spec: ProgramSpec, name: string): OptionDef | 'ambiguous' | undefined {
	const exact = spec.options.find((o) => o.long === name);
	if (exact) return exact;
	// GNU getopt_long and Getopt::Long accept unique prefixes; curl and cobra do not.
	if (spec.style !== 'gnu' && spec.style !== 'perl' && spec.style !== 'bash') return undefined;
	if (name.length < 1) return undefined;
	const matches = spec.options.filter((o) => o.long?.startsWith(name));
	if (matches.length === 1) return matches[0];
	return matches.length > 1 ? 'ambiguous' : undefined;
}

/**
 * Read argv (argv[0] is the program name as typed) against the program's spec.
 *
 * Returns the options in canonical form and the operands, walking into subcommands for docker,
 * `docker compose`, `docker network` and systemctl. For sudo and sh/bash, reading stops at the
 * first operand; the remaining words are operands (the command to run / the script and its args).
 * Never throws. An unknown program is the caller's business (see {@link findProgram}).
 */
export function parseArgs(argv: readonly string[], spec: ProgramSpec): ArgsResult {
	const path = [argv[0] ?? spec.name];
	let current = spec;
	let globalOptions: ParsedOption[] = [];
	let rest = argv.slice(1);
	for (;;) {
		const read = readOptions(rest, current);
		if (!read.ok) return read;
		if (!current.subcommands) {
			return finish(current, path, read.options, read.operands, globalOptions);
		}
		// With subcommands, options before the first operand belong to this level.
		const sub = read.operands[0];
		if (sub === undefined) {
			return finish(current, path, read.options, [], globalOptions);
		}
		let name = sub;
		let rest2 = read.afterFirstOperand;
		if (current.name === 'docker' && Object.prototype.hasOwnProperty.call(dockerManagement, sub)) {
			const table = dockerManagement[sub]!;
			const verb = rest2[0];
			const mapped =
				verb !== undefined && Object.prototype.hasOwnProperty.call(table, verb)
					? table[verb]
					: undefined;
			if (!mapped) {
				return {
					ok: false,
					reasonId: 'unknown-subcommand',
					message: `docker: '${sub}${verb ? ' ' + verb : ''}' is not a docker command.\nSee 'docker ${sub} --help'`,
					exitCode: 1,
					offender: verb ?? sub
				};
			}
			name = mapped;
			rest2 = rest2.slice(1);
		}
		const next = Object.prototype.hasOwnProperty.call(current.subcommands, name)
			? current.subcommands[name]
			: undefined;
		if (!next) {
			const what = current.name;
			const message =
				current.style === 'cobra'
					? `${what.split(' ')[0]}: '${sub}' is not a ${what} command.\nSee '${what} --help'`
					: `Unknown command verb ${sub}.`;
			return {
				ok: false,
				reasonId: 'unknown-subcommand',
				message,
				exitCode: 1,
				offender: sub
			};
		}
		globalOptions = [...globalOptions, ...read.options];
		path.push(...name.split(' '));
		rest = rest2;
		current = next;
	}
}

function finish(
	spec: ProgramSpec,
	path: string[],
	options: ParsedOption[],
	operands: string[],
	globalOptions: ParsedOption[]
): ArgsResult {
	const helped = options.some((o) => o.key === 'help' || o.key === 'version');
	if (!helped && spec.minOperands !== undefined && operands.length < spec.minOperands) {
		return {
			...argsError(spec, 'usage-error', usageMessage(spec, 'few'), ''),
			partial: { path, spec, options, operands, globalOptions }
		} as ArgsResult;
	}
	if (!helped && spec.maxOperands !== undefined && operands.length > spec.maxOperands) {
		return {
			...argsError(
				spec,
				'usage-error',
				usageMessage(spec, 'many', operands[spec.maxOperands]),
				operands[spec.maxOperands] ?? ''
			),
			partial: { path, spec, options, operands, globalOptions }
		} as ArgsResult;
	}
	return { ok: true, args: { path, spec, options, operands, globalOptions } };
}

function usageMessage(spec: ProgramSpec, kind: 'few' | 'many', extra?: string): string {
	const prog = spec.name.split(' ')[0]!;
	if (spec.style === 'cobra') {
		const n = spec.minOperands ?? 0;
		const count =
			kind === 'few'
				? `requires at least ${n} argument${n === 1 ? '' : 's'}`
				: spec.maxOperands === 0
					? 'accepts no arguments'
					: `requires at most ${spec.maxOperands} argument${spec.maxOperands === 1 ? '' : 's'}`;
		return `"${spec.name}" ${count}.\nSee '${spec.name} --help'.\n\n${spec.usage}`;
	}
	if (
		spec.style === 'gnu' &&
		kind === 'many' &&
		(prog === 'whoami' || prog === 'id' || prog === 'groups')
	) {
		return `${prog}: extra operand ‘${extra}’\nTry '${prog} --help' for more information.`;
	}
	if (spec.style === 'builtin' && prog === 'exit') {
		return 'bash: exit: too many arguments';
	}
	return spec.usage;
}

type ReadResult =
	| { ok: true; options: ParsedOption[]; operands: string[]; afterFirstOperand: string[] }
	| ({ ok: false } & ArgsError);

function readOptions(args: readonly string[], spec: ProgramSpec): ReadResult {
	const options: ParsedOption[] = [];
	const operands: string[] = [];
	let afterFirstOperand: string[] = [];
	const stopAtOperand = !spec.permute || spec.subcommands !== undefined;
	for (let i = 0; i < args.length; i++) {
		const arg = args[i]!;
		if (arg === '--' && spec.style !== 'builtin') {
			const rest = args.slice(i + 1);
			if (operands.length === 0) afterFirstOperand = rest.slice(1);
			operands.push(...rest);
			break;
		}
		const isDashOnly = arg === '-';
		if (spec.style === 'dash' || spec.style === 'bash') {
			// `sh -` / `sh -s`: end of options, commands come from standard input.
			if (isDashOnly) {
				options.push({ key: 's', spelled: '-' });
				operands.push(...args.slice(i + 1));
				break;
			}
		}
		if ((spec.name === 'newgrp' || spec.name === 'su') && isDashOnly) {
			options.push({ key: 'l', spelled: '-' });
			continue;
		}
		const looksLikeOption =
			arg.startsWith('-') &&
			!isDashOnly &&
			(spec.style !== 'builtin' ||
				(spec.name === 'echo' && operands.length === 0 && /^-[neE]+$/.test(arg)));
		if (!looksLikeOption) {
			if (operands.length === 0) afterFirstOperand = args.slice(i + 1);
			operands.push(arg);
			if (stopAtOperand) {
				operands.push(...args.slice(i + 1));
				break;
			}
			continue;
		}
		const longStyle = arg.startsWith('--') || (spec.style === 'perl' && arg.length > 2);
		if (longStyle) {
			const body = arg.replace(/^--?/, '');
			const eq = body.indexOf('=');
			// curl has no `--opt=value`; `=` is part of the (unknown) name.
			const hasEq = eq >= 0 && spec.style !== 'curl';
			let name = hasEq ? body.slice(0, eq) : body;
			let negated = false;
			let def = findLong(spec, name);
			if (!def && spec.style === 'curl' && name.startsWith('no-')) {
				const positive = findLong(spec, name.slice(3));
				if (positive && positive !== 'ambiguous' && !positive.arg) {
					def = positive;
					negated = true;
					name = name.slice(3);
				}
			}
			if (def === 'ambiguous') {
				return { ok: false, ...errAmbiguous(spec, arg) };
			}
			if (!def) {
				const shown = spec.style === 'cobra' ? '--' + name : arg;
				return {
					ok: false,
					reasonId: 'unknown-option',
					message: errorText(spec, 'unknown', shown, true),
					exitCode: spec.usageExit,
					offender: arg
				};
			}
			let value: string | undefined;
			if (def.arg) {
				if (hasEq) value = body.slice(eq + 1);
				else if (i + 1 < args.length) value = args[++i];
				else {
					return {
						ok: false,
						reasonId: 'missing-option-argument',
						message: errorText(spec, 'missing', '--' + def.long, true),
						exitCode: spec.usageExit,
						offender: arg
					};
				}
			} else if (hasEq) {
				const raw = body.slice(eq + 1);
				if (spec.style === 'cobra' && (raw === 'true' || raw === 'false')) {
					if (raw === 'false') continue;
				} else {
					return {
						ok: false,
						reasonId: 'usage-error',
						message: `${spec.name.split(' ')[0]}: option '--${def.long}' doesn't allow an argument\n${spec.usage}`,
						exitCode: spec.usageExit,
						offender: arg
					};
				}
			}
			if (negated) {
				// `--no-fail` cancels an earlier `--fail`.
				for (let k = options.length - 1; k >= 0; k--)
					if (options[k]!.key === def.key) options.splice(k, 1);
				continue;
			}
			options.push(
				value === undefined ? { key: def.key, spelled: arg } : { key: def.key, value, spelled: arg }
			);
			continue;
		}
		// Short cluster: `-aG docker`, `-aGdocker`, `-fsSL`, `-qO-`.
		for (let j = 1; j < arg.length; j++) {
			const letter = arg[j]!;
			const def = spec.options.find((o) => o.short === letter);
			if (!def) {
				const shown =
					spec.style === 'cobra'
						? arg
						: spec.style === 'dash'
							? '-' + letter
							: spec.style === 'bash'
								? '-' + letter
								: spec.style === 'curl'
									? arg
									: '-' + letter;
				return {
					ok: false,
					reasonId: 'unknown-option',
					message: errorText(spec, 'unknown', shown, false),
					exitCode: spec.usageExit,
					offender: '-' + letter
				};
			}
			if (def.arg) {
				let value: string | undefined = arg.slice(j + 1);
				if (value === '') {
					if (i + 1 < args.length) value = args[++i];
					else value = undefined;
				}
				if (value === undefined) {
					const shown = spec.style === 'cobra' ? arg : '-' + letter;
					return {
						ok: false,
						reasonId: 'missing-option-argument',
						message: errorText(spec, 'missing', shown, false),
						exitCode: spec.usageExit,
						offender: '-' + letter
					};
				}
				options.push({ key: def.key, value, spelled: '-' + letter });
				break;
			}
			options.push({ key: def.key, spelled: '-' + letter });
		}
	}
	return { ok: true, options, operands, afterFirstOperand };
}

function errAmbiguous(spec: ProgramSpec, arg: string): ArgsError {
	const prog = spec.name.split(' ')[0]!;
	const name = arg.replace(/^--?/, '').split('=')[0]!;
	const names = spec.options.filter((o) => o.long?.startsWith(name)).map((o) => `'--${o.long}'`);
	return {
		reasonId: 'unknown-option',
		message: `${prog}: option '${arg.split('=')[0]}' is ambiguous; possibilities: ${names.join(' ')}\n${spec.usage}`,
		exitCode: spec.usageExit,
		offender: arg
	};
}

/** True when the option with this canonical key was given. */
export function hasOption(args: ParsedArgs, key: string): boolean {
	return args.options.some((o) => o.key === key);
}

/** Values of every occurrence of the option, in order. */
export function optionValues(args: ParsedArgs, key: string): string[] {
	return args.options.filter((o) => o.key === key && o.value !== undefined).map((o) => o.value!);
}

/** The option's short spelling if it has one, else the long one (`-a`, `--rm`). */
export function canonicalSpelling(spec: ProgramSpec, key: string): string {
	const def = spec.options.find((o) => o.key === key);
	if (!def) return key;
	return def.short ? '-' + def.short : '--' + def.long;
}
