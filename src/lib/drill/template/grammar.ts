/**
 * The grammar of a template word: Docker's usage metavariables (`IMAGE`, `NAME[:TAG|@DIGEST]`,
 * `file|URL|-`), optional parts in brackets, alternatives, and the slots study notes write
 * (`{x}`, `<x>`, `[x]`). Words the notes use for placeholders are data (`slot-words.json`).
 */
import SLOT_WORDS from './slot-words.json';
import type { Piece, SlotKind } from './types';

/** Metavariables of Docker's (and man pages') usage lines; `A_B` is one when A and B are. */
const META_WORDS = new Set(
	(
		'IMAGE CONTAINER NAME ID TAG DIGEST COMMAND ARG ARGS PATH URL NETWORK VOLUME SERVICE SERVICES ' +
		'TERM SERVER REPOSITORY SOURCE TARGET SRC DEST FILE CONTEXT PLUGIN NODE SECRET CONFIG STACK ' +
		'TASK CHECKPOINT MANIFEST LIST PRIVATE PORT PROTO HOST KEY VALUE LOGIN USER GROUP USERNAME ' +
		'REPLICAS ENDPOINT KEYFILE DIR DATA OPTION OPTIONS NUM PID SIGNAL FORMAT DRIVER LABEL ' +
		'FILTER UNIT PACKAGE PATTERN DIRECTORY NEW OLD BUILDER EXPRESSION NETWORK_NAME ENV'
	).split(' ')
);
/** `[OPTIONS]`, `{option}`, `<flags>` and the notes' own word for options: any options. */
export const ANY_OPTIONS = new RegExp(`^(?:${SLOT_WORDS.options.join('|')})$`, 'i');
export const REST_WORDS = /^(COMMAND|ARG|ARGS|ARGUMENTS?)(\.\.\.)?$/;

export function isMetaWord(word: string): boolean {
	if (!/^[A-Z][A-Z0-9]*(?:[_-][A-Z0-9]+)*$/.test(word) || word.length < 2) return false;
	return word.split(/[_-]/).every((part) => META_WORDS.has(part) || /^\d+$/.test(part));
}

export function metaKind(word: string): SlotKind {
	if (/IMAGE/.test(word)) return 'image';
	if (/CONTAINER/.test(word)) return 'container';
	if (/^(LOGIN|USER|USERNAME)$/.test(word)) return 'login';
	return 'word';
}

const SLOT_NAMES: readonly [string, RegExp][] = Object.entries(SLOT_WORDS.slots).map(
	([name, words]) => [name, new RegExp(words.join('|'))]
);

/**
 * A readable slot name from its label (a Korean `container name` label → `container`), for
 * display and lookup; the words are data (`slot-words.json`).
 */
export function slotNameOf(label: string): string {
	const l = label.trim().toLowerCase();
	for (const [name, re] of SLOT_NAMES) if (re.test(l)) return name;
	const ascii = l.replace(/[^a-z0-9_-]+/g, '_').replace(/^_+|_+$/g, '');
	return ascii || 'arg';
}

export function slotKindOf(label: string): SlotKind {
	const name = slotNameOf(label);
	if (name === 'user') return 'login';
	if (name === 'image') return 'image';
	if (name === 'container') return 'container';
	return 'word';
}

/** Index of the bracket closing the one at `start`, or -1. Nested brackets of the same kind count. */
export function closing(text: string, start: number, open: string, close: string): number {
	let depth = 0;
	for (let i = start; i < text.length; i++) {
		if (text[i] === open) depth++;
		else if (text[i] === close && --depth === 0) return i;
	}
	return -1;
}

/** Is the inside of `[…]` Docker grammar (optional part) rather than a study-notes slot? */
export function isGrammar(inner: string): boolean {
	const stripped = inner
		.replace(/\.\.\./g, ' ')
		.replace(/[[\]|:@=/,.\s-]+/g, ' ')
		.trim();
	if (stripped === '') return inner.trim() !== '';
	return stripped.split(' ').every((w) => isMetaWord(w) || ANY_OPTIONS.test(w));
}

/** Pieces of a grammar fragment (`:TAG|@DIGEST`, `NAME|ID`, `[:TAG]`). */
export function grammarPieces(text: string): Piece[] {
	const alts: string[] = [];
	let depth = 0;
	let from = 0;
	for (let i = 0; i < text.length; i++) {
		if (text[i] === '[') depth++;
		else if (text[i] === ']') depth--;
		else if (text[i] === '|' && depth === 0) {
			alts.push(text.slice(from, i));
			from = i + 1;
		}
	}
	alts.push(text.slice(from));
	if (alts.length > 1) {
		// `file|URL|-`: a lower-case word among metavariables is a placeholder too.
		return [
			{
				t: 'alt',
				a: alts.map((a) =>
					/^[a-z]+$/.test(a.trim())
						? [{ t: 'slot', name: a.trim(), label: a.trim(), kind: 'word' } as Piece]
						: grammarPieces(a.trim())
				)
			}
		];
	}
	const out: Piece[] = [];
	let i = 0;
	while (i < text.length) {
		const c = text[i]!;
		if (c === '[') {
			const end = closing(text, i, '[', ']');
			if (end < 0) {
				out.push({ t: 'lit', v: text.slice(i) });
				break;
			}
			out.push({ t: 'opt', p: grammarPieces(text.slice(i + 1, end)) });
			i = end + 1;
			continue;
		}
		const word = /^[A-Z][A-Z0-9]*(?:[_-][A-Z0-9]+)*/.exec(text.slice(i))?.[0];
		if (word && isMetaWord(word)) {
			out.push({ t: 'slot', name: word.toLowerCase(), label: word, kind: metaKind(word) });
			i += word.length;
			if (text.startsWith('...', i)) i += 3;
			continue;
		}
		pushLit(out, c);
		i++;
	}
	return out;
}

export function pushLit(out: Piece[], v: string): void {
	const last = out[out.length - 1];
	if (last && last.t === 'lit') last.v += v;
	else out.push({ t: 'lit', v });
}
