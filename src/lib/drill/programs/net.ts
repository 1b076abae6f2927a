/** Downloaders: curl(1) and wget(1). */
import { f, spec, v } from '../spec';

/** curl(1), curl 8.x: options anywhere, no `--opt=value`, `--no-` negates a boolean. */
export const curl = spec(
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

/** wget(1), GNU Wget 1.21. `-nv` is `-n v`; `-O -` writes to standard output. */
export const wget = spec(
	'wget',
	'gnu',
	[
		f('q', 'quiet', 'turn off progress output'),
		v('O', 'output-document', 'write to a file (- is standard output)'),
		f('v', 'verbose'),
		v('n', undefined),
		f(undefined, 'no-verbose'),
		f('c', 'continue'),
		v('P', 'directory-prefix'),
		f('N', 'timestamping'),
		f('S', 'server-response'),
		f(undefined, 'spider'),
		v('T', 'timeout'),
		v('t', 'tries'),
		v('U', 'user-agent'),
		v(undefined, 'header'),
		f('b', 'background'),
		v('i', 'input-file'),
		f(undefined, 'no-check-certificate'),
		f('h', 'help'),
		f('V', 'version')
	],
	'Usage: wget [OPTION]... [URL]...'
);
