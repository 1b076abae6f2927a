/**
 * What a download command means, read once from its argv: which URL, where the body goes, and
 * how HTTP errors, redirects and progress output are handled. The host's curl and wget act on it
 * and the judge's install task judges it, so both read `curl -fsSL URL -o f` the same way.
 *
 * Sources: curl(1) (`-f` no body on HTTP errors, `-L` follow redirects, `-s`/`-S`, `-o`/`-O`);
 * wget(1) (follows redirects and exits non-zero on HTTP errors without saving the body by default;
 * `-q`/`-nv`; `-O -` writes to standard output).
 */
import { hasOption, optionValues, type ParsedArgs } from '../spec';
import { splitUrl, urlHost } from '../url';

/** A download as typed. */
export interface Transfer {
	tool: 'curl' | 'wget';
	/** The URL word as typed ('' when none was given). */
	url: string;
	/** HTTP errors end the transfer with a non-zero exit and no body written. */
	fail: boolean;
	/** Redirects are followed. */
	follow: boolean;
	/** No progress output. */
	quiet: boolean;
	/** Error messages are shown (curl: not `-s`, or `-S`). */
	showError: boolean;
	/** Where the body goes: `-` standard output, '' curl `-O` with no file name, else a file. */
	target: string;
}

/** True for the programs {@link readTransfer} reads. */
export function isTransfer(args: ParsedArgs | null): boolean {
	const p = args?.path[0];
	return p === 'curl' || p === 'wget';
}

function urlWord(args: ParsedArgs): string {
	return args.operands.find((o) => urlHost(o) !== '') ?? args.operands[0] ?? '';
}

/** Read a curl or wget command; null for any other program. */
export function readTransfer(args: ParsedArgs): Transfer | null {
	if (!isTransfer(args)) return null;
	const url = urlWord(args);
	const fileName = splitUrl(url)?.fileName ?? '';
	if (args.path[0] === 'curl') {
		const silent = hasOption(args, 'silent');
		const output = optionValues(args, 'output').at(-1);
		return {
			tool: 'curl',
			url,
			fail: hasOption(args, 'fail'),
			follow: hasOption(args, 'location'),
			quiet: silent,
			showError: !silent || hasOption(args, 'show-error'),
			target: output ?? (hasOption(args, 'remote-name') ? fileName : '-')
		};
	}
	return {
		tool: 'wget',
		url,
		fail: true,
		follow: true,
		quiet: hasOption(args, 'quiet') || optionValues(args, 'n').includes('v'),
		showError: true,
		target: optionValues(args, 'output-document').at(-1) ?? (fileName || 'index.html')
	};
}
