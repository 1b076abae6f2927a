/**
 * Example values (fault kind "example names"): the names an author chose for one run of a
 * command — a container `--name alias_ping`, a network `mybridge`, a hostname `common_bridge`,
 * an image `myphpapp:1.0` — are arguments of the notes' own commands, not Docker's vocabulary.
 * A learner cannot and should not recall them, so they are never a cloze blank.
 *
 * The values are read from every command line of the notes (shell code blocks, Dockerfile
 * instructions, inline code that is a command): the operands and option values after the
 * program and its sub-command, split at `:` `/` `=` `@` too (`ubuntu:14.04` → `ubuntu`).
 * Placeholders (`<이름>`, `[OPTIONS]`, `${USER}`, `IMAGE`), numbers and option names are no
 * values. A value the notes also name as a term (a heading, a `term:` entry, a table's first
 * cell: `bridge`, `host`, `MacVLAN`) or that is Docker vocabulary stays a term.
 */
import { parse as shellParse } from 'shell-quote';
import { termKey } from '../glossary';

/** Docker's management commands: `docker network create` has the verb after them. */
const MANAGEMENT = new Set(
	(
		'builder buildx checkpoint compose config container context image manifest network node ' +
		'plugin secret service stack swarm system trust volume'
	).split(' ')
);

/** Programs whose first operand is a sub-command (`apt install`, `git clone`, `service x start`). */
const VERB_PROGRAMS = new Set(
	'apt apt-get yum dnf apk brew snap pip pip3 npm yarn pnpm git systemctl kubectl helm docker-compose podman'.split(
		' '
	)
);

/** Words that are actions, not names (`service apache2 start`). */
const ACTION_WORDS = new Set(
	(
		'start stop restart reload status enable disable install update upgrade remove purge ' +
		'run exec ls list add rm create delete get set up down build push pull login logout ' +
		'inspect logs ps top kill pause unpause prune tag save load import export commit cp'
	).split(' ')
);

const INSTRUCTION =
	/^(FROM|RUN|CMD|ENTRYPOINT|COPY|ADD|WORKDIR|ENV|ARG|EXPOSE|VOLUME|USER|LABEL|HEALTHCHECK|SHELL|ONBUILD|STOPSIGNAL|MAINTAINER)\s+/i;

/**
 * Values that are Docker's own concepts wherever they appear (`ubuntu:latest`, `USER root`,
 * `--network host`): the notes teach them, so they stay key terms.
 */
const CONCEPT_VALUES: ReadonlySet<string> = new Set(
	'latest root host bridge none overlay macvlan ipvlan default localhost'.split(' ')
);

/** Whether a token is a placeholder, a variable, a number, an option or an operator. */
function notAValue(token: string): boolean {
	return (
		token.length < 2 ||
		/^-/.test(token) ||
		/[$<>[\]{}*?|&;()'"`\\]/.test(token) ||
		/^[\d.:/,]+$/.test(token) ||
		/^[A-Z][A-Z0-9_]*$/.test(token) ||
		/[\uac00-\ud7a3]/.test(token)
	);
}

/** The value words of one shell command line (see the module comment). */
export function commandValues(line: string): string[] {
	let tokens: ReturnType<typeof shellParse>;
	try {
		tokens = shellParse(line, (name) => `$${name}`);
	} catch {
		return [];
	}
	const words = tokens.filter((t): t is string => typeof t === 'string');
	let i = 0;
	while (i < words.length && /^[A-Za-z_][A-Za-z0-9_]*=/.test(words[i] as string)) i++;
	if (words[i] === 'sudo') i++;
	const program = (words[i] ?? '').split('/').pop() ?? '';
	i++;
	if (program === 'docker' || program === 'podman') {
		if (MANAGEMENT.has(words[i] ?? '')) i++;
		i++;
	} else if (VERB_PROGRAMS.has(program)) i++;
	const out: string[] = [];
	for (const raw of words.slice(i)) {
		// `--name=web` and `status=exited` (a filter's key): only what follows `=` is a value
		const token = raw.replace(/^--?[A-Za-z][\w-]*=/, '').replace(/^[a-z][\w.-]*=/, '');
		if (notAValue(token) || ACTION_WORDS.has(token)) continue;
		out.push(token);
		for (const part of token.split(/[:/=@,]+/))
			if (part !== token && part.length >= 3 && /[A-Za-z]/.test(part) && !notAValue(part))
				out.push(part);
	}
	return out;
}

/** The value words of a Dockerfile instruction line (`FROM golang:1.13 AS builder` → …). */
export function instructionValues(line: string): string[] {
	const m = INSTRUCTION.exec(line.trim());
	if (!m) return [];
	const rest = line.trim().slice(m[0].length);
	const keyword = (m[1] as string).toUpperCase();
	if (keyword === 'RUN') return commandValues(rest);
	return rest
		.replace(/[[\]",]/g, ' ')
		.split(/\s+/)
		.map((w) => w.replace(/^--?[A-Za-z][\w-]*=/, ''))
		.flatMap((w) => [w, ...w.split(/[:/=@]+/).filter((p) => p !== w && p.length >= 3)])
		.filter((w) => !notAValue(w) && !/^(AS|as)$/.test(w));
}

/**
 * A name shaped like an identifier an author made up: lower-case Latin words joined by `_`
 * (`network_container_1`, `friendly_kowalevski`), or a lower-case word with a number glued to it
 * (`web2`, `container1`). Docker's own words (`docker0`, `eth0`, `ubuntu`) are not such names
 * unless they carry an underscore.
 */
export function isIdentifierName(text: string): boolean {
	const t = text.trim();
	if (/^[a-z][a-z0-9]*(?:_[a-z0-9]+)+$/.test(t)) return true;
	return (
		/^[a-z]{3,}\d+$/.test(t) &&
		!/^(docker|eth|ens|enp|wlan|br|veth|lo|python|node|ubuntu|centos|debian|alpine|mysql|redis|postgres|php|java|nginx|ipv|http|sha|md|utf|base|tcp|udp|ec|x|arm|amd|i)\d+$/.test(
			t
		)
	);
}

/** Example values of the notes and the terms they name, collected as the walker reads. */
export class ExampleValues {
	private readonly values = new Set<string>();
	private readonly named = new Set<string>();

	/** Record the value words of a command line. */
	addCommand(line: string): void {
		for (const v of commandValues(line)) this.values.add(termKey(v));
	}

	/** Record the value words of a Dockerfile instruction. */
	addInstruction(line: string): void {
		for (const v of instructionValues(line)) this.values.add(termKey(v));
	}

	/** Record a term the notes name by their structure (heading, `term:` entry, table cell). */
	addNamed(term: string): void {
		const key = termKey(term);
		this.named.add(key);
		// `bridge(브릿지) 네트워크` names `bridge`
		for (const w of key.split(/[\s()]+/)) if (w.length >= 2) this.named.add(w);
	}

	/**
	 * Whether `term` is an example value (and not also a named term or a Docker concept): a value
	 * of the notes' own commands, or a name shaped like one chosen for a single run
	 * (`friendly_kowalevski`, `common_bridge`, `web2`) even when it appears only in prose.
	 */
	has(term: string): boolean {
		const key = termKey(term);
		if (this.named.has(key) || CONCEPT_VALUES.has(key)) return false;
		return this.values.has(key) || isIdentifierName(term);
	}
}

/** Options whose value is a name the author chose for one run, and the slot label it becomes. */
const NAMING_OPTIONS: ReadonlyArray<[RegExp, string]> = [
	[/^--name$/, '컨테이너 이름'],
	[/^--hostname$/, '호스트 이름'],
	[/^--(net|network)$/, '네트워크 이름'],
	[/^--(network-alias|net-alias|alias)$/, '별칭']
];

/**
 * The command with the names the author chose for one run turned into slots (fault kind
 * "example values inside whole command answers"): `docker run -d --name redis_exporter …` →
 * `docker run -d --name <컨테이너 이름> …`, so a drill accepts any name the learner types. Docker's
 * own values (`--network host`) and placeholders already written stay as they are; `--name=x` is
 * read like `--name x`.
 */
export function exampleSlots(command: string): string {
	return command.replace(
		/(^|\s)(--[a-z-]+)(=|\s+)([^\s<>[\]'"`$]+)(?=\s|$)/g,
		(whole: string, pre: string, option: string, sep: string, value: string) => {
			const naming = NAMING_OPTIONS.find(([re]) => re.test(option));
			if (!naming || CONCEPT_VALUES.has(value.toLowerCase()) || /^container:/.test(value))
				return whole;
			return `${pre}${option}${sep}<${naming[1]}>`;
		}
	);
}
