/** Docker's volume and network commands and the prunes, on the simulated daemon. */
import { imageRef } from '../../names';
import { hasOption, optionValues, type ParsedArgs } from '../../spec';
import { err, ok, withNote, type Io, type ProgramCall } from '../program';
import { eachRef, fakeHex } from './daemon';

/** What the prunes print before acting; the drill answers the `[y/N]` question with y. */
function confirmed(args: ParsedArgs, warning: string, io: Io): Io {
	if (hasOption(args, 'force')) return io;
	const asked = `WARNING! ${warning}\nAre you sure you want to continue? [y/N] y\n`;
	return withNote({ ...io, stdout: asked + io.stdout }, 'host-confirm-assumed');
}

/** `docker container prune`: removes every stopped container. */
export function containerPrune({ host: s, args }: ProgramCall): Io {
	const gone = s.docker.containers.filter((c) => c.status !== 'running');
	s.docker.containers = s.docker.containers.filter((c) => c.status === 'running');
	const list = gone.length ? `Deleted Containers:\n${gone.map((c) => c.id + '\n').join('')}\n` : '';
	return confirmed(
		args,
		'This will remove all stopped containers.',
		ok(list + 'Total reclaimed space: 0B\n')
	);
}

function imagePruneWarning(args: ParsedArgs): string {
	return hasOption(args, 'all')
		? 'This will remove all images without at least one container associated to them.'
		: 'This will remove all dangling images.';
}

function systemPruneWarning(args: ParsedArgs): string {
	const items = [
		'all stopped containers',
		'all networks not used by at least one container',
		...(hasOption(args, 'volumes')
			? ['all anonymous volumes not used by at least one container']
			: []),
		hasOption(args, 'all')
			? 'all images without at least one container associated to them'
			: 'all dangling images',
		'unused build cache'
	];
	return 'This will remove:\n' + items.map((i) => `  - ${i}\n`).join('');
}

/** `docker image prune` (dangling only; `-a` every unused image) and `docker system prune`. */
export function imagePrune(system: boolean) {
	return ({ host: s, args }: ProgramCall): Io => {
		const used = new Set(
			s.docker.containers.map((c) => `${imageRef(c.image).repo}:${imageRef(c.image).tag}`)
		);
		if (system) s.docker.containers = s.docker.containers.filter((c) => c.status === 'running');
		const gone = hasOption(args, 'all') ? s.docker.images.filter((i) => !used.has(i)) : [];
		s.docker.images = s.docker.images.filter((i) => !gone.includes(i));
		const warning = system ? systemPruneWarning(args) : imagePruneWarning(args);
		return confirmed(
			args,
			warning,
			ok(gone.map((i) => `untagged: ${i}\n`).join('') + 'Total reclaimed space: 0B\n')
		);
	};
}

/** `docker volume create [NAME]`: an unnamed volume gets a made-up name. */
export function volumeCreate({ host: s, args }: ProgramCall): Io {
	const name =
		args.operands[0] ?? optionValues(args, 'name').at(-1) ?? fakeHex('vol' + s.docker.serial++, 64);
	if (!s.docker.volumes.includes(name)) s.docker.volumes.push(name);
	return ok(name + '\n');
}

/** `docker volume ls`. */
export function volumeLs({ host: s, args }: ProgramCall): Io {
	if (hasOption(args, 'quiet')) return ok(s.docker.volumes.map((v) => v + '\n').join(''));
	return ok('DRIVER    VOLUME NAME\n' + s.docker.volumes.map((v) => `local     ${v}\n`).join(''));
}

/** `docker volume inspect`. */
export function volumeInspect({ host: s, args }: ProgramCall): Io {
	const missing = args.operands.find((v) => !s.docker.volumes.includes(v));
	if (missing) return err(`Error response from daemon: get ${missing}: no such volume`, 1);
	const one = (v: string) =>
		`    {\n        "Driver": "local",\n        "Mountpoint": "/var/lib/docker/volumes/${v}/_data",\n        "Name": "${v}",\n        "Scope": "local"\n    }`;
	return ok('[\n' + args.operands.map(one).join(',\n') + '\n]\n');
}

/** `docker volume rm`. */
export function volumeRm({ host: s, args }: ProgramCall): Io {
	return eachRef(args.operands, (v) => {
		if (!s.docker.volumes.includes(v))
			return { error: `Error response from daemon: get ${v}: no such volume` };
		s.docker.volumes = s.docker.volumes.filter((x) => x !== v);
		return { out: v + '\n' };
	});
}

/** `docker volume prune`: without `--all` only anonymous volumes go; the drill has named ones only. */
export function volumePrune({ host: s, args }: ProgramCall): Io {
	if (hasOption(args, 'all')) s.docker.volumes = [];
	return confirmed(
		args,
		'This will remove anonymous local volumes not used by at least one container.',
		ok('Total reclaimed space: 0B\n')
	);
}
