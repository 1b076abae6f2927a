/** curl(1), curl 8.x: options anywhere, no `--opt=value`, `--no-` negates a boolean. */
import { writeFile } from '../host/files';
import { retrieve } from '../host/network';
import { hasOption, spec, f, v } from '../spec';
import { err, ok, type Io, type Program, type ProgramCall } from './program';
import { readTransfer } from './transfer';

const curlSpec = spec(
	'curl',
	'curl',
	[
		f('f', 'fail', 'fail on HTTP errors (4xx/5xx) without writing the body'),
		f(undefined, 'fail-with-body'),
		f('s', 'silent', 'hide the progress meter and error messages'),
		f('S', 'show-error', 'show errors even with -s'),
		f('L', 'location', 'follow redirects (3xx)'),
		v('o', 'output', 'write the body to a file'),
		f('O', 'remote-name', "save under the URL's file name"),
		f('I', 'head'),
		f('i', 'include'),
		f('v', 'verbose'),
		f('k', 'insecure'),
		v('H', 'header'),
		v('X', 'request'),
		v('d', 'data'),
		v('u', 'user'),
		v('A', 'user-agent'),
		v('x', 'proxy'),
		v('C', 'continue-at'),
		f('#', 'progress-bar'),
		v('m', 'max-time'),
		v(undefined, 'connect-timeout'),
		v('w', 'write-out'),
		v(undefined, 'retry'),
		f(undefined, 'compressed'),
		v(undefined, 'proto'),
		f(undefined, 'tlsv1.2'),
		f('4', 'ipv4'),
		f('6', 'ipv6'),
		f(undefined, 'create-dirs'),
		v('e', 'referer'),
		v('b', 'cookie'),
		v('c', 'cookie-jar'),
		v('F', 'form'),
		v('T', 'upload-file'),
		v('r', 'range'),
		f('N', 'no-buffer'),
		f('n', 'netrc'),
		f('h', 'help'),
		f('V', 'version')
	],
	'Usage: curl [options...] <url>'
);

const METER =
	'  % Total    % Received % Xferd  Average Speed   Time    Time     Time  Current\n' +
	'                                 Dload  Upload   Total   Spent    Left  Speed\n';

function meter(bytes: number): string {
	const n = String(bytes).padStart(5);
	return `${METER}100 ${n}  100 ${n}    0     0   180k      0 --:--:-- --:--:-- --:--:--  181k\n`;
}

/**
 * Fetch one URL from the simulated network. The progress meter goes to stderr when the body goes
 * to a file or a pipe (curl(1): not when writing to the terminal), unless `-s`.
 */
function run({ host: s, args, actor, toTerminal }: ProgramCall): Io {
	if (hasOption(args, 'version'))
		return ok('curl 8.5.0 (x86_64-pc-linux-gnu) libcurl/8.5.0 OpenSSL/3.0.13\n');
	const t = readTransfer(args)!;
	const shown = (text: string) => (t.showError ? text : '');
	if (t.url === '')
		return err(
			"curl: no URL specified\ncurl: try 'curl --help' or 'curl --manual' for more information",
			2
		);
	const r = retrieve(t.url, t.follow);
	if (!r.ok) {
		const why =
			r.reason === 'resolve' ? `Could not resolve host: ${r.host}` : 'Maximum redirects followed';
		return err(shown(`curl: (${r.code}) ${why}`), r.code);
	}
	const { response } = r;
	if (response.status >= 400 && t.fail)
		return err(shown(`curl: (22) The requested URL returned error: ${response.status}`), 22);
	const progress = !t.quiet && (t.target !== '-' || !toTerminal) ? meter(response.body.length) : '';
	if (t.target === '') return err(shown('curl: Remote file name has no length!'), 23);
	if (t.target !== '-') {
		writeFile(s, t.target, response.body, actor.user);
		return { stdout: '', stderr: progress, exit: 0 };
	}
	return { stdout: response.body, stderr: progress, exit: 0 };
}

/** curl(1). */
export const curl: Program = { spec: curlSpec, run };
