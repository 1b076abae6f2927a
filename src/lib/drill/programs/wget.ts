/** wget(1), GNU Wget 1.21. `-nv` is `-n v`; `-O -` writes to standard output. */
import { writeFile } from '../host/files';
import { retrieve } from '../host/network';
import { hasOption, spec, f, v } from '../spec';
import { err, ok, type Io, type Program, type ProgramCall } from './program';
import { readTransfer } from './transfer';

const wgetSpec = spec(
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

const hasScheme = (url: string) => /^[a-z]+:\/\//i.test(url);

/** Fetch one URL (redirects followed); the progress report goes to stderr unless `-q`. */
function run({ host: s, args, actor }: ProgramCall): Io {
	if (hasOption(args, 'version')) return ok('GNU Wget 1.21.4 built on linux-gnu.\n');
	const t = readTransfer(args)!;
	if (t.url === '')
		return err(
			"wget: missing URL\nUsage: wget [OPTION]... [URL]...\n\nTry `wget --help' for more options.",
			1
		);
	const say = (text: string) => (t.quiet ? '' : text);
	const r = retrieve(hasScheme(t.url) ? t.url : 'https://' + t.url, true);
	const full = hasScheme(t.url) ? t.url : `http://${t.url}/`.replace(/\/\/$/, '/');
	const head = `--  ${full}\nResolving ${r.ok ? 'get.docker.com' : r.host}... `;
	if (!r.ok)
		return err(
			say(
				`${head}failed: Temporary failure in name resolution.\nwget: unable to resolve host address ‘${r.host}’`
			),
			4
		);
	const { status, body } = r.response;
	const sent = `${head}ok\nHTTP request sent, awaiting response... `;
	if (status >= 400) return err(say(`${sent}${status} Not Found\nERROR ${status}: Not Found.`), 8);
	if (t.target === '-') return { stdout: body, stderr: say(`${sent}200 OK\n`), exit: 0 };
	writeFile(s, t.target, body, actor.user);
	return {
		stdout: '',
		stderr: say(
			`${sent}200 OK\nSaving to: ‘${t.target}’\n\n‘${t.target}’ saved [${body.length}]\n`
		),
		exit: 0
	};
}

/** wget(1). */
export const wget: Program = { spec: wgetSpec, run };
