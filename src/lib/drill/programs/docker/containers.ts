/** Docker's container commands on the simulated daemon: run, ps, stop/start/restart/kill, rm, logs, exec, inspect. */
import { imageRef } from '../../names';
import type { HostContainer, HostState } from '../../host/state';
import { hasOption, optionValues, type ParsedArgs } from '../../spec';
import { err, ok, withNote, type Io, type ProgramCall } from '../program';
import {
	REGISTRY,
	daemonCheck,
	eachRef,
	fakeHex,
	findContainer,
	hasImage,
	madeUpName,
	pullImage,
	startedStatus
} from './daemon';
import { joinNetwork, networkProblem, renameInNetworks } from './networks';

const noSuch = (ref: string) => `Error response from daemon: No such container: ${ref}`;

/** `-p 8080:80` as `docker ps` shows it. */
function portColumn(args: ParsedArgs): string {
	return optionValues(args, 'publish')
		.map((p) => {
			const parts = p.split(':');
			return parts.length >= 2
				? `0.0.0.0:${parts[parts.length - 2]}->${parts[parts.length - 1]}/tcp`
				: `${p}/tcp`;
		})
		.join(', ');
}

/** `-v name:/path` creates a named volume; host paths (`/x`, `./x`, `.`) are bind mounts. */
function createVolumes(s: HostState, args: ParsedArgs): void {
	for (const mount of optionValues(args, 'volume')) {
		const source = mount.split(':')[0] ?? '';
		if (source && !/^[/.~]/.test(source) && !s.docker.volumes.includes(source))
			s.docker.volumes.push(source);
	}
}

/** What pulling the image of `docker run` printed (before the container's own output). */
interface Pulled {
	progress: string;
	notes?: Io['notes'];
	failed?: Io;
}

/** The image of `docker run`, pulled first when it is not on the host. */
function ensureImage(s: HostState, image: string): Pulled {
	if (hasImage(s, image)) return { progress: '' };
	const { repo, tag } = imageRef(image);
	const progress = `Unable to find image '${repo}:${tag}' locally\n`;
	const pulled = pullImage(s, image, false);
	if (pulled.exit !== 0) {
		const stderr = progress + 'docker: ' + pulled.stderr + "See 'docker run --help'.\n";
		return { progress, failed: { stdout: '', stderr, exit: 125 } };
	}
	return {
		progress: progress + pulled.stdout.replace(/\ndocker\.io\/library\/[^\n]*\n$/, '\n'),
		...(pulled.notes ? { notes: pulled.notes } : {})
	};
}

function newContainer(s: HostState, args: ParsedArgs, name: string): HostContainer {
	const image = args.operands[0]!;
	const { repo, tag } = imageRef(image);
	const info = REGISTRY[repo]!;
	s.docker.serial++;
	const detach = hasOption(args, 'detach');
	const command =
		args.operands.length > 1 ? `"${args.operands.slice(1).join(' ')}"`.slice(0, 24) : info.command;
	const long = info.long || (hasOption(args, 'interactive') && hasOption(args, 'tty') && detach);
	return {
		id: fakeHex(`${name}/${repo}:${tag}/${s.docker.serial}`, 64),
		name,
		image: tag === 'latest' ? repo : `${repo}:${tag}`,
		command,
		status: long ? 'running' : 'exited',
		ports: long ? portColumn(args) : '',
		created: s.docker.serial
	};
}

/** `docker run`: pull when needed, create and start a container; `-d` prints its id. */
export function dockerRun({ host: s, args, actor }: ProgramCall): Io {
	const denied = daemonCheck(s, actor, '_ping', 'docker: ');
	if (denied)
		return {
			...denied,
			stderr: denied.stderr.replace(/\n$/, `\nSee 'docker run --help'.\n`),
			exit: 126
		};
	const pulled = ensureImage(s, args.operands[0]!);
	if (pulled.failed) return pulled.failed;
	const name = optionValues(args, 'name').at(-1) ?? madeUpName(s.docker.serial);
	if (s.docker.containers.some((c) => c.name === name)) {
		return err(
			`docker: Error response from daemon: Conflict. The container name "/${name}" is already in use.\nSee 'docker run --help'.`,
			125
		);
	}
	const network = optionValues(args, 'network').at(-1);
	const netProblem = networkProblem(s, network);
	if (netProblem) return err(`${netProblem}\nSee 'docker run --help'.`, 125);
	createVolumes(s, args);
	const container = newContainer(s, args, name);
	if (!(hasOption(args, 'rm') && container.status === 'exited')) {
		s.docker.containers.push(container);
		joinNetwork(s, network, name);
	}
	// Pull progress comes first on the terminal, so it is kept in front of the output here.
	const out = (io: Io): Io => (pulled.notes ? { ...io, notes: pulled.notes } : io);
	if (hasOption(args, 'detach')) return out(ok(pulled.progress + container.id + '\n'));
	if (args.operands[1] === 'echo')
		return out(ok(pulled.progress + args.operands.slice(2).join(' ') + '\n'));
	if (hasOption(args, 'interactive') && hasOption(args, 'tty'))
		return withNote(out(ok(pulled.progress)), 'host-no-container-shell');
	return out(ok(pulled.progress + REGISTRY[imageRef(container.image).repo]!.logs));
}

/** `docker ps`: running containers, newest first; `-a` all, `-q` ids only. */
export function dockerPs({ host: s, args }: ProgramCall): Io {
	const all = hasOption(args, 'all');
	const list = s.docker.containers
		.filter((c) => all || c.status === 'running')
		.sort((a, b) => b.created - a.created);
	if (hasOption(args, 'quiet')) return ok(list.map((c) => c.id.slice(0, 12) + '\n').join(''));
	const header =
		'CONTAINER ID   IMAGE         COMMAND                  CREATED          STATUS                      PORTS     NAMES\n';
	const row = (c: HostContainer) => {
		const status = c.status === 'running' ? 'Up 2 minutes' : 'Exited (0) 2 minutes ago';
		return `${c.id.slice(0, 12)}   ${c.image.padEnd(13)} ${c.command.padEnd(24)} 2 minutes ago    ${status.padEnd(27)} ${c.ports.padEnd(9)} ${c.name}\n`;
	};
	return ok(header + list.map(row).join(''));
}

/** `docker stop|start|restart|kill|rm`: each reference in turn; the name is echoed on success. */
export function containerVerb(verb: 'stop' | 'start' | 'restart' | 'kill' | 'rm') {
	return ({ host: s, args }: ProgramCall): Io =>
		eachRef(args.operands, (ref) => {
			const c = findContainer(s, ref);
			if (!c) return { error: noSuch(ref) };
			if (verb === 'rm') {
				if (c.status === 'running' && !hasOption(args, 'force'))
					return {
						error: `Error response from daemon: cannot remove container "/${c.name}": container is running: stop the container before removing or force remove`
					};
				s.docker.containers = s.docker.containers.filter((x) => x !== c);
				renameInNetworks(s, c.name, null);
			} else if (verb === 'kill') {
				if (c.status !== 'running')
					return {
						error: `Error response from daemon: cannot kill container: ${ref}: container ${c.id} is not running`
					};
				c.status = 'exited';
			} else c.status = verb === 'stop' ? 'exited' : startedStatus(c);
			return { out: ref + '\n' };
		});
}

/** `docker logs`: what the container's image prints. */
export function dockerLogs({ host: s, args }: ProgramCall): Io {
	const c = findContainer(s, args.operands[0]!);
	if (!c) return err(noSuch(args.operands[0]!), 1);
	return ok(REGISTRY[imageRef(c.image).repo]?.logs ?? '');
}

/** `docker exec`: the container must be running; nothing runs inside it on the drill host. */
export function dockerExec({ host: s, args }: ProgramCall): Io {
	const c = findContainer(s, args.operands[0]!);
	if (!c) return err(noSuch(args.operands[0]!), 1);
	if (c.status !== 'running')
		return err(`Error response from daemon: container ${c.id} is not running`, 1);
	return withNote(ok(), 'host-exec-not-simulated');
}

function inspectFields(
	c: HostContainer | undefined,
	image: string | undefined
): Record<string, string> {
	return c
		? { '.State.Status': c.status, '.Name': '/' + c.name, '.Id': c.id, '.Config.Image': c.image }
		: { '.Id': 'sha256:' + fakeHex(image!, 64) };
}

function inspectJson(c: HostContainer | undefined, image: string | undefined): string {
	if (c)
		return `[\n    {\n        "Id": "${c.id}",\n        "Name": "/${c.name}",\n        "State": {\n            "Status": "${c.status}",\n            "Running": ${c.status === 'running'}\n        },\n        "Config": {\n            "Image": "${c.image}"\n        }\n    }\n]\n`;
	return `[\n    {\n        "Id": "sha256:${fakeHex(image!, 64)}",\n        "RepoTags": [\n            "${image}"\n        ]\n    }\n]\n`;
}

/** `docker inspect`: containers or images as JSON, or one `--format '{{.Field}}'`. */
export function dockerInspect({ host: s, args }: ProgramCall): Io {
	const format = optionValues(args, 'format').at(-1);
	let stdout = '';
	for (const ref of args.operands) {
		const c = findContainer(s, ref);
		const image = s.docker.images.find((i) => i === ref || imageRef(i).repo === ref);
		if (!c && !image) return { stdout, stderr: `Error: No such object: ${ref}\n`, exit: 1 };
		if (format === undefined) {
			stdout += inspectJson(c, image);
			continue;
		}
		const key = /^\{\{\s*([.A-Za-z]+)\s*\}\}$/.exec(format)?.[1];
		const fields = inspectFields(c, image);
		stdout += (key && fields[key] !== undefined ? fields[key] : '<no value>') + '\n';
	}
	return ok(stdout);
}
