/**
 * Bullets: each list item is read by `classify` and handed to the rule for what it says —
 * explicit syntax, a command, a term entry, names, a parent of child bullets, a description of
 * the code block it holds or precedes, or a sentence (cloze cards on its key terms). Every
 * sentence that makes no card and is not named by its parent's list card gets a warning.
 */
import type { Block, ItemBlock, ListBlock } from '../blocks';
import { classify } from '../classify';
import type { Scope, Sink } from '../draft';
import { plain, toMarkdown, trimRuns, type Run } from '../text';
import { codeHasCommands, type Desc } from './code-block';
import { commandInlineCards } from './command-inline';
import { explicitCards } from './explicit';
import { expandLazyItems } from './lazy-bullets';
import { BARE_URL } from './answer-shown';
import { isMetaSentence } from './meta-sentence';
import { namesCard } from './names-list';
import { headingDefinitionCards } from './heading-definition';
import { headingCommandCard } from './numbered-headings';
import { isShortTerm, parentListCard } from './parent-list';
import { parentReverseCards } from './parent-reverse';
import { clozeBudget, clozeCards } from './sentence-cloze';
import { childScope, labelLadder } from './short-context';
import { termCards } from './term-definition';

/**
 * Read a list.
 * @param introNext whether a code block with commands follows the list (its last bullet then
 *   describes that block)
 * @returns descriptions for the following code block
 */
export function listBlock(sink: Sink, list: ListBlock, scope: Scope, introNext: boolean): Desc[] {
	const items = expandLazyItems(list.items);
	let descs: Desc[] = [];
	const sole = scope.parents.length === 0 && items.filter(isSentenceItem).length === 1;
	// the bullet written right before the code block introduces it, however deep it is
	const deep = introNext ? deepestLast(items) : undefined;
	if (deep && deep !== items.at(-1)) INTRO.add(deep);
	items.forEach((it, k) => {
		const intro = it === deep || INTRO.has(it);
		const d = itemBlock(sink, it, scope, intro, k === 0 ? (sole ? 'sole' : 'first') : 'later');
		if (it === deep) descs = d;
	});
	if (deep && deep !== items.at(-1)) {
		const head = deep.children[0];
		if (head?.type === 'paragraph') {
			const runs = trimRuns(head.lines.flatMap((l) => l.runs));
			descs = [{ ...describing(deep, runs), line: deep.line }];
		}
	}
	return descs;
}

/** Bullets that introduce the code block after their list (see {@link deepestLast}). */
const INTRO = new WeakSet<ItemBlock>();

/** The last bullet of a list, descending into the last item's own child list. */
function deepestLast(items: readonly ItemBlock[]): ItemBlock | undefined {
	let item = items.at(-1);
	for (;;) {
		const child = item?.children.at(-1);
		if (!item || child?.type !== 'list' || child.items.length === 0) return item;
		item = child.items.at(-1);
	}
}

/** A bullet that is a plain sentence (no children, no term, no command). */
function isSentenceItem(it: ItemBlock): boolean {
	const head = it.children[0];
	return (
		head?.type === 'paragraph' &&
		it.children.length === 1 &&
		classify(head.lines).kind === 'sentence'
	);
}

/** Where a bullet sits among its siblings: the first one, the only sentence, or later. */
type Position = 'first' | 'sole' | 'later';

function holdsCode(rest: Block[]): boolean {
	return rest.some((b) => b.type === 'code' && codeHasCommands(b));
}

/** One bullet; returns its description when it introduces a code block. */
function itemBlock(
	sink: Sink,
	item: ItemBlock,
	scope: Scope,
	intro: boolean,
	position: Position
): Desc[] {
	const [head, ...rest] = item.children;
	if (head?.type === 'heading') {
		sink.heading(head, scope);
		sink.walk(rest, scope);
		return [];
	}
	if (head?.type !== 'paragraph') {
		sink.walk(item.children, scope);
		return [];
	}
	const info = classify(head.lines);
	const hasList = rest.some((b) => b.type === 'list');
	switch (info.kind) {
		case 'empty':
			sink.walk(rest, scope);
			return [];
		case 'explicit': {
			const used = explicitCards(sink, info.lines, scope, rest);
			const label =
				plain(info.lines[0]?.runs ?? [])
					.split('::')[0]
					?.trim() ?? '';
			sink.walk(rest.slice(used), childScope(scope, label, label, item.line));
			return [];
		}
		case 'command': {
			// a command alone under a label (`- 이미지 빌드` › `` - `docker build …` ``) is asked by the label
			const desc =
				info.desc.length === 0 && scope.parent?.label
					? [{ k: 'text' as const, v: scope.parent.key, s: 0 }]
					: info.desc;
			const made = commandInlineCards(
				sink,
				info.command,
				desc,
				info.line,
				info.desc.length === 0 ? { ...scope, parent: scope.parent?.up } : scope
			);
			const label = `\`${info.command}\``;
			if (made === 0 && !holdsCode(rest) && !intro && !hasList)
				sink.warn(info.line, 'notes_command_no_question', { command: info.command });
			sink.walk(rest, childScope(scope, label, info.command, item.line));
			return made === 0 ? [{ md: label, plain: info.command, line: info.line }] : [];
		}
		case 'term': {
			termCards(sink, info, scope);
			const termPlain = plain(info.term);
			const term = isShortTerm(termPlain) ? termPlain : undefined;
			sink.walk(
				rest,
				childScope(scope, toMarkdown(info.term).trim(), termPlain, item.line, term, true)
			);
			return [{ md: toMarkdown(info.term).trim(), plain: termPlain, line: info.line }];
		}
		case 'names':
			namesCard(sink, info.names, info.runs, info.line, scope);
			sink.walk(rest, scope);
			return [];
		case 'sentence':
			return sentenceItem(sink, info.runs, item, rest, scope, { intro, position, hasList });
	}
}

/** A bullet as the description of a code block: its first line, plus lines that are not filler. */
function describing(item: ItemBlock, runs: Run[]): { md: string; plain: string } {
	const head = item.children[0];
	if (head?.type !== 'paragraph' || head.lines.length < 2)
		return { md: toMarkdown(runs).trim(), plain: plain(runs).trim() };
	const lines = head.lines.filter(
		(l, i) => i === 0 || !/^(다음|아래|이렇게|위와)/.test(plain(l.runs).trim())
	);
	const joined = lines.flatMap((l, i) =>
		i > 0 ? [{ k: 'text' as const, v: ' ', s: 0 }, ...l.runs] : l.runs
	);
	return { md: toMarkdown(joined).trim(), plain: plain(joined).trim() };
}

interface SentenceFlags {
	intro: boolean;
	position: Position;
	hasList: boolean;
}

function sentenceItem(
	sink: Sink,
	runs: Run[],
	item: ItemBlock,
	rest: Block[],
	scope: Scope,
	f: SentenceFlags
): Desc[] {
	const text = plain(runs).trim();
	const md = toMarkdown(runs).trim();
	const desc: Desc = { ...describing(item, runs), line: item.line };
	if (f.hasList) {
		const term = isShortTerm(text) ? text : undefined;
		const listed = parentListCard(sink, runs, item, scope);
		sink.walk(rest, { ...childScope(scope, md, text, item.line, term), listed });
		return [desc];
	}
	if (f.intro || holdsCode(rest)) {
		sink.walk(rest, childScope(scope, desc.md, desc.plain, item.line));
		return [desc];
	}
	sentenceCards(sink, runs, item.line, item.endLine, scope, f.position);
	sink.walk(rest, childScope(scope, md, text, item.line));
	return [desc];
}

/**
 * The cards of a sentence (bullet or prose): cloze cards on its key terms, the parent term it
 * describes, the command its heading names. Warns when it makes none.
 */
export function sentenceCards(
	sink: Sink,
	runs: Run[],
	line: number,
	endLine: number,
	scope: Scope,
	position: Position,
	prose = false
): number {
	const text = plain(runs).trim();
	if (isMetaSentence(text)) {
		sink.warn(line, 'notes_meta_sentence');
		return 0;
	}
	// `볼륨이름1:컨테이너경로1` is a value, not a sentence
	if (!/\s/.test(text)) {
		if (!scope.listed) sink.warn(line, 'notes_no_key_term');
		return 0;
	}
	// nobody studies an address: a sentence that points to a link is a reference
	const linked = runs.filter((r) => r.href).reduce((n, r) => n + r.v.length, 0);
	if (
		runs.some((r) => r.k === 'text' && !r.href && BARE_URL.test(r.v)) ||
		linked * 2 > text.length
	) {
		sink.warn(line, 'notes_reference_link');
		return 0;
	}
	const heading = scope.parents.length === 0 ? sink.takeHeadingCommand() : null;
	let made =
		heading && headingCommandCard(sink, heading.command, toMarkdown(runs).trim(), line) ? 1 : 0;
	made += clozeCards(sink, {
		runs,
		line,
		endLine: endLine !== line ? endLine : undefined,
		note: text,
		labels: labelLadder(scope),
		shown: [],
		max: clozeBudget(text),
		// prose is wordier than bullets: only what the author named or wrote in Latin script
		sources: prose ? ['emphasis', 'named', 'latin', 'number'] : undefined,
		pattern: 'sentence-cloze'
	});
	made += parentReverseCards(sink, runs, line, scope, position !== 'later');
	if (position !== 'later' && scope.parents.length === 0 && !prose) {
		made += headingDefinitionCards(sink, runs, line, position === 'sole');
	}
	if (made === 0 && !scope.listed) sink.warn(line, 'notes_no_key_term');
	return made;
}
