/**
 * Key terms of a sentence: what a cloze card may blank. Only what the notes themselves name:
 * - the author's emphasis in the sentence (bold, inline code);
 * - terms the notes name elsewhere (headings, `term:` entries, parent bullets, table first
 *   cells, bold and code spans), collected per file in {@link Vocabulary};
 * - Latin-script technical words in Korean text (Dockerfile, DNS, IP, Port, docker CLI);
 * - Docker's own Korean vocabulary (컨테이너, 이미지, 볼륨 …), see {@link GLOSSARY};
 * - numbers with a unit (8080, 3개, 수십 MB).
 * A Korean term must stand as a word: a particle (조사) or copula may follow it and stays
 * outside the blank (`컨테이너는` → `[...]는`); agreement of paired particles (은/는, 을/를 …) is
 * checked with es-hangul, so `이미지` is not found inside `이미지을`.
 */
import { hasBatchim, josa } from 'es-hangul';
import { STRONG, type Run } from './text';
import { GLOSSARY, isGenericWord, STOPWORDS, termKey, USAGE_WORDS } from './glossary';

export { aliasesOf, GLOSSARY, isGenericWord, termKey } from './glossary';

/** Where a candidate comes from, best first (the order cards are made in). */
export type TermSource = 'emphasis' | 'named' | 'latin' | 'glossary' | 'number';

const RANK: Record<TermSource, number> = {
	emphasis: 0,
	named: 1,
	latin: 2,
	glossary: 3,
	number: 4
};

/** A key term found in a sentence's plain text: [start, end). */
export interface KeyTerm {
	start: number;
	end: number;
	text: string;
	source: TermSource;
}

/** Particles and copula endings that may follow a noun (longest first is not needed: a set). */
const PARTICLES: ReadonlySet<string> = new Set(
	(
		'은 는 이 가 을 를 의 에 에서 에게 께 한테 로 으로 로서 으로서 로써 으로써 로부터 으로부터 와 과 ' +
		'도 만 까지 부터 처럼 보다 이나 나 이란 란 이라 라 이라는 라는 이라고 라고 이다 다 입니다 ' +
		'이며 며 이고 인 이지만 지만 에는 에도 에서는 에서도 으로는 로는 으로도 로도 과는 와는 과의 와의 ' +
		'만을 만의 들 들은 들이 들을 들의 들도 들과 끼리 마다 랑 이랑 조차 라도 이라도 뿐 밖에 용 ' +
		'이에요 예요 이야 야 일 임 이므로 므로 이기 기 이기에 이면 면 이었다 였다 인데 인가 일까'
	).split(' ')
);

/** Paired particle forms whose choice depends on the last syllable (checked with es-hangul). */
const PAIRS = [
	'이/가',
	'을/를',
	'은/는',
	'으로/로',
	'와/과',
	'이나/나',
	'이란/란',
	'이라/라',
	'으로서/로서',
	'으로써/로써',
	'으로부터/로부터'
] as const;

const HANGUL = /[\uac00-\ud7a3]/;
const HANGUL_SYLLABLE_END = /[\uac00-\ud7a3]$/;

/** The particle form of `pair` that starts `rest`, if any (longest form first). */
function pairForm(rest: string): { pair: (typeof PAIRS)[number]; form: string } | null {
	let best: { pair: (typeof PAIRS)[number]; form: string } | null = null;
	for (const pair of PAIRS) {
		for (const form of pair.split('/')) {
			if (rest.startsWith(form) && (!best || form.length > best.form.length)) best = { pair, form };
		}
	}
	return best;
}

/**
 * Whether `rest` (the rest of the word after a term) is empty or a chain of particles that fits
 * the term: `컨테이너` + `는` yes, `이미지` + `을` no (이미지 ends in a vowel: 를).
 */
export function isParticleTail(term: string, rest: string): boolean {
	if (rest === '') return true;
	if (!PARTICLES.has(rest) && !splitsIntoParticles(rest)) return false;
	// a Latin term's pronunciation is unknown: any form may be right (`Dockerfile을`)
	if (!HANGUL_SYLLABLE_END.test(term)) return true;
	const paired = pairForm(rest);
	if (paired) return josa.pick(term, paired.pair) === paired.form;
	if (['다', '며', '라', '란', '라는', '라고'].includes(rest)) return !hasBatchim(term);
	return true;
}

function splitsIntoParticles(word: string): boolean {
	for (let i = 1; i < word.length; i++) {
		if (PARTICLES.has(word.slice(0, i)) && PARTICLES.has(word.slice(i))) return true;
	}
	return false;
}

/** Terms the notes name (collected as the walker reads the file). */
export class Vocabulary {
	/** First word (key form) → terms starting with it, longest first. */
	private readonly byHead = new Map<string, string[]>();
	private readonly all = new Set<string>();
	private longestHead = 0;

	constructor() {
		for (const g of GLOSSARY) this.add(g);
	}

	/** Add a term the notes name (2–40 characters, at most 5 words). */
	add(term: string): void {
		const key = termKey(term.replace(/[*_`]/g, ''));
		if (key.length < 2 || key.length > 40 || this.all.has(key)) return;
		const words = key.split(' ');
		if (
			words.length > 5 ||
			/^[\d\s.,:;!?-]+$/.test(key) ||
			STOPWORDS.has(key) ||
			words.every(isGenericWord)
		)
			return;
		this.all.add(key);
		const head = words[0] as string;
		const list = this.byHead.get(head) ?? [];
		let at = 0;
		while (at < list.length && (list[at] as string).length >= key.length) at++;
		list.splice(at, 0, key);
		this.byHead.set(head, list);
		this.longestHead = Math.max(this.longestHead, head.length);
	}

	/** Whether the notes name this exact term. */
	has(term: string): boolean {
		return this.all.has(termKey(term));
	}

	/** Named or glossary terms in `text` standing as words (a particle may follow). */
	find(text: string): KeyTerm[] {
		const lower = text.toLowerCase();
		const out: KeyTerm[] = [];
		const n = lower.length;
		for (let i = 0; i < n; i++) {
			if (i > 0 && WORD_CHAR.test(lower[i - 1] as string)) continue;
			if (!WORD_CHAR.test(lower[i] as string)) continue;
			let j = i;
			while (j < n && j - i < this.longestHead && !/[\s,.;:!?()[\]{}'"/]/.test(lower[j] as string))
				j++;
			const hit = this.match(text, lower, i, j);
			if (hit) {
				out.push(hit);
				i = hit.end - 1;
			}
		}
		return out;
	}

	private match(text: string, lower: string, i: number, j: number): KeyTerm | null {
		for (let len = j - i; len >= 1; len--) {
			const list = this.byHead.get(lower.slice(i, i + len));
			if (!list) continue;
			for (const key of list) {
				if (!lower.startsWith(key, i)) continue;
				const end = i + key.length;
				if (!standsAsWord(text, i, end)) continue;
				return {
					start: i,
					end,
					text: text.slice(i, end),
					source: GLOSSARY_KEYS.has(key) ? 'glossary' : 'named'
				};
			}
		}
		return null;
	}
}

const WORD_CHAR = /[\p{L}\p{N}_]/u;

const GLOSSARY_KEYS: ReadonlySet<string> = new Set(GLOSSARY.map(termKey));

/** Whether text[start, end) is a whole word (Latin) or a noun with only particles after it. */
function standsAsWord(text: string, start: number, end: number): boolean {
	const term = text.slice(start, end);
	const after = text.slice(end);
	if (/[A-Za-z0-9]$/.test(term)) return !/^[A-Za-z0-9_]/.test(after);
	const rest = /^[\uac00-\ud7a3]*/.exec(after)?.[0] ?? '';
	return isParticleTail(term, rest);
}

// an option keeps its dashes (`--rm`, `-p`): the blank hides the whole option
const LATIN_RE =
	/(?:(?<![\w-])--?(?=[A-Za-z]))?[A-Za-z][A-Za-z0-9_]*(?:[-+#.'/=:][A-Za-z0-9_]+)*(?:<[\w, ]+>)?\+*#?/g;
const NUMBER_RE =
	/(?<![\w.])\d+(?:[.,]\d+)*\s?(?:%|[KMGT]i?B|MB|GB|ms|개|대|번|초|분|시간|일|바이트|비트|단계|가지|코어|년)(?![\w])/g;

/** Latin-script technical words of a Korean sentence, adjacent words joined (`docker CLI`). */
function latinTerms(text: string): KeyTerm[] {
	const words: { start: number; end: number }[] = [];
	const placeholders = [...text.matchAll(/<[^<>\n]*>|\[[^[\]\n]*\]|\{[^{}\n]*\}/g)].map((m) => [
		m.index,
		m.index + m[0].length
	]);
	for (const m of text.matchAll(LATIN_RE)) {
		const start = m.index;
		const end = start + m[0].length;
		// `<container-id>`, `[OPTIONS]`: placeholders, not terms; `MYSQL_PASS=password` is an example value
		if (placeholders.some(([a, b]) => start > (a as number) && end <= (b as number))) continue;
		if (m[0].includes('=')) continue;
		const around = text.slice(Math.max(0, start - 8), end + 3);
		if (/:\/\/|www\./.test(around) && !/\s/.test(text.slice(Math.max(0, start - 8), start)))
			continue;
		if (/[/\\]/.test(text[start - 1] ?? '') || /^\./.test(text.slice(end))) {
			if (/[A-Za-z]/.test(text[end + 1] ?? '')) continue;
		}
		words.push({ start, end });
	}
	const out: KeyTerm[] = [];
	let i = 0;
	while (i < words.length) {
		let j = i;
		while (
			j + 1 < words.length &&
			j - i < 2 &&
			text.slice((words[j] as { end: number }).end, (words[j + 1] as { start: number }).start) ===
				' '
		)
			j++;
		const start = (words[i] as { start: number }).start;
		const end = (words[j] as { end: number }).end;
		const t = text.slice(start, end);
		const single = i === j;
		if (!(single && (t.length < 2 || STOPWORDS.has(t.toLowerCase()) || USAGE_WORDS.has(t)))) {
			out.push({ start, end, text: t, source: 'latin' });
		}
		i = j + 1;
	}
	return out;
}

function numberTerms(text: string): KeyTerm[] {
	return [...text.matchAll(NUMBER_RE)].map((m) => ({
		start: m.index,
		end: m.index + m[0].length,
		text: m[0],
		source: 'number' as const
	}));
}

/** Bold and code runs of a sentence, as candidates at their plain-text offsets. */
function emphasisTerms(runs: readonly Run[]): KeyTerm[] {
	const out: KeyTerm[] = [];
	let at = 0;
	let open: KeyTerm | null = null;
	for (const r of runs) {
		const len = r.k === 'br' ? 1 : r.v.length;
		const marked = (r.k === 'code' || (r.s & STRONG) !== 0) && r.k !== 'br';
		if (marked) {
			if (open && open.end === at) open.end = at + len;
			else {
				open = { start: at, end: at + len, text: '', source: 'emphasis' };
				out.push(open);
			}
		}
		at += len;
	}
	return out;
}

/**
 * Key terms of one sentence (its runs), best first, none overlapping.
 * @param runs the sentence
 * @param vocabulary terms of the notes
 * @param korean whether the notes are Korean (Latin words count as technical terms only then)
 */
export function keyTerms(runs: readonly Run[], vocabulary: Vocabulary, korean: boolean): KeyTerm[] {
	let text = '';
	for (const r of runs) text += r.k === 'br' ? ' ' : r.v;
	const found = [
		...emphasisTerms(runs),
		...vocabulary.find(text),
		...(korean && HANGUL.test(text) ? latinTerms(text) : []),
		...(HANGUL.test(text) ? numberTerms(text) : [])
	].map((t) => trimTerm(text, t));
	found.sort((a, b) => RANK[a.source] - RANK[b.source] || b.end - b.start - (a.end - a.start));
	// Docker's generic vocabulary and bare numbers only when the notes name nothing better
	const strong = found.some((t) => t.source !== 'glossary' && t.source !== 'number');
	let chosen: KeyTerm[] = [];
	for (const t of found) {
		if (t.end - t.start < 1 || t.text.trim() === '') continue;
		if (strong && (t.source === 'glossary' || t.source === 'number')) continue;
		const overlapping = chosen.filter((c) => t.start < c.end && c.start < t.end);
		// a longer term that contains the ones found so far wins (`docker CLI` over `docker`)
		if (
			overlapping.length &&
			overlapping.every(
				(c) => t.start <= c.start && c.end <= t.end && t.end - t.start > c.end - c.start
			)
		) {
			chosen = chosen.filter((c) => !overlapping.includes(c));
		} else if (overlapping.length) continue;
		chosen.push(t);
	}
	return chosen;
}

function trimTerm(text: string, t: KeyTerm): KeyTerm {
	let { start, end } = t;
	while (start < end && /\s/.test(text[start] as string)) start++;
	while (end > start && /[\s.,:;]/.test(text[end - 1] as string)) end--;
	return { ...t, start, end, text: text.slice(start, end) };
}
