import { describe, expect, it } from 'vitest';
import { BLANK, cardAnswer, generateQuiz } from './generate';
import { violations } from './test-checks';
import { mulberry32, shuffle } from './random';
import { QuizSpecError } from './spec';
import { DOCKER_CARDS } from './test-cards';
import { containsFolded, plainText } from './text';
import type { Question, QuestionType, Quiz, QuizSourceCard, QuizSpec } from './types';

const TOTAL_10_MIN = { kind: 'total', ms: 600_000 } as const;
const ALL_TYPES: QuestionType[] = ['mcq', 'truefalse', 'fillin', 'command'];

function spec(over: Partial<QuizSpec> = {}): QuizSpec {
	return { count: 20, types: ALL_TYPES, timeLimit: TOTAL_10_MIN, ...over };
}

const byId = new Map(DOCKER_CARDS.map((c) => [c.id, c]));
function cardOf(q: Question): QuizSourceCard {
	const card = q.cardId ? byId.get(q.cardId) : undefined;
	if (!card) throw new Error(`no card for ${q.id}`);
	return card;
}

describe('generateQuiz: spec validation', () => {
	it.each([
		[{ count: 4 }, 'count', 'quiz_spec_count_range'],
		[{ count: 51 }, 'count', 'quiz_spec_count_range'],
		[{ count: 7.5 }, 'count', 'quiz_spec_count_number'],
		[{ types: [] }, 'types', 'quiz_spec_types_empty'],
		[{ types: ['essay'] }, 'types', 'quiz_spec_types_unknown'],
		[{ types: ['mcq', 'mcq'] }, 'types', 'quiz_spec_types_repeat'],
		[{ timeLimit: { kind: 'total', ms: 30_000 } }, 'timeLimit', 'quiz_spec_total_range'],
		[
			{ timeLimit: { kind: 'perQuestion', ms: 5_000 } },
			'timeLimit',
			'quiz_spec_per_question_range'
		],
		[
			{ timeLimit: { kind: 'perQuestion', ms: 3_600_000 } },
			'timeLimit',
			'quiz_spec_per_question_range'
		],
		[{ timeLimit: { kind: 'forever', ms: 1 } }, 'timeLimit', 'quiz_spec_limit_kind']
	])('rejects %j with a message on %s', (over, field, key) => {
		const bad = { ...spec(), ...over } as unknown as QuizSpec;
		let error: unknown;
		try {
			generateQuiz(DOCKER_CARDS, bad, 1);
		} catch (e) {
			error = e;
		}
		expect(error).toBeInstanceOf(QuizSpecError);
		expect((error as QuizSpecError).field).toBe(field);
		expect((error as QuizSpecError).reason.key).toBe(key);
	});

	it('names the limits in the message parameters', () => {
		expect(() => generateQuiz(DOCKER_CARDS, spec({ count: 4 }), 1)).toThrow(QuizSpecError);
		try {
			generateQuiz(DOCKER_CARDS, spec({ timeLimit: { kind: 'total', ms: 1 } }), 1);
		} catch (e) {
			expect((e as QuizSpecError).reason).toEqual({
				key: 'quiz_spec_total_range',
				params: { min: 1, max: 120 }
			});
		}
	});

	it('rejects a missing field (named by its label message) and a non-object', () => {
		const { count: _count, ...noCount } = spec();
		let error: unknown;
		try {
			generateQuiz(DOCKER_CARDS, noCount as QuizSpec, 1);
		} catch (e) {
			error = e;
		}
		expect(error).toMatchObject({
			field: 'count',
			reason: { key: 'quiz_spec_missing', params: { field: { key: 'quiz_count' } } }
		});
		try {
			generateQuiz(DOCKER_CARDS, 'quiz' as unknown as QuizSpec, 1);
		} catch (e) {
			error = e;
		}
		expect(error).toMatchObject({ field: null, reason: { key: 'quiz_spec_not_object' } });
	});

	it('rejects a seed that is not an unsigned 32-bit integer', () => {
		expect(() => generateQuiz(DOCKER_CARDS, spec(), -1)).toThrow(QuizSpecError);
		expect(() => generateQuiz(DOCKER_CARDS, spec(), 2 ** 32)).toThrow(/quiz_spec_seed/);
	});

	it('throws when not a single question can be made', () => {
		expect(() => generateQuiz([], spec(), 1)).toThrow(/quiz_spec_no_questions/);
	});
});

describe('generateQuiz: determinism', () => {
	it('gives a deep-equal quiz for the same seed, whatever order the cards come in', () => {
		const a = generateQuiz(DOCKER_CARDS, spec(), 12345);
		const b = generateQuiz(shuffle(DOCKER_CARDS, mulberry32(9)), spec(), 12345);
		expect(b).toEqual(a);
		expect(a.questions).toHaveLength(20);
	});

	it('gives another order (and other questions) for another seed', () => {
		const a = generateQuiz(DOCKER_CARDS, spec(), 1);
		const b = generateQuiz(DOCKER_CARDS, spec(), 2);
		expect(b.questions.map((q) => q.id)).not.toEqual(a.questions.map((q) => q.id));
	});

	it('keeps the quiz serialisable: a structured clone is deep-equal', () => {
		const a = generateQuiz(DOCKER_CARDS, spec(), 77);
		expect(structuredClone(a)).toEqual(a);
		expect(JSON.parse(JSON.stringify(a))).toEqual(a);
	});
});

describe('generateQuiz: multiple choice', () => {
	const mcqs = generateQuiz(
		DOCKER_CARDS,
		spec({ types: ['mcq'], count: 50 }),
		2026
	).questions.filter((q) => q.type === 'mcq');

	it('makes 4 distinct options of the same kind, with no answer in the stem', () => {
		expect(mcqs.length).toBeGreaterThan(30);
		expect(
			violations(
				{ seed: 0, spec: spec({ types: ['mcq'] }), questions: mcqs, shortfall: null },
				DOCKER_CARDS
			)
		).toEqual([]);
	});

	it('takes distractors from sibling cards of the same topic first', () => {
		const q = mcqs.find((m) => m.id === 'mcq:c08');
		expect(q?.type).toBe('mcq');
		if (q?.type !== 'mcq') return;
		// c09 and c10 are c08's only siblings (same topic, same kind): the length balance may
		// take one of them, never none.
		const siblings = ['`docker start [컨테이너 이름]`', '`docker rm [컨테이너 ID]`'];
		expect(q.options.filter((o) => siblings.includes(o)).length).toBeGreaterThan(0);
		expect(q.ask).toEqual({ key: 'quiz_ask_command' });
	});

	it('asks "which statement is true" about named subjects only, with definitions of other named subjects', () => {
		const about = mcqs.filter((q) => q.ask?.key === 'quiz_ask_true_about');
		expect(about.length).toBeGreaterThan(0);
		for (const q of about) {
			if (q.type !== 'mcq') continue;
			const subject = plainText(q.prompt).split(' — ').at(-1)!;
			for (const o of q.options) {
				const from = DOCKER_CARDS.filter((c) => c.back.trim() === o);
				// Every option defines a named term (`특징 — 표준성`), none is a heading's sentence.
				const term = (c: QuizSourceCard) => plainText(c.front).split(' — ').at(-1)!;
				expect(from.some((c) => !c.front.endsWith('…') && term(c).length <= 40)).toBe(true);
			}
			expect(q.prompt).not.toMatch(/…$/);
			expect(subject.length).toBeGreaterThan(0);
		}
		// Facts stated under a heading (`Docker — 도커는 컨테이너 …`) name no subject: not asked.
		expect(mcqs.some((q) => q.cardId === 'b01')).toBe(false);
	});
	it('skips a card whose stem contains its answer', () => {
		const leaky: QuizSourceCard[] = [
			...DOCKER_CARDS,
			{
				...DOCKER_CARDS[0]!,
				id: 'leak',
				kind: 'reversed',
				front: 'Jenkins는 Java로 만든 CI 도구다.',
				back: 'Jenkins'
			}
		];
		const quiz = generateQuiz(leaky, spec({ types: ['mcq'], count: 50 }), 3);
		expect(quiz.questions.map((q) => q.cardId)).not.toContain('leak');
		expect(quiz.questions.length).toBeGreaterThan(0);
	});
});

/** The card's own statement: the cloze sentence, or `… — answer`. */
function isTrueStatement(stated: string, card: QuizSourceCard): boolean {
	if (card.kind === 'cloze') return stated === plainText(card.back);
	return stated.endsWith(` — ${plainText(cardAnswer(card)!)}`);
}

describe('generateQuiz: true/false', () => {
	const tfs = generateQuiz(DOCKER_CARDS, spec({ types: ['truefalse'], count: 50 }), 8).questions;

	it('states the card for true and swaps in another card’s answer for false, about half each', () => {
		let trues = 0;
		for (const q of tfs) {
			if (q.type !== 'truefalse') continue;
			const card = cardOf(q);
			const stated = plainText(q.prompt);
			if (q.correct) {
				trues++;
				expect(isTrueStatement(stated, card)).toBe(true);
			} else {
				expect([q.id, isTrueStatement(stated, card)]).toEqual([q.id, false]);
				const from = DOCKER_CARDS.filter(
					(c) => c.id !== card.id && containsFolded(stated, plainText(cardAnswer(c) ?? '\u0000'))
				);
				expect(from.length).toBeGreaterThan(0);
			}
			expect(stated).not.toContain('…');
		}
		expect(tfs.length).toBeGreaterThan(35);
		expect(trues).toBeGreaterThan(tfs.length * 0.3);
		expect(trues).toBeLessThan(tfs.length * 0.7);
	});

	it('fills a cloze blank with the term, and never uses a reversed card', () => {
		const cloze = tfs.find((q) => q.cardId === 'z01');
		if (cloze?.type === 'truefalse' && cloze.correct) {
			expect(cloze.prompt).toBe('이미지 이름에서 태그를 생략하면 latest 태그로 간주한다.');
		}
		expect(tfs.some((q) => q.cardId && cardOf(q).kind === 'cloze')).toBe(true);
		expect(tfs.filter((q) => q.cardId && cardOf(q).kind === 'reversed')).toEqual([]);
	});

	it('makes the Korean particle agree with a swapped-in term (띄어쓰기로 → 하이픈으로)', () => {
		const cloze = (id: string, front: string, term: string, line: number): QuizSourceCard => ({
			...byId.get('z01')!,
			id,
			source: { file: 'compose.md', line },
			topic: ['Compose'],
			front,
			back: front.replace('[...]', `**${term}**`)
		});
		const cards = [
			cloze('v2', 'v2 명령은 [...]로 구분한다.', '띄어쓰기', 1),
			cloze('v1', 'v1 명령은 [...]으로 잇는다.', '하이픈', 2)
		];
		const seen = new Map<string, string>();
		for (let seed = 1; seed < 40 && seen.size < 2; seed++) {
			for (const q of generateQuiz(cards, spec({ types: ['truefalse'], count: 5 }), seed)
				.questions) {
				if (q.type === 'truefalse' && !q.correct) seen.set(q.cardId!, q.prompt);
			}
		}
		expect(Object.fromEntries(seen)).toEqual({
			v2: 'v2 명령은 하이픈으로 구분한다.',
			v1: 'v1 명령은 띄어쓰기로 잇는다.'
		});
	});

	it('states a named term’s definition, and never a heading’s sentence (no subject to be false about)', () => {
		const quiz = generateQuiz(
			DOCKER_CARDS.filter((c) => ['b01', 'b02', 'b03', 'b04', 'b05', 'b06'].includes(c.id)),
			spec({ types: ['truefalse'], count: 5 }),
			1
		);
		expect(quiz.questions.map((q) => q.cardId).sort()).toEqual(['b05', 'b06']);
		for (const q of quiz.questions) expect(plainText(q.prompt)).not.toContain('…');
	});
});

describe('generateQuiz: fill-in-the-blank', () => {
	const fills = generateQuiz(DOCKER_CARDS, spec({ types: ['fillin'], count: 50 }), 4).questions;

	it('blanks a key term and never shows it', () => {
		expect(fills.length).toBeGreaterThan(25);
		expect(
			violations(
				{ seed: 0, spec: spec({ types: ['fillin'] }), questions: fills, shortfall: null },
				DOCKER_CARDS
			)
		).toEqual([]);
	});

	it('uses a cloze card’s answer, and accepts both parts of a `term(English)` answer', () => {
		const cloze = fills.find((q) => q.cardId === 'z01');
		expect(cloze).toMatchObject({
			type: 'fillin',
			expected: 'latest',
			prompt: `이미지 이름에서 태그를 생략하면 ${BLANK} 태그로 간주한다.`,
			explanation: '이미지 이름에서 태그를 생략하면 **latest** 태그로 간주한다.'
		});
		const ns = fills.find((q) => q.cardId === 'b05');
		if (ns?.type === 'fillin' && ns.expected === '네임스페이스(namespaces)') {
			expect(ns.accepted).toEqual(['네임스페이스', 'namespaces']);
		}
		expect(ns?.type).toBe('fillin');
	});

	it('blanks a Latin technical word inside a sentence (Java in `Java로 작성된 프로그램이다.`)', () => {
		const one: QuizSourceCard[] = [
			{ ...byId.get('b23')!, front: 'Jenkins에 대한 설명.', topic: ['도커 기초'] }
		];
		const quiz = generateQuiz(one, spec({ types: ['fillin'], count: 5 }), 1);
		expect(quiz.questions).toHaveLength(1);
		expect(quiz.questions[0]).toMatchObject({
			expected: 'Java',
			prompt: `Jenkins에 대한 설명. — ${BLANK}로 작성된 프로그램이다.`
		});
	});
});

describe('generateQuiz: command questions and shortfall', () => {
	it('asks command cards with the drill template as the expected answer', () => {
		const quiz = generateQuiz(DOCKER_CARDS, spec({ types: ['command'], count: 50 }), 5);
		const commandCards = DOCKER_CARDS.filter((c) => c.kind === 'command');
		expect(quiz.questions).toHaveLength(commandCards.length);
		const q = quiz.questions.find((x) => x.cardId === 'c07');
		expect(q).toMatchObject({
			type: 'command',
			prompt: '로그를 계속 따라가며 새 줄이 생길 때마다 출력한다.',
			expected: 'docker logs -f {container}',
			display: 'docker logs -f [컨테이너 이름]'
		});
	});

	it('makes as many as it can and says why (a message with the counts)', () => {
		const quiz = generateQuiz(DOCKER_CARDS, spec({ types: ['command'], count: 50 }), 5);
		expect(quiz.shortfall).toEqual({
			requested: 50,
			made: 11,
			reason: { key: 'quiz_shortfall_cards', params: { requested: 50, made: 11 } }
		});
		const oneType = generateQuiz(
			DOCKER_CARDS.filter((c) => c.kind !== 'command'),
			spec({ types: ['mcq', 'command'], count: 50 }),
			5
		);
		expect(oneType.shortfall?.reason).toMatchObject({
			key: 'quiz_shortfall_type',
			params: { type: { key: 'quiz_type_command' } }
		});
		expect(generateQuiz(DOCKER_CARDS, spec({ count: 10 }), 5).shortfall).toBeNull();
	});

	it('filters by deck and by topic path prefix', () => {
		const byDeck = generateQuiz(
			DOCKER_CARDS,
			spec({ deckIds: ['bundled:container-commands.md'], count: 50 }),
			6
		);
		expect(byDeck.questions.every((q) => q.source.deckId === 'bundled:container-commands.md')).toBe(
			true
		);
		const byTopic = generateQuiz(
			DOCKER_CARDS,
			spec({ topic: ['도커 기초', 'Container'], types: ['truefalse'], count: 50 }),
			6
		);
		expect(byTopic.questions.map((q) => q.cardId).sort()).toEqual(['b16', 'b17', 'b18', 'b19']);
	});

	it('mixes the requested types round-robin', () => {
		const quiz = generateQuiz(DOCKER_CARDS, spec({ count: 20 }), 11);
		const counts = Object.fromEntries(
			ALL_TYPES.map((t) => [t, quiz.questions.filter((q) => q.type === t).length])
		);
		expect(counts).toEqual({ mcq: 5, truefalse: 5, fillin: 5, command: 5 });
	});
});

describe('generateQuiz: property test over seeds', () => {
	it('never makes duplicate options, never leaks an answer, never reuses a card (150 seeded quizzes)', () => {
		const rng = mulberry32(0xc0ffee);
		const failures: string[] = [];
		for (let run = 0; run < 150; run++) {
			const seed = Math.floor(rng() * 2 ** 32);
			const types = shuffle(ALL_TYPES, rng).slice(0, 1 + Math.floor(rng() * 4));
			const count = 5 + Math.floor(rng() * 46);
			// A random subset of the cards, so sibling groups are sometimes too small.
			const cards = DOCKER_CARDS.filter(() => rng() < 0.75);
			let quiz: Quiz;
			try {
				quiz = generateQuiz(cards, spec({ types, count }), seed);
			} catch (e) {
				if (e instanceof QuizSpecError && e.field === 'cards') continue;
				throw e;
			}
			for (const v of violations(quiz, cards)) failures.push(`seed ${seed}: ${v}`);
			if (quiz.questions.length + (quiz.shortfall ? 0 : 0) > count)
				failures.push(`seed ${seed}: too many`);
		}
		expect(failures).toEqual([]);
	}, 60_000);
});
