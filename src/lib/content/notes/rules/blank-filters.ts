/**
 * Blanks that test nothing (fault kinds "example names" and "blank that tests nothing"): a key
 * term found in a sentence is still no cloze blank when
 * - it is an example value of the notes' own commands (`mybridge`, `alias_ping`, `web2`), a name
 *   the sentence gives to something (`'greet'이라는 이름`), or an image with its tag (`centos:centos7`);
 * - it is part of a longer token (`172.17.[...]`, `/[...]` of `/bin/sh`, `$[...]`, `.[...]`);
 * - it glosses the word before it in parentheses (`맥([...])`, `레이어([...])`): the learner
 *   would recall a translation, not a fact; an option or code the author wrote there is kept;
 * - it names a section of some output (`[...] 항목에서` → `Config`);
 * - it is an everyday word of these notes (`IP` in notes on networks), unless the author marked
 *   it in this sentence;
 * - it sits inside a command line written in the prose (`ex) docker search --limit=5 [...]`):
 *   only the command's program and sub-command may be blanked there.
 */
import { KNOWN_PROGRAMS } from '../../commands';
import type { KeyTerm, Vocabulary } from '../key-terms';

/** Why a term is no blank. */
export type Untestable = 'example' | 'partial' | 'gloss' | 'section' | 'everyday' | 'command';

const OPTION = /^--?[A-Za-z]/;
/** What follows a name the sentence gives to something (`…'이라는 이름`, `…라는 별명`). */
const NAMED_AS =
	/^['"’”`]?\s?(이)?라는\s?(이름|별명|별병|별칭|태그|파일|컨테이너|이미지|네트워크|볼륨)/;
/** An image reference with a tag: `centos:centos7`, `sample:1.0`. */
const IMAGE_TAG = /^[a-z][\w.-]*(\/[\w.-]+)?:[\w][\w.-]*$/;
const INSTRUCTION =
	/^(FROM|RUN|CMD|ENTRYPOINT|COPY|ADD|WORKDIR|ENV|ARG|EXPOSE|VOLUME|USER|LABEL|HEALTHCHECK|SHELL|ONBUILD|STOPSIGNAL|MAINTAINER)$/;

/** A Dockerfile instruction keyword or an option: the notes' vocabulary, never an everyday word. */
function isInstructionOrOption(text: string): boolean {
	return OPTION.test(text) || INSTRUCTION.test(text);
}

/** The parenthesis around [start, end) that directly follows a word (`맥(MAC)`), if any. */
function inGloss(text: string, start: number, end: number): boolean {
	const open = text.lastIndexOf('(', start - 1);
	if (open === -1 || text.slice(open + 1, start).includes(')')) return false;
	const close = text.indexOf(')', end);
	if (close === -1 || text.slice(end, close).includes('(')) return false;
	return open > 0 && /\S/.test(text[open - 1] as string);
}

/** Command lines written in prose: [start, end) of each, and where its arguments start. */
function commandSpans(text: string): { start: number; args: number; end: number }[] {
	const out: { start: number; args: number; end: number }[] = [];
	const re = /(?:^|[\s(>:])((?:sudo\s+)?([a-z][a-z0-9-]*)((?:\s+[^\s\uac00-\ud7a3]+)+))/g;
	for (const m of text.matchAll(re)) {
		const program = m[2] as string;
		if (!KNOWN_PROGRAMS.has(program)) continue;
		const whole = m[1] as string;
		const start = (m.index ?? 0) + m[0].length - whole.length;
		const words = whole.split(/\s+/);
		// `docker network create x`: the program and its sub-commands are the command's name
		let named = words[0] === 'sudo' ? 2 : 1;
		while (named < words.length && named < 3 && /^[a-z][a-z-]*$/.test(words[named] as string))
			named++;
		const args = start + words.slice(0, named).join(' ').length;
		if (named < words.length) out.push({ start, args, end: start + whole.length });
	}
	return out;
}

/**
 * Whether the key term `t` of sentence `text` tests nothing (see the module comment), and why.
 * @param marked the author bolded or code-marked the term in this sentence
 */
export function untestable(
	text: string,
	t: KeyTerm,
	vocabulary: Vocabulary,
	marked: boolean
): Untestable | null {
	if (vocabulary.examples.has(t.text)) return 'example';
	// a name the sentence introduces as one (`'greet'이라는 이름`, `builder라는 별명`), or an image
	// reference with its tag (`centos:centos7`): chosen by the author for this example
	if (NAMED_AS.test(text.slice(t.end, t.end + 12))) return 'example';
	if (IMAGE_TAG.test(t.text) && !/:latest$/i.test(t.text)) return 'example';
	const before = text[t.start - 1] ?? ' ';
	const after = text.slice(t.end, t.end + 2);
	if (/[./$:@=_\-\u2010-\u2011A-Za-z0-9]/.test(before) || /^[./:@=_-][A-Za-z0-9]/.test(after))
		return 'partial';
	if (
		inGloss(text, t.start, t.end) &&
		!(marked && isInstructionOrOption(t.text)) &&
		!OPTION.test(t.text)
	)
		return 'gloss';
	if (/^\s(항목|필드|섹션|탭|메뉴|칼럼|컬럼)/.test(text.slice(t.end))) return 'section';
	if (!marked && !isInstructionOrOption(t.text) && vocabulary.frequency.isFrequent(t.text))
		return 'everyday';
	for (const span of commandSpans(text)) {
		if (t.start >= span.args && t.end <= span.end) return 'command';
	}
	return null;
}
