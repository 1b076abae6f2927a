/**
 * The app's static build, served on the benchmark's own port.
 *
 * Other engineers rebuild `build/` (and `.svelte-kit/output`, which `vite preview` serves) in the
 * same working tree while the benchmark runs; a rebuild in the middle of a run made pages 404
 * and the run fail. So the benchmark copies `build/` (adapter-static's output: exactly what gets
 * deployed) to a private snapshot once a complete build is there, and serves that snapshot with
 * a small static server that answers like the preview server: `/review` → `review.html`,
 * `/quiz/take` → `quiz/take.html`, `/` → `index.html`, long-lived caching for
 * `/_app/immutable/`, gzip for text types as `vite preview` does. Bundle sizes are read from the
 * same snapshot.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import os from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const BUILD = fileURLToPath(new URL('../build', import.meta.url));

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json',
	'.webmanifest': 'application/manifest+json',
	'.png': 'image/png',
	'.svg': 'image/svg+xml',
	'.ico': 'image/x-icon',
	'.webp': 'image/webp',
	'.woff2': 'font/woff2',
	'.txt': 'text/plain; charset=utf-8'
};

/** Types `vite preview` compresses (its @polka/compression default). */
const COMPRESSIBLE = /text|javascript|\/json|xml/i;

/** URLs of the precache manifest in a build's `sw.js` (workbox `{url, revision}` entries). */
export function precacheUrls(dir: string): string[] {
	const sw = readFileSync(join(dir, 'sw.js'), 'utf8');
	return [...sw.matchAll(/url:"([^"]+)"/g)].map((m) => m[1] as string);
}

/** The file a URL path is served from: the file, `<path>.html` or `<path>/index.html`. */
export function fileForUrl(dir: string, url: string): string | null {
	const path = join(dir, normalize(decodeURIComponent(url)).replace(/^(\.\.[/\\])+/, ''));
	if (!path.startsWith(dir)) return null;
	for (const candidate of [path, `${path.replace(/\/$/, '')}.html`, join(path, 'index.html')]) {
		if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
	}
	return null;
}

function complete(dir: string): boolean {
	try {
		return precacheUrls(dir).every((url) => fileForUrl(dir, url) !== null);
	} catch {
		return false;
	}
}

/**
 * Copy `build/` to a private directory once it is complete (every precached file present; a
 * build in progress is waited for, up to `timeoutMs`).
 */
export async function snapshotBuild(timeoutMs = 180_000): Promise<string> {
	const end = Date.now() + timeoutMs;
	for (;;) {
		const dir = mkdtempSync(join(os.tmpdir(), 'study-docker-bench-'));
		try {
			cpSync(BUILD, dir, { recursive: true });
		} catch {
			// files vanished while copying: a build is running
		}
		if (complete(dir)) return dir;
		rmSync(dir, { recursive: true, force: true });
		if (Date.now() > end) throw new Error('build/ stayed incomplete (a build kept running?)');
		await new Promise((r) => setTimeout(r, 5000));
	}
}

/** A running static server. */
export interface StaticServer {
	origin: string;
	/** The snapshot directory served. */
	dir: string;
	stop(): Promise<void>;
}

/** Serve `dir` on `port` (fails if the port is taken). */
export async function serveStatic(dir: string, port: number): Promise<StaticServer> {
	const gzipped = new Map<string, Buffer>();
	const server: Server = createServer((req, res) => {
		const url = new URL(req.url ?? '/', 'http://localhost');
		const file = fileForUrl(dir, url.pathname);
		if (!file || (req.method !== 'GET' && req.method !== 'HEAD')) {
			res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
			return;
		}
		const type = TYPES[extname(file)] ?? 'application/octet-stream';
		let body: Buffer = readFileSync(file);
		const headers: Record<string, string | number> = {
			'content-type': type,
			'cache-control': url.pathname.startsWith('/_app/immutable/')
				? 'public, max-age=31536000, immutable'
				: 'no-cache',
			vary: 'Accept-Encoding'
		};
		// As `vite preview` does (@polka/compression): gzip text types of 1 kB and more.
		const gzipOk = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
		if (gzipOk && COMPRESSIBLE.test(type) && body.length >= 1024) {
			let packed = gzipped.get(file);
			if (!packed) gzipped.set(file, (packed = gzipSync(body)));
			body = packed;
			headers['content-encoding'] = 'gzip';
		}
		headers['content-length'] = body.length;
		res.writeHead(200, headers);
		res.end(req.method === 'HEAD' ? undefined : body);
	});
	await new Promise<void>((resolve, reject) => {
		server.once('error', reject);
		server.listen(port, () => resolve());
	});
	return {
		origin: `http://localhost:${port}`,
		dir,
		stop: () =>
			new Promise<void>((resolve) => {
				server.closeAllConnections();
				server.close(() => resolve());
			})
	};
}
