/**
 * The fairness rules of wrong options that depend on the kind of question (issue 15): a command
 * that also does what the task asks, a predicate beside a noun, the subject of a blank's section.
 */
import { describe, expect, it } from 'vitest';
import type { QuizSourceCard } from '../types';
import { isPredicate } from '../korean';
import { commandContains, fairDistractor } from './distractors';
import { buildPool } from './pool';

describe('a command distractor never does what the task asks', () => {
	it('counts a command that contains the answer as right too', () => {
		expect(commandContains('docker run --rm {image}', 'docker run {image}')).toBe(true);
		expect(commandContains('docker run -it ubuntu bash', 'docker run {image}')).toBe(true);
		expect(commandContains('docker run --name {name} {image}', 'docker run {image}')).toBe(true);
		expect(commandContains('docker network create app-net', 'docker network create {name}')).toBe(
			true
		);
	});

	it('keeps commands that miss an option, swap arguments or are another subcommand', () => {
		expect(commandContains('docker run {image}', 'docker run --rm {image}')).toBe(false);
		expect(commandContains('docker logs --tail 100 {c}', 'docker logs -f {c}')).toBe(false);
		expect(
			commandContains('docker cp {host} {container}:{path}', 'docker cp {container}:{path} {host}')
		).toBe(false);
		expect(commandContains('docker ps', 'docker run {image}')).toBe(false);
		expect(commandContains('docker network ls', 'docker network create {name}')).toBe(false);
	});
});

describe('a blank takes options of its own part of speech', () => {
	it('tells Korean predicates from nouns', () => {
		for (const p of ['지우지 않는다', '지원되지 않으며', '끈다', '함께 쓸 수 없다', '새로 만든다'])
			expect(isPredicate(p), p).toBe(true);
		for (const n of ['헬스 체크', '서비스 이름', '빌드 컨텍스트', '하나뿐', '7월', 'IP', '-p'])
			expect(isPredicate(n), n).toBe(false);
	});
});

function card(id: string, front: string, back: string, extra: Partial<QuizSourceCard> = {}) {
	return {
		id,
		deckId: 'd',
		kind: 'cloze',
		front,
		back,
		topic: ['도커'],
		source: { file: 'n.md', line: Number(id.replace(/\D/g, '')) || 1 },
		...extra
	} as QuizSourceCard;
}

describe('rules over the deck', () => {
	const cards = [
		card('c1', '[...] 기반의 오픈소스 플랫폼이다.', '컨테이너 기반의 오픈소스 플랫폼이다.'),
		card('c2', '[...]는 가상머신처럼 실행된다.', '컨테이너는 가상머신처럼 실행된다.'),
		card(
			'c3',
			'이미지 단위로 [...] 실행 환경을 구성한다.',
			'이미지 단위로 프로세스 실행 환경을 구성한다.'
		),
		card('c4', '컨테이너는 [...]에서 실행된다.', '컨테이너는 리눅스에서 실행된다.'),
		card('c5', '[...]는 멈춘 컨테이너를 지운다.', 'docker rm은 멈춘 컨테이너를 지운다.', {
			topic: ['명령어']
		}),
		card('c6', '볼륨은 따로 [...].', '볼륨은 따로 지우지 않는다.', { topic: ['볼륨'] }),
		card('m1', '이미지로 컨테이너를 만들고 시작한다.', '`docker run <image>`', {
			kind: 'command',
			command: { template: 'docker run {image}', original: 'docker run <image>', slots: [] }
		}),
		card('m2', '끝나면 지워지는 컨테이너를 실행한다.', '`docker run --rm <image>`', {
			kind: 'command',
			command: {
				template: 'docker run --rm {image}',
				original: 'docker run --rm <image>',
				slots: []
			}
		})
	];
	const pool = buildPool(cards);
	const p = (id: string) => pool.all.find((x) => x.card.id === id)!;

	it('never offers the section’s subject for a blank about one of its parts', () => {
		// 컨테이너 is what most notes of this section speak of: "이미지 단위로 컨테이너 실행 환경" is true.
		expect(fairDistractor(p('c3'), p('c1'), pool, '')).toBe(false);
		expect(fairDistractor(p('c3'), p('c4'), pool, '')).toBe(true);
	});

	it('never offers a predicate for a noun blank', () => {
		expect(fairDistractor(p('c3'), p('c6'), pool, '')).toBe(false);
		expect(fairDistractor(p('c6'), p('c3'), pool, '')).toBe(false);
	});

	it('never offers a command that also does the task, and keeps one that does less', () => {
		expect(fairDistractor(p('m1'), p('m2'), pool, '')).toBe(false);
		expect(fairDistractor(p('m2'), p('m1'), pool, '')).toBe(true);
	});
});
