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
	// fast path: Korean text or punctuation cannot start a command
	const c = line.trimStart().charCodeAt(0);
	if (
		!(
			c === 36 ||
			c === 34 ||
			c === 39 ||
			c === 46 ||
			c === 47 ||
			c === 95 ||
			(c >= 48 && c <= 57) ||
			(c >= 65 && c <= 90) ||
			(c >= 97 && c <= 122)
		)
	)
		return null;
	let tokens: ReturnType<typeof shellParse>;
	try {
		tokens = shellParse(line, (name) => `$${name}`);
	} catch {
		return null;
	}
	for (const token of tokens) {
		if (typeof token !== 'string') return null;
		if (ASSIGNMENT_RE.test(token)) continue;
		// a program has a letter and is more than one character (`$ _` is a cursor, not a command)
		return PROGRAM_RE.test(token) && /[A-Za-z]/.test(token) && token.length > 1 ? token : null;
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
	/**
	 * The command as written: prompt removed, continuation lines joined with one space, trailing
	 * `# comment` removed, placeholders kept (`docker logs <CONTAINER>`).
	 */
	command: string;
	/** Index (0-based) of the line in the code block where the command starts. */
	index: number;
	/** What the notes say it does: a `#` comment line above it, a trailing `# comment`, or a Korean line right after it. */
	comment?: string;
	/** Whether the line had a shell prompt (`$ `, `# ` before a known program, `user@host:~$ `). */
	prompted: boolean;
}

/** Programs a `# ` root prompt or a prompt-less code line may start with (besides paths). */
export const KNOWN_PROGRAMS: ReadonlySet<string> = new Set(
	(
		'docker dockerd docker-compose podman buildah kubectl minikube kind k3s helm sudo su apt apt-get ' +
		'apt-cache aptitude yum dnf apk brew snap pacman zypper systemctl service journalctl curl wget git ' +
		'npm npx node yarn pnpm deno bun python python3 pip pip3 java javac mvn gradle go cargo make gcc ' +
		'cat cp mv rm mkdir rmdir touch chmod chown chgrp ln find grep egrep sed awk tar gzip gunzip unzip ' +
		'zip ssh scp rsync ping nc netstat ss ip ifconfig iptables ufw firewall-cmd usermod useradd adduser ' +
		'groupadd newgrp passwd id whoami groups ps top htop kill killall pkill df du free uname lsb_release ' +
		'hostname hostnamectl mount umount vi vim nano less more head tail wc sort uniq xargs env which ' +
		'whereis tee nslookup dig telnet openssl gpg add-apt-repository dpkg rpm bash sh zsh crontab ' +
		'mysql psql redis-cli mongo mongosh nginx certbot aws gcloud az terraform ansible ansible-playbook ' +
		'vagrant jq yq base64 sha256sum md5sum date sleep watch nohup screen tmux lsof strace file stat tree ' +
		'swapon swapoff modprobe lsmod sysctl update-alternatives setfacl getfacl visudo chroot runc ctr ' +
		'containerd nerdctl skopeo trivy dive hadolint compose swarm exec'
	).split(' ')
);

const PROMPT_RE =
	/^(?:\$|[A-Za-z0-9_.-]+@[A-Za-z0-9_.-]+(?::[^$#\s]*)?\s?[$#]|\[[^\]]+\][$#]|PS [^>]*>|[A-Z]:\\[^>]*>|~\s?\$|➜\s+\S+)\s+/;

/** Whether a line is a root prompt: `# ` followed by a known program (else it is a comment). */
function rootPrompt(raw: string): string | null {
	const m = /^#\s+(\S.*)$/.exec(raw);
	if (!m) return null;
	const rest = m[1] as string;
	// `# docker 설치` is a comment about docker: Korean words outside placeholders
	if (HANGUL_RE.test(rest.replace(/\[[^\]]*\]|<[^>]*>|"[^"]*"|'[^']*'/g, ''))) return null;
	const program = commandProgram(rest);
	return program && KNOWN_PROGRAMS.has(program) ? rest : null;
}

/** The line without its shell prompt, or null when it has none. */
export function stripPrompt(raw: string): string | null {
	const m = PROMPT_RE.exec(raw);
	if (m) return raw.slice(m[0].length);
	return rootPrompt(raw);
}

/**
 * Split a trailing `# comment` off a command line (outside quotes, after whitespace), using
 * shell-quote's reading of the comment.
 */
export function splitTrailingComment(line: string): { command: string; comment?: string } {
	let tokens: ReturnType<typeof shellParse>;
	try {
		tokens = shellParse(line, (name) => `$${name}`);
	} catch {
		return { command: line };
	}
	const last = tokens.at(-1);
	if (last && typeof last === 'object' && 'comment' in last) {
		const text = `#${last.comment}`;
		const at = line.lastIndexOf(text);
		if (at > 0 && /\s/.test(line[at - 1] ?? '')) {
			const comment = last.comment.trim();
			return { command: line.slice(0, at).trimEnd(), comment: comment || undefined };
		}
	}
	return { command: line };
}

/** Em and en dashes a word processor made of `--` / `-` before an option (`—name` → `--name`). */
export function fixDashes(command: string): string {
	return command.replace(/(^|\s)[\u2014\u2013\u2012\u2212](?=[A-Za-z])/g, '$1--');
}

const HANGUL_RE = /[\uac00-\ud7a3]/;

/**
 * Extract command lines from a code block's value.
 * - A line with a prompt (`$ `, `user@host:~$ `, `PS C:\> `, `# ` + a known program) is a
 *   command; when any line has a prompt, the other lines are output or descriptions.
 * - Without prompts, a line is a command when it runs a known program (or a path).
 * - `#` lines are comments: the last one describes the next command; a trailing `# comment`
 *   describes its own line; a Korean line right after a command describes it.
 * - A trailing `\` joins the next line (a leading `> ` continuation prompt is dropped).
 * - Trivial programs (echo, cd, ls …) are skipped; a repeated command is listed once.
 * @param limit stop after this many commands (keeps huge blocks linear and cheap)
 */
export function commandsFromCode(value: string, limit = Number.POSITIVE_INFINITY): CodeCommand[] {
	const lines = value.split('\n');
	const seen = new Set<string>();
	const prompted = lines.some((l) => stripPrompt(l.trim()) !== null);
	const out: CodeCommand[] = [];
	let comment: string | undefined;
	for (let i = 0; i < lines.length && out.length < limit; i++) {
		const raw = (lines[i] ?? '').trim();
		if (raw === '') {
			comment = undefined;
			continue;
		}
		let cmd = prompted ? stripPrompt(raw) : raw;
		if (cmd === null || (!prompted && raw.startsWith('#'))) {
			if (raw.startsWith('#')) comment = raw.replace(/^#+\s*/, '') || undefined;
			else if (HANGUL_RE.test(raw) && !isCommandLine(raw)) {
				const prev = out.at(-1);
				// a Korean line right after a command describes it; before one, it introduces it
				if (prev && prev.comment === undefined && prev.index === lastCommandLine(lines, i)) {
					prev.comment = raw.replace(/^[-:→>]+\s*/, '');
				} else comment = raw.replace(/^[-:→>]+\s*/, '');
			} else comment = undefined;
			continue;
		}
		const start = i;
		while (cmd.endsWith('\\') && i + 1 < lines.length) {
			i++;
			const next = (lines[i] ?? '').trim().replace(/^>\s*/, '');
			cmd = `${cmd.slice(0, -1).trimEnd()} ${next}`;
		}
		// a note app's export leaves Markdown links in code (`curl [localhost:8080](http://…)`)
		cmd = cmd.replace(/\[([^\]\n]+)\]\((?:https?:\/\/)?[^)\s]+\)/g, '$1');
		const split = splitTrailingComment(cmd.replace(/\\$/, '').trim());
		// `docker ps → 실행 중인 것만`: an arrow after the command says what it does or shows
		const arrow = /\s(?:→|->|=>)\s+(.+)$/.exec(split.command);
		if (arrow && /[\uac00-\ud7a3]/.test(arrow[1] as string)) {
			split.command = split.command.slice(0, arrow.index).trimEnd();
			split.comment ??= (arrow[1] as string).trim();
		}
		cmd = fixDashes(split.command);
		const known = (prompted || isKnownCommand(cmd)) && !/^\S+\s+:\s/.test(cmd);
		if (known && !seen.has(cmd) && isCommandLine(cmd)) {
			seen.add(cmd);
			out.push({ command: cmd, index: start, comment: split.comment ?? comment, prompted });
		}
		comment = undefined;
	}
	return out;
}

/** Index of the last non-blank line before `i`. */
function lastCommandLine(lines: string[], i: number): number {
	let j = i - 1;
	while (j >= 0 && (lines[j] ?? '').trim() === '') j--;
	return j;
}

/** A command line whose program is known (or a path like `./run.sh`). */
export function isKnownCommand(line: string): boolean {
	// `ps : docker ps [OPTIONS]` is an entry of a cheat sheet, not a command
	if (/^\S+\s+:\s/.test(line)) return false;
	// fast path: the first word must be a known program, a path or a `VAR=value` prefix
	const first = line.trimStart().split(/\s/, 1)[0] ?? '';
	if (
		!KNOWN_PROGRAMS.has(first) &&
		!first.includes('/') &&
		!first.includes('=') &&
		!/^["']/.test(first)
	)
		return false;
	const program = commandProgram(line);
	if (!program) return false;
	return KNOWN_PROGRAMS.has(program) || program.includes('/');
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
