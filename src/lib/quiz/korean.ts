/**
 * The Korean words the quiz domain needs *as words*, kept in one listed file (see
 * `tests/unit/hangul.test.ts`): the particles that must agree with a word swapped into a note's
 * sentence, the endings that tell a predicate from a noun (a blank's options are of one kind), and
 * the field labels of the hand-written quiz format (`questions/quizzes/README.md`).
 * Nothing here is shown to the learner on its own; every sentence the app says lives in
 * `messages/{ko,en}.json`.
 */
import { josa } from 'es-hangul';

/** Particle pairs that change with the final consonant (batchim) of the word before them. */
const PARTICLES = [
	['으로', '로', '으로/로'],
	['은', '는', '은/는'],
	['이', '가', '이/가'],
	['을', '를', '을/를'],
	['과', '와', '와/과']
] as const;

/** Whether `c` is a precomposed Hangul syllable (가–힣). */
function isSyllable(c: string | undefined): boolean {
	const code = c?.codePointAt(0) ?? 0;
	return code >= 0xac00 && code <= 0xd7a3;
}

/**
 * Make the particle at the start of `after` agree with the last syllable of `word`, e.g. a term
 * swapped into a true/false statement: `하이픈` + `로 …` → `으로 …`, `파일` + `으로` → `로`
 * (es-hangul's `josa.pick`, which also knows that `로` follows a final ㄹ).
 *
 * Only a particle followed by a space, punctuation or the end counts (never `이다`, `로그`), and
 * words that do not end in a Hangul syllable (`CMD`, `` `docker` ``) are left alone: how a Latin
 * word is read aloud decides its particle, and the notes already wrote one.
 * @returns `after` with its first particle agreeing, or `after` unchanged.
 */
export function fitParticle(word: string, after: string): string {
	const trimmed = word.trim();
	if (!isSyllable(trimmed.at(-1))) return after;
	for (const [withBatchim, without, option] of PARTICLES) {
		for (const form of [withBatchim, without]) {
			if (!after.startsWith(form)) continue;
			const next = after.slice(form.length, form.length + 1);
			if (next !== '' && !/[\s.,!?)·]/u.test(next)) continue;
			return josa.pick(trimmed, option) + after.slice(form.length);
		}
	}
	return after;
}

/**
 * Field labels of a hand-written quiz question (`label: value` lines under its `##` heading), by
 * the field they fill. `deck` binds the question to a bundled deck and topic.
 */
export const HAND_WRITTEN_LABELS = Object.freeze({
	정답: 'answer',
	또는: 'accepted',
	명령어: 'command',
	덱: 'deck'
} as const);

/** The `정답:` values of a true/false question. */
export const TRUE_FALSE_WORDS = Object.freeze({ 참: true, 거짓: false } as const);

/** Endings of a predicate phrase: `…한다/없다/않는다`, `…으며/하며`, `…하고/않고`, `…하면/으면`. */
const PREDICATE_END = /\p{Script=Hangul}(?:다|[으하되]며|[하되않지]고|[으하되]면)$/u;

/**
 * Whether `plain` is a Korean predicate (a verb or adjective phrase: `지우지 않는다`,
 * `지원되지 않으며`), told by its ending; a noun blank never takes one as an option, nor a
 * predicate blank a noun.
 */
export function isPredicate(plain: string): boolean {
	const text = plain.trim();
	return text.length >= 2 && PREDICATE_END.test(text);
}
