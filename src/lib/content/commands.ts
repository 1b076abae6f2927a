/**
 * Commands found in notes → command items (a template with named slots).
 *
 * Command lines come from code blocks (one item per command line; `$ ` prompts stripped, `#`
 * comment lines kept as descriptions, `\` continuations joined) and from inline code. Whether a
 * line is a command is decided on its shell tokens (shell-quote), never by splitting on spaces.
 */
import { parse as shellParse } from 'shell-quote';
import type { CommandItem, CommandSlot } from './types';

/** Code block languages whose lines are shell commands; a block without a language counts too. */
export const SHELL_LANGUAGES: ReadonlySet<string> = new Set([
	'bash',
	'sh',
	'shell',
	'zsh',
	'console',
	'shell-session',
	'sh-session',
	'terminal',
	'fish',
	'ksh'
]);

/**
 * Programs that are not worth recalling as commands (printing, moving around): a code block line
 * that runs one of them is treated as an example, not a card. `?` and other punctuation never
 * pass the program-name check in the first place (case C19).
 */
const TRIVIAL_PROGRAMS: ReadonlySet<string> = new Set([
	'echo',
	'printf',
	'cd',
	'pwd',
	'ls',
	'clear',
	'exit',
	'true',
	'false',
	'set',
	'export',
	'source'
]);

const PROGRAM_RE = /^[A-Za-z0-9_./][A-Za-z0-9_.+/-]*$/;
const ASSIGNMENT_RE = /^[A-Za-z_][A-Za-z0-9_]*=/;

/** The program a command line runs (after `VAR=value` prefixes), or null if it has none. */
export function commandProgram(line: string): string | null {
	let tokens: ReturnType<typeof shellParse>;
	try {
		tokens = shellParse(line, (name) => `$${name}`);
	} catch {
		return null;
	}
	for (const token of tokens) {
		if (typeof token !== 'string') return null;
		if (ASSIGNMENT_RE.test(token)) continue;
		return PROGRAM_RE.test(token) ? token : null;
	}
	return null;
}

/** True when the line runs a real, non-trivial program (see {@link TRIVIAL_PROGRAMS}). */
export function isCommandLine(line: string): boolean {
	const program = commandProgram(line);
	return program !== null && !TRIVIAL_PROGRAMS.has(program.split('/').pop() ?? program);
}

/** One command line taken from a code block. */
export interface CodeCommand {
	/** The command, continuation lines joined with one space, prompt removed. */
	command: string;
	/** Index (0-based) of the line in the code block where the command starts. */
	index: number;
	/** Text of the `#` comment line right above it, if any. */
	comment?: string;
}

/**
 * Extract command lines from a code block's value.
 * - Lines starting with `$ ` are commands; when any line has that prompt, the others are output.
 * - `#` lines are comments: the last one describes the next command.
 * - A trailing `\` joins the next line (a leading `> ` continuation prompt is dropped).
 * - Lines whose program is missing or trivial are skipped; a repeated command is listed once.
 * @param limit stop after this many commands (keeps huge blocks linear and cheap)
 */
export function commandsFromCode(value: string, limit = Number.POSITIVE_INFINITY): CodeCommand[] {
	const lines = value.split('\n');
	const seen = new Set<string>();
	const prompted = lines.some((l) => /^\s*\$\s/.test(l));
	const out: CodeCommand[] = [];
	let comment: string | undefined;
	for (let i = 0; i < lines.length && out.length < limit; i++) {
		const raw = (lines[i] ?? '').trim();
		if (raw === '') {
			comment = undefined;
			continue;
		}
		if (raw.startsWith('#')) {
			comment = raw.replace(/^#+\s*/, '') || undefined;
			continue;
		}
		let cmd = raw;
		if (prompted) {
			if (!/^\$\s/.test(raw)) {
				comment = undefined;
				continue;
			}
			cmd = raw.replace(/^\$\s+/, '');
		}
		const start = i;
		while (cmd.endsWith('\\') && i + 1 < lines.length) {
			i++;
			const trimmed = (lines[i] ?? '').trim();
			// In a console transcript the shell shows `> ` before continuation lines.
			const next = prompted ? trimmed.replace(/^>\s*/, '') : trimmed;
			cmd = `${cmd.slice(0, -1).trimEnd()} ${next}`;
		}
		cmd = cmd.replace(/\\$/, '').trim();
		if (!seen.has(cmd) && isCommandLine(cmd)) {
			seen.add(cmd);
			out.push({ command: cmd, index: start, comment });
		}
		comment = undefined;
	}
	return out;
}

const PLACEHOLDER_RE = /\[([^[\]\n]+)\]|<([^<>\n]+)>/g;
const PLACEHOLDER_BEFORE = new Set(['', ' ', '\t', '=', ':', '/', '@', '"', "'"]);

const SLOT_WORDS: ReadonlyArray<[RegExp, string]> = [
	[/컨테이너|container/i, 'container'],
	[/이미지|image/i, 'image'],
	[/태그|tag/i, 'tag'],
	[/포트|port/i, 'port'],
	[/볼륨|volume/i, 'volume'],
	[/네트워크|network/i, 'network'],
	[/경로|path|디렉터리|디렉토리|폴더/i, 'path'],
	[/파일|file/i, 'file'],
	[/주소|url|호스트|host/i, 'host'],
	[/그룹|group/i, 'group'],
	[/버전|version/i, 'version'],
	[/이름|name/i, 'name']
];

/**
 * Name for a placeholder label: anything about a user/account → `user`; an ASCII identifier is
 * kept (`container_id`); otherwise a Docker word found in the label (`<이미지명>` → `image`);
 * else `arg`.
 */
export function slotName(label: string): string {
	if (/사용자|계정|user|account|유저/i.test(label)) return 'user';
	if (/^[A-Za-z_][A-Za-z0-9_-]*$/.test(label)) return label.toLowerCase().replace(/-/g, '_');
	for (const [re, name] of SLOT_WORDS) if (re.test(label)) return name;
	return 'arg';
}

/**
 * Turn a command as written in notes into a {@link CommandItem}: placeholders `[label]` and
 * `<label>` (a whole word, not `file[0-9]`, not a redirection like `< in >`) become `{name}`.
 * The same label twice is one slot; different labels with the same name get `name2`, `name3`.
 */
export function toCommandItem(original: string): CommandItem {
	const slots: CommandSlot[] = [];
	const byLabel = new Map<string, string>();
	const template = original.replace(
		PLACEHOLDER_RE,
		(whole: string, square: string | undefined, angle: string | undefined, offset: number) => {
			const label = square ?? angle ?? '';
			const before = offset === 0 ? '' : original.charAt(offset - 1);
			if (!PLACEHOLDER_BEFORE.has(before) || label.trim() !== label || label.startsWith('-')) {
				return whole;
			}
			let name = byLabel.get(label);
			if (!name) {
				const base = slotName(label);
				name = base;
				for (let n = 2; slots.some((s) => s.name === name); n++) name = `${base}${n}`;
				byLabel.set(label, name);
				slots.push({ name, label });
			}
			return `{${name}}`;
		}
	);
	return { template, original, slots };
}

/** Wrap text in a Markdown code span that survives backticks inside it. */
export function codeSpan(text: string): string {
	let longest = 0;
	for (const run of text.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
	const fence = '`'.repeat(longest + 1);
	const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
	return `${fence}${pad}${text}${pad}${fence}`;
}

/** The content of a Markdown code span source (`` `a` `` → `a`). */
export function codeSpanContent(src: string): string {
	const m = /^(`+)([\s\S]*?)\1$/.exec(src);
	if (!m) return src;
	const inner = m[2] ?? '';
	return inner.length > 2 && inner.startsWith(' ') && inner.endsWith(' ')
		? inner.slice(1, -1)
		: inner;
}
