/**
 * The one registry of programs: every command the drill's shell resolves, with its option spec and
 * what it does on the simulated host ({@link Program}). The judge and the host read argv through it,
 * so a line means the same to both.
 * Programs that exist on a real Ubuntu host but have no spec here ({@link REAL_PROGRAMS}) are
 * known by name: the shell never answers "command not found" for them, the judge compares them
 * as text and the host says it does not simulate them.
 */
import type { ProgramSpec } from '../spec';
import { adduser } from './adduser';
import { clear, echo, exit, falseProgram, logout, noop, pwd, trueProgram } from './builtins';
import { curl } from './curl';
import { docker, dockerCompose } from './docker';
import { cat, chmod, ls, rm } from './files';
import { gpasswd } from './gpasswd';
import { grep } from './grep';
import { groupadd } from './groupadd';
import { groups } from './groups';
import { id } from './id';
import { newgrp } from './newgrp';
import type { Program } from './program';
import { bash, dash, sh } from './sh';
import { su } from './su';
import { sudo } from './sudo';
import { service, systemctl } from './systemctl';
import { usermod } from './usermod';
import { wget } from './wget';
import { whoami } from './whoami';

export type { Program } from './program';

/** Every program with a spec (and its behaviour on the host), by the name typed. */
export const PROGRAMS: Readonly<Record<string, Program>> = {
	sudo,
	curl,
	wget,
	sh,
	dash,
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
	true: trueProgram,
	false: falseProgram,
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
	'docker-compose': dockerCompose
};

/**
 * Programs of an Ubuntu 24.04 server (its base packages and what the notes install: Node.js,
 * MySQL client, editors …) that have no spec here. A learner typing one is not told it does not
 * exist.
 */
export const REAL_PROGRAMS: ReadonlySet<string> = new Set(
	(
		'apt apt-get apt-cache dpkg snap add-apt-repository npm npx node nodejs yarn pnpm python ' +
		'python3 pip pip3 java javac mvn gradle go cargo rustc gcc g++ make cmake git ssh scp sftp rsync ' +
		'mysql mysqld mysqladmin mysqldump psql pg_dump redis-cli mongo mongosh sqlite3 vi vim nvim nano ' +
		'emacs less more head tail sort uniq wc cut tr sed awk find xargs tee touch mkdir rmdir cp mv ' +
		'ln stat file du df free top htop ps kill killall pkill pgrep uptime uname hostname date cal ' +
		'which whereis type alias unalias export unset env printenv source cd pushd popd history ' +
		'passwd chown chgrp umask useradd userdel groupdel deluser delgroup visudo last w who ' +
		'journalctl timedatectl hostnamectl ip ifconfig ping traceroute netstat ss nslookup dig host ' +
		'telnet nc tar gzip gunzip zip unzip xz bzip2 base64 sha256sum md5sum openssl ufw iptables ' +
		'crontab mount umount lsblk fdisk blkid free lscpu lsof strace watch sleep seq yes test ' +
		'printf read wait jobs fg bg nohup time timeout man info tree jq yq kubectl minikube helm ' +
		'terraform ansible aws gcloud az code dig curl wget nginx apache2 httpd certbot'
	).split(' ')
);

/** Names the drill's bash resolves (programs with a spec plus {@link REAL_PROGRAMS}). */
export function knownCommandNames(): string[] {
	return [...Object.keys(PROGRAMS), ...REAL_PROGRAMS];
}

function baseName(name: string): string {
	return name.includes('/') ? name.slice(name.lastIndexOf('/') + 1) : name;
}

/** The program of a name typed (`/usr/bin/docker` is `docker`), if it has a spec. */
export function programFor(name: string): Program | undefined {
	const base = baseName(name);
	return Object.prototype.hasOwnProperty.call(PROGRAMS, base) ? PROGRAMS[base] : undefined;
}

/** Spec of a program by the name typed (`/usr/bin/docker` is accepted as `docker`). */
export function findProgram(name: string): ProgramSpec | undefined {
	return programFor(name)?.spec;
}

/** True for a real program the drill knows by name only (no spec): compared as text. */
export function isRealProgram(name: string): boolean {
	const base = baseName(name);
	return !findProgram(base) && REAL_PROGRAMS.has(base);
}
