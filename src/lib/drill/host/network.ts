/**
 * The simulated network: only `get.docker.com` exists (every other host fails to resolve). Plain
 * HTTP is redirected to HTTPS with a 301, `/` serves the install script, every other path 404.
 * Nothing is ever fetched for real.
 */
import { splitUrl } from '../url';
import { INSTALL_SCRIPT } from './install-script';

/** One HTTP response. */
export interface Response {
	status: number;
	body: string;
	location?: string;
}

/** A transfer after redirects, or why it failed (curl's exit code: 6 resolve, 47 redirects). */
export type Retrieved =
	| { ok: true; response: Response; hops: number }
	| { ok: false; reason: 'resolve' | 'redirects'; host: string; code: number };

const page = (title: string): string =>
	`<html>\n<head><title>${title}</title></head>\n<body>\n<h1>${title}</h1>\n</body>\n</html>\n`;

const SCRIPT_HOST = 'get.docker.com';

/** One request, no redirects followed. A word without a scheme is read as `http://` (curl(1), wget(1)). */
export function request(url: string): Response | { host: string } {
	const parts = splitUrl(url);
	const scheme = parts?.scheme ?? 'http';
	const host = parts?.host ?? url;
	const path = parts?.path || '/';
	if (host !== SCRIPT_HOST) return { host };
	if (scheme !== 'https')
		return { status: 301, body: page('301 Moved Permanently'), location: `https://${host}${path}` };
	if (path === '/') return { status: 200, body: INSTALL_SCRIPT };
	return { status: 404, body: page('404 Not Found') };
}

/** Fetch `url`, following up to 5 redirects when `follow` is set (curl `-L`; wget always). */
export function retrieve(url: string, follow: boolean): Retrieved {
	let current = url;
	for (let hops = 0; hops < 5; hops++) {
		const r = request(current);
		if (!('status' in r)) return { ok: false, reason: 'resolve', host: r.host, code: 6 };
		if (r.status === 301 && follow && r.location) {
			current = r.location;
			continue;
		}
		return { ok: true, response: r, hops };
	}
	return { ok: false, reason: 'redirects', host: '', code: 47 };
}
