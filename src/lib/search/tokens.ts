/**
 * How card text is cut into words, how a word is looked up, and how a query is read.
 *
 * Text is normalised first (NFC, so decomposed Hangul some keyboards send matches composed text;
 * then Unicode default lower case, not locale-dependent) and cut into words, each a run of one
 * kind of character:
 * - `syllables`: Hangul syllables (U+AC00–U+D7A3). Korean writes a noun and its particle as one word
 *   ("container" + object particle) and compounds without spaces, so a search must find any part of a word;
 * - `jamo`: Hangul compatibility consonants (U+3131–U+314E), what a keyboard sends for a lone consonant
 *   (the last, unfinished syllable being typed, or a choseong query: the initial consonants of a word);
 * - `other`: any other run of letters or digits (Latin, numbers, other scripts): `docker-compose`
 *   is `docker` + `compose`.
 * Punctuation and Markdown marks (`**`, `` ` ``, `{{c1::…}}`'s braces) separate words and are
 * never searched.
 *
 * A query part (a word of the query) matches a word of a card when it occurs in it: as a
 * substring (the middle syllables of a word, `kins` in `jenkins`), or, for a `jamo` part, in the word's
 * initial consonants (choseong, es-hangul's `getChoseong`; examples in `card-index.test.ts`).
 * To find such words quickly the word list is indexed by {@link lookupTerms}: character bigrams
 * plus the last character alone, so every substring of two or more characters is found by its
 * bigrams and a single character by the terms that start with it.
 *
 * Plain TypeScript, no DOM.
 */
import { getChoseong } from 'es-hangul';

/** Text as it is compared: NFC, then lower case (Unicode default case mapping). */
export function normaliseSearchText(text: string): string {
	return text.normalize('NFC').toLowerCase();
}

/** Kind of a word: Hangul syllables, Hangul compatibility consonants, or other letters/digits. */
export type WordKind = 'syllables' | 'jamo' | 'other';

/** A word of normalised text. */
export interface SearchWord {
	kind: WordKind;
	text: string;
}

/** Hangul syllables (U+AC00–U+D7A3) | compatibility consonants (U+3131–U+314E) | letters, digits. */
const WORD =
	/([\uAC00-\uD7A3]+)|([\u3131-\u314E]+)|(?:(?![\uAC00-\uD7A3\u3131-\u314E])[\p{L}\p{N}])+/gu;

/** The words of `text` (normalised first), in order, duplicates kept. */
export function wordsOf(text: string): SearchWord[] {
	const out: SearchWord[] = [];
	for (const m of normaliseSearchText(text).matchAll(WORD)) {
		if (m[1]) out.push({ kind: 'syllables', text: m[1] });
		else if (m[2]) out.push({ kind: 'jamo', text: m[2] });
		else out.push({ kind: 'other', text: m[0] });
	}
	return out;
}

/** The distinct words of `text`, as strings (normalised). */
export function distinctWords(text: string): string[] {
	const out = new Set<string>();
	for (const m of normaliseSearchText(text).matchAll(WORD)) out.add(m[0]);
	return [...out];
}

/** The initial consonants of a Hangul word (its choseong); '' for any other word. */
export function choseongOf(word: string): string {
	return /^[\uAC00-\uD7A3]+$/.test(word) ? getChoseong(word) : '';
}

/** Bigrams of `run` plus its last character alone (`abc` → `ab`, `bc`, `c`). */
function gramsOf(run: string, out: string[]): void {
	for (let i = 0; i + 1 < run.length; i++) out.push(run.slice(i, i + 2));
	if (run.length > 0) out.push(run.slice(-1));
}

/**
 * Terms a word is looked up by: bigrams and the last character of the word, and of its choseong for
 * a Hangul word (the two never collide: syllables and consonants are different characters).
 */
export function lookupTerms(word: string): string[] {
	const out: string[] = [];
	gramsOf(word, out);
	gramsOf(choseongOf(word), out);
	return out;
}

/**
 * How to find the words that may contain a query part: words indexed under every one of `all`
 * (a part of two or more characters: its bigrams), or under any term starting with `prefix`
 * (one character). Candidates are then checked with {@link wordMatches}.
 */
export function lookupOf(part: SearchWord): { all: string[] } | { prefix: string } {
	if (part.text.length === 1) return { prefix: part.text };
	const all: string[] = [];
	for (let i = 0; i + 1 < part.text.length; i++) all.push(part.text.slice(i, i + 2));
	return { all: [...new Set(all)] };
}

/** Whether a card's word (normalised) contains the query part (see the module comment). */
export function wordMatches(word: string, part: SearchWord): boolean {
	if (word.includes(part.text)) return true;
	return part.kind === 'jamo' && choseongOf(word).includes(part.text);
}

/**
 * How well a card's word matches a query part it contains (see {@link wordMatches}): 3 when it
 * is the word itself, 2 when the word starts with it (a noun before its particle, `dock`
 * in `docker`), 1 when it is inside the word; for a `jamo` part compared with the word's choseong the
 * same three grades. 0 when it does not match.
 */
export function matchQuality(word: string, part: SearchWord): number {
	const grade = (text: string) =>
		text === part.text ? 3 : text.startsWith(part.text) ? 2 : text.includes(part.text) ? 1 : 0;
	const direct = grade(word);
	if (direct > 0 || part.kind !== 'jamo') return direct;
	return grade(choseongOf(word));
}
