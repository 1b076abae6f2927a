/**
 * The e2e web server: serves the static build in `build/` (what `npm start` serves), by the same
 * small server the update test uses. Unlike `vite preview` it reads files on every request, so a
 * second build made by a test (into another folder) never leaves it serving a stale file list.
 * Usage: tsx tests/e2e/serve.ts <dir> <port>
 */
import { resolve } from 'node:path';
import { startStaticServer } from './static-server';

const [dir = 'build', port = '4173'] = process.argv.slice(2);
const server = await startStaticServer(resolve(dir), Number(port));
console.log(`serving ${dir} on ${server.url}`);
