import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BLANK, generateQuiz } from './generate';
import {
	formatIssue,
	HandWrittenQuizError,
	loadHandWrittenQuizzes,
	parseHandWrittenQuiz
} from './hand-written';
import { DOCKER_CARDS } from './test-cards';

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
			'', // 4
			'- [ ] `stable`', // 5
			'- [x] `latest`', // 6
			'- [ ] `main`', // 7
			'- [ ] `edge`', // 8
			'', // 9
			'> `latest`를 쓴다.', // 10
			'> 두 번째 줄', // 11
			'', // 12
			'## 볼륨은 컨테이너를 지워도 남는다.', // 13
			'', // 14
			'정답: 참', // 15
			'', // 16
			'> 맞다.', // 17
			'', // 18
			'## 쓰기 가능한 ___ 레이어', // 19
			'', // 20
			'정답: 컨테이너', // 21
			'또는: container', // 22
			'', // 23
			'> 설명.', // 24
			'', // 25
			'## 모든 컨테이너 목록을 보여 주는 명령은?', // 26
			'', // 27
			'명령어: `docker ps -a`', // 28
			'', // 29
			'> `-a`는 멈춘 것도 보여 준다.' // 30
		].join('\n');
		const quiz = parseHandWrittenQuiz(text, 'q.md');
		expect(quiz.issues).toEqual([]);
		expect(quiz.title).toBe('연습');
		expect(quiz.questions).toEqual([
			{
				id: 'hw:q.md:3',
				type: 'mcq',
				cardId: null,
				prompt: '기본 태그는?',
				topic: ['연습'],
				explanation: '`latest`를 쓴다.\n두 번째 줄',
				source: { file: 'q.md', line: 3 },
				options: ['`stable`', '`latest`', '`main`', '`edge`'],
				correctIndex: 1
			},
			{
				id: 'hw:q.md:13',
				type: 'truefalse',
				cardId: null,
				prompt: '볼륨은 컨테이너를 지워도 남는다.',
				topic: ['연습'],
				explanation: '맞다.',
				source: { file: 'q.md', line: 13 },
				correct: true
			},
			{
				id: 'hw:q.md:19',
				type: 'fillin',
				cardId: null,
				prompt: `쓰기 가능한 ${BLANK} 레이어`,
				topic: ['연습'],
				explanation: '설명.',
				source: { file: 'q.md', line: 19 },
				expected: '컨테이너',
				accepted: ['container']
			},
			{
				id: 'hw:q.md:26',
				type: 'command',
				cardId: null,
				prompt: '모든 컨테이너 목록을 보여 주는 명령은?',
				topic: ['연습'],
				explanation: '`-a`는 멈춘 것도 보여 준다.',
				source: { file: 'q.md', line: 26 },
				expected: 'docker ps -a',
				display: 'docker ps -a'
			}
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
		].join('\n');
		expect(issuesOf(text)).toEqual([
			'bad.md:5: 보기는 정확히 4개여야 합니다.',
			'bad.md:13: 정답 보기(`- [x]`)는 정확히 하나여야 합니다.',
			'bad.md:20: 해설이 없습니다. 문제 아래에 `>`로 시작하는 인용문으로 쓰세요.',
			'bad.md:24: 빈칸 문제의 질문에는 빈칸 `___`이 있어야 합니다.',
			'bad.md:33: 보기는 `- [ ] 오답` 또는 `- [x] 정답` 형식이어야 합니다.',
			'bad.md:41: 명령어는 `docker ps -a`처럼 백틱(`)으로 감싸 한 줄로 씁니다.',
			'bad.md:45: 정답이 없습니다. 보기 목록(`- [x]`), `정답:` 줄 또는 `명령어:` 줄이 필요합니다.',
			'bad.md:51: 질문에 정답 "Dockerfile"이(가) 그대로 들어 있습니다.',
			'bad.md:57: 같은 보기가 두 번 있습니다.',
			'bad.md:67: 알 수 없는 줄입니다. `정답:`, `또는:`, `명령어:` 중 하나로 시작해야 합니다.',
			'bad.md:73: 명령어 판정기가 이 명령을 읽을 수 없습니다 (자기 자신과 비교해도 정답이 아닙니다).',
			'bad.md:77: 같은 질문이 3번째 줄에 이미 있습니다.'
		]);
	});

	it('reports a file without questions at line 1', () => {
		expect(issuesOf('# 제목만 있는 파일\n\n설명 문단\n')).toEqual([
			'bad.md:1: 문제가 하나도 없습니다. 문제마다 `## 질문` 제목으로 시작하세요.'
		]);
	});

	it('loadHandWrittenQuizzes throws one error listing every problem of every file', () => {
		let error: unknown;
		try {
			loadHandWrittenQuizzes([
				...bundled,
				{ file: 'a.md', text: '## 질문\n\n정답: 참\n' },
				{ file: 'b.md', text: '# 빈 파일\n' }
			]);
		} catch (e) {
			error = e;
		}
		expect(error).toBeInstanceOf(HandWrittenQuizError);
		expect((error as Error).message).toBe(
			'a.md:1: 해설이 없습니다. 문제 아래에 `>`로 시작하는 인용문으로 쓰세요.\n' +
				'b.md:1: 문제가 하나도 없습니다. 문제마다 `## 질문` 제목으로 시작하세요.'
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
