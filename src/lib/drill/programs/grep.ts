/** grep(1), GNU grep, with fixed-string matching only (no regular expression is built from input). */
import { readFile } from '../host/files';
import { hasOption, helpVersion, spec, f } from '../spec';
import { always, err, type Io, type Program, type ProgramCall } from './program';

const grepSpec = spec(
	'grep',
	'gnu',
	[
		f('i', 'ignore-case'),
		f('v', 'invert-match'),
		f('n', 'line-number'),
		f('c', 'count'),
		f('q', 'quiet'),
		f('w', 'word-regexp'),
		f('o', 'only-matching'),
		f('E', 'extended-regexp'),
		f('F', 'fixed-strings'),
		...helpVersion
	],
	'Usage: grep [OPTION]... PATTERNS [FILE]...',
	{ minOperands: 1 }
);

function run({ host: s, args, stdin }: ProgramCall): Io {
	const [pattern, ...names] = args.operands as [string, ...string[]];
	const ignore = hasOption(args, 'ignore-case');
	const invert = hasOption(args, 'invert-match');
	let text = stdin ?? '';
	if (names.length > 0) {
		const missing = names.find((n) => !readFile(s, n));
		if (missing) return err(`grep: ${missing}: No such file or directory`, 2);
		text = names.map((n) => readFile(s, n)!.content).join('');
	}
	const lines = text.split('\n').filter((l, i, all) => i < all.length - 1 || l !== '');
	const needle = ignore ? pattern.toLowerCase() : pattern;
	const hits = lines.filter((l) => (ignore ? l.toLowerCase() : l).includes(needle) !== invert);
	const exit = hits.length > 0 ? 0 : 1;
	if (hasOption(args, 'quiet')) return { stdout: '', stderr: '', exit };
	if (hasOption(args, 'count')) return { stdout: `${hits.length}\n`, stderr: '', exit };
	return { stdout: hits.map((l) => l + '\n').join(''), stderr: '', exit };
}

/** grep(1). */
export const grep: Program = { spec: grepSpec, run, readOnly: always };
