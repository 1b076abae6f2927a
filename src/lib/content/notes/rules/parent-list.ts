/**
 * A bullet with child bullets (`- 특징` › `- 표준성: …`, `- 기능` › `- 스케줄링` › …): the parent
 * is the children's context. With 2–5 children it also asks for them as a list (`특징 (5가지)`),
 * which is how sentence children without a key term still feed a card. A parent that is a real
 * term (`스케줄링`) is the answer its sentence children ask for (see `parent-reverse.ts`).
 */
import type { ItemBlock } from '../blocks';
import { classify, type ItemInfo } from '../classify';
import type { Scope, Sink } from '../draft';
import { listFront } from '../phrases';
import { codeSpan, plain, toMarkdown, type Run } from '../text';
import { isGenericWord, keyTerms, termKey } from '../key-terms';
import { mdPlain, shows } from './answer-shown';
import { withParent, legacyPrefix } from './short-context';

/** Most children a list card asks for (SuperMemo: no big sets). */
export const LIST_MAX = 5;

/** A short term: at most `maxWords` words and 24 characters, not a sentence, not a generic label. */
export function isShortTerm(text: string, maxWords = 3): boolean {
	const t = text.trim();
	const ws = t.split(/\s+/).filter(Boolean);
	if (ws.length === 0 || ws.length > maxWords || t.length > 24) return false;
	if (/[.!?。]$|다$|요$/.test(t)) return false;
	return !ws.some(isGenericWord);
}

/** The text a child contributes to its parent's list card: [plain, Markdown]. */
function entry(info: ItemInfo): [string, string] | null {
	switch (info.kind) {
		case 'term':
			return [plain(info.term), toMarkdown(info.term)];
		case 'sentence':
		case 'names':
			return [plain(info.runs), toMarkdown(info.runs)];
		case 'command':
			return [info.command, codeSpan(info.command)];
		default:
			return null;
	}
}

/** Child bullets of an item (its nested lists' items). */
export function childItems(item: ItemBlock): ItemBlock[] {
	return item.children.slice(1).flatMap((c) => (c.type === 'list' ? c.items : []));
}

function headInfo(item: ItemBlock): ItemInfo {
	const head = item.children[0];
	return head?.type === 'paragraph' ? classify(head.lines) : { kind: 'empty' };
}

/**
 * The parent's list card, when it makes sense: 2–5 children, each short (≤ 60 characters), and
 * either all of them terms or some sentence child that no other card would use.
 * @returns whether the list card was made (its children then need no card of their own)
 */
export function parentListCard(sink: Sink, label: Run[], item: ItemBlock, scope: Scope): boolean {
	const children = childItems(item).map(headInfo);
	const entries = children.map(entry);
	if (
		entries.length < 2 ||
		entries.length > LIST_MAX ||
		entries.some((e) => e === null || e[0].length > 60)
	)
		return false;
	// a category (`특징`, `기능`, `도커가 가져온 변화`) asks for its members; a term's children are facts
	const category = plain(label).split(/\s+/).some(isGenericWord);
	if (!category && !children.every((c) => c.kind === 'term')) return false;
	const sentences = children.filter((c) => c.kind === 'sentence');
	const bare = sentences.some(
		(c) => c.kind === 'sentence' && keyTerms(c.runs, sink.vocabulary, sink.korean).length === 0
	);
	const nested = childItems(item).some((c) => c.children.some((b) => b.type === 'list'));
	if (sentences.length > 0 && !bare && !nested) return false;
	const labelMd = toMarkdown(label).trim();
	const labelPlain = plain(label).trim();
	const front = listFront(withParent(scope, labelMd), entries.length, sink.korean);
	// an item the front already names would be given away (`- volumes:` › … `- volumes`)
	if ((entries as [string, string][]).some(([p]) => shows(mdPlain(front), termKey(p))))
		return false;
	return sink.add({
		kind: 'basic',
		pattern: 'list',
		front,
		back: (entries as [string, string][]).map((e) => `- ${e[1].trim()}`).join('\n'),
		answer: '',
		key: `${legacyPrefix(sink.lastHeading(), scope)} — ${labelMd}`,
		note: `${labelPlain} ⟨list⟩`,
		line: item.line,
		context: scope.parent?.key
	});
}
