/** File tools of GNU coreutils (ls, cat, rm, chmod), common options only, on the home directory. */
import { readFile, removeFile } from '../host/files';
import { hasOption, helpVersion, spec, f, v } from '../spec';
import { always, err, ok, type Io, type Program, type ProgramCall } from './program';

function runLs({ host: s, args }: ProgramCall): Io {
	const names = Object.keys(s.files).sort();
	if (args.operands.length > 0) {
		const missing = args.operands.filter((n) => !readFile(s, n));
		const found = args.operands.filter((n) => readFile(s, n));
		const stderr = missing
			.map((n) => `ls: cannot access '${n}': No such file or directory\n`)
			.join('');
		return { stdout: found.map((n) => n + '\n').join(''), stderr, exit: missing.length ? 2 : 0 };
	}
	if (!hasOption(args, 'l')) return ok(names.length ? names.join('  ') + '\n' : '');
	const rows = names.map((n) => {
		const file = s.files[n]!;
		return `-rw-rw-r-- 1 ${file.owner} ${file.owner} ${file.content.length} ${n}\n`;
	});
	return ok(`total ${names.length * 4}\n` + rows.join(''));
}

function runCat({ host: s, args, stdin }: ProgramCall): Io {
	if (args.operands.length === 0) return ok(stdin ?? '');
	let stdout = '';
	let stderr = '';
	for (const name of args.operands) {
		const file = readFile(s, name);
		if (file) stdout += file.content;
		else stderr += `cat: ${name}: No such file or directory\n`;
	}
	return { stdout, stderr, exit: stderr ? 1 : 0 };
}

function runRm({ host: s, args }: ProgramCall): Io {
	let stderr = '';
	for (const name of args.operands) {
		if (!removeFile(s, name) && !hasOption(args, 'force'))
			stderr += `rm: cannot remove '${name}': No such file or directory\n`;
	}
	return { stdout: '', stderr, exit: stderr ? 1 : 0 };
}

function runChmod({ host: s, args }: ProgramCall): Io {
	const missing = args.operands.slice(1).find((name) => !readFile(s, name));
	return missing === undefined
		? ok()
		: err(`chmod: cannot access '${missing}': No such file or directory`);
}

/** ls(1). */
export const ls: Program = {
	spec: spec(
		'ls',
		'gnu',
		[
			f('a', 'all'),
			f('A', 'almost-all'),
			f('l', undefined),
			f('h', 'human-readable'),
			f('1', undefined),
			f('t', undefined),
			f('r', 'reverse'),
			f('S', undefined),
			f('R', 'recursive'),
			f('d', 'directory'),
			f('F', 'classify'),
			v(undefined, 'color'),
			...helpVersion
		],
		'Usage: ls [OPTION]... [FILE]...'
	),
	run: runLs,
	readOnly: always
};

/** cat(1). */
export const cat: Program = {
	spec: spec(
		'cat',
		'gnu',
		[f('n', 'number'), f('A', 'show-all'), ...helpVersion],
		'Usage: cat [OPTION]... [FILE]...'
	),
	run: runCat,
	readOnly: always
};

/** rm(1). */
export const rm: Program = {
	spec: spec(
		'rm',
		'gnu',
		[f('f', 'force'), f('r', 'recursive'), f('i', undefined), f('v', 'verbose'), ...helpVersion],
		'Usage: rm [OPTION]... [FILE]...',
		{ minOperands: 1 }
	),
	run: runRm
};

/** chmod(1): modes are not modelled; only that the files exist. */
export const chmod: Program = {
	spec: spec(
		'chmod',
		'gnu',
		[f('R', 'recursive'), f('v', 'verbose'), ...helpVersion],
		'Usage: chmod [OPTION]... MODE[,MODE]... FILE...',
		{ minOperands: 2 }
	),
	run: runChmod
};
