/**
 * Reading a Korean sentence as a definition: which sentences define their parent term (C22:
 * `- 스케줄링` › `- 컨테이너를 적당한 서버에 배포해주는 작업이다.`), what a sentence's explicit
 * subject is (`컨테이너는 …` is about 컨테이너, not about the heading), and whether a sentence
 * shows a term's stem (`클러스터로` gives `클러스터링` away).
 */
import { termKey } from '../key-terms';

/**
 * Whether a sentence reads as a definition: it ends in a noun (`…하는 기능`) or a copula
 * (`…작업이다`, `…도구입니다`, `…것임`), not in a verb (`…배포한다`).
 */
export function isDefinition(text: string): boolean {
	const t = text.trim().replace(/[.!。]+$/, '');
	const last = t.split(/\s+/).at(-1) ?? '';
	if (/[\uac00-\ud7a3A-Za-z0-9)](이다|입니다|임)$/.test(last)) return true;
	if (/[A-Za-z0-9)]$/.test(last)) return true;
	if (/(다|요|음|함|됨|짐|지|고|며|서|게|면|나|까)$/.test(last)) return false;
	return /[\uac00-\ud7a3]$/.test(last);
}

/** The explicit topic of a sentence (`컨테이너는 …` → `컨테이너`), or null. */
export function subjectOf(text: string): string | null {
	const m = /^((?:[^\s,]{1,15}\s)?[^\s,]{1,20}?)(은|는)\s/.exec(text.trim());
	if (!m) return null;
	const noun = m[1] as string;
	// `서비스를 찾아주는`: the first word carries its own particle, so this is a clause
	if (
		/[를을에로과와가]\s/.test(noun + ' ') &&
		noun.includes(' ') &&
		/[를을에로과와가]$/.test(noun.split(' ')[0] as string)
	)
		return null;
	// `찾아주는`, `사용하는`: a verb's adnominal form, not a topic
	if (m[2] === '는' && /[하되있없주나가오보지치키내된한]$/.test(noun)) return null;
	return noun;
}

/** Whether `text` shows `term` or, for a one-word term of 3+ syllables, its stem. */
export function showsTermOrStem(text: string, term: string): boolean {
	const t = termKey(text);
	const k = termKey(term);
	if (t.includes(k)) return true;
	if (!k.includes(' ') && /^[\uac00-\ud7a3]{3,}$/.test(k)) return t.includes(k.slice(0, -1));
	const head = k.split(' ').at(-1) ?? k;
	return k.includes(' ') && head.length >= 3 && t.includes(head);
}
