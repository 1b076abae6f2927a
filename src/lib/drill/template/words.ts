/** Splitting a template into words and reading each word into pieces (literal text, slots, grammar). */
import {
	ANY_OPTIONS,
	REST_WORDS,
	closing,
	grammarPieces,
	isGrammar,
	isMetaWord,
	metaKind,
	pushLit,
	slotKindOf,
	slotNameOf
} from './grammar';
import type { Piece } from './types';

/** One template word (outside quotes) split into pieces; quoted parts stay literal shell text. */
export interface RawWord {
	/** Shell text with markers for pieces that are not literal. */
	text: string;
	pieces: Piece[];
	/** The whole word is one optional grammar group (`[CONTAINER...]`, `[SERVER]`). */
	optional: boolean;
	repeat: boolean;
	/** `[OPTIONS]`-like: any options. */
	anyOptions: boolean;
	/** `[COMMAND]`, `[ARG...]`: any further words. */
	rest: boolean;
	/** Shell operator (`|`, `&&`, `;`) standing alone. */
	op: string | null;
	source: string;
}

/** Split the template into words, honouring quotes and the three bracket kinds. */
export function splitWords(text: string): string[] {
	const words: string[] = [];
	let cur = '';
	let quote: string | null = null;
	for (let i = 0; i < text.length; i++) {
		const c = text[i]!;
		if (quote) {
			cur += c;
			if (c === quote) quote = null;
			else if (c === '\\' && quote === '"' && i + 1 < text.length) cur += text[++i];
			continue;
		}
		if (c === "'" || c === '"') {
			quote = c;
			cur += c;
			continue;
		}
		if (c === '\\' && i + 1 < text.length) {
			cur += c + text[++i];
			continue;
		}
		const pair = c === '[' ? ']' : c === '<' ? '>' : c === '{' && text[i + 1] !== '{' ? '}' : '';
		if (pair) {
			const end = closing(text, i, c, pair);
			// `<` / `>` that do not close on the same word-ish span are redirections.
			if (end > i && (c !== '<' || /^<[^<>|;&]+>/.test(text.slice(i, end + 1)))) {
				cur += text.slice(i, end + 1);
				i = end;
				continue;
			}
		}
		if (c === '{' && text[i + 1] === '{') {
			const end = text.indexOf('}}', i);
			if (end > i) {
				cur += text.slice(i, end + 2);
				i = end + 1;
				continue;
			}
		}
		if (/\s/.test(c)) {
			if (cur) words.push(cur);
			cur = '';
			continue;
		}
		cur += c;
	}
	if (cur) words.push(cur);
	return words;
}

/** Read one word into pieces. Quotes and shell syntax in literal parts are kept as written. */
export function readWord(word: string): RawWord {
	const base = {
		optional: false,
		repeat: false,
		anyOptions: false,
		rest: false,
		op: null as string | null,
		source: word
	};
	if (/^(\|\|?|&&|;|&|\|&)$/.test(word)) return { ...base, text: word, pieces: [], op: word };
	const whole = /^\[(.*)\](\.\.\.)?$/.exec(word);
	if (whole && closing(word, 0, '[', ']') === word.length - 1 - (whole[2] ? 3 : 0)) {
		const inner = whole[1]!.trim();
		if (ANY_OPTIONS.test(inner) || /^(OPTIONS?|options?)\.\.\.$/.test(inner))
			return { ...base, text: '', pieces: [], anyOptions: true };
		// `[COMMAND]`, `[ARG...]`, `[ps OPTIONS]`: any further words.
		if (REST_WORDS.test(inner) || /\bOPTIONS$/.test(inner))
			return { ...base, text: '', pieces: [], rest: true };
		if (isGrammar(inner)) {
			const repeat = inner.endsWith('...') || !!whole[2];
			const body = inner.replace(/\.\.\.$/, '');
			if (body.split(/\s+/).every((w) => REST_WORDS.test(w) || w === '')) {
				return { ...base, text: '', pieces: [], rest: true };
			}
			return { ...base, text: '', pieces: grammarPieces(body), optional: true, repeat };
		}
	}
	const braces = /^[{<](.*)[}>]$/.exec(word);
	if (braces && ANY_OPTIONS.test(braces[1]!.trim()))
		return { ...base, text: '', pieces: [], anyOptions: true };
	if (REST_WORDS.test(word) && word !== 'ARG') return { ...base, text: '', pieces: [], rest: true };
	const pieces = wordPieces(word);
	const repeat = word.endsWith('...') && pieces.some((p) => p.t !== 'lit');
	return { ...base, text: '', pieces, repeat };
}

/** Pieces of a word that mixes literal shell text and placeholders. */
export function wordPieces(word: string): Piece[] {
	const out: Piece[] = [];
	let quote: string | null = null;
	let i = 0;
	const w = word.endsWith('...') ? word.slice(0, -3) || word : word;
	// `NAME|ID`, `file|URL|-`: alternatives among metavariables.
	if (/^[A-Za-z0-9_|-]+$/.test(w) && w.includes('|') && w.split('|').some(isMetaWord))
		return grammarPieces(w);
	while (i < w.length) {
		const c = w[i]!;
		if (quote) {
			pushLit(out, c);
			if (c === quote) quote = null;
			i++;
			continue;
		}
		if (c === "'" || c === '"') {
			quote = c;
			pushLit(out, c);
			i++;
			continue;
		}
		if (c === '{' && w[i + 1] === '{') {
			const end = w.indexOf('}}', i);
			const stop = end < 0 ? w.length : end + 2;
			pushLit(out, w.slice(i, stop));
			i = stop;
			continue;
		}
		if (c === '[' || c === '<' || c === '{') {
			const pair = c === '[' ? ']' : c === '<' ? '>' : '}';
			const end = closing(w, i, c, pair);
			if (end > i) {
				const inner = w.slice(i + 1, end);
				if (c === '[' && isGrammar(inner)) out.push({ t: 'opt', p: grammarPieces(inner) });
				else if (inner.trim() === '') pushLit(out, w.slice(i, end + 1));
				else
					out.push({
						t: 'slot',
						name: slotNameOf(inner),
						label: inner.trim(),
						kind: slotKindOf(inner)
					});
				i = end + 1;
				continue;
			}
		}
		const meta = /^[A-Z][A-Z0-9]*(?:[_-][A-Z0-9]+)*/.exec(w.slice(i))?.[0];
		const before = i === 0 ? '' : w[i - 1]!;
		if (meta && isMetaWord(meta) && !/[A-Za-z0-9_$]/.test(before)) {
			const after = w[i + meta.length] ?? '';
			if (!/[a-z0-9_]/.test(after) && !(after === '=' && !/^(KEY|VALUE)/.test(meta))) {
				// `NAME|ID`: alternatives of metavariables in one word.
				const alt = /^[A-Z0-9_|-]+/.exec(w.slice(i))?.[0] ?? meta;
				if (alt.includes('|')) {
					out.push(...grammarPieces(alt));
					i += alt.length;
					continue;
				}
				out.push({ t: 'slot', name: meta.toLowerCase(), label: meta, kind: metaKind(meta) });
				i += meta.length;
				continue;
			}
		}
		pushLit(out, c);
		i++;
	}
	return out;
}

/** Join `PATH | URL | -` (alternatives between metavariables) into one word. */
export function joinAlternatives(words: string[]): string[] {
	const out: string[] = [];
	const atom = (w: string | undefined) => w !== undefined && (w === '-' || isMetaWord(w));
	for (let i = 0; i < words.length; i++) {
		if (words[i] === '|' && atom(out[out.length - 1]?.split('|').pop()) && atom(words[i + 1])) {
			out[out.length - 1] += '|' + words[i + 1];
			i++;
			continue;
		}
		out.push(words[i]!);
	}
	return out;
}
