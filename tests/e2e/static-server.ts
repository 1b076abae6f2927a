/**
 * A minimal static server for the update-flow test: serves one build folder, can switch to
 * another while running (a deploy of a new version), maps clean URLs to prerendered `.html`.
 */
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json',
	'.webmanifest': 'application/manifest+json',
	'.png': 'image/png',
	'.svg': 'image/svg+xml',
	'.txt': 'text/plain; charset=utf-8',
	'.woff2': 'font/woff2'
};

export interface StaticServer {
	url: string;
	/** Serve another folder from now on. */
	serve(dir: string): void;
	close(): Promise<void>;
}

export function startStaticServer(dir: string, port: number): Promise<StaticServer> {
	let root = dir;
	const server: Server = createServer((req, res) => {
		const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
		const candidates = [path, `${path}.html`, join(path, 'index.html')].map((p) => join(root, p));
		const file = candidates.find(
			(f) => f.startsWith(root) && existsSync(f) && statSync(f).isFile()
		);
		if (!file) {
			res.writeHead(404).end('not found');
			return;
		}
		res.writeHead(200, {
			'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
			'cache-control': 'no-cache'
		});
		res.end(readFileSync(file));
	});
	return new Promise((resolve) =>
		server.listen(port, () =>
			resolve({
				url: `http://localhost:${port}`,
				serve: (d) => (root = d),
				close: () => new Promise((r) => server.close(() => r()))
			})
		)
	);
}
