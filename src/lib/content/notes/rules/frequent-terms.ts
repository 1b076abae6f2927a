/**
 * The notes' everyday words (fault kind "blank that tests nothing"): a word the prose of a file
 * uses again and again — `IP` in notes on networks, `Dockerfile` in notes on Dockerfiles,
 * `컨테이너` in almost any Docker notes — is what every sentence is about, so blanking it asks
 * nothing (`inspect로 각 컨테이너의 [...]를 확인` → IP). Such a word is no cloze blank unless the
 * author marked it in that very sentence (bold, code) or the sentence has no other key term to
 * blank (then it is what the sentence teaches: `프로그램을 [...]로 만든다`). Counted in the text of prose, headings,
 * bullets and tables (not in code), per parsed piece.
 */
import { GLOSSARY, termKey } from '../glossary';

/** A word used at least this often … */
const MIN_COUNT = 6;
/** … and at least this often per 1 000 characters of prose is an everyday word of the notes. */
const MIN_PER_1000 = 0.5;

const LATIN_WORD = /[A-Za-z][A-Za-z0-9+#]*(?:[._-][A-Za-z0-9+#]+)*/g;
const HANGUL_WORD = /[\uac00-\ud7a3]+/g;
const GLOSSARY_WORDS: ReadonlySet<string> = new Set(GLOSSARY.filter((g) => !g.includes(' ')));
const LONGEST = Math.max(...[...GLOSSARY_WORDS].map((g) => g.length));

/** Counts of the words of a file's prose. */
export class TermFrequency {
	private readonly counts = new Map<string, number>();
	private chars = 0;

	private bump(key: string): void {
		this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
	}

	/** Count the words of a piece of prose (plain text, no code). */
	addText(text: string): void {
		this.chars += text.length;
		if (/[A-Za-z]/.test(text)) for (const m of text.matchAll(LATIN_WORD)) this.bump(termKey(m[0]));
		for (const m of text.matchAll(HANGUL_WORD)) {
			const w = m[0];
			// a glossary noun with its particle (`컨테이너를`)
			for (let n = Math.min(LONGEST, w.length); n >= 2; n--) {
				const head = w.slice(0, n);
				if (GLOSSARY_WORDS.has(head)) {
					this.bump(head);
					break;
				}
			}
		}
	}

	/** Whether `term` is an everyday word of these notes (see the module comment). */
	isFrequent(term: string): boolean {
		const n = this.counts.get(termKey(term)) ?? 0;
		return n >= MIN_COUNT && (n * 1000) / Math.max(1, this.chars) >= MIN_PER_1000;
	}
}
