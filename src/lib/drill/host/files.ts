/**
 * Files of the simulated host: the learner's home directory only, keyed by the path as the shell
 * resolves it from there (`./get-docker.sh`, `~/get-docker.sh` and `get-docker.sh` are one file),
 * with the same resolver the judge uses.
 */
import { canonicalPath } from '../names';
import { SCRIPT_MARK } from './install-script';
import { homeOf, type FileKind, type HostFile, type HostState } from './state';

/** The key of a file named `name` on the host. */
export function fileKey(s: HostState, name: string): string {
	return canonicalPath(name, homeOf(s, s.loginUser));
}

/** The file `name` refers to, if it exists. */
export function readFile(s: HostState, name: string): HostFile | undefined {
	const key = fileKey(s, name);
	return Object.prototype.hasOwnProperty.call(s.files, key) ? s.files[key] : undefined;
}

/** What a file's content is, for the judge (`docker-install-script`) and the simulated sh. */
export function classify(content: string): FileKind {
	if (content.includes(SCRIPT_MARK)) return 'docker-install-script';
	if (content.trimStart().startsWith('<html')) return 'html';
	return 'text';
}

/** Write (or append to) a file. */
export function writeFile(
	s: HostState,
	name: string,
	content: string,
	owner: string,
	append = false
): void {
	const key = fileKey(s, name);
	const text = (append ? (readFile(s, name)?.content ?? '') : '') + content;
	s.files[key] = { kind: classify(text), content: text, owner };
}

/** Remove a file; false when there was none. */
export function removeFile(s: HostState, name: string): boolean {
	const key = fileKey(s, name);
	if (!readFile(s, name)) return false;
	delete s.files[key];
	return true;
}
