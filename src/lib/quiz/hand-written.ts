/**
 * Hand-written quiz questions, kept as Markdown in `questions/quizzes/*.md` (format documented in
 * `questions/quizzes/README.md`). Parsed with mdast (CommonMark + GFM task lists), checked with
 * valibot, and every problem reported as `file:line: reason` (Korean reason).
 *
 * One `##` heading = one question; the heading is the prompt. The type follows from what comes
 * under it: a task list (`- [x]` / `- [ ]`) → multiple choice; `정답: 참|거짓` → true/false;
 * `정답: …` (prompt with `___`) → fill-in; `명령어: \`…\`` → command. A blockquote is the
 * explanation.
 */
import * as v from 'valibot';
import type { Heading, Nodes, PhrasingContent, RootContent } from 'mdast';
import { judgeCommand } from '$lib/drill';
import { BLANK } from './generate';
import { containsFolded, foldText, normaliseText, parseMarkdown, plainText } from './text';
import type { Question } from './types';

/** One problem in a hand-written quiz file. `line` is 1-based; `reason` is Korean. */
export interface HandWrittenIssue {
	file: string;
	line: number;
	reason: string;
}

/** `file:line: reason`, the form editors and terminals turn into links. */
export function formatIssue(issue: HandWrittenIssue): string {
	return `${issue.file}:${issue.line}: ${issue.reason}`;
}

/** Thrown by {@link loadHandWrittenQuizzes} when any file has problems; lists all of them. */
export class HandWrittenQuizError extends Error {
	override readonly name = 'HandWrittenQuizError';
	constructor(readonly issues: HandWrittenIssue[]) {
		super(issues.map(formatIssue).join('\n'));
	}
}

/** Result of parsing one file: the valid questions and the problems found (both may be non-empty). */
export interface HandWrittenQuiz {
	file: string;
	/** The `#` heading, else the file name; used as the questions' topic. */
	title: string;
	questions: Question[];
	issues: HandWrittenIssue[];
}

type Fields = Record<string, unknown> & { type?: string };

const nonEmpty = (message: string) => v.pipe(v.string(message), v.trim(), v.nonEmpty(message));
const PROMPT = nonEmpty('질문(## 제목)이 비어 있습니다.');
const EXPLANATION = nonEmpty('해설이 없습니다. 문제 아래에 `>`로 시작하는 인용문으로 쓰세요.');
const distinct = (items: string[]) =>
	new Set(items.map((o) => foldText(plainText(o)))).size === items.length;

const HandWrittenSchema = v.variant('type', [
	v.object({
		type: v.literal('mcq'),
		prompt: PROMPT,
		explanation: EXPLANATION,
		options: v.pipe(
			v.array(nonEmpty('빈 보기가 있습니다.')),
			v.length(4, '보기는 정확히 4개여야 합니다.'),
			v.check(distinct, '같은 보기가 두 번 있습니다.')
		),
		correct: v.pipe(
			v.array(v.number()),
			v.length(1, '정답 보기(`- [x]`)는 정확히 하나여야 합니다.')
		)
	}),
	v.object({
		type: v.literal('truefalse'),
		prompt: PROMPT,
		explanation: EXPLANATION,
		answer: v.boolean()
	}),
	v.object({
		type: v.literal('fillin'),
		prompt: v.pipe(PROMPT, v.includes('___', '빈칸 문제의 질문에는 빈칸 `___`이 있어야 합니다.')),
		explanation: EXPLANATION,
		answer: nonEmpty('정답이 비어 있습니다.'),
		accepted: v.array(nonEmpty('`또는:` 뒤가 비어 있습니다.'))
	}),
	v.object({
		type: v.literal('command'),
		prompt: PROMPT,
		explanation: EXPLANATION,
		answer: v.pipe(
			nonEmpty('명령어가 비어 있습니다.'),
			v.check((cmd) => {
				// Accepted against itself and readable by the shell (an unreadable line is only ever
				// "the same text", which would make any typo in the deck its own answer).
				const v = judgeCommand(cmd, cmd);
				return v.verdict !== 'wrong' && v.normalised !== '';
			}, '명령어 판정기가 이 명령을 읽을 수 없습니다 (자기 자신과 비교해도 정답이 아닙니다).')
		)
	})
]);

function backtickFence(value: string): string {
	let longest = 0;
	for (const run of value.match(/`+/gu) ?? []) longest = Math.max(longest, run.length);
	const fence = '`'.repeat(longest + 1);
	const pad = value.startsWith('`') || value.endsWith('`') ? ' ' : '';
	return `${fence}${pad}${value}${pad}${fence}`;
}

/**
 * Markdown of inline content, rebuilt from the nodes (so blockquote `>` markers never leak in):
 * text and inline code from their values, anything else as written in the source.
 */
function inlineMarkdown(nodes: readonly PhrasingContent[], source: string): string {
	return nodes
		.map((n) => {
			if (n.type === 'text') return n.value;
			if (n.type === 'inlineCode') return backtickFence(n.value);
			if (n.type === 'break') return '\n';
			const s = n.position?.start.offset;
			const e = n.position?.end.offset;
			return s !== undefined && e !== undefined ? source.slice(s, e) : '';
		})
		.join('');
}

/** Markdown of a block's paragraphs (blockquote, list item), paragraphs separated by a blank line. */
function blockMarkdown(node: Nodes, source: string): string {
	if (!('children' in node)) return '';
	return node.children
		.map((child) => {
			if (child.type === 'paragraph') return inlineMarkdown(child.children, source);
			return blockMarkdown(child as Nodes, source);
		})
		.filter((s) => s.length > 0)
		.join('\n\n');
}

const lineOf = (n: { position?: { start: { line: number } } }, fallback = 1): number =>
	n.position?.start.line ?? fallback;

const LABELS = { 정답: 'answer', 또는: 'accepted', 명령어: 'command' } as const;
type Label = keyof typeof LABELS;

function labelOf(line: string): Label | null {
	const colon = line.indexOf(':');
	if (colon === -1) return null;
	const key = line.slice(0, colon).trim();
	return key in LABELS ? (key as Label) : null;
}

interface Draft {
	heading: Heading;
	body: RootContent[];
}

/** Split the document into `##` sections; returns the title and the sections. */
function sections(
	children: RootContent[],
	file: string,
	source: string
): { title: string; drafts: Draft[] } {
	let title = file.replace(/^.*\//u, '').replace(/\.md$/u, '');
	const drafts: Draft[] = [];
	for (const node of children) {
		if (node.type === 'heading' && node.depth === 1 && drafts.length === 0) {
			title = normaliseText(plainText(inlineMarkdown(node.children, source)));
		} else if (node.type === 'heading' && node.depth === 2) {
			drafts.push({ heading: node, body: [] });
		} else if (drafts.length > 0) {
			drafts.at(-1)?.body.push(node);
		}
	}
	return { title, drafts };
}

/**
 * Parse one hand-written quiz file (Markdown). Never throws: problems come back in `issues`, each
 * with the line of the offending question or field; questions with problems are left out.
 *
 * @param text the file's content (LF or CRLF)
 * @param file the path shown in issues and kept as each question's `source.file`,
 *   e.g. `questions/quizzes/docker.md`
 */
export function parseHandWrittenQuiz(text: string, file: string): HandWrittenQuiz {
	const source = text;
	const root = parseMarkdown(source);
	const { title, drafts } = sections(root.children, file, source);
	const issues: HandWrittenIssue[] = [];
	const questions: Question[] = [];
	const issue = (line: number, reason: string) => issues.push({ file, line, reason });
	if (drafts.length === 0) {
		issue(1, '문제가 하나도 없습니다. 문제마다 `## 질문` 제목으로 시작하세요.');
	}
	const seenPrompts = new Map<string, number>();

	for (const { heading, body } of drafts) {
		const headLine = lineOf(heading);
		const lines: Record<string, number> = {
			prompt: headLine,
			explanation: headLine,
			type: headLine
		};
		const fields: Fields = {};
		const promptParts = [inlineMarkdown(heading.children, source)];
		const explanation: string[] = [];
		let bad = false;
		for (const node of body) {
			const at = lineOf(node, headLine);
			if (node.type === 'html') continue; // comments, e.g. `<!-- cards: off -->`
			if (node.type === 'blockquote') {
				explanation.push(blockMarkdown(node, source));
				lines.explanation = at;
			} else if (node.type === 'list') {
				if (fields.type !== undefined) {
					issue(at, '한 문제에 보기 목록은 하나만, 정답 줄과 함께 쓰지 않습니다.');
					bad = true;
					continue;
				}
				fields.type = 'mcq';
				lines.options = at;
				lines.correct = at;
				const options: string[] = [];
				const correct: number[] = [];
				node.children.forEach((item, i) => {
					if (item.checked === null || item.checked === undefined) {
						issue(lineOf(item, at), '보기는 `- [ ] 오답` 또는 `- [x] 정답` 형식이어야 합니다.');
						bad = true;
					}
					if (item.checked) correct.push(i);
					options.push(blockMarkdown(item, source));
				});
				fields.options = options;
				fields.correct = correct;
			} else if (node.type === 'paragraph') {
				const md = inlineMarkdown(node.children, source);
				const rows = md.split('\n');
				if (labelOf(rows[0] ?? '') === null) {
					promptParts.push(md);
					continue;
				}
				rows.forEach((row, i) => {
					const rowLine = at + i;
					const label = labelOf(row);
					const value = label ? row.slice(row.indexOf(':') + 1).trim() : '';
					if (label === '정답') {
						if (fields.type !== undefined) {
							issue(rowLine, '정답이 두 번 있거나 보기 목록과 함께 있습니다.');
							bad = true;
							return;
						}
						const tf = value === '참' ? true : value === '거짓' ? false : null;
						fields.type = tf === null ? 'fillin' : 'truefalse';
						fields.answer = tf === null ? normaliseText(plainText(value)) : tf;
						if (tf === null) fields.accepted ??= [];
						lines.answer = rowLine;
					} else if (label === '또는') {
						fields.accepted = [
							...((fields.accepted as string[] | undefined) ?? []),
							normaliseText(plainText(value))
						];
						lines.accepted = rowLine;
					} else if (label === '명령어') {
						if (fields.type !== undefined) {
							issue(rowLine, '명령어 줄이 두 번 있거나 다른 정답과 함께 있습니다.');
							bad = true;
							return;
						}
						if (!(value.startsWith('`') && value.endsWith('`') && value.length > 2)) {
							issue(rowLine, '명령어는 `docker ps -a`처럼 백틱(`)으로 감싸 한 줄로 씁니다.');
							bad = true;
							return;
						}
						fields.type = 'command';
						fields.answer = plainText(value).trim();
						lines.answer = rowLine;
					} else {
						issue(
							rowLine,
							'알 수 없는 줄입니다. `정답:`, `또는:`, `명령어:` 중 하나로 시작해야 합니다.'
						);
						bad = true;
					}
				});
			} else if (node.type === 'code') {
				const s = node.position?.start.offset;
				const e = node.position?.end.offset;
				if (s !== undefined && e !== undefined) promptParts.push(source.slice(s, e));
			} else {
				issue(
					at,
					`문제 안에 쓸 수 없는 형식입니다 (${node.type}). 다른 문제는 \`##\` 제목으로 나누세요.`
				);
				bad = true;
			}
		}
		const prompt = promptParts.join('\n\n');
		const promptKey = foldText(plainText(prompt));
		const earlier = seenPrompts.get(promptKey);
		if (earlier !== undefined) {
			issue(headLine, `같은 질문이 ${earlier}번째 줄에 이미 있습니다.`);
			continue;
		}
		seenPrompts.set(promptKey, headLine);
		if (fields.type === undefined) {
			if (bad) continue;
			issue(
				headLine,
				'정답이 없습니다. 보기 목록(`- [x]`), `정답:` 줄 또는 `명령어:` 줄이 필요합니다.'
			);
			continue;
		}
		if (fields.accepted !== undefined && fields.type !== 'fillin') {
			issue(lines.accepted ?? headLine, '`또는:`은 빈칸 문제에서만 씁니다.');
			bad = true;
		}
		if (bad) continue;
		const result = v.safeParse(HandWrittenSchema, {
			...fields,
			prompt,
			explanation: explanation.join('\n\n')
		});
		if (!result.success) {
			for (const i of result.issues) {
				const key = i.path?.[0]?.key;
				issue(typeof key === 'string' ? (lines[key] ?? headLine) : headLine, i.message);
			}
			continue;
		}
		const out = result.output;
		const base = {
			id: `hw:${file}:${headLine}`,
			cardId: null,
			topic: [title],
			explanation: out.explanation,
			source: { file, line: headLine }
		};
		const leaks = (answer: string) => containsFolded(plainText(out.prompt), answer);
		if (out.type === 'mcq') {
			const correctIndex = out.correct[0] as number;
			if (leaks(plainText(out.options[correctIndex] ?? ''))) {
				issue(lines.options ?? headLine, '질문에 정답 보기가 그대로 들어 있습니다.');
				continue;
			}
			questions.push({
				...base,
				type: 'mcq',
				prompt: out.prompt,
				options: out.options,
				correctIndex
			});
		} else if (out.type === 'truefalse') {
			questions.push({ ...base, type: 'truefalse', prompt: out.prompt, correct: out.answer });
		} else if (out.type === 'fillin') {
			const leaked = [out.answer, ...out.accepted].find(leaks);
			if (leaked !== undefined) {
				issue(lines.answer ?? headLine, `질문에 정답 "${leaked}"이(가) 그대로 들어 있습니다.`);
				continue;
			}
			questions.push({
				...base,
				type: 'fillin',
				prompt: out.prompt.replace(/_{3,}/gu, BLANK),
				expected: out.answer,
				accepted: out.accepted
			});
		} else {
			if (leaks(out.answer)) {
				issue(lines.answer ?? headLine, '질문에 명령어가 그대로 들어 있습니다.');
				continue;
			}
			questions.push({
				...base,
				type: 'command',
				prompt: out.prompt,
				expected: out.answer,
				display: out.answer
			});
		}
	}
	issues.sort((a, b) => a.line - b.line);
	return { file, title, questions, issues };
}

/**
 * Parse several files and return all their questions, for the quiz builder.
 *
 * @param files `{ file, text }` pairs, e.g. from `import.meta.glob('/questions/quizzes/*.md', { query: '?raw' })`
 *   (leave out `README.md`).
 * @throws HandWrittenQuizError listing every problem of every file, when there is any.
 */
export function loadHandWrittenQuizzes(
	files: readonly { file: string; text: string }[]
): Question[] {
	const parsed = files.map((f) => parseHandWrittenQuiz(f.text, f.file));
	const issues = parsed.flatMap((p) => p.issues);
	if (issues.length > 0) throw new HandWrittenQuizError(issues);
	return parsed.flatMap((p) => p.questions);
}
