/**
 * What a card shows, as the card lint reads it: the text of each shown field, key terms of its
 * answer, visible markup, leftover file names and alt text. Split from `lint.ts`, which holds the
 * rules; both are plain functions over converter cards.
 */
import type { Nodes, Root, RootContent } from 'mdast';
import { mediaHashOf } from '$lib/cards';
import { parseMarkdownTree } from './markdown';
import type { NoteCard } from './types';

/** Fields of a card a finding can point at; the first three are shown before the answer. */
export type ShownField = 'topic' | 'front' | 'context' | 'back';
/** An answer of at most this many words (and {@link SHORT_ANSWER_MAX_CHARS}) counts whole as its key term. */
export const SHORT_ANSWER_MAX_WORDS = 4;
/** See {@link SHORT_ANSWER_MAX_WORDS}. */
export const SHORT_ANSWER_MAX_CHARS = 40;

// ---------------------------------------------------------------------------------------------
// Shown text

/** HTML element names: a tag with another name in notes text is meant as plain text. */
export const HTML_ELEMENTS: ReadonlySet<string> = new Set(
	(
		'a abbr address area article aside audio b bdi bdo big blockquote body br button canvas ' +
		'caption center cite code col colgroup data dd del details dfn dialog div dl dt em embed ' +
		'fieldset figcaption figure font footer form h1 h2 h3 h4 h5 h6 head header hr html i ' +
		'iframe img input ins kbd label legend li link main map mark meta meter nav noscript ' +
		'object ol optgroup option output p param picture pre progress q rp rt ruby s samp ' +
		'script section select small source span strike strong style sub summary sup table tbody ' +
		'td template textarea tfoot th thead time title tr track tt u ul var video wbr'
	).split(' ')
);

export const TAG_NAME_RE = /^<\/?([A-Za-z][A-Za-z0-9-]*)/;
export const ALT_RE = /\balt\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/i;

/** What a learner sees of one Markdown field: its text, and tag-like words swallowed as HTML. */
export interface ShownText {
	/** Text as displayed: blocks on their own lines, list items as `- item`, table cells `a | b`. */
	text: string;
	/** {@link ShownText.text} with the content of code spans and blocks replaced by U+FFFC: the
	 * author's prose, where markup and file names are faults (inside code they are content). */
	prose: string;
	/** Tag-like words (`CONTAINER` of `<CONTAINER>`) that are no HTML element and vanish. */
	eaten: string[];
	/** Alt text of every image (Markdown or `<img>`), '' for none. */
	images: string[];
}

/** Stands for code content in {@link ShownText.prose}. */
export const CODE_MARK = '\ufffc';

/**
 * The text a learner sees of a Markdown field, mirroring `renderCardMarkdown`: a stored image
 * (`![alt](media:<hash>)`) is a picture, not text; other images show their alt text, raw
 * `<img alt>` its alt, `<br>` a line break, other raw HTML nothing, links their text.
 * Never throws (a tree too deep to walk gives the source back).
 */
export function shownText(md: string): ShownText {
	const eaten: string[] = [];
	const images: string[] = [];
	let tree: Root;
	try {
		tree = parseMarkdownTree(md.replace(/\r\n?/g, '\n'));
	} catch {
		return { text: md, prose: md, eaten, images: [] };
	}
	const out: string[] = [];
	const prose: string[] = [];
	const push = (text: string, isCode = false): void => {
		out.push(text);
		prose.push(isCode ? CODE_MARK : text);
	};
	const walk = (node: Nodes, listIndex?: number): void => {
		switch (node.type) {
			case 'text':
				push(node.value);
				return;
			case 'inlineCode':
				push(node.value, true);
				return;
			case 'code':
				push(node.value, true);
				push('\n');
				return;
			case 'break':
				push('\n');
				return;
			case 'image':
				// A stored image (`media:<hash>`) is shown as the picture itself: neither its alt
				// text nor its reference is card text, and it is no file name.
				if (mediaHashOf(node.url)) return;
				images.push(node.alt ?? '');
				push(node.alt ?? '');
				return;
			case 'imageReference':
				images.push(node.alt ?? '');
				push(node.alt ?? '');
				return;
			case 'html': {
				const tag = TAG_NAME_RE.exec(node.value.trim())?.[1]?.toLowerCase() ?? '';
				if (tag === 'br') push('\n');
				else if (tag === 'img') {
					const m = ALT_RE.exec(node.value);
					const alt = (m?.[1] ?? m?.[2] ?? m?.[3] ?? '').trim();
					images.push(alt);
					push(alt);
				} else if (tag && !HTML_ELEMENTS.has(tag)) eaten.push(tag);
				return;
			}
			case 'definition':
			case 'footnoteDefinition':
			case 'thematicBreak':
				return;
			case 'list':
				node.children.forEach((item, i) =>
					walk(item, node.ordered ? (node.start ?? 1) + i : undefined)
				);
				return;
			case 'listItem':
				push(listIndex === undefined ? '- ' : `${listIndex}. `);
				for (const c of node.children) walk(c);
				return;
			case 'tableRow':
				node.children.forEach((cell, i) => {
					if (i) push(' | ');
					walk(cell);
				});
				push('\n');
				return;
			default:
				if ('children' in node) for (const c of node.children as RootContent[]) walk(c);
				if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'blockquote')
					push('\n');
		}
	};
	walk(tree);
	const tidy = (parts: string[]): string =>
		parts
			.join('')
			.split('\n')
			.map((l) => l.trimEnd())
			.join('\n')
			.replace(/\n{3,}/g, '\n\n')
			.trim();
	return { text: tidy(out), prose: tidy(prose), eaten, images };
}

/** Text of a Markdown field as shown (see {@link shownText}). */
export function plainText(md: string): string {
	return shownText(md).text;
}

/** The topic line exactly as review prints it (plain text, not rendered). */
export function topicLine(card: Pick<NoteCard, 'topic'>): string {
	return card.topic.join(' › ');
}

/** Normalised form used for every comparison (see the module docstring). */
export function normaliseForMatch(text: string): string {
	return text
		.normalize('NFKC')
		.toLowerCase()
		.replace(/[\u200b-\u200d\u2060\ufeff]/g, '')
		.replace(/\s+/g, ' ')
		.trim();
}

export const LATIN_OR_DIGIT = /[a-z0-9]/;

/** Whether `term` occurs in `text`, both already normalised (see the module docstring). */
export function occursIn(text: string, term: string): boolean {
	if (term.length < 2) return false;
	const first = LATIN_OR_DIGIT.test(term[0] as string);
	const last = LATIN_OR_DIGIT.test(term[term.length - 1] as string);
	let at = text.indexOf(term);
	while (at >= 0) {
		const before = at > 0 ? (text[at - 1] as string) : '';
		const after = text[at + term.length] ?? '';
		if (!(first && LATIN_OR_DIGIT.test(before)) && !(last && LATIN_OR_DIGIT.test(after)))
			return true;
		at = text.indexOf(term, at + 1);
	}
	return false;
}

export function words(text: string): string[] {
	return text.split(/\s+/).filter(Boolean);
}

export function isShort(text: string): boolean {
	return words(text).length <= SHORT_ANSWER_MAX_WORDS && text.length <= SHORT_ANSWER_MAX_CHARS;
}

// ---------------------------------------------------------------------------------------------
// Key terms

/** A Markdown field as mdast root (never throws: an unparsable field is one text node). */
export function tree(md: string): Root {
	try {
		return parseMarkdownTree(md.replace(/\r\n?/g, '\n'));
	} catch {
		return {
			type: 'root',
			children: [{ type: 'paragraph', children: [{ type: 'text', value: md }] }]
		};
	}
}

/** The whole short answer plus each side of a parenthesis in it. */
export function shortTerms(text: string): string[] {
	const out = [text];
	const m = /^(.+?)\s*[(（]([^()（）]+)[)）]\s*$/.exec(text);
	if (m) out.push(m[1] as string, m[2] as string);
	return out;
}

export const PLACEHOLDER_RE = /\[(?:\.\.\.|…)\]/g;

/**
 * Hidden terms of a cloze card: the text the blanks `[...]` of `front` stand for in `back` (the
 * back is the front with each blank filled, the filled term possibly in `**bold**`). Returns
 * null when the front has no blank or the back does not line up with the front.
 */
export function clozeHiddenTerms(front: string, back: string): string[] | null {
	const parts = front.split(PLACEHOLDER_RE);
	if (parts.length < 2) return null;
	const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	const re = new RegExp(`^${parts.map(escape).join('([\\s\\S]+?)')}$`);
	const m = re.exec(back);
	if (!m) return null;
	return m.slice(1).map((t) => t.replace(/^\*\*([\s\S]*)\*\*$/, '$1').trim());
}

/** How a key term was found (for the report and the tests). */
export type KeyTermSource = 'cloze' | 'command' | 'short-answer' | 'list-item';

/** One key term of an answer, normalised. */
export interface KeyTerm {
	term: string;
	source: KeyTermSource;
}

export function frontSubject(front: string): string {
	if (isShort(front)) return front;
	const cut = front.search(/ — | - |: /);
	return cut > 0 ? front.slice(0, cut) : '';
}

/** The key terms of a card's answer, normalised, without duplicates (see the module docstring). */
export function answerKeyTerms(card: NoteCard): KeyTerm[] {
	const out: KeyTerm[] = [];
	const add = (raw: string, source: KeyTermSource): void => {
		const term = normaliseForMatch(raw);
		if (term.length >= 2 && !out.some((k) => k.term === term)) out.push({ term, source });
	};
	if (card.kind === 'cloze') {
		for (const t of clozeHiddenTerms(card.front, card.back) ?? []) add(plainText(t), 'cloze');
		return out;
	}
	if (card.command) {
		add(card.back.trim() ? plainText(card.back) : card.command.original, 'command');
		return out;
	}
	const back = tree(card.back);
	const list =
		back.children.length === 1 && back.children[0]?.type === 'list' ? back.children[0] : null;
	if (list) {
		for (const item of list.children) {
			const text = normaliseForMatch(plainText(sourceOf(item, card.back)));
			if (isShort(text)) add(text, 'list-item');
		}
		return out;
	}
	const answer = normaliseForMatch(plainText(card.back));
	if (isShort(answer)) for (const t of shortTerms(answer)) add(t, 'short-answer');
	return out;
}

export function sourceOf(node: Nodes, src: string): string {
	const start = node.position?.start.offset;
	const end = node.position?.end.offset;
	if (start === undefined || end === undefined) return '';
	// Drop the list marker so the item reads as its text.
	return src.slice(start, end).replace(/^\s*(?:[-*+]|\d+[.)])\s+/, '');
}

// ---------------------------------------------------------------------------------------------
// Markup and file names

/** Markdown/HTML syntax that is never meant to be seen; checked in rendered text and the topic line. */
export const MARKUP_PATTERNS: readonly (readonly [RegExp, string])[] = [
	[/\*\*/, '**'],
	[/(^|[^\w])__\S/, '__'],
	[/`/, '`'],
	[/~~/, '~~'],
	[/!\[/, '!['],
	[/\]\(/, ']('],
	[/\{\{c\d+::/, '{{c::'],
	[/==[^\s=][^=]*==/, '=='],
	[/&(?:#\d+|#x[0-9a-f]+|[a-z]{2,8});/i, '&entity;']
];

/** Real HTML tags (an HTML element name) written literally. */
export const HTML_TAG_RE =
	/<\/?([A-Za-z][A-Za-z0-9-]*)(?:\s[^<>]*)?\/?>|<(img|br|a|div|span|p|code|h[1-6])\b/gi;

/** Markup a learner would see literally in `text` (already as shown). */
export function visibleMarkup(text: string, field: ShownField): string[] {
	const found: string[] = [];
	for (const [re, name] of MARKUP_PATTERNS) if (re.test(text)) found.push(name);
	for (const m of text.matchAll(HTML_TAG_RE)) {
		const tag = (m[1] ?? m[2] ?? '').toLowerCase();
		if (HTML_ELEMENTS.has(tag) && !found.includes(`<${tag}`)) found.push(`<${tag}`);
	}
	// A heading written `## - docker run …` puts a list marker at the start of a topic part.
	if (field === 'topic' && /(^|›\s*)[-*+]\s/.test(text)) found.push('- ');
	return found;
}

export const IMAGE_FILE_RE =
	/(?:^|[\s(["'/=:])((?:[\w~%.+-]+\/)*[\w~%+-][\w~%.+-]*\.(?:png|jpe?g|gif|svg|webp|bmp|ico|tiff?|heic))(?=$|[\s)\]"'?#,.:;])/gi;
export const IMAGE_DIR_RE =
	/(?:^|[\s(["'])(\.{0,2}\/?(?:img|imgs|image|images|assets|static|screenshots?|pics?)\/[\w~%.+/-]+)/gi;

export const URL_RE = /\b(?:https?:\/\/|www\.)[^\s<>()[\]]+/gi;

/** Alt texts that say nothing: the learner sees the word "image" (or nothing) where a picture was. */
export const PLACEHOLDER_ALTS: ReadonlySet<string> = new Set(
	(
		'image img picture pic photo screenshot screen shot capture untitled alt text ' +
		'alt-text 이미지 그림 사진 캡처 캡쳐 스크린샷 화면'
	).split(' ')
);

/** Alt words an editor fills in by itself (Latin only: `이미지` is also a Docker term). */
export const DEFAULT_ALTS: ReadonlySet<string> = new Set([
	'image',
	'img',
	'untitled',
	'screenshot',
	'alt text'
]);

/**
 * Lines that are only an editor's default alt word (`image`, `Untitled`, `img 3` …) among other
 * lines: what is left when an image was turned into its alt text before reaching the card.
 */
export function leftoverAltLines(text: string): string[] {
	const lines = text.split('\n').map((l) => l.trim());
	if (lines.filter(Boolean).length < 2) return [];
	return lines.filter((l) => DEFAULT_ALTS.has(normaliseForMatch(l).replace(/[\s_-]*\d*$/, '')));
}

/** Whether an image's alt text is empty or a generic word (see `image-placeholder`). */
export function isPlaceholderAlt(alt: string): boolean {
	const a = normaliseForMatch(alt).replace(/[\s_-]*\d*$/, '');
	return a === '' || PLACEHOLDER_ALTS.has(a) || a === 'alt text';
}

/**
 * Image file names (the last path segment), image-folder paths and bare URLs (other than those
 * of an image file already named, and those inside link syntax `](…)`, which is raw markup) in
 * `text`. With `urls: 'alone'` (for answers) a URL counts only when it is nearly all the text
 * (at most 2 other words): an address inside an explained answer is content.
 */
export function fileNames(text: string, urls: 'all' | 'alone' = 'all'): string[] {
	const found = new Set<string>();
	for (const m of text.matchAll(IMAGE_FILE_RE))
		found.add((m[1] as string).split('/').pop() as string);
	for (const m of text.matchAll(IMAGE_DIR_RE)) {
		const name = m[1] as string;
		if (![...found].some((f) => name.endsWith(f))) found.add(name);
	}
	for (const m of text.matchAll(URL_RE)) {
		const url = m[0].replace(/[.,;:!?'"]+$/, '');
		if (text.slice(Math.max(0, m.index - 2), m.index) === '](') continue;
		if (urls === 'alone' && words(text.replace(m[0], ' ')).length > 2) continue;
		if (![...found].some((f) => url.endsWith(f))) found.add(url);
	}
	return [...found];
}

// ---------------------------------------------------------------------------------------------
// Answer sets

/** How many items the answer is a set of: list items, or short comma-separated names; else 1. */
export function answerItemCount(back: string): number {
	const root = tree(back);
	const lists = root.children.filter((c) => c.type === 'list');
	if (lists.length && lists.length === root.children.filter((c) => c.type !== 'html').length)
		return lists.reduce((n, l) => n + (l.type === 'list' ? l.children.length : 0), 0);
	const text = plainText(back);
	if (text.includes('\n')) return 1;
	const parts = text.split(/\s*[,、]\s*/).filter(Boolean);
	if (parts.length > 1 && parts.every((p) => words(p).length <= 3)) return parts.length;
	return 1;
}
