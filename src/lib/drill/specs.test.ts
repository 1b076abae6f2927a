import { describe, expect, it } from 'vitest';
import { parseArgs } from './argv';
import { findProgram, PROGRAMS } from './programs';
import { closestName, type ArgsResult } from './spec';

function read(argv: string[]): ArgsResult {
	return parseArgs(argv, findProgram(argv[0]!)!);
}

function canonical(argv: string[]): string {
	const r = read(argv);
	if (!r.ok) return `error: ${r.message}`;
	const opts = r.args.options
		.map((o) => (o.value === undefined ? o.key : `${o.key}=${o.value}`))
		.sort();
	return `${r.args.path.join(' ')} [${opts.join(' ')}] ${r.args.operands.join(' ')}`;
}

describe('parseArgs: equivalent spellings read the same', () => {
	it.each([
		[['usermod', '-aG', 'docker', 'alice']],
		[['usermod', '-a', '-G', 'docker', 'alice']],
		[['usermod', '-G', 'docker', '-a', 'alice']],
		[['usermod', '--append', '--groups', 'docker', 'alice']],
		[['usermod', '--groups=docker', '-a', 'alice']],
		[['usermod', '-aGdocker', 'alice']],
		[['usermod', 'alice', '-aG', 'docker']],
		[['usermod', '--app', '--gr=docker', 'alice']]
	])('usermod %j', (argv) => {
		expect(canonical(argv)).toBe('usermod [append groups=docker] alice');
	});

	it.each([
		[['curl', '-fsSL', 'https://get.docker.com/']],
		[['curl', '-sSLf', 'https://get.docker.com/']],
		[['curl', '-f', '-s', '-S', '-L', 'https://get.docker.com/']],
		[['curl', '--fail', '--silent', '--show-error', '--location', 'https://get.docker.com/']],
		[['curl', 'https://get.docker.com/', '-fsSL']],
		[['curl', '-fsSL', '-k', '--no-insecure', 'https://get.docker.com/']]
	])('curl %j', (argv) => {
		expect(canonical(argv)).toBe('curl [fail location show-error silent] https://get.docker.com/');
	});

	it('wget -qO- is -q -O -', () => {
		expect(canonical(['wget', '-qO-', 'x'])).toBe('wget [output-document=- quiet] x');
		expect(canonical(['wget', '-nv', 'x'])).toBe('wget [n=v] x');
	});

	it('docker: clusters, attached values, management aliases, no flags after the image of run', () => {
		expect(canonical(['docker', 'run', '-it', '--rm', '-p8080:80', 'nginx', 'sh', '-c', 'x'])).toBe(
			'docker run [interactive publish=8080:80 rm tty] nginx sh -c x'
		);
		expect(canonical(['docker', 'container', 'ls', '--all'])).toBe('docker ps [all] ');
		expect(canonical(['docker', 'image', 'ls'])).toBe('docker images [] ');
		expect(canonical(['docker', 'ps', '--no-trunc=false'])).toBe('docker ps [] ');
		expect(canonical(['docker', 'compose', '-f', 'a.yml', 'up', '-d'])).toBe(
			'docker compose up [detach] '
		);
	});

	it('sudo and sh stop reading options at the first operand', () => {
		expect(canonical(['sudo', '-u', 'bob', 'ls', '-l'])).toBe('sudo [user=bob] ls -l');
		expect(canonical(['sh', '-c', 'id -u', 'x'])).toBe('sh [c] id -u x');
		expect(canonical(['sh', '-'])).toBe('sh [s] ');
		expect(canonical(['sh', 'get-docker.sh', '--dry-run'])).toBe('sh [] get-docker.sh --dry-run');
	});
});

describe('parseArgs: errors in the program’s own style', () => {
	it.each([
		[['usermod', '-x', 'alice'], "usermod: invalid option -- 'x'"],
		[['usermod', '--foo', 'alice'], "usermod: unrecognized option '--foo'"],
		[['usermod', 'alice', '-G'], "usermod: option requires an argument -- 'G'"],
		[['usermod', '--a', 'alice'], "usermod: option '--a' is ambiguous"],
		[['curl', '--foo', 'x'], 'curl: option --foo: is unknown'],
		[['curl', '--output=x', 'y'], 'curl: option --output=x: is unknown'],
		[['curl', 'x', '-o'], 'curl: option -o: requires parameter'],
		[['docker', 'ps', '--foo'], "unknown flag: --foo\nSee 'docker ps --help'."],
		[['docker', 'ps', '-ax'], "unknown shorthand flag: 'x' in -ax"],
		[['docker', 'run', '--name'], 'flag needs an argument: --name'],
		[['docker', 'verison'], "docker: 'verison' is not a docker command."],
		[['docker', 'ps', 'x'], '"docker ps" accepts no arguments.'],
		[['docker', 'run'], '"docker run" requires at least 1 argument.'],
		[['sudo', '-x', 'ls'], "sudo: invalid option -- 'x'"],
		[['wget', '-j', 'x'], "wget: invalid option -- 'j'"],
		[['sh', '-k'], 'sh: 0: Illegal option -k'],
		[['bash', '-k'], 'bash: -k: invalid option'],
		[['adduser', '--frobnicate', 'alice'], 'Unknown option: frobnicate'],
		[['whoami', 'x'], 'whoami: extra operand ‘x’'],
		[['id', '--bogus'], "id: unrecognized option '--bogus'\nTry 'id --help' for more information."]
	])('%j → %s', (argv, message) => {
		const r = read(argv);
		expect(r.ok).toBe(false);
		if (!r.ok) expect(r.message).toContain(message);
	});

	it('docker flag errors exit 125 like the Docker CLI', () => {
		const r = read(['docker', 'ps', '--foo']);
		expect(!r.ok && r.exitCode).toBe(125);
	});
});

describe('program table', () => {
	it('covers every program the issue lists', () => {
		for (const name of [
			'sudo',
			'curl',
			'wget',
			'sh',
			'bash',
			'usermod',
			'gpasswd',
			'adduser',
			'groups',
			'id',
			'whoami',
			'newgrp',
			'exit',
			'docker',
			'docker-compose'
		]) {
			expect(PROGRAMS[name], name).toBeDefined();
		}
		const docker = PROGRAMS.docker!.spec.subcommands!;
		for (const sub of [
			'version',
			'info',
			'run',
			'ps',
			'images',
			'pull',
			'rm',
			'rmi',
			'logs',
			'stop',
			'start',
			'exec',
			'build',
			'network',
			'login',
			'push',
			'compose'
		]) {
			expect(docker[sub], sub).toBeDefined();
		}
	});

	it('closestName: one edit for short names, two for longer; case counts as one', () => {
		expect(closestName('dokcer', ['docker', 'id'])).toBe('docker');
		expect(closestName('Docker', ['docker'])).toBe('docker');
		expect(closestName('apt', ['cat'])).toBeUndefined();
		expect(closestName('usremod', ['usermod'])).toBe('usermod');
		expect(closestName('docker', ['docker'])).toBeUndefined();
	});
});
