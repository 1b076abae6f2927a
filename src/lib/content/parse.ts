/**
 * Notes (Markdown) → cards.
 *
 * Built on a real syntax tree (mdast with GFM, see `markdown.ts`); regular expressions only ever
 * look at the text of one line of one paragraph (through its separator mask, see `inline.ts`).
 * Runs synchronously in Node at build time and in the browser on import: no Node APIs here.
 *
 * Rules, in the order they are tried for one bullet (details in `questions/README.md`):
 * 1. explicit syntax (Obsidian Spaced Repetition compatible): `?`/`??` separator lines,
 *    cloze `==term==` / `{{c1::term}}`, `Q :: A` / `Q ::: A` / `Q ::> A` (type-in) lines;
 * 2. `` `command`: description `` → command card (the description asks, the command answers);
 * 3. `term: definition` / `term - definition` → term card; the front carries the heading and the
 *    parent bullets (`Docker 특징 — 표준성`); `명령어: docker version` → command card;
 * 4. `A, B, C` (three or more short names) → "examples of …" card;
 * 5. bullet with child bullets → term → the list (short lists) or one card per child (long lists
 *    of sentences); sentence children also get a reverse card when the term is a short term;
 * 6. bullet followed by (or holding) a shell code block → the block's command lines become
 *    command cards, asked with the bullet and heading;
 * 7. any other bullet is a sentence of its heading (or parent bullet): heading → sentence, plus
 *    sentence → heading when the heading is a short term.
 */
import type { Code, Heading, Html, List, ListItem, Nodes, Paragraph, RootContent } from 'mdast';
import {
	codeSpan,
	codeSpanContent,
	commandsFromCode,
	isCommandLine,
	SHELL_LANGUAGES,
	toCommandItem
} from './commands';
import { cardAnchor, cardIdFromAnchor, normaliseAnchorPart, normaliseNotesText } from './identity';
import { finishText, htmlDropReason, inlineLines, joinLines, sliceLine, type Line } from './inline';
import { parseBlocks, type Block, type MdDoc } from './markdown';
import type {
	CardKind,
	CardPattern,
	CommandItem,
	NoteCard,
	NotesWarning,
	ParsedNotes
} from './types';

/** Options for {@link parseNotes}. */
export interface ParseOptions {
	/** Deck name used in card anchors (ids); defaults to the notes title. */
	deck?: string;
}

/** A child list with at most this many sentence items becomes one "term → the list" card. */
export const LIST_CARD_MAX_SENTENCES = 4;
/** A child list with at most this many items (terms) gets a "name all parts" card. */
export const LIST_CARD_MAX_ITEMS = 8;

/** At most this many command cards come from one code block (the rest get a warning). */
export const MAX_COMMANDS_PER_BLOCK = 20;

/** Headings/terms too generic to be the answer of a reverse card. */
const GENERIC_WORDS: ReadonlySet<string> = new Set([
	'background',
	'overview',
	'intro',
	'introduction',
	'summary',
	'notes',
	'note',
	'installation',
	'install',
	'setup',
	'usage',
	'example',
	'examples',
	'reference',
	'references',
	'misc',
	'etc',
	'개요',
	'소개',
	'정리',
	'요약',
	'특징',
	'설치',
	'배경',
	'참고',
	'예시',
	'기능',
	'장점',
	'단점',
	'변화',
	'방법',
	'사용법',
	'명령어'
]);

const EMPTY_LINE: Line = { src: '', mask: '', line: 0, segments: [] };
const REVERSE_PROMPT = '(무엇에 대한 설명인가요?)';
const MASK_TOKEN = '＿＿';

interface Draft {
	kind: CardKind;
	pattern: CardPattern;
	front: string;
	back: string;
	topic: string[];
	headingPath: string[];
	context?: string;
	clozeIndex?: number;
	command?: CommandItem;
	line: number;
	endLine?: number;
}

interface Parent {
	term: string;
	line: number;
}

/** The bullet a code block belongs to: its first line asks, further lines describe. */
interface Bullet {
	label: string;
	line: number;
	extra?: Line[];
}

interface Sentence {
	text: string;
	line: number;
	endLine?: number;
}

/** Sentence bullets waiting for their owner (a heading section or a parent bullet). */
interface SentenceGroup {
	owner: string;
	/** Front used for forward cards (heading text, or `prefix — term` for bullets). */
	ownerFront: string;
	/** Whether a reverse card (sentence → owner) makes sense. */
	reversible: boolean;
	/** Whether the owner already has a "term → the list" card (then no per-sentence cards). */
	listCard: boolean;
	/** Cue every forward card, even a single one (the bare owner front is taken). */
	cueAlways?: boolean;
	sentences: Sentence[];
	topic: string[];
	headingPath: string[];
	context?: string;
}

interface Ctx {
	parents: Parent[];
	/** Null: sentences go to the current heading section. */
	group: SentenceGroup | null;
	inQuote: boolean;
}

type ItemInfo =
	| { kind: 'empty' }
	| { kind: 'explicit'; lines: Line[]; label: string }
	| { kind: 'command'; command: string; desc: string; line: number; label: string }
	| { kind: 'term'; term: string; def: string; line: number; endLine?: number; label: string }
	| { kind: 'names'; names: string[]; text: string; line: number; label: string }
	| { kind: 'parent'; term: string; line: number; label: string; extra: Line[] }
	| { kind: 'intro'; label: string; line: number; extra: Line[] }
	| { kind: 'sentence'; text: string; line: number; endLine?: number; label: string };

function words(text: string): string[] {
	return text.split(/\s+/).filter(Boolean);
}

/** A short term: at most 3 words and 24 characters, not a sentence, not a generic label. */
export function isShortTerm(text: string): boolean {
	const t = text.trim();
	const ws = words(t);
	if (ws.length === 0 || ws.length > 3 || t.length > 24) return false;
	if (/[.!?。]$|다$|요$/.test(t)) return false;
	return !ws.some((w) => GENERIC_WORDS.has(w.toLowerCase()));
}

/**
 * Whether the text before a separator can be a term: short, not a sentence. A dash is weaker
 * evidence than a colon (`A - B` also appears inside sentences), so it allows fewer words and no
 * sentence ending (`…다`).
 */
function isTermLike(term: string, separator: string): boolean {
	const t = term.trim();
	if (t.length === 0 || t.length > 40 || /[.!?。]$/.test(t)) return false;
	if (separator.trim() === ':') return words(t).length <= 6;
	return words(t).length <= 4 && !/다$/.test(t);
}

function escapeRegExp(s: string): string {
	return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function lineOf(node: Nodes, doc: MdDoc): number {
	return (node.position?.start.line ?? 1) + doc.lineOffset;
}

function endLineOf(node: Nodes, doc: MdDoc): number {
	return (node.position?.end.line ?? 1) + doc.lineOffset;
}

/** Remove the common leading indentation of a block of lines. */
function dedent(text: string): string {
	const lines = text.split('\n');
	const indents = lines
		.filter((l) => l.trim() !== '')
		.map((l) => /^[ \t]*/.exec(l)?.[0].length ?? 0);
	const min = indents.length ? Math.min(...indents) : 0;
	return lines.map((l) => l.slice(Math.min(min, /^[ \t]*/.exec(l)?.[0].length ?? 0))).join('\n');
}

/** Opening words of a sentence used as the cue of a forward card: about 2–4 words. */
function cue(text: string, minWords: number): string {
	const ws = words(text.replace(/\n/g, ' '));
	if (ws.length <= 1) return '';
	let k = Math.min(Math.max(2, minWords), ws.length - 1);
	while (ws.slice(0, k).join(' ').length < 8 && k < Math.min(4, ws.length - 1)) k++;
	return ws.slice(0, k).join(' ');
}

const BINARY_SAMPLE = 65_536;

/** Heuristic: more than 5 % control characters, NULs or U+FFFD in the first 64 KiB. */
export function looksBinary(text: string): boolean {
	const sample = text.slice(0, BINARY_SAMPLE);
	if (sample.length === 0) return false;
	let bad = 0;
	for (let i = 0; i < sample.length; i++) {
		const c = sample.charCodeAt(i);
		if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0xfffd || c === 127) bad++;
	}
	return bad / sample.length > 0.05;
}

class NotesWalker {
	readonly drafts: Draft[] = [];
	readonly warnings: NotesWarning[] = [];
	title: string | null = null;
	private headings: { depth: number; text: string }[] = [];
	private section: SentenceGroup;
	private cardsOn = true;

	constructor(
		private readonly file: string,
		private readonly fallbackTitle: string
	) {
		this.section = this.newSection();
	}

	/** Record a warning; nothing is reported from inside a `cards: off` region. */
	warn(line: number, reason: string): void {
		if (!this.cardsOn) return;
		this.warnings.push({ file: this.file, line, reason });
	}

	// ── context helpers ───────────────────────────────────────────────────────────────────────

	private headingPath(): string[] {
		return this.headings.map((h) => h.text);
	}

	private lastHeading(): string {
		return this.headings.at(-1)?.text ?? this.title ?? this.fallbackTitle;
	}

	private topic(ctx: Ctx): string[] {
		return [...this.headingPath(), ...ctx.parents.map((p) => p.term)];
	}

	/** Heading and parent bullets, e.g. `Docker 특징`. */
	private prefix(ctx: Ctx): string {
		return [this.lastHeading(), ...ctx.parents.map((p) => p.term)].filter(Boolean).join(' ');
	}

	private withPrefix(ctx: Ctx, term: string): string {
		const prefix = this.prefix(ctx);
		return prefix ? `${prefix} — ${term}` : term;
	}

	private newSection(): SentenceGroup {
		const owner = this.lastHeading();
		const isTitle =
			this.headings.length === 0 || (this.headings.length === 1 && this.headings[0]?.depth === 1);
		return {
			owner,
			ownerFront: owner,
			reversible: !isTitle && isShortTerm(owner),
			listCard: false,
			sentences: [],
			topic: this.headingPath(),
			headingPath: this.headingPath()
		};
	}

	private add(draft: Draft): void {
		if (!this.cardsOn) return;
		const front = draft.front.trim();
		const back = draft.back.trim();
		if (front === '' || back === '') {
			this.warn(draft.line, '카드의 앞면이나 뒷면이 비어 있어 만들지 않았습니다.');
			return;
		}
		if (normaliseAnchorPart(front) === normaliseAnchorPart(back)) {
			this.warn(draft.line, '앞면과 뒷면이 같아 카드를 만들지 않았습니다.');
			return;
		}
		this.drafts.push({ ...draft, front, back });
	}

	private issues(list: { line: number; reason: string }[]): void {
		for (const i of list) this.warn(i.line, i.reason);
	}

	// ── blocks ────────────────────────────────────────────────────────────────────────────────

	/**
	 * Walk sibling blocks in document order.
	 * @param owner the bullet that holds these blocks (code blocks inside it are asked with it)
	 */
	walk(blocks: Block[], ctx: Ctx, owner?: Bullet): void {
		let lastBullet: Bullet | undefined;
		for (let i = 0; i < blocks.length; i++) {
			const { node, doc } = blocks[i] as Block;
			const next = blocks[i + 1];
			let bulletForNext: Bullet | undefined;
			switch (node.type) {
				case 'heading':
					this.heading(node, doc, ctx);
					break;
				case 'paragraph': {
					const consumed = this.paragraph(node, doc, ctx, blocks, i);
					i += consumed;
					break;
				}
				case 'list': {
					const introNext = next !== undefined && this.codeHasCommands(next.node);
					bulletForNext = this.list(node, doc, ctx, introNext);
					break;
				}
				case 'code':
					this.code(node, doc, ctx, lastBullet ?? owner);
					break;
				case 'html':
					this.html(node, doc, ctx);
					break;
				case 'blockquote':
					this.walk(
						node.children.map((n) => ({ node: n, doc })),
						{ ...ctx, inQuote: true },
						owner
					);
					break;
				case 'table':
					this.warn(
						lineOf(node, doc),
						'표는 아직 카드로 만들지 않습니다. 목록이나 "질문 :: 답" 형식을 쓰세요.'
					);
					break;
				default:
					break;
			}
			lastBullet = bulletForNext;
		}
	}

	private heading(node: Heading, doc: MdDoc, ctx: Ctx): void {
		const { lines, issues } = inlineLines(node.children, doc, ctx.inQuote);
		this.issues(issues);
		const text = finishText(lines.map((l) => l.src).join(' ')).replace(/\\\n/g, ' ');
		if (ctx.parents.length > 0 || ctx.group) {
			this.warn(lineOf(node, doc), '목록 안의 제목은 주제로 쓰지 않았습니다.');
			return;
		}
		this.flushSection();
		if (text === '') {
			this.warn(lineOf(node, doc), '빈 제목은 건너뛰었습니다.');
			return;
		}
		if (node.depth === 1 && this.title === null) this.title = text;
		while (this.headings.length > 0 && (this.headings.at(-1)?.depth ?? 0) >= node.depth)
			this.headings.pop();
		this.headings.push({ depth: node.depth, text });
		this.section = this.newSection();
	}

	/** Explicit cards from a paragraph outside lists; returns how many following blocks it used. */
	private paragraph(
		node: Paragraph,
		doc: MdDoc,
		ctx: Ctx,
		siblings: Block[],
		index: number
	): number {
		const { lines, issues } = inlineLines(node.children, doc, ctx.inQuote);
		this.issues(issues);
		if (lines.length === 0) return 0;
		const used = this.explicit(lines, ctx, siblings, index);
		if (used === null) {
			if (this.cardsOn) {
				this.warn(
					lineOf(node, doc),
					'목록이 아닌 문단은 카드로 만들지 않았습니다. "- " 목록이나 "질문 :: 답" 형식을 쓰세요.'
				);
			}
			return 0;
		}
		return used;
	}

	private codeHasCommands(node: RootContent): boolean {
		if (node.type !== 'code') return false;
		if (node.lang && !SHELL_LANGUAGES.has(node.lang.toLowerCase())) return false;
		return commandsFromCode(node.value, 1).length > 0;
	}

	private code(node: Code, doc: MdDoc, ctx: Ctx, bullet?: Bullet): void {
		const line = lineOf(node, doc);
		const lang = node.lang?.toLowerCase();
		if (lang && !SHELL_LANGUAGES.has(lang)) {
			this.warn(
				line,
				`명령어 카드는 bash/sh 코드 블록에서만 만듭니다 (이 블록의 언어: ${node.lang}).`
			);
			return;
		}
		const off = node.position?.start.offset ?? 0;
		const fenced = doc.src.startsWith('```', off) || doc.src.startsWith('~~~', off);
		const first = line + (fenced ? 1 : 0);
		// A long script is not recall material: stop after one more than the limit.
		const unique = commandsFromCode(node.value, MAX_COMMANDS_PER_BLOCK + 1);
		const commands = unique.slice(0, MAX_COMMANDS_PER_BLOCK);
		if (unique.length > MAX_COMMANDS_PER_BLOCK) {
			this.warn(
				first + (unique[MAX_COMMANDS_PER_BLOCK]?.index ?? 0),
				`코드 블록 하나에서는 명령어 카드를 ${MAX_COMMANDS_PER_BLOCK}개까지만 만듭니다.`
			);
		}
		if (commands.length === 0) {
			if (this.cardsOn) this.warn(line, '코드 블록에서 카드로 만들 명령어를 찾지 못했습니다.');
			return;
		}
		const heading = this.lastHeading();
		const base = [heading, bullet?.label].filter(Boolean).join(' — ');
		commands.forEach((c, k) => {
			let ask: string;
			if (c.comment) ask = c.comment;
			else if (commands.length === 1) ask = '명령어를 입력하세요.';
			else ask = `${k + 1}번째 명령어를 입력하세요 (${commands.length}개 중).`;
			this.add({
				kind: 'command',
				pattern: 'command-block',
				front: `${base}: ${ask}`,
				back: codeSpan(c.command),
				command: toCommandItem(c.command),
				topic:
					bullet && this.topic(ctx).at(-1) !== bullet.label
						? [...this.topic(ctx), bullet.label]
						: this.topic(ctx),
				headingPath: this.headingPath(),
				// the whole bullet, description lines included (`설치 확인법` + `다음과 같이 …`)
				context: bullet
					? joinLines([{ ...EMPTY_LINE, src: bullet.label }, ...(bullet.extra ?? [])])
					: undefined,
				line: first + c.index
			});
		});
	}

	private html(node: Html, doc: MdDoc, ctx: Ctx): void {
		const value = node.value.trim();
		const line = lineOf(node, doc);
		const toggle = /^<!--\s*cards\s*:\s*(off|on)\s*-->$/i.exec(value);
		if (toggle) {
			this.cardsOn = toggle[1]?.toLowerCase() === 'on';
			return;
		}
		if (value.startsWith('<!--')) return;
		const rawLines = node.value.split('\n');
		const firstLine = rawLines[0] ?? '';
		this.warn(line, htmlDropReason(firstLine) ?? 'HTML은 카드에 넣지 않고 건너뛰었습니다.');
		// A lone tag such as `<img>` opens an HTML block that swallows the Markdown lines after it
		// up to the next blank line (CommonMark HTML block kind 7). Those lines are the author's
		// notes, not HTML: parse them again as Markdown. Kinds 1–5 (`<script>`, `<pre>`, `<style>`,
		// `<textarea>`, comments, `<?`, `<!X`) end at their own closing marker and stay dropped.
		if (/^\s*<(script|pre|style|textarea)[\s>]|^\s*<[!?]/i.test(firstLine)) return;
		const k = rawLines.findIndex((l, i) => i > 0 && l.trim() !== '' && !l.trim().startsWith('<'));
		if (k === -1) return;
		const rest = dedent(rawLines.slice(k).join('\n'));
		this.walk(parseBlocks(rest, line - 1 + k), ctx);
	}

	// ── lists ─────────────────────────────────────────────────────────────────────────────────

	/** Returns the last bullet's label when the list introduces a following code block. */
	private list(node: List, doc: MdDoc, ctx: Ctx, introNext: boolean): Bullet | undefined {
		let last: Bullet | undefined;
		node.children.forEach((item, i) => {
			const isLast = i === node.children.length - 1;
			const info = this.classify(item, doc, ctx, isLast && introNext);
			this.item(item, doc, ctx, info);
			if (info.kind !== 'empty') {
				last = {
					label: info.label,
					line: lineOf(item, doc),
					extra: 'extra' in info ? info.extra : undefined
				};
			}
		});
		return introNext ? last : undefined;
	}

	private headLines(item: ListItem, doc: MdDoc, ctx: Ctx, report: boolean): Line[] {
		const head = item.children[0];
		if (head?.type !== 'paragraph') return [];
		const { lines, issues } = inlineLines(head.children, doc, ctx.inQuote);
		if (report) this.issues(issues);
		return lines;
	}

	private classify(item: ListItem, doc: MdDoc, ctx: Ctx, introForNext: boolean): ItemInfo {
		const lines = this.headLines(item, doc, ctx, true);
		const first = lines[0];
		if (!first) return { kind: 'empty' };
		const label = finishText(first.src);
		if (this.hasExplicit(lines)) {
			// A `Q :: A` bullet is called by its question when it introduces a code block.
			const at = first.mask.indexOf('::');
			const question = at > 0 ? finishText(sliceLine(first, 0, at).src) : '';
			return { kind: 'explicit', lines, label: question || label };
		}
		const extra = lines.slice(1);
		const rest = item.children.slice(1);
		const hasChildList = rest.some((c) => c.type === 'list');
		const line = first.line;

		// `command`: description
		const seg = first.segments[0];
		if (seg?.kind === 'code' && seg.start === 0) {
			const command = codeSpanContent(first.src.slice(0, seg.end)).trim();
			const after = sliceLine(first, seg.end);
			const sep = /^(?::|[-–—])\s+/.exec(after.mask);
			if (sep && isCommandLine(command)) {
				const desc = finishText(sliceLine(after, sep[0].length).src);
				if (desc) return { kind: 'command', command, desc, line, label };
			}
		}

		// term: definition / term - definition
		const colon = /:(?=\s|$)/.exec(first.mask);
		const dash = /\s[-–—]\s/.exec(first.mask);
		const sep = [colon, dash]
			.filter((m): m is RegExpExecArray => m !== null)
			.sort((a, b) => a.index - b.index)[0];
		if (sep) {
			const term = finishText(sliceLine(first, 0, sep.index).src);
			const def = joinLines(
				[sliceLine(first, sep.index + sep[0].length), ...extra].filter((l) => l.src)
			);
			if (isTermLike(term, sep[0])) {
				if (def) {
					return { kind: 'term', term, def, line, endLine: extra.at(-1)?.line, label };
				}
				if (hasChildList) return { kind: 'parent', term, line, label, extra };
			}
		}

		// A, B, C
		const names = first.mask.includes(',') ? this.names(first) : null;
		if (names && extra.length === 0 && !hasChildList) {
			return { kind: 'names', names, text: label, line, label };
		}

		if (hasChildList) return { kind: 'parent', term: label, line, label, extra };
		const holdsCode = rest.some((c) => this.codeHasCommands(c));
		if (holdsCode || introForNext) return { kind: 'intro', label, line, extra };
		return { kind: 'sentence', text: joinLines(lines), line, endLine: extra.at(-1)?.line, label };
	}

	/** `CHEF, puppet labs, ANSIBLE`: three or more short names, none a sentence. */
	private names(first: Line): string[] | null {
		const parts: string[] = [];
		let start = 0;
		for (let i = 0; i <= first.mask.length; i++) {
			if (i === first.mask.length || first.mask[i] === ',') {
				parts.push(first.src.slice(start, i).trim());
				start = i + 1;
			}
		}
		if (parts.length < 3) return null;
		const ok = parts.every(
			(p) => p !== '' && words(p).length <= 3 && p.length <= 25 && !/[.!?]$|다$/.test(p)
		);
		return ok ? parts : null;
	}

	private item(item: ListItem, doc: MdDoc, ctx: Ctx, info: ItemInfo): void {
		const rest: Block[] = item.children.slice(1).map((n) => ({ node: n, doc }));
		const line = lineOf(item, doc);
		switch (info.kind) {
			case 'empty':
				this.walk(
					item.children.map((n) => ({ node: n, doc })),
					ctx
				);
				return;
			case 'explicit': {
				const siblings: Block[] = item.children.map((n) => ({ node: n, doc }));
				const used = this.explicit(info.lines, ctx, siblings, 0) ?? 0;
				this.walk(
					siblings.slice(1 + used),
					{ ...ctx, parents: [...ctx.parents, { term: info.label, line }], group: null },
					{
						label: info.label,
						line
					}
				);
				return;
			}
			case 'command':
				this.add({
					kind: 'command',
					pattern: 'command-inline',
					front: info.desc,
					back: codeSpan(info.command),
					command: toCommandItem(info.command),
					topic: this.topic(ctx),
					headingPath: this.headingPath(),
					context: ctx.parents.at(-1)?.term,
					line: info.line
				});
				this.children(rest, ctx, codeSpan(info.command), line, false, codeSpan(info.command));
				return;
			case 'term': {
				const plainDef = codeSpanContent(info.def).trim();
				const commandish =
					(/명령|command/i.test(info.term) || /^`[^`]+`$/.test(info.def)) &&
					!info.def.includes('\n') &&
					isCommandLine(plainDef);
				this.add({
					kind: commandish ? 'command' : 'basic',
					pattern: commandish ? 'command-term' : 'term',
					front: this.withPrefix(ctx, info.term),
					back: commandish ? codeSpan(plainDef) : info.def,
					command: commandish ? toCommandItem(plainDef) : undefined,
					topic: this.topic(ctx),
					headingPath: this.headingPath(),
					context: ctx.parents.at(-1)?.term,
					line: info.line,
					endLine: info.endLine
				});
				this.children(rest, ctx, info.term, line, false);
				return;
			}
			case 'names':
				this.add({
					kind: 'basic',
					pattern: 'names',
					front: `${this.prefix(ctx) || this.lastHeading()}의 예 (${info.names.length}가지)`,
					back: info.text,
					topic: this.topic(ctx),
					headingPath: this.headingPath(),
					context: ctx.parents.at(-1)?.term,
					line: info.line
				});
				return;
			case 'parent':
				if (info.extra.length > 0) {
					this.warn(
						info.extra[0]?.line ?? line,
						'하위 목록이 있는 항목의 둘째 줄부터는 카드에 넣지 않았습니다.'
					);
				}
				this.children(rest, ctx, info.term, line, true);
				return;
			case 'intro':
				// Its code block (inside the item or right after the list) asks with this label.
				this.walk(
					rest,
					{ ...ctx, parents: [...ctx.parents, { term: info.label, line }], group: null },
					{ label: info.label, line, extra: info.extra }
				);
				return;
			case 'sentence': {
				const group = ctx.group ?? this.section;
				if (this.cardsOn)
					group.sentences.push({ text: info.text, line: info.line, endLine: info.endLine });
				this.walk(rest, ctx, { label: info.label, line });
				return;
			}
		}
	}

	/**
	 * Child blocks of a bullet whose term is `term`: nested bullets get the term as parent, their
	 * sentences are collected and turned into cards here.
	 */
	private children(
		rest: Block[],
		ctx: Ctx,
		term: string,
		line: number,
		withListCard: boolean,
		ownerFront?: string
	): void {
		if (rest.length === 0) return;
		const childCtx: Ctx = { ...ctx, parents: [...ctx.parents, { term, line }], group: null };
		// A child list right before a shell code block introduces it (its last bullet asks).
		const items = rest.flatMap((b, r) => {
			if (b.node.type !== 'list') return [];
			const next = rest[r + 1];
			const introNext = next !== undefined && this.codeHasCommands(next.node);
			const n = b.node.children.length;
			return b.node.children.map((c, k) => ({
				item: c,
				doc: b.doc,
				intro: introNext && k === n - 1
			}));
		});
		const infos = items.map(({ item, doc, intro }) => this.classify(item, doc, childCtx, intro));
		const sentenceCount = infos.filter((i) => i.kind === 'sentence').length;
		const usable = infos.filter((i) => i.kind !== 'empty');
		const listCard =
			withListCard &&
			usable.length > 0 &&
			// a lone term child already has its own card; "name the one part" is not a good card
			(sentenceCount === 0
				? usable.length >= 2 && usable.length <= LIST_CARD_MAX_ITEMS
				: usable.length <= LIST_CARD_MAX_SENTENCES);
		const front = ownerFront ?? this.withPrefix(ctx, term);
		if (listCard) {
			const entries = usable.map((i) => {
				const text =
					i.kind === 'sentence'
						? i.text
						: i.kind === 'term' || i.kind === 'parent'
							? i.term
							: i.label;
				return text.replace(/\n/g, ' ');
			});
			// one sentence child is the answer itself, not a one-item list
			const back =
				entries.length === 1 ? (entries[0] as string) : entries.map((t) => `- ${t}`).join('\n');
			this.add({
				kind: 'basic',
				pattern: 'list',
				front,
				back,
				topic: this.topic(ctx),
				headingPath: this.headingPath(),
				context: ctx.parents.at(-1)?.term,
				line
			});
		}
		const group: SentenceGroup = {
			owner: term,
			ownerFront: front,
			reversible: isShortTerm(term),
			listCard,
			// The owner's own card (term or command) already uses the bare front.
			cueAlways: !withListCard,
			sentences: [],
			topic: this.topic(childCtx),
			headingPath: this.headingPath(),
			context: term
		};
		childCtx.group = group;
		// Walk the children (lists are classified again inside; warnings of heads were reported once).
		let index = 0;
		let intro: Bullet | undefined;
		for (const b of rest) {
			if (b.node.type === 'list') {
				intro = undefined;
				for (const item of b.node.children) {
					const info = infos[index] as ItemInfo;
					if (items[index]?.intro && info.kind === 'intro')
						intro = { label: info.label, line: info.line, extra: info.extra };
					index++;
					this.item(item, b.doc, childCtx, info);
				}
			} else {
				this.walk([b], childCtx, intro ?? { label: term, line });
				intro = undefined;
			}
		}
		this.flushGroup(group);
	}

	private flushSection(): void {
		this.flushGroup(this.section);
		this.section.sentences = [];
	}

	/** Cards for the sentences of one owner (see the module comment, rule 7). */
	private flushGroup(group: SentenceGroup): void {
		const { sentences } = group;
		if (sentences.length === 0) return;
		const base = {
			topic: group.topic,
			headingPath: group.headingPath,
			context: group.context
		};
		if (!group.listCard) {
			if (sentences.length === 1 && !group.cueAlways) {
				const s = sentences[0] as Sentence;
				this.add({
					...base,
					kind: 'basic',
					pattern: 'sentence',
					front: group.ownerFront,
					back: s.text,
					line: s.line,
					endLine: s.endLine
				});
			} else {
				// Cue each sentence by its opening words; lengthen cues that collide.
				const cues = sentences.map((s) => cue(s.text, 2));
				for (let round = 3; round < 12; round++) {
					const seen = new Map<string, number>();
					for (const c of cues) seen.set(c, (seen.get(c) ?? 0) + 1);
					if ([...seen.values()].every((n) => n === 1)) break;
					cues.forEach((c, i) => {
						if ((seen.get(c) ?? 0) > 1) cues[i] = cue((sentences[i] as Sentence).text, round);
					});
				}
				sentences.forEach((s, i) => {
					const c = cues[i];
					this.add({
						...base,
						kind: 'basic',
						pattern: 'sentence',
						front: c ? `${group.ownerFront} — ${c} …` : group.ownerFront,
						back: s.text,
						line: s.line,
						endLine: s.endLine
					});
				});
			}
		}
		if (group.reversible) {
			const re = new RegExp(escapeRegExp(group.owner), 'gi');
			for (const s of sentences) {
				this.add({
					...base,
					kind: 'reversed',
					pattern: 'sentence-reverse',
					front: `${s.text.replace(re, MASK_TOKEN)}\n\n${REVERSE_PROMPT}`,
					back: group.owner,
					line: s.line,
					endLine: s.endLine
				});
			}
		}
	}

	// ── explicit syntax ───────────────────────────────────────────────────────────────────────

	private hasExplicit(lines: Line[]): boolean {
		return lines.some((l) => {
			const t = l.mask.trim();
			return t === '?' || t === '??' || l.mask.includes('::') || CLOZE_ANY_RE.test(l.mask);
		});
	}

	/**
	 * Obsidian-SR-style cards in one paragraph. Returns null when the paragraph has none, else the
	 * number of following sibling blocks consumed as a multi-line answer.
	 */
	private explicit(lines: Line[], ctx: Ctx, siblings: Block[], index: number): number | null {
		const topic = this.topic(ctx);
		const headingPath = this.headingPath();
		const context = ctx.parents.at(-1)?.term;

		// 1. multi-line: question lines, a `?` or `??` line, answer lines (or the blocks right after)
		const sepIndex = lines.findIndex((l) => l.mask.trim() === '?' || l.mask.trim() === '??');
		if (sepIndex !== -1) {
			const sepLine = lines[sepIndex] as Line;
			const both = sepLine.mask.trim() === '??';
			const question = joinLines(lines.slice(0, sepIndex));
			let answer = joinLines(lines.slice(sepIndex + 1));
			let used = 0;
			if (answer === '') {
				const parts: string[] = [];
				let prevEnd = sepLine.line;
				for (let j = index + 1; j < siblings.length; j++) {
					const b = siblings[j] as Block;
					const start = lineOf(b.node, b.doc);
					if (start !== prevEnd + 1) break;
					const s = b.node.position?.start.offset;
					const e = b.node.position?.end.offset;
					if (s === undefined || e === undefined) break;
					const startOfLine = b.doc.src.lastIndexOf('\n', s - 1) + 1;
					parts.push(dedent(b.doc.src.slice(startOfLine, e)));
					prevEnd = endLineOf(b.node, b.doc);
					used++;
				}
				answer = parts.join('\n\n').trim();
			}
			const line = lines[0]?.line ?? sepLine.line;
			if (question === '' || answer === '') {
				this.warn(line, '"?" 카드의 질문이나 답이 비어 있습니다.');
				return used;
			}
			this.add({
				kind: 'basic',
				pattern: 'multiline',
				front: question,
				back: answer,
				topic,
				headingPath,
				context,
				line
			});
			if (both) {
				this.add({
					kind: 'reversed',
					pattern: 'multiline',
					front: answer,
					back: question,
					topic,
					headingPath,
					context,
					line
				});
			}
			return used;
		}

		// 2. `Q :: A` / `Q ::: A` lines (a `::` inside `{{c1::…}}` is cloze syntax, not a separator)
		let found = false;
		for (const l of lines) {
			const outside = l.mask.replace(CLOZE_BRACE_RE, (m) => '\u0000'.repeat(m.length));
			const at = outside.indexOf('::');
			if (at === -1) continue;
			found = true;
			const reversed = outside.startsWith(':::', at);
			// `Q ::> A`: the learner types the answer (Anki's "Basic (type in the answer)").
			const typein = !reversed && outside.startsWith('::>', at);
			const len = reversed || typein ? 3 : 2;
			const q = finishText(sliceLine(l, 0, at).src);
			const a = finishText(sliceLine(l, at + len).src);
			if (q === '' || a === '') {
				this.warn(l.line, '"질문 :: 답" 줄의 한쪽이 비어 있습니다.');
				continue;
			}
			this.add({
				kind: typein ? 'typein' : 'basic',
				pattern: reversed ? 'qa-reversed' : typein ? 'qa-typein' : 'qa',
				front: q,
				back: a,
				topic,
				headingPath,
				context,
				line: l.line
			});
			if (reversed) {
				this.add({
					kind: 'reversed',
					pattern: 'qa-reversed',
					front: a,
					back: q,
					topic,
					headingPath,
					context,
					line: l.line
				});
			}
		}
		if (found) return 0;

		// 3. cloze
		if (lines.some((l) => CLOZE_ANY_RE.test(l.mask))) {
			this.cloze(lines, topic, headingPath, context);
			return 0;
		}
		return null;
	}

	private cloze(lines: Line[], topic: string[], headingPath: string[], context?: string): void {
		interface Hole {
			line: number;
			start: number;
			end: number;
			answer: string;
			hint?: string;
			index: number;
		}
		const holes: Hole[] = [];
		let maxIndex = 0;
		lines.forEach((l, li) => {
			for (const m of l.mask.matchAll(CLOZE_BRACE_RE)) {
				const index = Number(m[1]);
				const prefixLen = `{{c${m[1]}::`.length;
				const start = m.index;
				const answer = l.src.slice(start + prefixLen, start + prefixLen + (m[2]?.length ?? 0));
				const hint =
					m[3] !== undefined
						? l.src.slice(start + m[0].length - 2 - m[3].length, start + m[0].length - 2)
						: undefined;
				holes.push({ line: li, start, end: start + m[0].length, answer, hint, index });
				maxIndex = Math.max(maxIndex, index);
			}
		});
		let next = maxIndex;
		lines.forEach((l, li) => {
			for (const m of l.mask.matchAll(CLOZE_HIGHLIGHT_RE)) {
				const start = m.index;
				if (holes.some((h) => h.line === li && start < h.end && start + m[0].length > h.start))
					continue;
				holes.push({
					line: li,
					start,
					end: start + m[0].length,
					answer: l.src.slice(start + 2, start + m[0].length - 2),
					index: ++next
				});
			}
		});
		const indexes = [...new Set(holes.map((h) => h.index))].sort((a, b) => a - b);
		/** The paragraph with each hole replaced by `fill(hole)`. */
		const render = (fill: (h: Hole) => string): string =>
			joinLines(
				lines.map((l, li) => {
					const own = holes.filter((h) => h.line === li).sort((a, b) => a.start - b.start);
					let out = '';
					let at = 0;
					for (const h of own) {
						out += l.src.slice(at, h.start) + fill(h);
						at = h.end;
					}
					return { ...l, src: out + l.src.slice(at) };
				})
			);
		for (const index of indexes) {
			const firstHole = holes.find((h) => h.index === index) as Hole;
			const front = render((h) => (h.index === index ? `[${h.hint?.trim() || '...'}]` : h.answer));
			const back = render((h) => (h.index === index ? `**${h.answer.trim()}**` : h.answer));
			this.add({
				kind: 'cloze',
				pattern: 'cloze',
				front,
				back,
				topic,
				headingPath,
				context,
				clozeIndex: index,
				line: lines[firstHole.line]?.line ?? 1
			});
		}
	}

	finish(): void {
		this.flushSection();
	}
}

const CLOZE_BRACE_RE = /\{\{c(\d+)::([\s\S]*?)(?:::([^}]*?))?\}\}/g;
const CLOZE_HIGHLIGHT_RE = /==([^\s=](?:[^=]*?[^\s=])?)==/g;
const CLOZE_ANY_RE = /\{\{c\d+::[\s\S]*?\}\}|==[^\s=](?:[^=]*?[^\s=])?==/;

function baseName(file: string): string {
	const name = file.split(/[\\/]/).pop() ?? file;
	return name.replace(/\.[^.]+$/, '') || name;
}

/** Drafts → cards with ids; identical duplicates dropped, colliding anchors numbered. */
function finalise(
	drafts: Draft[],
	deck: string,
	file: string,
	warnings: NotesWarning[]
): NoteCard[] {
	const sorted = drafts
		.map((d, i) => ({ d, i }))
		.sort((a, b) => a.d.line - b.d.line || a.i - b.i)
		.map(({ d }) => d);
	const seen = new Map<string, Draft[]>();
	const cards: NoteCard[] = [];
	for (const d of sorted) {
		const base = cardAnchor(deck, d.headingPath, d.front);
		const same = seen.get(base) ?? [];
		if (
			same.some(
				(o) => o.kind === d.kind && normaliseAnchorPart(o.back) === normaliseAnchorPart(d.back)
			)
		) {
			warnings.push({
				file,
				line: d.line,
				reason: '같은 카드가 이미 있어 다시 만들지 않았습니다.'
			});
			continue;
		}
		same.push(d);
		seen.set(base, same);
		const anchor = same.length === 1 ? base : `${base} #${same.length}`;
		const card: NoteCard = {
			id: cardIdFromAnchor(anchor),
			anchor,
			kind: d.kind,
			front: d.front,
			back: d.back,
			topic: d.topic,
			tags: [],
			source:
				d.endLine !== undefined && d.endLine !== d.line
					? { file, line: d.line, endLine: d.endLine }
					: { file, line: d.line },
			pattern: d.pattern
		};
		if (d.context !== undefined) card.context = d.context;
		if (d.clozeIndex !== undefined) card.clozeIndex = d.clozeIndex;
		if (d.command !== undefined) card.command = d.command;
		cards.push(card);
	}
	return cards;
}

/**
 * Convert one Markdown notes file into cards.
 *
 * Never throws: unusable input (binary data, an empty file, raw HTML, unsupported blocks) becomes
 * {@link NotesWarning}s with the file and 1-based line, in Korean. The text is normalised first
 * (BOM, CRLF → LF, NFC; see `normaliseNotesText`). Card text is Markdown source without raw HTML.
 * Cards come in document order; ids are stable for an unchanged anchor (deck + headings + front).
 *
 * @param text the file's content as decoded text (UTF-8)
 * @param file the name shown in warnings and stored in `source.file`
 * @param opts `deck`: the deck name used in card anchors (default: the notes title)
 * @returns title (first level-1 heading, else the file name without extension), cards, warnings
 */
export function parseNotes(text: string, file: string, opts: ParseOptions = {}): ParsedNotes {
	const fallbackTitle = baseName(file);
	const warnings: NotesWarning[] = [];
	if (looksBinary(text)) {
		return {
			file,
			title: fallbackTitle,
			cards: [],
			warnings: [
				{
					file,
					line: 1,
					reason:
						'텍스트(Markdown) 파일이 아닌 것 같습니다 (바이너리 데이터). UTF-8 텍스트 파일인지 확인하세요.'
				}
			]
		};
	}
	const normalised = normaliseNotesText(text);
	if (normalised.trim() === '') {
		return {
			file,
			title: fallbackTitle,
			cards: [],
			warnings: [{ file, line: 1, reason: '빈 파일입니다.' }]
		};
	}
	const walker = new NotesWalker(file, fallbackTitle);
	try {
		walker.walk(parseBlocks(normalised), { parents: [], group: null, inQuote: false });
		walker.finish();
	} catch (error) {
		// Only pathological input gets here (e.g. thousands of nested block quotes overflow the stack).
		walker.warn(
			1,
			error instanceof RangeError
				? '노트의 중첩(목록, 인용)이 너무 깊어 끝까지 읽지 못했습니다.'
				: `노트를 읽다가 멈췄습니다: ${error instanceof Error ? error.message : String(error)}`
		);
	}
	warnings.push(...walker.warnings);
	const title = walker.title ?? fallbackTitle;
	const cards = finalise(walker.drafts, opts.deck ?? title, file, warnings);
	if (cards.length === 0) {
		warnings.push({ file, line: 1, reason: '카드로 만들 내용을 찾지 못했습니다.' });
	}
	warnings.sort((a, b) => a.line - b.line);
	return { file, title, cards, warnings };
}
