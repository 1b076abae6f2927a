import { describe, expect, it } from 'vitest';
import {
	createHost,
	currentSession,
	dbGroups,
	login,
	prompt,
	runLine,
	type HostState
} from './host';

/** Run lines in order; returns the final state and every result. */
function run(host: HostState, ...lines: string[]) {
	const results = [];
	let state = host;
	for (const line of lines) {
		const r = runLine(state, line);
		results.push(r);
		state = r.state;
	}
	return { state, results, last: results[results.length - 1]! };
}

const INSTALL = 'curl -fsSL https://get.docker.com/ | sudo sh';
const DENIED =
	'permission denied while trying to connect to the Docker daemon socket at unix:///var/run/docker.sock';

describe('docker version across the install', () => {
	it('before install: command not found (127)', () => {
		const r = runLine(createHost(), 'docker version');
		expect(r.exitCode).toBe(127);
		expect(r.output).toContain("Command 'docker' not found");
		expect(r.output).not.toContain('Client:');
	});

	it('after install, before the group takes effect: client block, then permission denied', () => {
		const { last } = run(createHost(), INSTALL, 'sudo usermod -aG docker alice', 'docker version');
		expect(last.exitCode).toBe(1);
		expect(last.output).toContain('Client: Docker Engine - Community');
		expect(last.output).toContain(DENIED);
		expect(last.output).not.toContain('Server: Docker Engine');
		expect(last.output.indexOf('Client:')).toBeLessThan(last.output.indexOf('permission denied'));
	});

	it('after newgrp docker: client and server blocks', () => {
		const { last } = run(
			createHost(),
			INSTALL,
			'sudo usermod -aG docker alice',
			'newgrp docker',
			'docker version'
		);
		expect(last.exitCode).toBe(0);
		expect(last.output).toContain('Client: Docker Engine - Community');
		expect(last.output).toContain('Server: Docker Engine - Community');
		expect(last.output).not.toContain('permission denied');
	});

	it('after logging out and in again: client and server blocks', () => {
		const { last } = run(
			createHost(),
			INSTALL,
			'sudo usermod -aG docker alice',
			'exit',
			'docker version'
		);
		expect(last.output).toContain('Server: Docker Engine - Community');
		expect(last.exitCode).toBe(0);
	});

	it('with sudo it reaches the daemon even before the group change', () => {
		const { last } = run(createHost(), INSTALL, 'sudo docker version');
		expect(last.output).toContain('Server: Docker Engine');
	});

	it('daemon stopped: cannot connect', () => {
		const { last } = run(
			createHost('docker-ready'),
			'sudo systemctl stop docker',
			'docker version'
		);
		expect(last.output).toContain('Is the docker daemon running?');
		const again = run(last.state, 'sudo systemctl start docker', 'docker version').last;
		expect(again.exitCode).toBe(0);
	});

	it('docker --version needs no daemon', () => {
		const { last } = run(createHost('docker-installed'), 'docker --version');
		expect(last.output).toMatch(/^Docker version \d+\.\d+\.\d+, build \w+\n$/);
	});
});

describe('install script', () => {
	it('run by a sudoer without sudo, the script elevates itself (sh_c=sudo -E sh -c) and installs', () => {
		const { last, state } = run(createHost(), 'curl -fsSL https://get.docker.com/ | sh');
		expect(last.exitCode).toBe(0);
		expect(last.output).toContain('+ sudo -E sh -c apt-get -qq update >/dev/null\n');
		expect(last.output).not.toContain('Permission denied');
		expect(state.docker.installed).toBe(true);
		expect(state.docker.running).toBe(true);
	});

	it('run by a user who may not use sudo, the first sudo is refused and nothing is installed', () => {
		const { last, state } = run(
			createHost(),
			'sudo gpasswd -d alice sudo',
			'exit',
			'curl -fsSL https://get.docker.com/ | sh'
		);
		expect(last.output).toContain('+ sudo -E sh -c apt-get -qq update >/dev/null\n');
		expect(last.output).toContain('alice is not in the sudoers file.');
		expect(last.exitCode).not.toBe(0);
		expect(state.docker.installed).toBe(false);
	});

	it('C26: sudo on curl runs only the download as root; sh runs as alice and the script asks sudo itself', () => {
		const { state, last } = run(createHost(), 'sudo curl -fsSL https://get.docker.com/ | sh');
		// What really happens: the script is not root, so every step goes through `sudo -E sh -c`.
		expect(last.output).toContain('+ sudo -E sh -c DEBIAN_FRONTEND=noninteractive apt-get');
		expect(state.docker.installed).toBe(true);
	});

	it('as root the steps are traced as sh -c (dash: unquoted; bash: single-quoted)', () => {
		const dash = run(createHost(), INSTALL).last.output;
		expect(dash).toContain('+ sh -c apt-get -qq update >/dev/null\n');
		expect(dash).not.toContain('sudo -E');
		const bash = run(createHost(), 'curl -fsSL https://get.docker.com/ | sudo bash').last.output;
		expect(bash).toContain("+ sh -c 'apt-get -qq update >/dev/null'\n");
		expect(bash).toContain("+ sh -c 'docker version'\n");
	});

	it("follows today's get.docker.com: keyring, chmod a+r, the packages, the daemon, the closing message", () => {
		const out = run(createHost(), INSTALL).last.output;
		expect(out).toMatch(/^# Executing docker install script, commit: [0-9a-f]{40}\n/);
		expect(out).toContain('+ sh -c install -m 0755 -d /etc/apt/keyrings\n');
		expect(out).toContain(
			'+ sh -c curl -fsSL "https://download.docker.com/linux/ubuntu/gpg" -o /etc/apt/keyrings/docker.asc\n'
		);
		expect(out).toContain('+ sh -c chmod a+r /etc/apt/keyrings/docker.asc\n');
		expect(out).toContain(
			'apt-get -y -qq install docker-ce docker-ce-cli containerd.io docker-compose-plugin docker-ce-rootless-extras docker-buildx-plugin docker-model-plugin >/dev/null\n'
		);
		expect(out).toContain('+ sh -c systemctl enable --now docker.service 2>/dev/null\n');
		expect(out).toContain('Server: Docker Engine - Community');
		expect(out).toContain('    dockerd-rootless-setuptool.sh install\n');
		expect(out).toContain(
			'WARNING: Access to the remote API on a privileged Docker daemon is equivalent'
		);
		expect(out.indexOf('+ sh -c docker version')).toBeLessThan(out.indexOf('dockerd-rootless'));
	});

	it('run again when docker exists: the warning and sleep 20 first', () => {
		const out = run(createHost(), INSTALL, INSTALL).last.output;
		expect(out).toContain('Warning: the "docker" command appears to already exist on this system.');
		expect(out.indexOf('+ sleep 20')).toBeLessThan(out.indexOf('+ sh -c apt-get'));
	});

	it('curl without -f pipes an HTML error page into sh', () => {
		const { last, state } = run(createHost(), 'curl -sSL https://get.docker.com/nope | sudo sh');
		expect(last.output).toContain('Syntax error');
		expect(state.docker.installed).toBe(false);
	});

	it('curl -f on a 404 prints curl error 22 and sh gets nothing', () => {
		const { last } = run(createHost(), 'curl -fsSL https://get.docker.com/nope | sudo sh');
		expect(last.output).toContain('curl: (22)');
	});

	it('schemeless URL without -L pipes the redirect page; with -L it installs', () => {
		expect(run(createHost(), 'curl -fsS get.docker.com | sudo sh').state.docker.installed).toBe(
			false
		);
		expect(run(createHost(), 'curl -fsSL get.docker.com | sudo sh').state.docker.installed).toBe(
			true
		);
	});

	it('two steps: download, then run the file as root', () => {
		const { state } = run(
			createHost(),
			'curl -fsSL https://get.docker.com -o get-docker.sh',
			'ls',
			'sudo sh get-docker.sh'
		);
		expect(state.files['get-docker.sh']?.kind).toBe('docker-install-script');
		expect(state.docker.installed).toBe(true);
		expect(state.docker.running).toBe(true);
		expect(state.groups.docker?.members).toEqual([]);
	});

	it('--dry-run only prints the steps (sh_c=echo: no trace, no root needed)', () => {
		for (const line of [
			'curl -fsSL https://get.docker.com/ | sudo sh -s -- --dry-run',
			'curl -fsSL https://get.docker.com/ | sh -s -- --dry-run'
		]) {
			const { state, last } = run(createHost(), line);
			expect(state.docker.installed).toBe(false);
			expect(last.output).toContain('\napt-get -qq update >/dev/null\n');
			expect(last.output).toContain('\nsystemctl enable --now docker.service 2>/dev/null\n');
			expect(last.output).not.toContain('+ ');
		}
	});

	it('other hosts cannot be resolved (no network)', () => {
		const { last } = run(createHost(), 'curl -fsSL https://example.com/ | sudo sh');
		expect(last.output).toContain('Could not resolve host: example.com');
	});
});

describe('accounts and sessions', () => {
	it('groups/id show the session; groups alice shows /etc/group', () => {
		const { results } = run(
			createHost('docker-installed'),
			'sudo usermod -aG docker alice',
			'groups',
			'groups alice',
			'id',
			'whoami'
		);
		expect(results[1]!.output).toBe('alice adm cdrom sudo dip plugdev lxd\n');
		expect(results[2]!.output).toBe('alice : alice adm cdrom sudo dip plugdev lxd docker\n');
		expect(results[3]!.output).toContain(
			'uid=1000(alice) gid=1000(alice) groups=1000(alice),4(adm)'
		);
		expect(results[3]!.output).not.toContain('docker');
		expect(results[4]!.output).toBe('alice\n');
	});

	it('newgrp docker opens a shell with gid docker; exit returns to the old groups', () => {
		const { state, results } = run(
			createHost('docker-installed'),
			'sudo usermod -aG docker alice',
			'newgrp docker',
			'id -gn',
			'exit',
			'id -gn'
		);
		expect(results[2]!.output).toBe('docker\n');
		expect(results[4]!.output).toBe('alice\n');
		expect(state.sessions).toHaveLength(1);
	});

	it('newgrp to a group the user is not in asks for a password and fails', () => {
		const { last, state } = run(createHost('docker-installed'), 'newgrp docker');
		expect(last.output).toContain('Invalid password');
		expect(state.sessions).toHaveLength(1);
	});

	it('C23: usermod -G without -a drops sudo; after a new login sudo is refused', () => {
		const { state, results } = run(
			createHost('docker-installed'),
			'sudo usermod -G docker alice',
			'exit',
			'groups',
			'sudo whoami'
		);
		expect(dbGroups(state, 'alice')).toEqual(['docker']);
		expect(results[2]!.output).toBe('alice docker\n');
		expect(results[3]!.output).toContain('alice is not in the sudoers file');
	});

	it('usermod without sudo: Permission denied, nothing changes', () => {
		const host = createHost('docker-installed');
		const { state, last } = run(host, 'usermod -aG docker alice');
		expect(last.output).toContain('usermod: Permission denied.');
		expect(state.groups).toEqual(host.groups);
	});

	it('usermod -ag: -a only with -G', () => {
		const { last } = run(createHost('docker-installed'), 'sudo usermod -ag docker alice');
		expect(last.output).toContain('-a flag is only allowed with the -G flag');
		expect(last.exitCode).toBe(2);
	});

	it('usermod with user and group swapped', () => {
		const { last } = run(createHost('docker-installed'), 'sudo usermod -aG alice docker');
		expect(last.output).toContain("usermod: user 'docker' does not exist");
	});

	it("$USER inside sudo sh -c '…' is root", () => {
		const { state } = run(createHost('docker-installed'), "sudo sh -c 'usermod -aG docker $USER'");
		expect(state.groups.docker?.members).toEqual(['root']);
	});

	it('gpasswd -a and adduser add to the group like usermod -aG', () => {
		expect(
			run(createHost('docker-installed'), 'sudo gpasswd -a alice docker').state.groups.docker
				?.members
		).toEqual(['alice']);
		expect(
			run(createHost('docker-installed'), 'sudo adduser alice docker').state.groups.docker?.members
		).toEqual(['alice']);
	});

	it('sudo -i opens a root shell with a # prompt', () => {
		const { state } = run(createHost(), 'sudo -i');
		expect(prompt(state)).toBe('root@ubuntu:~# ');
		expect(currentSession(state).user).toBe('root');
		expect(prompt(run(state, 'exit').state)).toBe('alice@ubuntu:~$ ');
	});

	it('login() refreshes the session groups', () => {
		const { state } = run(createHost('docker-installed'), 'sudo usermod -aG docker alice');
		expect(currentSession(state).groups).not.toContain('docker');
		expect(currentSession(login(state)).groups).toContain('docker');
	});

	it('typos get bash-style command not found with a suggestion', () => {
		const r = runLine(createHost(), 'dokcer ps');
		expect(r.output).toContain("Command 'dokcer' not found, did you mean:");
		expect(r.output).toContain("command 'docker'");
		expect(r.exitCode).toBe(127);
	});
});

describe('containers', () => {
	it('docker run hello-world pulls, prints the greeting and leaves an exited container', () => {
		const { state, results } = run(
			createHost('docker-ready'),
			'docker run hello-world',
			'docker ps',
			'docker ps -a'
		);
		expect(results[0]!.output).toContain("Unable to find image 'hello-world:latest' locally");
		expect(results[0]!.output).toContain('Hello from Docker!');
		expect(results[1]!.output.trim().split('\n')).toHaveLength(1);
		expect(results[2]!.output).toContain('hello-world');
		expect(state.docker.images).toEqual(['hello-world:latest']);
	});

	it('docker ps without the group: permission denied', () => {
		const r = runLine(createHost('docker-installed'), 'docker ps');
		expect(r.output).toContain(DENIED);
		expect(r.exitCode).toBe(1);
	});

	it('detached nginx runs until stopped; rm needs stop or -f', () => {
		const { results, state } = run(
			createHost('docker-ready'),
			'docker run -d --name web -p 8080:80 nginx',
			'docker rm web',
			'docker stop web',
			'docker rm web'
		);
		expect(results[0]!.output).toMatch(/[0-9a-f]{64}\n$/);
		expect(results[1]!.output).toContain('container is running');
		expect(results[3]!.exitCode).toBe(0);
		expect(state.docker.containers).toEqual([]);
	});

	it('unknown images are refused by the simulated registry', () => {
		const r = runLine(createHost('docker-ready'), 'docker pull no-such-image');
		expect(r.output).toContain('pull access denied');
	});

	it('is pure: the input state is not modified', () => {
		const host = createHost();
		const copy = structuredClone(host);
		runLine(host, INSTALL);
		runLine(host, 'sudo usermod -G docker alice');
		expect(host).toEqual(copy);
	});
});

describe('su and root shells', () => {
	it('su - alice applies a new group like a new login; exit returns to the old shell', () => {
		const { results, state } = run(
			createHost('docker-installed'),
			'sudo usermod -aG docker alice',
			'su - alice',
			'docker ps',
			'exit',
			'docker ps'
		);
		expect(results[2]!.exitCode).toBe(0);
		expect(results[4]!.output).toContain('permission denied');
		expect(state.sessions).toHaveLength(1);
	});

	it('su to root fails (Ubuntu locks the root password); sudo su - works', () => {
		expect(runLine(createHost(), 'su -').output).toContain('su: Authentication failure');
		expect(prompt(runLine(createHost(), 'sudo su -').state)).toBe('root@ubuntu:~# ');
	});

	it('sudo -l lists the rights of the sudo group', () => {
		expect(runLine(createHost(), 'sudo -l').output).toContain('(ALL : ALL) ALL');
	});

	it('empty lines are not recorded', () => {
		const host = createHost();
		expect(runLine(host, '   ').state.history).toEqual([]);
	});
});

describe('presets', () => {
	it('group-pending: alice is in docker, but this shell is not until newgrp', () => {
		const host = createHost('group-pending');
		expect(dbGroups(host, 'alice')).toContain('docker');
		expect(runLine(host, 'docker ps').output).toContain('permission denied');
		expect(run(host, 'newgrp docker', 'docker ps').last.exitCode).toBe(0);
	});
});

describe('state copies', () => {
	it('runs on a state wrapped in a Proxy (as a reactive UI store might hold it)', () => {
		const wrap = <T extends object>(o: T): T =>
			new Proxy(o, {
				get: (t, k) => {
					const v = Reflect.get(t, k) as unknown;
					return v && typeof v === 'object' ? wrap(v) : v;
				}
			});
		const r = runLine(wrap(createHost('docker-ready')), 'docker ps');
		expect(r.exitCode).toBe(0);
		expect(r.output).toContain('CONTAINER ID');
	});
});

describe('command substitution on the host', () => {
	it('docker rm -f $(docker ps -aq) removes every container', () => {
		const { state, last } = run(
			createHost('docker-ready'),
			'docker run hello-world',
			'docker run -d nginx',
			'docker rm -f $(docker ps -aq)'
		);
		expect(last.exitCode).toBe(0);
		expect(state.docker.containers).toEqual([]);
	});

	it('never runs a substitution that would change the host', () => {
		const host = createHost('docker-ready');
		const { state } = run(
			host,
			'echo $(sudo usermod -G docker alice)',
			'echo `docker run -d nginx`'
		);
		expect(state.groups).toEqual(host.groups);
		expect(state.docker.containers).toEqual([]);
	});
});

describe('curl -O', () => {
	it('saves under the last path segment; a URL without one has no file name', () => {
		expect(runLine(createHost(), 'curl -fsSLO https://get.docker.com').output).toContain(
			'Remote file name has no length'
		);
		expect(runLine(createHost(), 'curl -fsSLO https://get.docker.com/x.sh').output).toContain(
			'curl: (22)'
		);
	});
});
