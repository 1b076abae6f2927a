/**
 * Code blocks in every common style (issue rule 4). Shell blocks: each command is asked by its
 * own description (a `#` comment above it, a trailing `# comment`, a Korean line under it), or,
 * for a block with one command, by the bullet, paragraph or heading before it; a block of
 * several commands without their own descriptions asks for each line with the others shown
 * (a cloze on the block), never by an ordinal ("2번째 명령어"). A description that names the
 * command is never the question. An info string that is really a command (```` ``` docker run ````)
 * is the block's first line. Dockerfile blocks make Dockerfile cards (instruction ↔ its comment);
 * yaml, json, python, html … never become shell commands. An unclosed fence warns where it opened.
 */
import {
	commandsFromCode,
	fixDashes,
	isKnownCommand,
	SHELL_LANGUAGES,
	splitTrailingComment,
	toCommandItem,
	type CodeCommand
} from '../../commands';
import type { CodeBlock } from '../blocks';
import type { Scope, Sink } from '../draft';
import { codeSpan } from '../text';
import { answerKey, BARE_URL, mdPlain, shows } from './answer-shown';
import { withLabel } from './short-context';
import { isGenericWord } from '../key-terms';
import { normaliseHeading } from './numbered-headings';
import { describesCommand } from './command-description';
import { exampleSlots } from './example-values';

/** The inline code spans of a Markdown text, as plain text. */
function codeSpans(md: string): string[] {
	return [...md.matchAll(/(`+)([^`]|[^`][\s\S]*?[^`])\1(?!`)/g)].map((m) => (m[2] ?? '').trim());
}

/** A text that may describe a code block (the bullet, paragraph or heading before it). */
export interface Desc {
	md: string;
	plain: string;
	line: number;
	/** A heading describes a block only when it names an action (`이미지 목록 보기`). */
	heading?: boolean;
}

/** Words of a heading that names what a command does, not just a topic (`컨테이너`). */
const ACTION =
	/(보기|확인|실행|삭제|생성|만들기|설치|조회|목록|중지|정지|시작|접속|연결|빌드|내려받기|다운로드|받기|업로드|올리기|푸시|저장|복사|이동|변경|설정|추가|제거|종료|띄우기|하기|방법|법|로그|상태|정리|검사|태그)$|\b(list|show|run|start|stop|remove|delete|create|build|install|check|pull|push|login|inspect|copy)\b/i;

/** A bullet that only says "example" before a code block. */
const EXAMPLE = /^(예제|예시|예|실습|example|examples|ex|e\.g\.?)\s*[:：]?$/i;

/** A label made of generic words only (`사용법`, `명령어`, `usage`). */
function isGenericLabel(text: string): boolean {
	const words = text
		.trim()
		.replace(/[:：]$/, '')
		.split(/\s+/);
	return (
		words.length <= 2 &&
		words.every((w) => isGenericWord(w) || /^(usage|syntax|문법|형식|구문|사용법)$/i.test(w))
	);
}

function usable(d: Desc): boolean {
	return !d.heading || ACTION.test(d.plain.trim());
}

/** At most this many command cards come from one code block. */
export const MAX_COMMANDS_PER_BLOCK = 20;
/**
 * A block asked line by line (one command blanked, the others shown) holds at most this many
 * commands, each at most `MAX_CLOZE_COMMAND` characters: a longer block on the front is a wall
 * of code to read, not a question (fault kind "long code as cloze"). Such a block makes command
 * cards only for the commands that have their own description (a `# …` comment).
 */
export const MAX_CLOZE_LINES = 3;
/** The longest command a code cloze shows or asks. */
export const MAX_CLOZE_COMMAND = 60;

const DOCKERFILE_LANGS: ReadonlySet<string> = new Set(['dockerfile', 'docker', 'containerfile']);
const INSTRUCTION =
	/^(FROM|RUN|CMD|ENTRYPOINT|COPY|ADD|WORKDIR|ENV|ARG|EXPOSE|VOLUME|USER|LABEL|HEALTHCHECK|SHELL|ONBUILD|STOPSIGNAL|MAINTAINER)\s/i;

/** The block's language and content; an info string that is a command becomes the first line. */
export function readInfo(b: CodeBlock): { lang: string; value: string; firstLine: number } {
	const info = b.info.trim();
	const word = info.split(/\s+/)[0] ?? '';
	if (info.includes(' ') && isKnownCommand(fixDashes(info))) {
		return { lang: '', value: `${info}\n${b.value}`, firstLine: b.line };
	}
	return {
		lang: word.toLowerCase().replace(/^\{|\}$/g, ''),
		value: b.value,
		firstLine: b.contentLine
	};
}

function isDockerfile(lang: string, value: string): boolean {
	if (DOCKERFILE_LANGS.has(lang)) return true;
	if (lang !== '') return false;
	const lines = value.split('\n').filter((l) => l.trim() && !l.trim().startsWith('#'));
	return (
		lines.length > 0 &&
		/^FROM\s/i.test(lines[0]?.trim() ?? '') &&
		lines.filter((l) => INSTRUCTION.test(l.trim())).length >= lines.length / 2
	);
}

/** Whether a code block is a shell block with at least one command. */
export function codeHasCommands(b: CodeBlock): boolean {
	const { lang, value } = readInfo(b);
	if (lang && !SHELL_LANGUAGES.has(lang)) return false;
	if (isDockerfile(lang, value)) return false;
	return commandsFromCode(value, 1).length > 0;
}

/** Read a code block (see the module comment). */
export function codeBlock(
	sink: Sink,
	b: CodeBlock,
	scope: Scope,
	descs: Desc[],
	after?: unknown
): void {
	void after;
	if (!b.closed) sink.warn(b.line, 'notes_unclosed_fence');
	const { lang, value, firstLine } = readInfo(b);
	if (isDockerfile(lang, value)) {
		dockerfileCards(
			sink,
			value,
			firstLine,
			descs.find((d) => !d.heading)
		);
		return;
	}
	if (lang && !SHELL_LANGUAGES.has(lang)) {
		sink.warn(b.line, 'notes_code_not_shell', { lang });
		return;
	}
	const all = commandsFromCode(value, MAX_COMMANDS_PER_BLOCK + 1);
	if (all.length === 0) {
		// indented prose under a bullet is context, not code
		if (!b.fenced && /[\uac00-\ud7a3]/.test(value))
			sink.walk(sink.reparse(value, b.contentLine - 1), scope);
		else sink.warn(b.line, 'notes_code_no_commands');
		return;
	}
	if (all.length > MAX_COMMANDS_PER_BLOCK) {
		sink.warn(firstLine + (all[MAX_COMMANDS_PER_BLOCK]?.index ?? 0), 'notes_code_too_many', {
			max: MAX_COMMANDS_PER_BLOCK
		});
	}
	commandCards(sink, all.slice(0, MAX_COMMANDS_PER_BLOCK), firstLine, descs, scope);
}

/** The first description that does not name the command. */
function questionFor(descs: Desc[], command: string): Desc | undefined {
	const key = answerKey(command);
	return descs.find(
		(d) =>
			d.plain.trim() !== '' &&
			usable(d) &&
			!BARE_URL.test(d.plain) &&
			!shows(mdPlain(d.md), key) &&
			(d.heading === true || describesCommand(d.plain, codeSpans(d.md), command))
	);
}

function commandCards(
	sink: Sink,
	commands: CodeCommand[],
	firstLine: number,
	descs: Desc[],
	scope: Scope
): void {
	const note = `${descs[0]?.plain ?? ''} ⟨${commands.map((c) => c.command).join(' | ')}⟩`;
	const bare = commands.filter((c) => !c.comment);
	const clozeable =
		bare.length === commands.length &&
		commands.length <= MAX_CLOZE_LINES &&
		commands.every((c) => c.command.length <= MAX_CLOZE_COMMAND);
	let long = false;
	const heading = descs.find((d) => d.heading);
	const label = descs.find((d) => !d.heading && d.plain.trim() !== '');
	// `- 예제` + a block under `### Download an image`: the commands are examples of the heading
	if (label && heading && EXAMPLE.test(label.plain.trim())) {
		for (const c of commands) {
			sink.add({
				kind: 'basic',
				pattern: 'command-meaning',
				front: codeSpan(c.command),
				back: c.comment ?? heading.md,
				answer: heading.plain,
				key: `${c.command} ⟨example⟩`,
				note,
				line: firstLine + c.index
			});
		}
		return;
	}
	for (const c of commands) {
		let desc = questionFor(descs, c.command);
		// `- 사용법` says nothing alone: the heading says what the command does
		if (
			desc &&
			!desc.heading &&
			heading &&
			isGenericLabel(desc.plain) &&
			!shows(mdPlain(heading.md), answerKey(c.command))
		) {
			desc = {
				...desc,
				md: withLabel(heading.md, desc.md),
				plain: `${heading.plain} — ${desc.plain}`
			};
		}
		const line = firstLine + c.index;
		const base = {
			kind: 'command' as const,
			back: codeSpan(c.command),
			answer: c.command,
			note,
			line,
			command: toCommandItem(exampleSlots(c.command)),
			context: scope.parent?.key
		};
		if (c.comment) {
			const front = withLabel(desc && desc.plain !== c.comment ? desc.md : undefined, c.comment);
			sink.add({ ...base, pattern: 'command-block', front, key: `${front} ⟨${c.command}⟩` });
		} else if (!desc) {
			sink.warn(line, 'notes_command_no_question', { command: c.command });
		} else if (bare.length === 1 && commands.length === 1) {
			sink.add({
				...base,
				pattern: 'command-block',
				front: desc.md,
				key: `${desc.plain} ⟨${c.command}⟩`
			});
		} else if (clozeable) {
			const shown = commands.map((o) =>
				o === c ? '[...]' : o.comment ? `${o.command}  # ${o.comment}` : o.command
			);
			const front = `${desc.md}\n\n\`\`\`\n${shown.join('\n')}\n\`\`\``;
			sink.add({ ...base, pattern: 'code-cloze', front, key: `${desc.plain} ⟨${c.command}⟩` });
		} else if (bare.length === commands.length) {
			long = true;
		} else {
			sink.warn(line, 'notes_command_no_question', { command: c.command });
		}
	}
	if (long) sink.warn(firstLine, 'notes_code_cloze_long', { count: commands.length });
}

/** A Dockerfile block's lines: instructions (continuations joined), comments, blank lines. */
type DockerfileLine =
	| { kind: 'instruction'; text: string; index: number }
	| { kind: 'comment'; text: string | undefined }
	| { kind: 'blank' };

function dockerfileLines(value: string): DockerfileLine[] {
	const lines = value.split('\n');
	const out: DockerfileLine[] = [];
	for (let i = 0; i < lines.length; i++) {
		const raw = (lines[i] ?? '').trim();
		if (raw === '') out.push({ kind: 'blank' });
		else if (raw.startsWith('#'))
			out.push({ kind: 'comment', text: normaliseHeading(raw.replace(/^#+\s*/, '')) || undefined });
		else if (INSTRUCTION.test(raw)) {
			let text = raw;
			const index = i;
			while (text.endsWith('\\') && i + 1 < lines.length)
				text = `${text.slice(0, -1).trimEnd()} ${(lines[++i] ?? '').trim()}`;
			out.push({ kind: 'instruction', text, index });
		}
	}
	return out;
}

/**
 * Dockerfile instructions with a comment: the comment asks, the instruction answers. Most
 * authors put the comment above its instruction; some put it right below (`FROM ubuntu` /
 * `# 베이스 이미지`): a block whose first line is an instruction directly followed by a comment
 * is read that way, so no comment is paired with the wrong instruction.
 */
function dockerfileCards(
	sink: Sink,
	value: string,
	firstLine: number,
	desc: Desc | undefined
): void {
	const lines = dockerfileLines(value);
	const firstReal = lines.findIndex((l) => l.kind !== 'blank');
	const below =
		lines[firstReal]?.kind === 'instruction' && lines[firstReal + 1]?.kind === 'comment';
	let made = 0;
	let instructions = 0;
	lines.forEach((l, i) => {
		if (l.kind !== 'instruction') return;
		instructions++;
		const split = splitTrailingComment(l.text);
		const near = lines[below ? i + 1 : i - 1];
		const ask = split.comment ?? (near?.kind === 'comment' ? near.text : undefined);
		if (!ask) return;
		const front = withLabel(desc?.md, ask);
		if (
			sink.add({
				kind: 'basic',
				pattern: 'dockerfile',
				front,
				back: codeSpan(split.command),
				answer: split.command,
				key: `${front} ⟨${split.command}⟩`,
				note: `${desc?.plain ?? ''} ⟨Dockerfile⟩`,
				line: firstLine + l.index
			})
		)
			made++;
	});
	if (made < instructions)
		sink.warn(firstLine, 'notes_dockerfile_no_comment', { count: instructions - made });
}
