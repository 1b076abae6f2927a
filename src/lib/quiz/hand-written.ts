/**
 * Hand-written quiz questions, kept as Markdown in `questions/quizzes/*.md` (format documented in
 * `questions/quizzes/README.md`). Parsed with mdast (CommonMark + GFM task lists), checked with
 * valibot, and every problem reported with its file and line and a message id.
 *
 * One `##` heading = one question; the heading is the prompt. The type follows from what comes
 * under it: a task list → multiple choice; an answer line of true or false → true/false; an
 * answer line under a prompt with `___` → fill-in; a command line → command. A blockquote is the
 * explanation; the deck line files the question under a bundled deck and its headings, so the
 * decks and topic chosen in the builder bound hand-written questions like cards.
 */
import * as v from 'valibot';
import type { Message } from '$lib/core/message';
import { readFields } from './handwritten/fields';
import { sections } from './handwritten/markdown';
import { HandWrittenSchema, readDeckLine, toQuestion } from './handwritten/schema';
import { foldText, parseMarkdown, plainText } from './text';
import type { Question } from './types';

/** One problem in a hand-written quiz file. `line` is 1-based. */
export interface HandWrittenIssue {
	file: string;
	line: number;
	reason: Message;
}

/** `file:line: message-id {params}`, the form editors and terminals turn into links (English logs). */
export function formatIssue(issue: HandWrittenIssue): string {
	const params = issue.reason.params ? ` ${JSON.stringify(issue.reason.params)}` : '';
	return `${issue.file}:${issue.line}: ${issue.reason.key}${params}`;
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
	/** The `#` heading, else the file name. */
	title: string;
	questions: Question[];
	issues: HandWrittenIssue[];
}

/**
 * Parse one hand-written quiz file (Markdown). Never throws: problems come back in `issues`, each
 * with the line of the offending question or field; questions with problems are left out.
 *
 * @param text the file's content (LF or CRLF)
 * @param file the path shown in issues and kept as each question's `source.file`,
 *   e.g. `questions/quizzes/docker.md`
 * @param deckTitles bundled deck id → title (the deck line's deck must be one of them; the title
 *   heads the question's topic). Without it any deck is accepted and its id heads the topic.
 */
export function parseHandWrittenQuiz(
	text: string,
	file: string,
	deckTitles?: ReadonlyMap<string, string>
): HandWrittenQuiz {
	const { title, drafts } = sections(parseMarkdown(text).children, file, text);
	const issues: HandWrittenIssue[] = [];
	const questions: Question[] = [];
	const issue = (line: number, reason: Message) => issues.push({ file, line, reason });
	if (drafts.length === 0) issue(1, { key: 'quiz_hw_no_questions' });
	const seenPrompts = new Map<string, number>();
	for (const draft of drafts) {
		const headLine = draft.heading.position?.start.line ?? 1;
		const read = readFields(draft, text, issue);
		const promptKey = foldText(plainText(read.prompt));
		const earlier = seenPrompts.get(promptKey);
		if (earlier !== undefined) {
			issue(headLine, { key: 'quiz_hw_duplicate', params: { line: earlier } });
			continue;
		}
		seenPrompts.set(promptKey, headLine);
		const q = checkDraft(read, headLine, file, deckTitles, issue);
		if (q) questions.push(q);
	}
	issues.sort((a, b) => a.line - b.line);
	return { file, title, questions, issues };
}

/** The question a section's fields make, or null after reporting why not. */
function checkDraft(
	read: ReturnType<typeof readFields>,
	headLine: number,
	file: string,
	deckTitles: ReadonlyMap<string, string> | undefined,
	issue: (line: number, reason: Message) => void
): Question | null {
	const { fields, lines } = read;
	if (fields.type === undefined) {
		if (!read.bad) issue(headLine, { key: 'quiz_hw_no_answer' });
		return null;
	}
	let bad = read.bad;
	if (fields.accepted !== undefined && fields.type !== 'fillin') {
		issue(lines.accepted ?? headLine, { key: 'quiz_hw_accepted_not_fillin' });
		bad = true;
	}
	const filing = readDeckLine(read.deck ?? '', deckTitles);
	if ('key' in filing) {
		issue(lines.deck ?? headLine, filing);
		bad = true;
	}
	if (bad || 'key' in filing) return null;
	const result = v.safeParse(HandWrittenSchema, {
		...fields,
		prompt: read.prompt,
		explanation: read.explanation
	});
	if (!result.success) {
		for (const i of result.issues) {
			const key = i.path?.[0]?.key;
			issue(typeof key === 'string' ? (lines[key] ?? headLine) : headLine, { key: i.message });
		}
		return null;
	}
	const made = toQuestion(result.output, {
		id: `hw:${file}:${headLine}`,
		cardId: null,
		topic: filing.topic,
		explanation: result.output.explanation,
		source: { file, line: headLine, deckId: filing.deckId }
	});
	if ('problem' in made) {
		issue(lines[made.field] ?? headLine, made.problem);
		return null;
	}
	return made;
}

/**
 * Parse several files and return all their questions, for the quiz builder.
 *
 * @param files `{ file, text }` pairs, e.g. from `import.meta.glob('/questions/quizzes/*.md', { query: '?raw' })`
 *   (leave out `README.md`).
 * @param deckTitles see {@link parseHandWrittenQuiz}
 * @throws HandWrittenQuizError listing every problem of every file, when there is any.
 */
export function loadHandWrittenQuizzes(
	files: readonly { file: string; text: string }[],
	deckTitles?: ReadonlyMap<string, string>
): Question[] {
	const parsed = files.map((f) => parseHandWrittenQuiz(f.text, f.file, deckTitles));
	const issues = parsed.flatMap((p) => p.issues);
	if (issues.length > 0) throw new HandWrittenQuizError(issues);
	return parsed.flatMap((p) => p.questions);
}
