/**
 * `docker version` and `docker info`: the client answers alone, the server part needs the daemon
 * (and the right to reach its socket). Versions are those of the Docker release the drill's CLI
 * table was generated from; commits are made up.
 */
import { ok, type Io } from '../program';
import type { HostState } from '../../host/state';

/** The Docker release the simulated host runs (the CLI table's release). */
export const DOCKER_VERSION = '28.2.2';
/** The Engine API version of {@link DOCKER_VERSION}. */
export const API_VERSION = '1.50';
/** The Compose plugin the install script adds. */
export const COMPOSE_VERSION = 'v2.36.2';

/** The client part of `docker version`. */
export function clientBlock(): string {
	return [
		'Client: Docker Engine - Community',
		` Version:           ${DOCKER_VERSION}`,
		` API version:       ${API_VERSION}`,
		' Go version:        go1.24.3',
		' Git commit:        e6534b4',
		' Built:             (drill build)',
		' OS/Arch:           linux/amd64',
		' Context:           default',
		''
	].join('\n');
}

/** The server part of `docker version`. */
export function serverBlock(): string {
	return [
		'',
		'Server: Docker Engine - Community',
		' Engine:',
		`  Version:          ${DOCKER_VERSION}`,
		`  API version:      ${API_VERSION} (minimum version 1.24)`,
		'  Go version:       go1.24.3',
		'  Git commit:       45873be',
		'  OS/Arch:          linux/amd64',
		'  Experimental:     false',
		' containerd:',
		'  Version:          1.7.27',
		' runc:',
		'  Version:          1.2.5',
		' docker-init:',
		'  Version:          0.19.0',
		''
	].join('\n');
}

/** `docker --version`: the client's one line; no daemon needed. */
export function versionLine(): Io {
	return ok(`Docker version ${DOCKER_VERSION}, build e6534b4\n`);
}

/** `docker version`: the client block, then the server block or why the daemon was not reached. */
export function dockerVersion(denied: Io | null): Io {
	if (denied) return { stdout: clientBlock(), stderr: denied.stderr, exit: 1 };
	return ok(clientBlock() + serverBlock());
}

/** `docker info`: the client part, then the daemon's summary. */
export function dockerInfo(s: HostState, denied: Io | null): Io {
	const client = `Client: Docker Engine - Community\n Version:    ${DOCKER_VERSION}\n Context:    default\n Debug Mode: false\n\n`;
	if (denied) return { stdout: client + 'Server:\n', stderr: denied.stderr, exit: 1 };
	const all = s.docker.containers.length;
	const running = s.docker.containers.filter((c) => c.status === 'running').length;
	return ok(
		client +
			`Server:\n Containers: ${all}\n  Running: ${running}\n  Paused: 0\n  Stopped: ${all - running}\n` +
			` Images: ${s.docker.images.length}\n Server Version: ${DOCKER_VERSION}\n Storage Driver: overlay2\n` +
			' Cgroup Driver: systemd\n Operating System: Ubuntu 24.04.1 LTS\n Docker Root Dir: /var/lib/docker\n'
	);
}

/** `docker compose version`. */
export function composeVersion(): Io {
	return ok(`Docker Compose version ${COMPOSE_VERSION}\n`);
}
