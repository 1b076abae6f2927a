/** File tools of GNU coreutils and grep(1), common options only. */
import { f, helpVersion, spec, v } from '../spec';

/** ls(1), GNU coreutils (common options only). */
export const ls = spec(
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
);

/** cat(1) and rm(1), GNU coreutils (common options only). */
export const cat = spec(
	'cat',
	'gnu',
	[f('n', 'number'), f('A', 'show-all'), ...helpVersion],
	'Usage: cat [OPTION]... [FILE]...'
);
export const rm = spec(
	'rm',
	'gnu',
	[f('f', 'force'), f('r', 'recursive'), f('i', undefined), f('v', 'verbose'), ...helpVersion],
	'Usage: rm [OPTION]... [FILE]...',
	{ minOperands: 1 }
);
export const chmod = spec(
	'chmod',
	'gnu',
	[f('R', 'recursive'), f('v', 'verbose'), ...helpVersion],
	'Usage: chmod [OPTION]... MODE[,MODE]... FILE...',
	{ minOperands: 2 }
);

/** grep(1), GNU grep (fixed-string matching in the simulation). */
export const grep = spec(
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
