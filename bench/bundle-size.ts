/**
 * What a first visit costs in bytes: the JS and CSS Chromium requests on a cold load of each
 * route (fresh context, empty cache and database), gzip-compressed (level 9) from the files of
 * the served build (the snapshot of `build/`, see `server.ts`), and the service worker's
 * precache (every URL in `sw.js`'s manifest).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from '@playwright/test';
import { fileForUrl, precacheUrls } from './server';

/** Gzip size (level 9) of some bytes. */
export function gzipBytes(data: Buffer | string): number {
	return gzipSync(data, { level: 9 }).length;
}

/** One file loaded by a page. */
export interface LoadedFile {
	path: string;
	kind: 'js' | 'css';
	bytes: number;
	gzip: number;
	/** Requested before the page's load event (modulepreloads, entry) or after (lazy imports). */
	phase: 'initial' | 'lazy';
	/** `build`: sized from the served build; `response`: from the response body (not found there). */
	from: 'build' | 'response';
	/** What the (minified) file holds, recognised by marker strings (see MARKERS). */
	contains: string[];
}

/** Strings that only a given library or data set leaves in a minified chunk. */
const MARKERS: [string, string][] = [
	['dexie', 'Dexie'],
	['ts-fsrs', 'request_retention'],
	['valibot', 'valibot'],
	['markdown-it (Markdown parser)', 'html_inline'],
	['micromark (Markdown parser)', 'setextHeadingLine'],
	['mdast-util-to-hast / hast-util-to-html', 'mustUseProperty'],
	['dompurify', 'DOMPurify'],
	['paraglide messages', 'paraglide'],
	['svelte runtime', 'svelte'],
	['workbox-window', 'controlling'],
	['uplot', 'uplot'],
	['shell-quote', 'shell-quote'],
	['bundled deck cards', 'questions/0'],
	['drill data', 'usermod'],
	// Message ids only these modules return (src/lib/quiz/attempt.ts, src/lib/drill/judge/generic.ts).
	['quiz code', 'empty-quiz'],
	['drill judge', 'unasked-options']
];

/** The first visit to one route. */
export interface RouteBytes {
	route: string;
	jsGzip: number;
	cssGzip: number;
	/** JS requested before the load event (the rest came from lazy imports after it). */
	initialJsGzip: number;
	requests: number;
	files: LoadedFile[];
}

/** Routes measured, with what to wait for before the visit counts as complete. */
export const ROUTES: { route: string; ready?: string }[] = [
	{ route: '/', ready: '[data-testid=deck]' },
	{ route: '/review', ready: '[data-testid=card], [data-testid=review-done]' },
	{ route: '/import' },
	{ route: '/settings' },
	{ route: '/stats' },
	{ route: '/drill' },
	{ route: '/quiz' }
];

/**
 * Cold-load `route` in a fresh context and size the JS/CSS it requested. The visit counts until
 * the `ready` selector shows (home: the deck list, after the bundled decks were written), the
 * network is idle and one more second passed.
 */
export async function measureRoute(
	browser: Browser,
	origin: string,
	dir: string,
	route: string,
	ready?: string
): Promise<RouteBytes> {
	const context = await browser.newContext({ serviceWorkers: 'block' });
	const page = await context.newPage();
	let loaded = false;
	page.on('load', () => (loaded = true));
	const seen = new Map<string, { kind: 'js' | 'css'; phase: 'initial' | 'lazy'; body?: Buffer }>();
	let requests = 0;
	page.on('request', (req) => {
		requests++;
		const url = new URL(req.url());
		if (url.origin !== origin) return;
		const kind = url.pathname.endsWith('.js') ? 'js' : url.pathname.endsWith('.css') ? 'css' : null;
		if (kind && !seen.has(url.pathname)) {
			seen.set(url.pathname, { kind, phase: loaded ? 'lazy' : 'initial' });
		}
	});
	page.on('response', async (res) => {
		const entry = seen.get(new URL(res.url()).pathname);
		if (entry && res.ok()) entry.body = await res.body().catch(() => undefined);
	});
	await page.goto(origin + route, { waitUntil: 'load' });
	if (ready) await page.locator(ready).first().waitFor({ timeout: 120_000 });
	await page.waitForLoadState('networkidle');
	await page.waitForTimeout(1000);
	await context.close();

	const files: LoadedFile[] = [];
	for (const [path, entry] of seen) {
		const file = join(dir, path);
		const fromBuild = existsSync(file);
		const data = fromBuild ? readFileSync(file) : entry.body;
		if (!data) continue;
		files.push({
			path,
			kind: entry.kind,
			bytes: data.length,
			gzip: gzipBytes(data),
			phase: entry.phase,
			from: fromBuild ? 'build' : 'response',
			contains: MARKERS.filter(([, marker]) => data.includes(marker)).map(([name]) => name)
		});
	}
	files.sort((a, b) => b.gzip - a.gzip);
	const sum = (f: LoadedFile[]) => f.reduce((n, x) => n + x.gzip, 0);
	const js = files.filter((f) => f.kind === 'js');
	return {
		route,
		jsGzip: sum(js),
		cssGzip: sum(files.filter((f) => f.kind === 'css')),
		initialJsGzip: sum(js.filter((f) => f.phase === 'initial')),
		requests,
		files
	};
}

/** The service worker's precache: entries, raw bytes and gzip bytes of their files in build/. */
export interface PrecacheSize {
	entries: number;
	bytes: number;
	gzip: number;
	missing: string[];
}

/** Read the precache manifest from the build's `sw.js` (workbox `precacheAndRoute([{url, revision}])`). */
export function precacheSize(dir: string): PrecacheSize {
	const urls = precacheUrls(dir);
	const out: PrecacheSize = { entries: urls.length, bytes: 0, gzip: 0, missing: [] };
	for (const url of urls) {
		const file = fileForUrl(dir, url.split('?')[0] as string);
		if (!file) {
			out.missing.push(url);
			continue;
		}
		const data = readFileSync(file);
		out.bytes += data.length;
		out.gzip += gzipBytes(data);
	}
	return out;
}
