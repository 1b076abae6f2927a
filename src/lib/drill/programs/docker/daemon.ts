/**
 * The simulated Docker daemon: who may reach its socket, the images the simulated registry
 * serves, made-up ids, and lookups shared by the docker commands.
 *
 * The socket is `root:docker` mode 660, so the CLI needs root or the `docker` group (Docker docs,
 * "Manage Docker as a non-root user").
 */
import { hash53 } from '../../../content/identity';
import { imageRef } from '../../names';
import { sessionHas, type HostContainer, type HostState } from '../../host/state';
import { err, ok, withNote, type Actor, type Io } from '../program';
import { API_VERSION } from './version';

const SOCKET = 'unix:///var/run/docker.sock';

/** An image of the simulated registry and what a container of it does. */
export interface RegistryImage {
	/** A container of it keeps running (a server) rather than exiting at once. */
	long: boolean;
	/** The COMMAND column of `docker ps`. */
	command: string;
	/** What it prints (its log). */
	logs: string;
}

/** Images the simulated registry serves (official images, tag `latest` only). */
export const REGISTRY: Readonly<Record<string, RegistryImage>> = {
	'hello-world': {
		long: false,
		command: '"/hello"',
		logs:
			// Only the greeting is the real image's; the rest is our own summary of what happened.
			'\nHello from Docker!\n' +
			'Your Docker installation works: the steps below all succeeded.\n\n' +
			' 1. the docker client passed your command to the Docker daemon;\n' +
			' 2. the daemon pulled the "hello-world" image;\n' +
			' 3. it started a container from that image, which printed this text;\n' +
			' 4. the client streamed the text to your terminal.\n'
	},
	nginx: {
		long: true,
		command: '"/docker-entrypoint.…"',
		logs: '/docker-entrypoint.sh: Configuration complete; ready for start up\n'
	},
	redis: {
		long: true,
		command: '"docker-entrypoint.s…"',
		logs: '1:M * Ready to accept connections tcp\n'
	},
	httpd: {
		long: true,
		command: '"httpd-foreground"',
		logs: "AH00094: Command line: 'httpd -D FOREGROUND'\n"
	},
	mysql: {
		long: true,
		command: '"docker-entrypoint.s…"',
		logs: '[Server] /usr/sbin/mysqld: ready for connections.\n'
	},
	postgres: {
		long: true,
		command: '"docker-entrypoint.s…"',
		logs: 'database system is ready to accept connections\n'
	},
	ubuntu: { long: false, command: '"/bin/bash"', logs: '' },
	alpine: { long: false, command: '"/bin/sh"', logs: '' },
	busybox: { long: false, command: '"sh"', logs: '' },
	node: { long: false, command: '"docker-entrypoint.s…"', logs: '' },
	python: { long: false, command: '"python3"', logs: '' }
};

/** A hex string of a given length from a seed: made-up ids and digests, deterministic. */
export function fakeHex(seed: string, length: number): string {
	let out = '';
	for (let round = 0; out.length < length; round++) {
		out += hash53(seed, round).toString(16).padStart(14, '0');
	}
	return out.slice(0, length);
}

const NAMES_A = [
	'brave',
	'clever',
	'eager',
	'gentle',
	'happy',
	'jolly',
	'keen',
	'lucid',
	'quiet',
	'sharp'
];
const NAMES_B = [
	'turing',
	'hopper',
	'lovelace',
	'ritchie',
	'thompson',
	'torvalds',
	'knuth',
	'liskov',
	'hamilton',
	'wozniak'
];

/** The name Docker makes up for an unnamed container (`adjective_surname`). */
export function madeUpName(serial: number): string {
	return `${NAMES_A[serial % 10]}_${NAMES_B[(serial * 7 + 3) % 10]}`;
}

/**
 * Why the CLI cannot talk to the daemon, or null when it can: the daemon is stopped, or the user
 * is neither root nor in the shell's `docker` group. `endpoint` is the API path in the error.
 */
export function daemonCheck(s: HostState, actor: Actor, endpoint: string, prefix = ''): Io | null {
	if (!s.docker.running)
		return err(
			`${prefix}Cannot connect to the Docker daemon at ${SOCKET}. Is the docker daemon running?`,
			1
		);
	if (!actor.root && !sessionHas(actor.session, 'docker')) {
		return err(
			`${prefix}permission denied while trying to connect to the Docker daemon socket at ${SOCKET}: Get "http://%2Fvar%2Frun%2Fdocker.sock/v${API_VERSION}/${endpoint}": dial unix /var/run/docker.sock: connect: permission denied`,
			1
		);
	}
	return null;
}

/** A container by name or by a prefix of its id. */
export function findContainer(s: HostState, ref: string): HostContainer | undefined {
	return s.docker.containers.find(
		(c) => c.name === ref || (ref.length >= 1 && c.id.startsWith(ref))
	);
}

/** An image is present locally (by any spelling of its reference). */
export function hasImage(s: HostState, ref: string): boolean {
	const { repo, tag } = imageRef(ref);
	return s.docker.images.includes(`${repo}:${tag}`);
}

/** Pull an image from the simulated registry into the host's images. */
export function pullImage(s: HostState, image: string, quiet: boolean): Io {
	const { repo, tag } = imageRef(image);
	const ref = `${repo}:${tag}`;
	if (!REGISTRY[repo] || tag !== 'latest') {
		return err(
			`Error response from daemon: pull access denied for ${repo}, repository does not exist or may require 'docker login': denied: requested access to the resource is denied`,
			1
		);
	}
	if (!s.docker.images.includes(ref)) s.docker.images.push(ref);
	// Nothing is downloaded for real: the drill says so once per pull.
	if (quiet) return withNote(ok(`docker.io/library/${ref}\n`), 'host-pull-simulated');
	return withNote(
		ok(
			`${tag}: Pulling from library/${repo}\n${fakeHex(repo, 12)}: Pull complete\nDigest: sha256:${fakeHex(repo + 'digest', 64)}\nStatus: Downloaded newer image for ${ref}\ndocker.io/library/${ref}\n`
		),
		'host-pull-simulated'
	);
}

/** Start (or restart) a container: servers keep running, one-shot images exit at once. */
export function startedStatus(c: HostContainer): HostContainer['status'] {
	return REGISTRY[imageRef(c.image).repo]?.long ? 'running' : 'exited';
}

/** Per-reference loop of commands like `docker stop a b`: stdout names, stderr errors. */
export function eachRef(
	refs: readonly string[],
	one: (ref: string) => { out?: string; error?: string }
): Io {
	let stdout = '';
	let stderr = '';
	for (const ref of refs) {
		const r = one(ref);
		if (r.error) stderr += r.error + '\n';
		else if (r.out !== undefined) stdout += r.out;
	}
	return { stdout, stderr, exit: stderr ? 1 : 0 };
}
