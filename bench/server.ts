/**
 * The app's static build served by `vite preview` on the benchmark's own port (other engineers
 * run previews on theirs). The server runs in its own process group, so stopping it stops only
 * the processes this benchmark started.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** A running preview server. */
export interface PreviewServer {
	origin: string;
	stop(): void;
}

async function waitFor(url: string, timeoutMs: number, child: ChildProcess): Promise<void> {
	const end = Date.now() + timeoutMs;
	while (Date.now() < end) {
		if (child.exitCode !== null) throw new Error(`vite preview exited with ${child.exitCode}`);
		try {
			const res = await fetch(url);
			if (res.ok) return;
		} catch {
			// not listening yet
		}
		await new Promise((r) => setTimeout(r, 250));
	}
	throw new Error(`vite preview did not answer at ${url} within ${timeoutMs} ms`);
}

/**
 * Start `vite preview --port <port> --strictPort` (fails if the port is taken) and wait until
 * it serves `/`.
 */
export async function startPreview(port: number): Promise<PreviewServer> {
	const child = spawn('npx', ['vite', 'preview', '--port', String(port), '--strictPort'], {
		cwd: ROOT,
		detached: true,
		stdio: ['ignore', 'pipe', 'pipe']
	});
	let output = '';
	child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
	child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
	const stop = () => {
		if (child.pid !== undefined && child.exitCode === null) {
			try {
				process.kill(-child.pid, 'SIGTERM');
			} catch {
				// already gone
			}
		}
	};
	const origin = `http://localhost:${port}`;
	try {
		await waitFor(`${origin}/`, 60_000, child);
	} catch (error) {
		stop();
		throw new Error(`${(error as Error).message}\n${output}`);
	}
	return { origin, stop };
}
