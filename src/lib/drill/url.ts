/**
 * URLs as curl and wget read them on the command line: the scheme may be missing (both then use
 * `http://`; curl(1) "URL", wget(1)). One reader for the judge and the simulated host.
 */

/** Parts of a URL word. `path` is '' when the word has none (`https://get.docker.com`). */
export interface UrlParts {
	/** Lowercased scheme, or null when the word has none. */
	scheme: string | null;
	/** Lowercased host name. */
	host: string;
	/** Path as written, without query or fragment ('' or starting with `/`). */
	path: string;
	/** The file name curl -O / wget would save to: the last path segment ('' when none). */
	fileName: string;
}

/** Split a URL word; null when it has no host (`-`, `''`, `/path`). */
export function splitUrl(word: string): UrlParts | null {
	const m = /^(?:([A-Za-z][A-Za-z0-9+.-]*):\/\/)?([^/?#:]+)(?::\d+)?([/?#].*)?$/.exec(word);
	if (!m) return null;
	const path = (m[3] ?? '').replace(/[?#].*$/, '');
	return {
		scheme: m[1]?.toLowerCase() ?? null,
		host: m[2]!.toLowerCase(),
		path,
		fileName: path.slice(path.lastIndexOf('/') + 1)
	};
}

/** Host of a URL word, or '' when there is none. */
export function urlHost(word: string): string {
	return splitUrl(word)?.host ?? '';
}
