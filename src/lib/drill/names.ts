/**
 * Names as the shell and Docker resolve them, shared by the judge and the simulated host so both
 * read a word the same way: file paths from the learner's home, image references in full.
 */

/** A path as the shell would resolve it from the learner's home: `./x.sh` = `x.sh`, `a//b/` = `a/b`. */
export function canonicalPath(word: string, home: string): string {
	if (word === '' || word === '-' || /^[a-z]+:\/\//i.test(word)) return word;
	let p = word.replace(/^~(?=\/|$)/, home);
	const absolute = p.startsWith('/');
	const parts: string[] = [];
	for (const seg of p.split('/')) {
		if (seg === '' || seg === '.') continue;
		if (seg === '..' && parts.length && parts[parts.length - 1] !== '..') parts.pop();
		else parts.push(seg);
	}
	p = (absolute ? '/' : '') + parts.join('/');
	if (p.startsWith(home + '/')) p = p.slice(home.length + 1);
	else if (p === home) p = '.';
	return p === '' ? (absolute ? '/' : '.') : p;
}

/**
 * An image reference in full: `hello-world` = `hello-world:latest` =
 * `docker.io/library/hello-world:latest` (Docker docs, "docker image tag": the default registry is
 * docker.io, the default namespace library, the default tag latest). Returned without the default
 * registry and namespace: `hello-world:latest`, `bob/app:v1`.
 */
export function canonicalImage(ref: string): string {
	let name = ref;
	if (name.startsWith('docker.io/')) name = name.slice('docker.io/'.length);
	if (name.startsWith('library/')) name = name.slice('library/'.length);
	const lastSlash = name.lastIndexOf('/');
	const hasTag = name.lastIndexOf(':') > lastSlash || name.includes('@');
	return hasTag ? name : `${name}:latest`;
}

/** An image reference split into repository and tag (`nginx` → `nginx`, `latest`). */
export function imageRef(ref: string): { repo: string; tag: string } {
	const full = canonicalImage(ref);
	const at = full.lastIndexOf(':');
	return at > 0 && !full.slice(at).includes('/')
		? { repo: full.slice(0, at), tag: full.slice(at + 1) }
		: { repo: full, tag: 'latest' };
}
