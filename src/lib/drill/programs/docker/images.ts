/** Docker's image commands on the simulated daemon: images, pull, rmi, tag, history, search, push, build. */
import { imageRef } from '../../names';
import { hasOption, optionValues } from '../../spec';
import { err, ok, type Io, type ProgramCall } from '../program';
import { REGISTRY, eachRef, fakeHex, hasImage, pullImage } from './daemon';

const noSuchImage = (ref: string) => {
	const { repo, tag } = imageRef(ref);
	return `Error response from daemon: No such image: ${repo}:${tag}`;
};

/** `docker images`: repository, tag, a made-up id; `-q` ids only. */
export function dockerImages({ host: s, args }: ProgramCall): Io {
	if (hasOption(args, 'quiet'))
		return ok(s.docker.images.map((i) => fakeHex(i, 12) + '\n').join(''));
	const row = (i: string) => {
		const { repo, tag } = imageRef(i);
		const size = i.startsWith('hello-world') ? '13.3kB' : '120MB';
		return `${repo.padEnd(13)} ${tag.padEnd(9)} ${fakeHex(i, 12)}   2 weeks ago    ${size}\n`;
	};
	return ok(
		'REPOSITORY    TAG       IMAGE ID       CREATED        SIZE\n' +
			s.docker.images.map(row).join('')
	);
}

/** `docker pull`: from the simulated registry; an untagged name says it uses `latest`. */
export function dockerPull({ host: s, args }: ProgramCall): Io {
	const image = args.operands[0]!;
	const pulled = pullImage(s, image, hasOption(args, 'quiet'));
	const untagged = !image.includes(':') && !image.includes('@');
	return untagged && pulled.exit === 0
		? { ...pulled, stdout: 'Using default tag: latest\n' + pulled.stdout }
		: pulled;
}

/** `docker rmi`: refuses an image a container uses unless `-f`. */
export function dockerRmi({ host: s, args }: ProgramCall): Io {
	return eachRef(args.operands, (image) => {
		const { repo, tag } = imageRef(image);
		const ref = `${repo}:${tag}`;
		if (!s.docker.images.includes(ref)) return { error: noSuchImage(image) };
		const user = s.docker.containers.find((c) => c.image === repo || c.image === ref);
		if (user && !hasOption(args, 'force'))
			return {
				error: `Error response from daemon: conflict: unable to remove repository reference "${image}" (must force) - container ${user.id.slice(0, 12)} is using its referenced image ${fakeHex(ref, 12)}`
			};
		s.docker.images = s.docker.images.filter((i) => i !== ref);
		return { out: `Untagged: ${ref}\nDeleted: sha256:${fakeHex(ref, 64)}\n` };
	});
}

/** `docker tag SOURCE TARGET`: a second name for a local image. */
export function dockerTag({ host: s, args }: ProgramCall): Io {
	const [from, to] = args.operands as [string, string];
	if (!hasImage(s, from)) return err(noSuchImage(from), 1);
	const target = imageRef(to);
	if (!hasImage(s, to)) s.docker.images.push(`${target.repo}:${target.tag}`);
	return ok();
}

/** `docker history`: the layers of a local image (made up). */
export function dockerHistory({ host: s, args }: ProgramCall): Io {
	const image = args.operands[0]!;
	if (!hasImage(s, image)) return err(noSuchImage(image), 1);
	const { repo, tag } = imageRef(image);
	const cmd = REGISTRY[repo]?.command.replace(/"/g, '') ?? '';
	return ok(
		'IMAGE          CREATED       CREATED BY                                      SIZE      COMMENT\n' +
			`${fakeHex(`${repo}:${tag}`, 12)}   2 weeks ago   CMD [${cmd}]`.padEnd(76) +
			' 0B        buildkit.dockerfile.v0\n' +
			`<missing>      2 weeks ago   COPY . / # buildkit`.padEnd(76) +
			' 13.3kB    buildkit.dockerfile.v0\n'
	);
}

/** `docker search TERM`: the simulated registry's official images whose name contains the term. */
export function dockerSearch({ args }: ProgramCall): Io {
	const term = args.operands[0]!.toLowerCase();
	const row = (h: string) =>
		`${h.padEnd(13)} Official ${h} image (drill copy)`.padEnd(51) + ' 10000     [OK]\n';
	return ok(
		'NAME          DESCRIPTION                          STARS     OFFICIAL\n' +
			Object.keys(REGISTRY)
				.filter((name) => name.includes(term))
				.map(row)
				.join('')
	);
}

/** `docker push`: the image must exist locally; the drill is not logged in to any registry. */
export function dockerPush({ host: s, args }: ProgramCall): Io {
	const { repo } = imageRef(args.operands[0]!);
	if (!hasImage(s, args.operands[0]!))
		return err(`An image does not exist locally with the tag: ${repo}`, 1);
	return err(
		`The push refers to repository [docker.io/${repo.includes('/') ? repo : 'library/' + repo}]\ndenied: requested access to the resource is denied`,
		1
	);
}

/** `docker build`: the drill host has no Dockerfile. */
export function dockerBuild({ args }: ProgramCall): Io {
	const file = optionValues(args, 'file').at(-1) ?? 'Dockerfile';
	return err(
		`ERROR: failed to solve: failed to read dockerfile: open ${file}: no such file or directory`,
		1
	);
}
