/**
 * Headings as authors write them (issue rule 6): numbering (`## 1) docker pull`, `3.2.1 볼륨`,
 * `## 1. run - 컨테이너 실행`, `(2)`, `①`, `Step 3`), a leading `- `, a trailing colon, bold. A
 * heading that names a command (`2) docker images`) is not a question: the text under it says
 * what the command does and asks for it, and the heading leaves the topic line (it would show
 * the answer). A heading `term - description` also makes a term card.
 */
import { isKnownCommand, fixDashes, isCommandLine } from '../../commands';
import type { Sink } from '../draft';
import type { HeadingBlock } from '../blocks';
import { codeSpan } from '../text';
import { plain } from '../text';
import { isTermLike } from '../classify';

/** A command named by a heading. */
export interface HeadingCommand {
	command: string;
	line: number;
	/** The heading's own description (`docker ps - 목록 보기`), when it has one. */
	desc?: string;
	asked: boolean;
}

/** What a heading says. */
export interface HeadingInfo {
	/** The heading text for the topic line, numbering and decoration removed. */
	text: string;
	pseudo: boolean;
	command?: Omit<HeadingCommand, 'asked' | 'line'>;
	/** `term - description` headings (not commands). */
	term?: { term: string; def: string };
}

const MARKER = /^[-*+•]\s+/;
const NUMBERING =
	/^(?:\(?\d+(?:[.-]\d+)*[.)]?\s+|\(\d+\)\s*|[\u2460-\u2473\u2776-\u277f]\s*|(?:step|chapter|part|lesson|section)\s*\d+\s*[.:)-]?\s*|제?\s*\d+\s*(?:장|절|단계|강|편)[.:)]?\s*|[IVX]+\.\s+)/i;

/** Heading text without numbering, a leading list marker or a trailing colon. */
export function normaliseHeading(text: string): string {
	let t = text.trim().replace(MARKER, '');
	for (let i = 0; i < 2; i++) t = t.replace(NUMBERING, '').trim();
	// `Docker Compose 란?` is about Docker Compose
	return t
		.replace(/[:：]\s*$/, '')
		.replace(/\s*(이란|란)\s*\??$/, '')
		.trim();
}

const HEAD_SEPARATOR = /\s[-–—:]\s|\s?[:：]\s|\s\(/;

/** Read a heading: its text, and the command or term it names. */
export function readHeading(b: HeadingBlock, pseudo = false): HeadingInfo {
	const text = normaliseHeading(plain(b.text.runs));
	const info: HeadingInfo = { text, pseudo };
	const code = b.text.runs.find((r) => r.k === 'code');
	const sep = HEAD_SEPARATOR.exec(text);
	const head = (sep ? text.slice(0, sep.index) : text).trim();
	let desc = sep
		? text
				.slice(sep.index + sep[0].length)
				.replace(/\)\s*$/, '')
				.trim()
		: undefined;
	const candidate = fixDashes(code && head.includes(code.v.trim()) ? code.v.trim() : head);
	if (isKnownCommand(candidate) && isCommandLine(candidate) && /^[\x20-\x7e]+$/.test(candidate)) {
		if (desc === '') desc = undefined;
		info.command = desc ? { command: candidate, desc } : { command: candidate };
	} else if (
		sep &&
		desc &&
		sep[0].trim() !== '(' &&
		isTermLike(head, false) &&
		// `run - 컨테이너 실행` names a term and says what it is; `클라이언트 - 서버 구조` is one title
		/^[A-Za-z]/.test(head) &&
		/[\uac00-\ud7a3]/.test(desc)
	) {
		info.term = { term: head, def: desc };
	}
	return info;
}

/** `## docker ps - 목록 보기`, or the paragraph under `## docker ps`: the text asks, the command answers. */
export function headingCommandCard(
	sink: Sink,
	command: string,
	question: string,
	line: number
): boolean {
	return sink.add({
		kind: 'command',
		pattern: 'heading-command',
		front: question,
		back: codeSpan(command),
		answer: command,
		key: `${question} ⟨${command}⟩`,
		note: `heading ${command}`,
		line
	});
}

/** `## 1. run - 컨테이너 실행`: the term asks for its description, and the description for the term. */
export function headingTermCards(
	sink: Sink,
	term: { term: string; def: string },
	line: number
): void {
	const note = `heading ${term.term}`;
	sink.add({
		kind: 'basic',
		pattern: 'term',
		front: term.term,
		back: term.def,
		answer: term.def,
		key: term.term,
		note,
		line,
		topic: sink.headingPath().slice(0, -1)
	});
	sink.add({
		kind: 'reversed',
		pattern: 'term-reverse',
		front: term.def,
		back: term.term,
		answer: term.term,
		key: `${term.def} → ${term.term}`,
		note,
		line,
		topic: sink.headingPath().slice(0, -1)
	});
}
