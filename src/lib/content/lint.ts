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
import type { NoteCard, ParsedNotes } from './types';
import {
	type ShownField,
	shownText,
	plainText,
	topicLine,
	normaliseForMatch,
	occursIn,
	words,
	isShort,
	frontSubject,
	answerKeyTerms,
	visibleMarkup,
	leftoverAltLines,
	isPlaceholderAlt,
	fileNames,
	answerItemCount
} from './lint-text';
export {
	type ShownField,
	SHORT_ANSWER_MAX_WORDS,
	SHORT_ANSWER_MAX_CHARS,
	type ShownText,
	CODE_MARK,
	shownText,
	plainText,
	topicLine,
	normaliseForMatch,
	occursIn,
	clozeHiddenTerms,
	type KeyTermSource,
	type KeyTerm,
	answerKeyTerms,
	visibleMarkup,
	leftoverAltLines,
	isPlaceholderAlt,
	fileNames,
	answerItemCount
} from './lint-text';

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

/** An answer that is a set of more items than this is too much for one card. */
export const MAX_ANSWER_ITEMS = 5;
/** Opening words of a long answer that must not be on the front. */
export const OPENING_MIN_WORDS = 2;
/** The opening must be at least this long (characters, normalised) to count. */
export const OPENING_MIN_CHARS = 6;

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
