import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BLANK, generateQuiz } from './generate';
import {
	formatIssue,
	HandWrittenQuizError,
	loadHandWrittenQuizzes,
	parseHandWrittenQuiz
} from './hand-written';
import { deckIdFor } from '$lib/cards';
import { parseNotes } from '$lib/content/parse';
import { DOCKER_CARDS } from './test-cards';
import { plainText } from './text';
import { QUESTION_TYPES, type QuizSourceCard } from './types';

const DIR = 'questions/quizzes';
const bundled = readdirSync(DIR)
	.filter((f) => f.endsWith('.md') && f !== 'README.md')
	.map((f) => ({ file: `${DIR}/${f}`, text: readFileSync(`${DIR}/${f}`, 'utf8') }));

function issuesOf(text: string): string[] {
	return parseHandWrittenQuiz(text, 'bad.md').issues.map(formatIssue);
}

describe('bundled hand-written quizzes', () => {
	it('parse with no issues, 10–40 questions of every type, unique ids', () => {
		expect(bundled.length).toBeGreaterThan(0);
		const parsed = bundled.map((f) => parseHandWrittenQuiz(f.text, f.file));
		expect(parsed.flatMap((p) => p.issues.map(formatIssue))).toEqual([]);
		const questions = parsed.flatMap((p) => p.questions);
		expect(questions.length).toBeGreaterThanOrEqual(10);
		expect(questions.length).toBeLessThanOrEqual(40);
		expect(new Set(questions.map((q) => q.type))).toEqual(
			new Set(['mcq', 'truefalse', 'fillin', 'command'])
		);
		expect(new Set(questions.map((q) => q.id)).size).toBe(questions.length);
		for (const q of questions) {
			expect(q.cardId).toBeNull();
			expect(q.explanation.length).toBeGreaterThan(10);
			expect(q.explanation).not.toContain('>');
		}
	});

	it('keep their source line, so the result page can link to the question', () => {
		const { file, text } = bundled[0]!;
		const lines = text.split('\n');
		for (const q of parseHandWrittenQuiz(text, file).questions) {
			expect(lines[q.source.line - 1]?.startsWith('## ')).toBe(true);
		}
	});

	it('read the same from CRLF text', () => {
		const { file, text } = bundled[0]!;
		const lf = parseHandWrittenQuiz(text, file);
		const crlf = parseHandWrittenQuiz(text.replaceAll('\n', '\r\n'), file);
		expect(crlf.issues).toEqual([]);
		expect(crlf.questions.map((q) => [q.id, q.type])).toEqual(
			lf.questions.map((q) => [q.id, q.type])
		);
		const fill = crlf.questions.find((q) => q.type === 'fillin');
		expect(fill?.type === 'fillin' && fill.expected).toBe(
			lf.questions.find((q) => q.id === fill?.id && q.type === 'fillin')?.type === 'fillin'
				? (lf.questions.find((q) => q.id === fill?.id) as { expected: string }).expected
				: null
		);
	});
});

describe('parseHandWrittenQuiz: the format', () => {
	it('reads each type, with a Markdown explanation and a blank for fill-ins', () => {
		const text = [
			'# 연습', // 1
			'', // 2
			'## 기본 태그는?', // 3
			'덱: 02-images-and-layers.md › 이름의 구조', // 4
			'- [ ] `stable`', // 5
			'- [x] `latest`', // 6
			'- [ ] `main`', // 7
			'- [ ] `edge`', // 8
			'', // 9
			'> `latest`를 쓴다.', // 10
			'> 두 번째 줄', // 11
			'', // 12
			'## 볼륨은 컨테이너를 지워도 남는다.', // 13
			'덱: 05-volumes-and-networks.md', // 14
			'정답: 참', // 15
			'', // 16
			'> 맞다.', // 17
			'', // 18
			'## 쓰기 가능한 ___ 레이어', // 19
			'덱: 02-images-and-layers.md', // 20
			'정답: 컨테이너', // 21
			'또는: container', // 22
			'', // 23
			'> 설명.', // 24
			'', // 25
			'## 모든 컨테이너 목록을 보여 주는 명령은?', // 26
			'덱: 04-container-commands.md › 목록과 상태 보기', // 27
			'명령어: `docker ps -a`', // 28
			'', // 29
			'> `-a`는 멈춘 것도 보여 준다.' // 30
		].join('\n');
		const titles = new Map([
			['bundled:images-and-layers', '이미지 다루기'],
			['bundled:volumes-and-networks', '데이터 저장과 네트워크'],
			['bundled:container-commands', '컨테이너 명령어']
		]);
		const quiz = parseHandWrittenQuiz(text, 'q.md', titles);
		expect(quiz.issues).toEqual([]);
		expect(quiz.title).toBe('연습');
		expect(quiz.questions).toEqual([
			{
				id: 'hw:q.md:3',
				type: 'mcq',
				cardId: null,
				prompt: '기본 태그는?',
				topic: ['이미지 다루기', '이름의 구조'],
				explanation: '`latest`를 쓴다.\n두 번째 줄',
				source: { file: 'q.md', line: 3, deckId: 'bundled:images-and-layers' },
				options: ['`stable`', '`latest`', '`main`', '`edge`'],
				correctIndex: 1
			},
			{
				id: 'hw:q.md:13',
				type: 'truefalse',
				cardId: null,
				prompt: '볼륨은 컨테이너를 지워도 남는다.',
				topic: ['데이터 저장과 네트워크'],
				explanation: '맞다.',
				source: { file: 'q.md', line: 13, deckId: 'bundled:volumes-and-networks' },
				correct: true
			},
			{
				id: 'hw:q.md:19',
				type: 'fillin',
				cardId: null,
				prompt: `쓰기 가능한 ${BLANK} 레이어`,
				topic: ['이미지 다루기'],
				explanation: '설명.',
				source: { file: 'q.md', line: 19, deckId: 'bundled:images-and-layers' },
				expected: '컨테이너',
				accepted: ['container']
			},
			{
				id: 'hw:q.md:26',
				type: 'command',
				cardId: null,
				prompt: '모든 컨테이너 목록을 보여 주는 명령은?',
				topic: ['컨테이너 명령어', '목록과 상태 보기'],
				explanation: '`-a`는 멈춘 것도 보여 준다.',
				source: { file: 'q.md', line: 26, deckId: 'bundled:container-commands' },
				expected: 'docker ps -a',
				display: 'docker ps -a'
			}
		]);
	});

	it('files a question under its deck line: an unknown deck or a missing line is a problem', () => {
		const titles = new Map([['bundled:compose', 'Docker Compose']]);
		const text = [
			'## 질문 하나', // 1
			'덱: 99-nothing.md', // 2
			'정답: 참', // 3
			'> 해설', // 4
			'', // 5
			'## 질문 둘', // 6
			'정답: 참', // 7
			'> 해설', // 8
			'', // 9
			'## 질문 셋', // 10
			'덱: 06-compose.md › depends_on', // 11
			'덱: 06-compose.md', // 12
			'정답: 참', // 13
			'> 해설' // 14
		].join('\n');
		const quiz = parseHandWrittenQuiz(text, 'd.md', titles);
		expect(quiz.issues.map(formatIssue)).toEqual([
			'd.md:2: quiz_hw_unknown_deck {"deck":"99-nothing.md"}',
			'd.md:6: quiz_hw_no_deck',
			'd.md:12: quiz_hw_two_decks'
		]);
	});
});

describe('parseHandWrittenQuiz: errors as file:line: reason', () => {
	it('points at the offending question or field', () => {
		const text = [
			'# 틀린 파일', // 1
			'', // 2
			'## 보기가 셋뿐', // 3
			'', // 4
			'- [x] a', // 5
			'- [ ] b', // 6
			'- [ ] c', // 7
			'', // 8
			'> 해설', // 9
			'', // 10
			'## 정답 보기가 둘', // 11
			'', // 12
			'- [x] a', // 13
			'- [x] b', // 14
			'- [ ] c', // 15
			'- [ ] d', // 16
			'', // 17
			'> 해설', // 18
			'', // 19
			'## 해설이 없는 문제', // 20
			'', // 21
			'정답: 참', // 22
			'', // 23
			'## 빈칸이 없는 빈칸 문제', // 24
			'', // 25
			'정답: 이미지', // 26
			'', // 27
			'> 해설', // 28
			'', // 29
			'## 체크박스 없는 보기', // 30
			'', // 31
			'- [x] a', // 32
			'- b', // 33
			'- [ ] c', // 34
			'- [ ] d', // 35
			'', // 36
			'> 해설', // 37
			'', // 38
			'## 백틱 없는 명령어', // 39
			'', // 40
			'명령어: docker ps', // 41
			'', // 42
			'> 해설', // 43
			'', // 44
			'## 정답이 없는 문제', // 45
			'', // 46
			'> 해설', // 47
			'', // 48
			'## 이미지를 만드는 파일은 ___이고 Dockerfile이라고 부른다.', // 49
			'', // 50
			'정답: Dockerfile', // 51
			'', // 52
			'> 해설', // 53
			'', // 54
			'## 같은 보기 두 번', // 55
			'', // 56
			'- [x] `latest`', // 57
			'- [ ] LATEST', // 58
			'- [ ] a', // 59
			'- [ ] b', // 60
			'', // 61
			'> 해설', // 62
			'', // 63
			'## 모르는 줄', // 64
			'', // 65
			'정답: 참', // 66
			'힌트: 없음', // 67
			'', // 68
			'> 해설', // 69
			'', // 70
			'## 판정기가 못 읽는 명령', // 71
			'', // 72
			'명령어: `docker ps "a`', // 73
			'', // 74
			'> 해설', // 75
			'', // 76
			'## 보기가 셋뿐', // 77
			'', // 78
			'정답: 거짓', // 79
			'', // 80
			'> 해설' // 81
		]
			// Every question names its deck on the line under its heading (a blank line before).
			.map((line, i, all) =>
				all[i - 1]?.startsWith('## ') && line === '' ? '덱: 01-docker-basics.md' : line
			)
			.join('\n');
		expect(issuesOf(text)).toEqual([
			'bad.md:5: quiz_hw_option_count',
			'bad.md:13: quiz_hw_correct_count',
			'bad.md:20: quiz_hw_no_explanation',
			'bad.md:24: quiz_hw_fill_blank',
			'bad.md:33: quiz_hw_checkbox',
			'bad.md:41: quiz_hw_command_backticks',
			'bad.md:45: quiz_hw_no_answer',
			'bad.md:51: quiz_hw_leak_answer {"answer":"Dockerfile"}',
			'bad.md:57: quiz_hw_option_repeat',
			'bad.md:67: quiz_hw_unknown_line',
			'bad.md:73: quiz_hw_unreadable_command',
			'bad.md:77: quiz_hw_duplicate {"line":3}'
		]);
	});

	it('reports a file without questions at line 1', () => {
		expect(issuesOf('# 제목만 있는 파일\n\n설명 문단\n')).toEqual([
			'bad.md:1: quiz_hw_no_questions'
		]);
	});

	it('loadHandWrittenQuizzes throws one error listing every problem of every file', () => {
		let error: unknown;
		try {
			loadHandWrittenQuizzes([
				...bundled,
				{ file: 'a.md', text: '## 질문\n\n덱: 01-docker-basics.md\n\n정답: 참\n' },
				{ file: 'b.md', text: '# 빈 파일\n' }
			]);
		} catch (e) {
			error = e;
		}
		expect(error).toBeInstanceOf(HandWrittenQuizError);
		expect((error as Error).message).toBe(
			'a.md:1: quiz_hw_no_explanation\nb.md:1: quiz_hw_no_questions'
		);
		expect(loadHandWrittenQuizzes(bundled).length).toBeGreaterThanOrEqual(10);
	});
});

describe('hand-written questions in generated quizzes', () => {
	it('join the pool only when asked for, and only for the requested types', () => {
		const hand = loadHandWrittenQuizzes(bundled);
		const spec = {
			count: 50,
			types: ['command' as const],
			timeLimit: { kind: 'total' as const, ms: 600_000 }
		};
		const without = generateQuiz(DOCKER_CARDS, spec, 9, hand);
		expect(without.questions.some((q) => q.cardId === null)).toBe(false);
		const withHand = generateQuiz(DOCKER_CARDS, { ...spec, includeHandWritten: true }, 9, hand);
		const handCommands = hand.filter((q) => q.type === 'command');
		expect(
			withHand.questions
				.filter((q) => q.cardId === null)
				.map((q) => q.id)
				.sort()
		).toEqual(handCommands.map((q) => q.id).sort());
		expect(withHand.questions.every((q) => q.type === 'command')).toBe(true);
	});
});

describe('bundled hand-written questions are filed under the bundled deck (issue 15)', () => {
	const decks = readdirSync('questions')
		.filter((f) => f.endsWith('.md') && f !== 'README.md')
		.map((f) =>
			parseNotes(readFileSync(`questions/${f}`, 'utf8'), `questions/${f}`, {
				deck: deckIdFor('bundled', f)
			})
		)
		.map((p) => ({ ...p, id: deckIdFor('bundled', p.file) }));
	const titles = new Map(decks.map((d) => [d.id, d.title]));
	const cards: QuizSourceCard[] = decks.flatMap((d) =>
		d.cards.map((c) => ({ ...c, deckId: d.id }))
	);
	const hand = loadHandWrittenQuizzes(bundled, titles);

	it('every question names a deck and headings that exist in it', () => {
		const topics = new Set(
			cards.flatMap((c) =>
				c.topic.map((_, i) => JSON.stringify([c.deckId, ...c.topic.slice(0, i + 1)]))
			)
		);
		const unknown = hand.filter((q) => !topics.has(JSON.stringify([q.source.deckId, ...q.topic])));
		expect(unknown.map((q) => `${q.id}: ${q.topic.join(' › ')}`)).toEqual([]);
		expect(new Set(hand.map((q) => q.source.deckId)).size).toBeGreaterThan(4);
	});

	it('the chosen decks and topic bound them: no Compose question with only 도커 기초 or 이미지 다루기 chosen', () => {
		const spec = {
			count: 50,
			types: QUESTION_TYPES.slice(),
			timeLimit: { kind: 'total' as const, ms: 600_000 },
			includeHandWritten: true
		};
		for (const deckId of titles.keys()) {
			const quiz = generateQuiz(cards, { ...spec, deckIds: [deckId] }, 3, hand);
			const handIn = quiz.questions.filter((q) => q.cardId === null);
			expect(handIn.every((q) => q.source.deckId === deckId)).toBe(true);
			if (hand.some((q) => q.source.deckId === deckId)) expect(handIn.length).toBeGreaterThan(0);
		}
		const topic = ['컨테이너 명령어', '멈추기, 다시 시작하기, 지우기'];
		const byTopic = generateQuiz(cards, { ...spec, topic }, 4, hand).questions;
		expect(byTopic.every((q) => q.topic[0] === topic[0] || q.cardId !== null)).toBe(true);
		expect(byTopic.filter((q) => q.cardId === null).every((q) => q.topic[1] === topic[1])).toBe(
			true
		);
		expect(byTopic.filter((q) => q.cardId === null).length).toBeGreaterThan(0);
	});

	it('their right option is the longest no more often than chance', () => {
		const mcqs = hand.filter((q) => q.type === 'mcq');
		// A learner who always picks the longest option (ties: one of them at random).
		const wins = mcqs.map((q) => {
			const len = q.options.map((o) => plainText(o).length);
			const best = Math.max(...len);
			return len[q.correctIndex] === best ? 1 / len.filter((l) => l === best).length : 0;
		});
		const rate = wins.reduce((a, b) => a + b, 0) / mcqs.length;
		expect(mcqs.length).toBeGreaterThan(4);
		expect(rate).toBeLessThanOrEqual(0.25);
	});
});
