import { describe, expect, it } from 'vitest';
import { renderReason } from '$lib/components/drill/reasons';
import { judgeCommand, type Verdict } from './judge';

/** The verdict's reasons as the Korean UI shows them. */
const say = (v: Verdict): string => v.reasons.map((r) => renderReason(r, 'ko')).join(' ');

type Row = [typed: string, verdict: Verdict['verdict'], firstReason: string | null];

function check(expected: string, [typed, verdict, reason]: Row, ctx = {}): void {
	const v = judgeCommand(expected, typed, ctx);
	expect({ typed, verdict: v.verdict, first: v.reasonIds[0] ?? null }).toEqual({
		typed,
		verdict,
		first: reason
	});
	// Every reason has a message (an id without one would show as the bare id).
	for (const r of v.reasons) expect(renderReason(r, 'ko')).not.toBe(r.id);
	expect(say(v)).not.toContain('\n');
}

const INSTALL = 'curl -fsSL https://get.docker.com/ | sudo sh';
const INSTALL_ROWS: Row[] = [
	// accepted as is
	['curl -fsSL https://get.docker.com/ | sudo sh', 'correct', null],
	['curl -fsSL https://get.docker.com | sudo sh', 'correct', null],
	['curl -sSLf https://get.docker.com/ | sudo sh', 'correct', null],
	['curl -LsSf https://get.docker.com/ | sudo sh', 'correct', null],
	['curl -f -s -S -L https://get.docker.com/ | sudo sh', 'correct', null],
	[
		'curl --fail --silent --show-error --location https://get.docker.com/ | sudo sh',
		'correct',
		null
	],
	['curl -fsSL https://get.docker.com/ | sudo bash', 'correct', null],
	['curl -fsSL https://get.docker.com/ | sudo sh -', 'correct', null],
	['curl -fsSL https://get.docker.com/ | sudo sh -s', 'correct', null],
	['curl -fsSL https://get.docker.com/ | sudo bash -s', 'correct', null],
	['curl -fs -SL https://get.docker.com/ | sudo sh', 'correct', null],
	['curl https://get.docker.com/ -fsSL | sudo sh', 'correct', null],
	['curl -fsSL "https://get.docker.com/" | sudo sh', 'correct', null],
	["curl -fsSL 'https://get.docker.com/' | sudo sh", 'correct', null],
	['/usr/bin/curl -fsSL https://get.docker.com/ | sudo /bin/sh', 'correct', null],
	['curl -fsSL https://get.docker.com/ | sudo dash', 'correct', null],
	['curl --location --fail -sS https://get.docker.com/ | sudo sh', 'correct', null],
	['curl -fsSL https://GET.DOCKER.COM/ | sudo sh', 'correct', null],
	['curl -fsSL https://get.docker.com/ | sudo -E sh', 'correct', null],
	['curl -fsSL https://get.docker.com/ | sudo sh # 설치', 'correct', null],
	['curl -fsSL https://get.docker.com/ | sudo sh -x', 'correct', null],
	// accepted with a note
	['curl -fsSL get.docker.com | sudo sh', 'correct-with-note', 'schemeless-url'],
	['curl -fsSL http://get.docker.com/ | sudo sh', 'correct-with-note', 'http-url'],
	['wget -qO- https://get.docker.com/ | sudo sh', 'correct-with-note', 'wget-alternative'],
	['wget -q -O - https://get.docker.com | sudo sh', 'correct-with-note', 'wget-alternative'],
	['wget -O- https://get.docker.com/ | sudo sh', 'correct-with-note', 'wget-alternative'],
	[
		'wget --quiet --output-document=- https://get.docker.com/ | sudo sh',
		'correct-with-note',
		'wget-alternative'
	],
	['wget -qO- get.docker.com | sudo sh', 'correct-with-note', 'wget-alternative'],
	['curl -fSL https://get.docker.com/ | sudo sh', 'correct-with-note', 'curl-no-silent'],
	['curl -fsL https://get.docker.com/ | sudo sh', 'correct-with-note', 'curl-no-show-error'],
	[
		'curl -fsSL https://get.docker.com -o get-docker.sh && sudo sh get-docker.sh',
		'correct-with-note',
		'two-step'
	],
	[
		'curl -fsSL https://get.docker.com -o get-docker.sh; sudo sh get-docker.sh',
		'correct-with-note',
		'two-step'
	],
	[
		'curl -fsSL https://get.docker.com > get-docker.sh && sudo sh get-docker.sh',
		'correct-with-note',
		'two-step'
	],
	[
		'curl -fsSL https://get.docker.com --output install.sh && sudo bash install.sh',
		'correct-with-note',
		'two-step'
	],
	["sudo sh -c 'curl -fsSL https://get.docker.com/ | sh'", 'correct-with-note', 'sudo-unneeded'],
	['sudo curl -fsSL https://get.docker.com/ | sudo sh', 'correct-with-note', 'sudo-unneeded'],
	[
		'curl -fsSL https://get.docker.com/ | sudo sh && docker version',
		'correct-with-note',
		'extra-commands'
	],
	[
		'curl -fsSL https://get.docker.com/ | sudo sh; sudo usermod -aG docker alice',
		'correct-with-note',
		'extra-commands'
	],
	// wrong, each with its own reason
	// C26: sudo on the download stage is a misplaced sudo (the script then runs as the learner).
	['sudo curl -fsSL https://get.docker.com/ | sh', 'wrong', 'sudo-covers-download'],
	['sudo curl -sSLf https://get.docker.com | sh', 'wrong', 'sudo-covers-download'],
	['sudo curl -fsSL https://get.docker.com/ | bash -', 'wrong', 'sudo-covers-download'],
	['sudo wget -qO- https://get.docker.com/ | sh', 'wrong', 'sudo-covers-download'],
	// The script elevates itself (`sh_c='sudo -E sh -c'`) for a sudoer: right, with a note.
	['curl -fsSL https://get.docker.com/ | sh', 'correct-with-note', 'script-elevates'],
	['curl -fsSL https://get.docker.com/ | bash', 'correct-with-note', 'script-elevates'],
	['curl -fsSL https://get.docker.com/ | sudo -u alice sh', 'wrong', 'sudo-not-root'],
	['curl -sSL https://get.docker.com/ | sudo sh', 'wrong', 'curl-no-fail'],
	['curl -fsS https://get.docker.com/ | sudo sh', 'wrong', 'curl-no-location'],
	['curl https://get.docker.com/ | sudo sh', 'wrong', 'curl-no-fail'],
	['curl -fsS get.docker.com | sudo sh', 'wrong', 'curl-no-location'],
	['curl -fsSL https://get.docker.io/ | sudo sh', 'wrong', 'wrong-url'],
	['curl -fsSL https://docker.com/ | sudo sh', 'wrong', 'wrong-url'],
	['curl -fsSL https://get.docker.com/install | sudo sh', 'wrong', 'wrong-url'],
	['curl -fsSL ftp://get.docker.com/ | sudo sh', 'wrong', 'wrong-url'],
	['curl -fsSL https://get.docker.com/', 'wrong', 'not-piped-to-shell'],
	['curl -fsSL https://get.docker.com/ || sudo sh', 'wrong', 'not-piped-to-shell'],
	['sudo sh', 'wrong', 'not-piped-to-shell'],
	['curl -fsSL https://get.docker.com -o get-docker.sh', 'wrong', 'two-step-incomplete'],
	['sudo sh get-docker.sh', 'wrong', 'script-not-downloaded'],
	['curl -fsSL https://get.docker.com -o a.sh && sudo sh b.sh', 'wrong', 'two-step-mismatch'],
	[
		'curl -fsSL https://get.docker.com -o get-docker.sh && sh get-docker.sh',
		'correct-with-note',
		'script-elevates'
	],
	// Paths compare as the shell resolves them: ./install.sh is install.sh.
	[
		'curl -fsSL https://get.docker.com -o install.sh; sudo sh ./install.sh',
		'correct-with-note',
		'two-step'
	],
	[
		'curl -fsSL https://get.docker.com -o ./install.sh && sudo sh install.sh',
		'correct-with-note',
		'two-step'
	],
	[
		'curl -fsSL https://get.docker.com -o install.sh && sudo sh ~/install.sh',
		'correct-with-note',
		'two-step'
	],
	['curl -fsSL https://get.docker.com/ | sudo sh -s -- --dry-run', 'wrong', 'dry-run'],
	['curl -fsSL -o get-docker.sh https://get.docker.com/ | sudo sh', 'wrong', 'download-not-piped'],
	['crul -fsSL https://get.docker.com/ | sudo sh', 'wrong', 'typo-command'],
	['curl -fsSL https://get.docker.com/ | sudo shh', 'wrong', 'typo-command'],
	['curl --fial -sSL https://get.docker.com/ | sudo sh', 'wrong', 'unknown-option'],
	['curl --fail=yes -sSL https://get.docker.com/ | sudo sh', 'wrong', 'unknown-option'],
	['curl -fsSL https://get.docker.com/ | sudo sh -c', 'wrong', 'missing-option-argument'],
	["curl -fsSL 'https://get.docker.com/ | sudo sh", 'wrong', 'unbalanced-quote'],
	['curl -fsSL https://get.docker.com/ |', 'wrong', 'syntax-error'],
	['apt install docker', 'wrong', 'wrong-program'],
	['sudo apt-get install docker-ce', 'wrong', 'wrong-program']
];

const GROUP = 'sudo usermod -aG docker {user}';
const GROUP_ROWS: Row[] = [
	// accepted as is
	['sudo usermod -aG docker alice', 'correct', null],
	['sudo usermod -a -G docker alice', 'correct', null],
	['sudo usermod -G docker -a alice', 'correct', null],
	['sudo usermod --append --groups docker alice', 'correct', null],
	['sudo usermod --groups=docker -a alice', 'correct', null],
	['sudo usermod -aGdocker alice', 'correct', null],
	['sudo usermod -aG docker $USER', 'correct', null],
	['sudo usermod -aG docker ${USER}', 'correct', null],
	['sudo usermod -aG docker "$USER"', 'correct', null],
	['sudo usermod -aG docker $(whoami)', 'correct', null],
	['sudo usermod -aG docker `whoami`', 'correct', null],
	['sudo usermod -aG docker "$(whoami)"', 'correct', null],
	['sudo usermod -aG docker $LOGNAME', 'correct', null],
	['sudo usermod -aG docker $(id -un)', 'correct', null],
	['sudo usermod --append --groups=docker alice', 'correct', null],
	['sudo usermod -a --groups docker alice', 'correct', null],
	['sudo usermod --app --gro docker alice', 'correct', null],
	["sudo usermod -aG 'docker' 'alice'", 'correct', null],
	['sudo usermod -aG docker -- alice', 'correct', null],
	['sudo /usr/sbin/usermod -aG docker alice', 'correct', null],
	['sudo -E usermod -aG docker alice', 'correct', null],
	['sudo usermod -G docker --append alice', 'correct', null],
	// accepted with a note
	['sudo gpasswd -a alice docker', 'correct-with-note', 'gpasswd-alternative'],
	['sudo gpasswd --add alice docker', 'correct-with-note', 'gpasswd-alternative'],
	['sudo gpasswd -a $USER docker', 'correct-with-note', 'gpasswd-alternative'],
	['sudo adduser alice docker', 'correct-with-note', 'adduser-alternative'],
	['sudo adduser $USER docker', 'correct-with-note', 'adduser-alternative'],
	['sudo usermod -aG docker,sudo alice', 'correct-with-note', 'extra-groups'],
	['sudo usermod alice -aG docker', 'correct-with-note', 'options-after-user'],
	['sudo sh -c "usermod -aG docker $USER"', 'correct-with-note', 'sh-c-wrapper'],
	["sudo sh -c 'usermod -aG docker alice'", 'correct-with-note', 'sh-c-wrapper'],
	['sudo usermod -aG docker alice && newgrp docker', 'correct-with-note', 'extra-commands'],
	['sudo usermod -aG docker alice; groups alice', 'correct-with-note', 'extra-commands'],
	// wrong, each with its own reason
	['sudo usermod -G docker alice', 'wrong', 'usermod-no-append'],
	['sudo usermod --groups docker alice', 'wrong', 'usermod-no-append'],
	['sudo usermod -G docker $USER', 'wrong', 'usermod-no-append'],
	['sudo usermod -ag docker alice', 'wrong', 'usermod-lowercase-g'],
	['sudo usermod -a -g docker alice', 'wrong', 'usermod-lowercase-g'],
	['sudo usermod -g docker alice', 'wrong', 'usermod-lowercase-g'],
	['sudo usermod -aG alice docker', 'wrong', 'user-group-swapped'],
	['sudo usermod -a -G alice docker', 'wrong', 'user-group-swapped'],
	['sudo gpasswd -a docker alice', 'wrong', 'user-group-swapped'],
	['sudo adduser docker alice', 'wrong', 'user-group-swapped'],
	['usermod -aG docker alice', 'wrong', 'missing-sudo'],
	['usermod -aG docker $USER', 'wrong', 'missing-sudo'],
	['gpasswd -a alice docker', 'wrong', 'missing-sudo'],
	['adduser alice docker', 'wrong', 'missing-sudo'],
	['sudo -u alice usermod -aG docker alice', 'wrong', 'missing-sudo'],
	["sudo sh -c 'usermod -aG docker $USER'", 'wrong', 'user-var-in-root-shell'],
	["sudo sh -c 'usermod -aG docker $(whoami)'", 'wrong', 'user-var-in-root-shell'],
	["sudo bash -c 'usermod -aG docker ${USER}'", 'wrong', 'user-var-in-root-shell'],
	['sudo usermod -aG docker root', 'wrong', 'wrong-user'],
	['sudo usermod -aG docker bob', 'wrong', 'wrong-user'],
	['sudo usermod -aG docker', 'wrong', 'missing-user'],
	['sudo usermod -aG docker $user', 'wrong', 'missing-user'],
	['sudo usermod -aG dockr alice', 'wrong', 'group-typo'],
	['sudo usermod -aG Docker alice', 'wrong', 'group-typo'],
	['sudo usermod -aG dockers alice', 'wrong', 'group-typo'],
	['sudo usermod -Ga docker alice', 'wrong', 'usermod-cluster-order'],
	['sudo usermod -a docker alice', 'wrong', 'usermod-missing-G'],
	['sudo usermod -rG docker alice', 'wrong', 'usermod-remove'],
	['sudo gpasswd -d alice docker', 'wrong', 'gpasswd-delete'],
	['sudo gpasswd -M alice docker', 'wrong', 'gpasswd-members'],
	['sudo adduser alice', 'wrong', 'adduser-creates-user'],
	['sudo usermd -aG docker alice', 'wrong', 'typo-command'],
	['sudo usermod -aX docker alice', 'wrong', 'unknown-option'],
	['sudo usermod --apend -G docker alice', 'wrong', 'unknown-option'],
	['sudo usermod -aG docker alice bob', 'wrong', 'group-usage-error'],
	['sudo usermod -aG docker -s /bin/zsh alice', 'wrong', 'extra-options'],
	["sudo usermod -aG docker 'alice", 'wrong', 'unbalanced-quote']
];

const VERSION = 'docker version';
const VERSION_ROWS: Row[] = [
	// accepted as is
	['docker version', 'correct', null],
	['docker   version', 'correct', null],
	["'docker' version", 'correct', null],
	['"docker" "version"', 'correct', null],
	['/usr/bin/docker version', 'correct', null],
	['docker version  # 설치 확인', 'correct', null],
	['doc\\ker version', 'correct', null],
	['docker version;', 'correct', null],
	['docker version 2>&1', 'correct', null],
	// accepted with a note
	['docker --version', 'correct-with-note', 'docker-version-flag'],
	['docker -v', 'correct-with-note', 'docker-version-flag'],
	['sudo docker --version', 'correct-with-note', 'docker-version-flag'],
	['sudo docker version', 'correct-with-note', 'sudo-unneeded'],
	['sudo -E docker version', 'correct-with-note', 'sudo-unneeded'],
	['docker info', 'correct-with-note', 'docker-info'],
	['docker system info', 'correct-with-note', 'docker-info'],
	['docker info --format json', 'correct-with-note', 'docker-info'],
	['sudo docker info', 'correct-with-note', 'docker-info'],
	["docker version --format '{{.Server.Version}}'", 'correct-with-note', 'output-options'],
	['docker version -f json', 'correct-with-note', 'output-options'],
	['docker version --format=json', 'correct-with-note', 'output-options'],
	['docker version && docker info', 'correct-with-note', 'extra-commands'],
	['docker version | grep Version', 'correct-with-note', 'extra-commands'],
	['docker version; docker ps', 'correct-with-note', 'extra-commands'],
	// wrong, each with its own reason
	['docker verison', 'wrong', 'unknown-subcommand-guess'],
	['docker versions', 'wrong', 'unknown-subcommand-guess'],
	['docker ver', 'wrong', 'unknown-subcommand'],
	['docker vesion', 'wrong', 'unknown-subcommand-guess'],
	['docker verion', 'wrong', 'unknown-subcommand-guess'],
	['docker vrsion', 'wrong', 'unknown-subcommand-guess'],
	['sudo docker verison', 'wrong', 'unknown-subcommand-guess'],
	['docker system version', 'wrong', 'unknown-subcommand'],
	['docker -version', 'wrong', 'unknown-option'],
	['docker --versoin', 'wrong', 'unknown-option'],
	['docker version --foo', 'wrong', 'unknown-option'],
	['docker version -x', 'wrong', 'unknown-option'],
	['docker info --foo', 'wrong', 'unknown-option'],
	['docker --version --foo', 'wrong', 'unknown-option'],
	['docker version -f', 'wrong', 'missing-option-argument'],
	['docker version extra', 'wrong', 'usage-error'],
	['docker exec version', 'wrong', 'usage-error'],
	['dokcer version', 'wrong', 'typo-command'],
	['docekr version', 'wrong', 'typo-command'],
	['Docker version', 'wrong', 'typo-command'],
	['doker version', 'wrong', 'typo-command'],
	['dockr version', 'wrong', 'typo-command'],
	['sudo dokcer version', 'wrong', 'typo-command'],
	['docker-version', 'wrong', 'command-not-found'],
	['dockerversion', 'wrong', 'command-not-found'],
	['docker', 'wrong', 'missing-subcommand'],
	['docker --help', 'wrong', 'missing-subcommand'],
	['docker $(version)', 'wrong', 'missing-subcommand'],
	['docker compose version', 'wrong', 'compose-version'],
	['docker-compose version', 'wrong', 'compose-version'],
	['docker ps', 'wrong', 'wrong-subcommand'],
	['docker ps -a', 'wrong', 'wrong-subcommand'],
	['docker images', 'wrong', 'wrong-subcommand'],
	['docker run hello-world', 'wrong', 'wrong-subcommand'],
	['docker version --help', 'wrong', 'help-only'],
	['echo docker version', 'wrong', 'wrong-program'],
	['curl docker version', 'wrong', 'wrong-program'],
	["docker 'version", 'wrong', 'unbalanced-quote'],
	['docker version"', 'wrong', 'unbalanced-quote'],
	['docker version `x', 'wrong', 'unbalanced-substitution'],
	['docker version |', 'wrong', 'syntax-error'],
	['', 'wrong', 'empty']
];

describe('judgeCommand: install drill table', () => {
	it('has at least 60 rows covering every verdict', () => {
		expect(INSTALL_ROWS.length).toBeGreaterThanOrEqual(60);
		expect(new Set(INSTALL_ROWS.map((r) => r[1]))).toEqual(
			new Set(['correct', 'correct-with-note', 'wrong'])
		);
	});
	it.each(INSTALL_ROWS)('%s → %s (%s)', (...row) => check(INSTALL, row));
});

describe('judgeCommand: docker group drill table', () => {
	it('has at least 60 rows covering every verdict', () => {
		expect(GROUP_ROWS.length).toBeGreaterThanOrEqual(60);
		expect(new Set(GROUP_ROWS.map((r) => r[1]))).toEqual(
			new Set(['correct', 'correct-with-note', 'wrong'])
		);
	});
	it.each(GROUP_ROWS)('%s → %s (%s)', (...row) => check(GROUP, row));
});

describe('judgeCommand: docker version drill table', () => {
	it('has at least 60 rows covering every verdict', () => {
		expect(VERSION_ROWS.length).toBeGreaterThanOrEqual(60);
		expect(new Set(VERSION_ROWS.map((r) => r[1]))).toEqual(
			new Set(['correct', 'correct-with-note', 'wrong'])
		);
	});
	it.each(VERSION_ROWS)('%s → %s (%s)', (...row) => check(VERSION, row));
});

describe('judgeCommand: cases', () => {
	it('C23: usermod -G without -a is rejected with the reason; the documented spellings pass', () => {
		const bad = judgeCommand(GROUP, 'sudo usermod -G docker alice');
		expect(bad.verdict).toBe('wrong');
		expect(bad.reasonIds).toContain('usermod-no-append');
		expect(say(bad)).toContain('sudo');
		for (const typed of [
			'sudo usermod -aG docker alice',
			'sudo usermod -a -G docker alice',
			'sudo usermod -G docker -a alice',
			'sudo usermod --append --groups docker alice',
			'sudo usermod --groups=docker -a alice'
		]) {
			const v = judgeCommand(GROUP, typed);
			expect([typed, v.verdict, v.normalised]).toEqual([
				typed,
				'correct',
				'sudo usermod -a -G docker alice'
			]);
		}
	});

	it('C26: sudo on the curl stage of the pipe is rejected; the documented spellings pass', () => {
		const bad = judgeCommand(INSTALL, 'sudo curl -fsSL https://get.docker.com/ | sh');
		expect(bad.verdict).toBe('wrong');
		// C26: the reason names what sudo covered (only curl) and who ran sh (the learner).
		expect(bad.reasonIds[0]).toBe('sudo-covers-download');
		expect(bad.reasons[0]!.params).toEqual({ covered: 'curl', shell: 'sh', user: 'alice' });
		expect(say(bad)).toContain('curl');
		expect(say(bad)).toContain('alice');
		expect(say(bad)).not.toContain('| sudo sh');
		for (const typed of [
			'curl -fsSL https://get.docker.com/ | sudo sh',
			'curl -sSLf https://get.docker.com/ | sudo sh',
			'curl -f -s -S -L https://get.docker.com/ | sudo sh',
			'curl --fail --silent --show-error --location https://get.docker.com/ | sudo sh'
		]) {
			const v = judgeCommand(INSTALL, typed);
			expect([typed, v.verdict, v.normalised]).toEqual([
				typed,
				'correct',
				'curl -f -s -S -L https://get.docker.com/ | sudo sh'
			]);
		}
	});
});

describe('judgeCommand: details', () => {
	it('a card that only downloads the install script accepts its own command (not an incomplete install)', () => {
		const t = 'curl -fsSL https://get.docker.com -o get-docker.sh';
		expect(judgeCommand(t, t).verdict).toBe('correct');
		expect(judgeCommand(t, 'curl -fsSL https://get.docker.com -o other.sh').verdict).toBe('wrong');
		// The install card still reads the download alone as the first of two steps.
		expect(judgeCommand(INSTALL, t).reasonIds).toEqual(['two-step-incomplete']);
	});

	it('accepts the second step of the two-step install when the host holds the downloaded file', () => {
		const v = judgeCommand(INSTALL, 'sudo sh get-docker.sh', {
			files: { 'get-docker.sh': 'docker-install-script' }
		});
		expect(v.verdict).toBe('correct-with-note');
		expect(v.reasonIds).toContain('two-step');
	});

	it('rejects running a file that is not the install script', () => {
		const v = judgeCommand(INSTALL, 'sudo sh get-docker.sh', {
			files: { 'get-docker.sh': 'html' }
		});
		expect(v.verdict).toBe('wrong');
	});

	it('lists every mistake id, most important first, then the notes', () => {
		const v = judgeCommand(INSTALL, 'curl https://get.docker.com/ | sh', { sudoer: false });
		expect(v.reasonIds).toEqual([
			'missing-sudo',
			'curl-no-fail',
			'curl-no-location',
			'curl-no-silent'
		]);
	});

	it('shows the program error for unknown options in its own style', () => {
		expect(say(judgeCommand(GROUP, 'sudo usermod -x docker alice'))).toContain(
			"usermod: invalid option -- 'x'"
		);
		expect(say(judgeCommand(INSTALL, 'curl --foo https://get.docker.com/ | sudo sh'))).toContain(
			'curl: option --foo: is unknown'
		);
		expect(say(judgeCommand('docker ps -a', 'docker ps --foo'))).toContain('unknown flag: --foo');
	});

	it('suggests the command meant for a typo', () => {
		const v = judgeCommand(VERSION, 'dokcer version');
		expect(say(v)).toContain('docker');
		expect(say(v)).toContain('command not found');
	});

	it('uses the learner name from the context for {user} and $USER', () => {
		expect(judgeCommand(GROUP, 'sudo usermod -aG docker bob', { user: 'bob' }).verdict).toBe(
			'correct'
		);
		expect(judgeCommand(GROUP, 'sudo usermod -aG docker $USER', { user: 'bob' }).normalised).toBe(
			'sudo usermod -a -G docker bob'
		);
		expect(judgeCommand(GROUP, 'sudo usermod -aG docker alice', { user: 'bob' }).reasonIds).toEqual(
			['wrong-user']
		);
	});

	it('mentions a command substitution it did not run', () => {
		const v = judgeCommand(GROUP, 'sudo usermod -aG docker $(cat name.txt)');
		expect(v.verdict).toBe('wrong');
		expect(v.reasonIds).toContain('unresolved-substitution');
	});
});

describe('judgeCommand: command cards from notes (generic comparison)', () => {
	const rows: [
		expected: string,
		typed: string,
		verdict: Verdict['verdict'],
		first: string | null
	][] = [
		['docker ps -a', 'docker ps -a', 'correct', null],
		['docker ps -a', 'docker ps --all', 'correct', null],
		['docker ps -a', 'docker container ls -a', 'correct', null],
		['docker ps -a', 'docker ps', 'wrong', 'missing-option'],
		['docker ps -a', 'docker ps -a -q', 'wrong', 'extra-option'],
		['docker ps -a', 'sudo docker ps -a', 'correct-with-note', 'sudo-unneeded'],
		['docker ps -a', 'docker images -a', 'wrong', 'wrong-subcommand'],
		['docker run -d -p 8080:80 nginx', 'docker run -p 8080:80 -d nginx', 'correct', null],
		['docker run -d -p 8080:80 nginx', 'docker run -dp 8080:80 nginx', 'correct', null],
		[
			'docker run -d -p 8080:80 nginx',
			'docker run --detach --publish=8080:80 nginx',
			'correct',
			null
		],
		[
			'docker run -d -p 8080:80 nginx',
			'docker run -d -p 80:8080 nginx',
			'wrong',
			'wrong-option-value'
		],
		['docker run -d -p 8080:80 nginx', 'docker run -d -p 8080:80 httpd', 'wrong', 'wrong-operand'],
		['docker run -it ubuntu bash', 'docker run -ti ubuntu bash', 'correct', null],
		['docker run -it ubuntu bash', 'docker run ubuntu bash -it', 'wrong', 'missing-option'],
		['docker pull {image}', 'docker pull nginx', 'correct', null],
		['docker logs -f {container}', 'docker logs --follow web', 'correct', null],
		['docker compose up -d', 'docker compose up --detach', 'correct', null],
		['docker compose up -d', 'docker-compose up -d', 'wrong', 'wrong-program'],
		['docker rm -f {container}', 'docker rm --force web', 'correct', null],
		['docker cp a b', 'docker cp a b', 'correct', null]
	];
	it.each(rows)('%s vs %s → %s (%s)', (expected, typed, verdict, first) => {
		const v = judgeCommand(expected, typed);
		expect([v.verdict, v.reasonIds[0] ?? null]).toEqual([verdict, first]);
	});
});

describe('judgeCommand: typed into a root shell (after sudo -i)', () => {
	it('needs no sudo, and $USER is root there', () => {
		const root = { shellUser: 'root' };
		expect(judgeCommand(GROUP, 'usermod -aG docker alice', root).verdict).toBe('correct');
		expect(judgeCommand(GROUP, 'usermod -aG docker $USER', root).reasonIds).toEqual([
			'user-var-in-root-shell'
		]);
		expect(judgeCommand(INSTALL, 'curl -fsSL https://get.docker.com/ | sh', root).verdict).toBe(
			'correct-with-note'
		);
	});
});

describe('judgeCommand: image references', () => {
	it.each([
		['docker run hello-world', 'docker run hello-world:latest', 'correct'],
		['docker run hello-world', 'docker run docker.io/library/hello-world', 'correct'],
		['docker pull nginx', 'docker pull nginx:1.27', 'wrong'],
		['docker rmi nginx ubuntu', 'docker rmi nginx:latest ubuntu', 'correct'],
		['docker run {image}', 'docker run nginx:1.27', 'correct']
	])('%s vs %s → %s', (expected, typed, verdict) => {
		expect(judgeCommand(expected, typed).verdict).toBe(verdict);
	});

	it('sudo VAR=value command reads the command after the assignment', () => {
		const v = judgeCommand(INSTALL, 'curl -fsSL https://get.docker.com/ | sudo DRY_RUN= sh');
		expect(v.verdict).toBe('correct');
	});
});

describe('judgeCommand: did you mean, for docker subcommands', () => {
	it.each([
		['docker ps -a', 'docker pss -a', '혹시 ps?'],
		['docker images', 'docker imgaes', '혹시 images?'],
		['docker version', 'docker verison', '혹시 version?']
	])('%s vs %s', (expected, typed, hint) => {
		const v = judgeCommand(expected, typed);
		expect(v.reasonIds).toEqual(['unknown-subcommand-guess']);
		expect(say(v)).toContain(hint);
	});
});
