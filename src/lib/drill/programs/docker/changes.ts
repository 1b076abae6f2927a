/**
 * Docker commands that copy or rename things: `docker rename`, `commit`, `cp`, `save`, `load`,
 * `logout`. Containers have no file system on the drill host: `cp` checks both ends and reports
 * the copy; files copied out of a container are written to the home directory.
 */
import { readFile, writeFile } from '../../host/files';
import { imageRef } from '../../names';
import { optionValues } from '../../spec';
import { err, ok, type Io, type ProgramCall } from '../program';
import { fakeHex, findContainer, hasImage } from './daemon';
import { renameInNetworks } from './networks';

const noSuch = (ref: string) => `Error response from daemon: No such container: ${ref}`;

/** `docker rename OLD NEW`. */
export function dockerRename({ host: s, args }: ProgramCall): Io {
	const [from, to] = args.operands as [string, string];
	const c = findContainer(s, from);
	if (!c) return err(noSuch(from), 1);
	if (s.docker.containers.some((x) => x.name === to))
		return err(
			`Error response from daemon: Conflict. The container name "/${to}" is already in use`,
			1
		);
	renameInNetworks(s, c.name, to);
	c.name = to;
	return ok();
}

/** `docker commit CONTAINER [REPOSITORY[:TAG]]`: a new image from the container. */
export function dockerCommit({ host: s, args }: ProgramCall): Io {
	const [ref, name] = args.operands as [string, string | undefined];
	const c = findContainer(s, ref);
	if (!c) return err(noSuch(ref), 1);
	const id = fakeHex(`commit/${c.id}/${name ?? ''}`, 64);
	if (name !== undefined) {
		const { repo, tag } = imageRef(name);
		if (!hasImage(s, name)) s.docker.images.push(`${repo}:${tag}`);
	}
	return ok(`sha256:${id}\n`);
}

/** `docker cp SRC DEST`: one end is `CONTAINER:PATH`, the other a host path (or `-`). */
export function dockerCp({ host: s, args, actor }: ProgramCall): Io {
	const [src, dest] = args.operands as [string, string];
	const inContainer = (p: string) => /^[^/.~][^:]*:/.test(p);
	const [outside, inside] = inContainer(src) ? [dest, src] : [src, dest];
	if (!inContainer(inside)) return err('must specify at least one container source', 1);
	const name = inside.slice(0, inside.indexOf(':'));
	if (!findContainer(s, name)) return err(noSuch(name), 1);
	if (inContainer(src)) {
		if (outside !== '-') writeFile(s, outside, '', actor.user);
		return ok(`Successfully copied 2.05kB to ${outside}\n`);
	}
	const file = readFile(s, outside);
	if (!file) return err(`lstat /home/${s.loginUser}/${outside}: no such file or directory`, 1);
	return ok(`Successfully copied ${file.content.length}B to ${inside}\n`);
}

/** `docker save -o FILE IMAGE…`: writes a tar of the images (standard output refuses a terminal). */
export function dockerSave({ host: s, args, actor, toTerminal }: ProgramCall): Io {
	const missing = args.operands.find((i) => !hasImage(s, i));
	if (missing) return err(`Error response from daemon: reference does not exist: ${missing}`, 1);
	const out = optionValues(args, 'output').at(-1);
	const tar = `docker image archive: ${args.operands.join(' ')}\n`;
	if (out !== undefined) {
		writeFile(s, out, tar, actor.user);
		return ok();
	}
	if (toTerminal)
		return err('cowardly refusing to save to a terminal. Use the -o flag or redirect', 1);
	return ok(tar);
}

/** `docker load -i FILE` (or from standard input): the images of a saved archive. */
export function dockerLoad({ host: s, args, stdin }: ProgramCall): Io {
	const input = optionValues(args, 'input').at(-1);
	const text = input !== undefined ? readFile(s, input)?.content : (stdin ?? undefined);
	if (text === undefined)
		return err(
			input !== undefined
				? `open ${input}: no such file or directory`
				: 'requested load from stdin, but stdin is empty',
			1
		);
	const m = /^docker image archive: (.*)$/m.exec(text);
	if (!m) return err('Error response from daemon: unexpected EOF', 1);
	let stdout = '';
	for (const image of m[1]!.split(' ').filter(Boolean)) {
		const { repo, tag } = imageRef(image);
		if (!hasImage(s, image)) s.docker.images.push(`${repo}:${tag}`);
		stdout += `Loaded image: ${repo}:${tag}\n`;
	}
	return ok(stdout);
}

/** `docker logout`: the drill host holds no credentials. */
export function dockerLogout(): Io {
	return ok('Removing login credentials for https://index.docker.io/v1/\n');
}
