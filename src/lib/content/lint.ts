/**
 * Card lint: finds cards a learner should not be given, the way a careful Anki user reading the
 * deck would (SuperMemo's minimum-information rule; issue "cards a learner keeps", Measure).
 *
 * Plain TypeScript over the converter's output ({@link NoteCard}); no DOM, no user-facing text.
 * Every {@link LintFinding} is a rule id with parameters (the offending term, field, count …),
 * the card's file/line and id: the author tool (`npm run cards -- FILE… --lint`) words them.
 *
 * ## What the learner is shown
 * Before answering, review shows the **topic line** (`card.topic.join(' › ')`, plain text, not
 * rendered) and the **front** (Markdown, rendered); the quiz and the card browser show the same,
 * and a nested card's **context** (parent bullet) may be shown with it. These three are the
 * *shown text* ({@link ShownField}); the **back** is shown after answering. Markdown fields are
 * compared as the learner sees them: {@link shownText} renders them the way `render.ts` does
 * (images → alt text, `<br>` → line break, other raw HTML dropped, link → its text) and keeps the
 * text only.
 *
 * ## Normalised text and key terms
 * {@link normaliseForMatch}: shown text (above), Unicode NFKC, case-folded (`toLowerCase`),
 * zero-width characters removed, every run of white space one space, trimmed.
 *
 * The *key terms* of a card's answer ({@link answerKeyTerms}):
 * - cloze card: each hidden term (what the blanks `[...]` of the front stand for in the back);
 * - command card: the whole command;
 * - short answer (at most {@link SHORT_ANSWER_MAX_WORDS} words and
 *   {@link SHORT_ANSWER_MAX_CHARS} characters, not a list): the whole answer, and each side of a
 *   parenthesis (`도커 허브(Docker Hub)` → also `도커 허브`, `Docker Hub`);
 * - list answer: every short item (as above);
 * - long answer (a sentence or more): no term of its own. Its bold and inline-code spans are as
 *   often the givens of the question as its answer (`docker run <이미지> example.com으로 실행하면?`
 *   → `` `ping -c 3 example.com`이 실행된다 ``; a definition names what it defines), so matching
 *   them flags fair cards. What gives a long answer away is its opening, checked below.
 * Terms shorter than 2 characters are ignored. A term *occurs* in a text when its normalised form
 * is a substring of the normalised text and, where the term starts or ends with a Latin letter or
 * digit, the neighbouring character is not one (`docker` does not occur in `dockerfile`; Korean
 * particles may follow: `Dockerfile을`).
 *
 * A long answer leaks when the front shows its opening: the first {@link OPENING_MIN_WORDS}
 * words of the answer (at least {@link OPENING_MIN_CHARS} characters) occur in the front, and
 * not merely as the front's subject (the front when it is short, else its part before ` — ` /
 * ` - ` / `: `) or in the topic line: the "heading — first words …" prompt.
 */
import type { Nodes, Root, RootContent } from 'mdast';
import { mediaHashOf } from '$lib/cards';
import { parseMarkdownTree } from './markdown';
import type { NoteCard, ParsedNotes } from './types';

/** Every lint rule, in report order. */
export const LINT_RULES = [
	'answer-in-shown-text',
	'front-equals-back',
	'front-ends-with-ellipsis',
	'ordinal-prompt',
	'duplicate-front',
	'raw-markup',
	'file-name',
	'html-eats-text',
	'image-placeholder',
	'answer-set-too-large',
	'command-not-accepted',
	'deck-empty'
] as const;

/**
 * Id of a lint rule:
 * - `answer-in-shown-text`: a key term of the answer occurs in the shown text (`{ field, term }`),
 *   or the front shows the answer's opening words (`{ field: 'front', term, opening: 1 }`);
 * - `front-equals-back`: the normalised front is the normalised back (`{}`);
 * - `front-ends-with-ellipsis`: the front ends in `…` / `...` (a cloze blank `[...]` does not count);
 * - `ordinal-prompt`: the front asks by position (`2번째 …`, `(3개 중)`, `2 of 3`) (`{ match }`);
 * - `duplicate-front`: another card of the deck shows the same topic line and front with a
 *   different answer: every card of such a group (`{ count: distinct answers, cards, firstLine,
 *   firstCardId }`);
 * - `raw-markup`: Markdown or HTML syntax the learner would see literally (`**`, `` ` ``, `<img`,
 *   `![`, `](`, `{{c1::`, an entity, a list marker starting a heading) (`{ field, markup }`);
 * - `file-name`: an image file name, an image-folder path or a bare URL in card text
 *   (`{ field, fields, name }`): nobody studies an address;
 * - `image-placeholder`: an image whose alt text is a generic word (`![image](…)` → "image") or
 *   nothing, left in card text (`{ field, fields, alt }`);
 * - `html-eats-text`: a tag-like word that is no HTML element (`<CONTAINER>`) is swallowed as raw
 *   HTML, so the learner never sees it (`{ field, tag }`);
 * - `answer-set-too-large`: the answer is a set of more than {@link MAX_ANSWER_ITEMS} items
 *   (`{ items, max }`);
 * - `command-not-accepted`: the command checker ({@link LintOptions.checkCommand}) rejects the
 *   card's command (`{ reason }` when it gives one);
 * - `deck-empty`: the notes made no card at all (`{ warnings }`, the converter's warning count).
 */
export type LintRuleId = (typeof LINT_RULES)[number];

/** Fields of a card a finding can point at; the first three are shown before the answer. */
export type ShownField = 'topic' | 'front' | 'context' | 'back';

/** One problem with one card (or, for `deck-empty`, with a whole notes file). */
export interface LintFinding {
	rule: LintRuleId;
	/** Notes file, as the card's `source.file`. */
	file: string;
	/** 1-based line of the card's source (1 for file-level findings). */
	line: number;
	/** The card's id; '' for file-level findings. */
	cardId: string;
	/** Rule parameters (see {@link LintRuleId}); values come from the notes, never messages. */
	params: Readonly<Record<string, string | number>>;
}

/** What a command checker says about one command card. */
export interface CommandCheck {
	accepted: boolean;
	/** Why not, as an id or short code the checker defines (for the report). */
	reason?: string;
}

/**
 * Judges whether the command drill can accept the command a card expects (supplied by the drill;
 * the lint itself knows no shell). Called once per card that has `command`.
 */
export type CommandChecker = (card: NoteCard) => CommandCheck;

/** Options for {@link lintCards} and {@link lintNotes}. */
export interface LintOptions {
	/** Command judge hook; without it, `command-not-accepted` never fires. */
	checkCommand?: CommandChecker;
}

/** An answer of at most this many words (and {@link SHORT_ANSWER_MAX_CHARS}) counts whole as its key term. */
export const SHORT_ANSWER_MAX_WORDS = 4;
/** See {@link SHORT_ANSWER_MAX_WORDS}. */
export const SHORT_ANSWER_MAX_CHARS = 40;
/** An answer that is a set of more items than this is too much for one card. */
export const MAX_ANSWER_ITEMS = 5;
/** Opening words of a long answer that must not be on the front. */
export const OPENING_MIN_WORDS = 2;
/** The opening must be at least this long (characters, normalised) to count. */
export const OPENING_MIN_CHARS = 6;

// ---------------------------------------------------------------------------------------------
// Shown text

/** HTML element names: a tag with another name in notes text is meant as plain text. */
const HTML_ELEMENTS: ReadonlySet<string> = new Set(
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

const TAG_NAME_RE = /^<\/?([A-Za-z][A-Za-z0-9-]*)/;
const ALT_RE = /\balt\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/i;

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

const LATIN_OR_DIGIT = /[a-z0-9]/;

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

function words(text: string): string[] {
	return text.split(/\s+/).filter(Boolean);
}

function isShort(text: string): boolean {
	return words(text).length <= SHORT_ANSWER_MAX_WORDS && text.length <= SHORT_ANSWER_MAX_CHARS;
}

// ---------------------------------------------------------------------------------------------
// Key terms

/** A Markdown field as mdast root (never throws: an unparsable field is one text node). */
function tree(md: string): Root {
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
function shortTerms(text: string): string[] {
	const out = [text];
	const m = /^(.+?)\s*[(（]([^()（）]+)[)）]\s*$/.exec(text);
	if (m) out.push(m[1] as string, m[2] as string);
	return out;
}

const PLACEHOLDER_RE = /\[(?:\.\.\.|…)\]/g;

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

function frontSubject(front: string): string {
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

function sourceOf(node: Nodes, src: string): string {
	const start = node.position?.start.offset;
	const end = node.position?.end.offset;
	if (start === undefined || end === undefined) return '';
	// Drop the list marker so the item reads as its text.
	return src.slice(start, end).replace(/^\s*(?:[-*+]|\d+[.)])\s+/, '');
}

// ---------------------------------------------------------------------------------------------
// Markup and file names

/** Markdown/HTML syntax that is never meant to be seen; checked in rendered text and the topic line. */
const MARKUP_PATTERNS: readonly (readonly [RegExp, string])[] = [
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
const HTML_TAG_RE =
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

const IMAGE_FILE_RE =
	/(?:^|[\s(["'/=:])((?:[\w~%.+-]+\/)*[\w~%+-][\w~%.+-]*\.(?:png|jpe?g|gif|svg|webp|bmp|ico|tiff?|heic))(?=$|[\s)\]"'?#,.:;])/gi;
const IMAGE_DIR_RE =
	/(?:^|[\s(["'])(\.{0,2}\/?(?:img|imgs|image|images|assets|static|screenshots?|pics?)\/[\w~%.+/-]+)/gi;

const URL_RE = /\b(?:https?:\/\/|www\.)[^\s<>()[\]]+/gi;

/** Alt texts that say nothing: the learner sees the word "image" (or nothing) where a picture was. */
const PLACEHOLDER_ALTS: ReadonlySet<string> = new Set(
	(
		'image img picture pic photo screenshot screen shot capture untitled alt text ' +
		'alt-text 이미지 그림 사진 캡처 캡쳐 스크린샷 화면'
	).split(' ')
);

/** Alt words an editor fills in by itself (Latin only: `이미지` is also a Docker term). */
const DEFAULT_ALTS: ReadonlySet<string> = new Set([
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

// ---------------------------------------------------------------------------------------------
// The rules

const ORDINAL_RES: readonly RegExp[] = [
	/\d+\s*번째/,
	/[(（]\s*\d+\s*개\s*중\s*[)）]/,
	/\b\d+\s*(?:of|\/)\s*\d+\s*(?:번|개)?\s*[)）]/
];

/** Does the shown front end in an ellipsis (not a cloze blank)? */
function endsWithEllipsis(front: string): boolean {
	const t = front.trimEnd();
	if (/\[(?:\.\.\.|…)\]$/.test(t)) return false;
	return /(?:…|\.\.\.)$/.test(t);
}

interface Shown {
	field: ShownField;
	raw: string;
	text: string;
	prose: string;
	norm: string;
	eaten: string[];
	images: string[];
}

function shownFields(card: NoteCard): Shown[] {
	const fields: Shown[] = [];
	const topic = topicLine(card);
	fields.push({
		field: 'topic',
		raw: topic,
		text: topic,
		prose: topic,
		norm: normaliseForMatch(topic),
		eaten: [],
		images: []
	});
	for (const field of ['front', 'context', 'back'] as const) {
		const raw = card[field];
		if (!raw) continue;
		const s = shownText(raw);
		fields.push({
			field,
			raw,
			text: s.text,
			prose: s.prose,
			norm: normaliseForMatch(s.text),
			eaten: s.eaten,
			images: s.images
		});
	}
	return fields;
}

/**
 * Lint the cards of one deck (one notes file): every rule but `deck-empty`.
 * @returns findings in card order, for each card in {@link LINT_RULES} order.
 */
export function lintCards(cards: readonly NoteCard[], options: LintOptions = {}): LintFinding[] {
	const findings: LintFinding[] = [];
	const duplicates = duplicateFronts(cards);
	cards.forEach((card, index) => {
		const at = (rule: LintRuleId, params: Record<string, string | number> = {}): void => {
			findings.push({
				rule,
				file: card.source.file,
				line: card.source.line,
				cardId: card.id,
				params
			});
		};
		const fields = shownFields(card);
		const shown = fields.filter((f) => f.field !== 'back');
		const front = fields.find((f) => f.field === 'front');
		const back = fields.find((f) => f.field === 'back');
		const frontNorm = front?.norm ?? '';
		const backNorm = back?.norm ?? '';

		// answer-in-shown-text
		for (const k of answerKeyTerms(card)) {
			const where = shown.filter((f) => occursIn(f.norm, k.term)).map((f) => f.field);
			if (where.length)
				at('answer-in-shown-text', {
					field: where[0] as string,
					fields: where.join(','),
					term: k.term
				});
		}
		if (card.kind !== 'cloze' && !card.command && !isShort(backNorm)) {
			const opening = words(backNorm).slice(0, OPENING_MIN_WORDS).join(' ');
			const subject = normaliseForMatch(frontSubject(front?.text ?? ''));
			if (
				words(backNorm).length > OPENING_MIN_WORDS &&
				opening.length >= OPENING_MIN_CHARS &&
				occursIn(frontNorm, opening) &&
				!occursIn(subject, opening) &&
				!occursIn(normaliseForMatch(topicLine(card)), opening)
			)
				at('answer-in-shown-text', { field: 'front', fields: 'front', term: opening, opening: 1 });
		}

		// front-equals-back
		if (frontNorm && frontNorm === backNorm) at('front-equals-back');

		// front-ends-with-ellipsis
		if (front && endsWithEllipsis(front.text)) at('front-ends-with-ellipsis');

		// ordinal-prompt
		for (const re of ORDINAL_RES) {
			const m = front ? re.exec(front.text) : null;
			if (m) {
				at('ordinal-prompt', { match: m[0] });
				break;
			}
		}

		// duplicate-front
		const dup = duplicates.get(index);
		if (dup) at('duplicate-front', dup);

		// raw-markup, file-name, html-eats-text: one finding per card and thing, naming its fields
		const perThing = (rule: LintRuleId, key: string, found: (f: Shown) => string[]): void => {
			const where = new Map<string, ShownField[]>();
			for (const f of fields)
				for (const thing of new Set(found(f)))
					where.set(thing, [...(where.get(thing) ?? []), f.field]);
			for (const [thing, fs] of where)
				at(rule, { field: fs[0] as string, fields: fs.join(','), [key]: thing });
		};
		perThing('raw-markup', 'markup', (f) => visibleMarkup(f.prose, f.field));
		perThing('file-name', 'name', (f) => fileNames(f.prose, f.field === 'back' ? 'alone' : 'all'));
		perThing('html-eats-text', 'tag', (f) => f.eaten);
		perThing('image-placeholder', 'alt', (f) => [
			...f.images.filter(isPlaceholderAlt),
			...leftoverAltLines(f.prose)
		]);

		// answer-set-too-large
		if (card.kind !== 'cloze' && !card.command) {
			const items = answerItemCount(card.back);
			if (items > MAX_ANSWER_ITEMS) at('answer-set-too-large', { items, max: MAX_ANSWER_ITEMS });
		}

		// command-not-accepted
		if (card.command && options.checkCommand) {
			const verdict = options.checkCommand(card);
			if (!verdict.accepted)
				at('command-not-accepted', verdict.reason ? { reason: verdict.reason } : {});
		}
	});
	return findings;
}

/**
 * Cards (by index) that share their topic line and front with a card of another answer, each with
 * `{ count: distinct answers, cards: cards in the group, firstLine, firstCardId }`.
 */
function duplicateFronts(cards: readonly NoteCard[]): Map<number, Record<string, string | number>> {
	const groups = new Map<string, number[]>();
	cards.forEach((card, i) => {
		const key = `${normaliseForMatch(topicLine(card))}\n${normaliseForMatch(plainText(card.front))}`;
		groups.set(key, [...(groups.get(key) ?? []), i]);
	});
	const out = new Map<number, Record<string, string | number>>();
	for (const members of groups.values()) {
		const answers = new Set(members.map((i) => normaliseForMatch(plainText(cards[i]?.back ?? ''))));
		if (answers.size < 2) continue;
		const first = cards[members[0] as number] as NoteCard;
		for (const i of members)
			out.set(i, {
				count: answers.size,
				cards: members.length,
				firstLine: first.source.line,
				firstCardId: first.id
			});
	}
	return out;
}

/** Lint a parsed notes file: {@link lintCards} plus `deck-empty` when it made no card. */
export function lintNotes(parsed: ParsedNotes, options: LintOptions = {}): LintFinding[] {
	if (parsed.cards.length === 0)
		return [
			{
				rule: 'deck-empty',
				file: parsed.file,
				line: 1,
				cardId: '',
				params: { warnings: parsed.warnings.length }
			}
		];
	return lintCards(parsed.cards, options);
}

/** Findings counted per rule (every rule present, 0 when none). */
export function countByRule(findings: readonly LintFinding[]): Record<LintRuleId, number> {
	const counts = Object.fromEntries(LINT_RULES.map((r) => [r, 0])) as Record<LintRuleId, number>;
	for (const f of findings) counts[f.rule]++;
	return counts;
}

/** Distinct cards with at least one finding. */
export function flaggedCardCount(findings: readonly LintFinding[]): number {
	return new Set(findings.filter((f) => f.cardId).map((f) => `${f.file}\u0000${f.cardId}`)).size;
}
