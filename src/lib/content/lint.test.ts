/** One test per lint rule: a card that breaks the rule is flagged, a fair card is not. */
import { describe, expect, it } from 'vitest';
import {
	answerItemCount,
	answerKeyTerms,
	clozeHiddenTerms,
	countByRule,
	fileNames,
	flaggedCardCount,
	lintCards,
	lintNotes,
	LINT_RULES,
	normaliseForMatch,
	occursIn,
	plainText,
	shownText,
	type LintFinding,
	type LintRuleId
} from './lint';
import type { NoteCard } from './types';

let next = 0;
function card(over: Partial<NoteCard> = {}): NoteCard {
	next++;
	return {
		id: `c${next}`,
		anchor: `a${next}`,
		kind: 'basic',
		front: '앞면',
		back: '뒷면',
		topic: ['노트'],
		tags: [],
		source: { file: 'notes.md', line: next },
		...over
	};
}

function command(front: string, cmd: string, over: Partial<NoteCard> = {}): NoteCard {
	return card({
		kind: 'command',
		front,
		back: `\`${cmd}\``,
		command: { template: cmd, original: cmd, slots: [] },
		...over
	});
}

function rules(c: NoteCard | NoteCard[]): LintRuleId[] {
	return lintCards(Array.isArray(c) ? c : [c]).map((f) => f.rule);
}

function only(rule: LintRuleId, c: NoteCard | NoteCard[]): LintFinding[] {
	return lintCards(Array.isArray(c) ? c : [c]).filter((f) => f.rule === rule);
}

describe('shown text', () => {
	it('is what the renderer shows: image alt text, <br> breaks, link text, raw HTML dropped', () => {
		expect(
			plainText('![도커 로고](img/logo.png) 설명<br>둘째 줄 [문서](https://docs.docker.com)')
		).toBe('도커 로고 설명\n둘째 줄 문서');
		expect(plainText('<img src="a.png" alt="구조도"> 그림')).toBe('구조도 그림');
		expect(plainText('- 하나\n- 둘')).toBe('- 하나\n- 둘');
	});

	it('reports tag-like words that are no HTML element as eaten, and keeps code out of the prose', () => {
		const s = shownText('docker exec <CONTAINER> `docker ps -q` 입력');
		expect(s.eaten).toEqual(['container']);
		expect(s.text).toBe('docker exec  docker ps -q 입력');
		expect(s.prose).not.toContain('docker ps');
	});

	it('normalises with NFKC and case folding, and matches Latin terms on word boundaries only', () => {
		expect(normaliseForMatch('  Ｄｏｃｋｅｒ\u200b  Hub ')).toBe('docker hub');
		expect(occursIn('dockerfile을 쓴다', 'docker')).toBe(false);
		expect(occursIn('docker를 쓴다', 'docker')).toBe(true);
		expect(occursIn('스케줄링 기능', '스케줄링')).toBe(true);
		expect(occursIn('a', 'a')).toBe(false);
	});
});

describe('key terms', () => {
	it('a short answer counts whole, with each side of a parenthesis', () => {
		expect(answerKeyTerms(card({ back: '도커 허브(Docker Hub)' })).map((k) => k.term)).toEqual([
			'도커 허브(docker hub)',
			'도커 허브',
			'docker hub'
		]);
	});

	it('a long answer has no key term of its own (its code spans may be the givens of the question)', () => {
		expect(
			answerKeyTerms(
				card({
					back: '`ping -c 3 example.com`이 실행된다. 인자 `example.com`이 `CMD`의 `localhost`를 대신한다.'
				})
			)
		).toEqual([]);
	});

	it('a cloze card hides the terms its blanks stand for; a command card its command', () => {
		expect(
			clozeHiddenTerms(
				'[...]을 이용하여 [...]를 만든다',
				'**Dockerfile**을 이용하여 이미지를 만든다'
			)
		).toEqual(['Dockerfile', '이미지']);
		expect(clozeHiddenTerms('빈칸 없음', '빈칸 없음')).toBeNull();
		expect(answerKeyTerms(command('목록', 'docker images')).map((k) => k.term)).toEqual([
			'docker images'
		]);
	});

	it('a list answer has its short items as key terms', () => {
		expect(
			answerKeyTerms(
				card({ back: '- 스케줄링\n- 클러스터링\n- 긴 항목은 문장이라서 키워드로 보지 않는다' })
			).map((k) => k.term)
		).toEqual(['스케줄링', '클러스터링']);
	});
});

describe('answer-in-shown-text', () => {
	it('flags a reverse card whose answer is in the topic line (C22 kind)', () => {
		const leaky = card({
			kind: 'reversed',
			topic: ['study_Docker', 'Docker', 'Client-Server 구조'],
			front: 'docker CLI는 도커 호스트에 명령을 전달한다.\n\n(무엇에 대한 설명인가요?)',
			back: 'Client-Server 구조'
		});
		expect(only('answer-in-shown-text', leaky).map((f) => f.params)).toEqual([
			{ field: 'topic', fields: 'topic', term: 'client-server 구조' }
		]);
		expect(rules({ ...leaky, topic: ['study_Docker', 'Docker'] })).toEqual([]);
	});

	it('flags a cloze card whose hidden term is in the topic line or elsewhere on the front', () => {
		const base = {
			kind: 'cloze' as const,
			back: '**Dockerfile**을 이용하여 이미지를 만든다',
			clozeIndex: 1
		};
		expect(
			only(
				'answer-in-shown-text',
				card({ ...base, topic: ['노트', 'Dockerfile'], front: '[...]을 이용하여 이미지를 만든다' })
			)
		).toHaveLength(1);
		expect(
			only(
				'answer-in-shown-text',
				card({
					...base,
					topic: ['노트'],
					front: '[...]을 이용하여 이미지를 만든다 (Dockerfile 참고)',
					back: '**Dockerfile**을 이용하여 이미지를 만든다 (Dockerfile 참고)'
				})
			)[0]?.params.field
		).toBe('front');
		expect(
			rules(
				card({ ...base, topic: ['노트', '이미지 빌드'], front: '[...]을 이용하여 이미지를 만든다' })
			)
		).toEqual([]);
	});

	it('flags a command card whose front names the command', () => {
		expect(
			only(
				'answer-in-shown-text',
				command('2) docker images: 명령어를 입력하세요.', 'docker images')
			)
		).toHaveLength(1);
		expect(rules(command('내려받은 이미지 목록을 보는 명령어', 'docker images'))).toEqual([]);
	});

	it('matches Latin terms on word boundaries: Docker is not shown by a Dockerfile topic', () => {
		expect(
			rules(card({ topic: ['Dockerfile'], front: '컨테이너 플랫폼은?', back: 'Docker' }))
		).toEqual([]);
		expect(
			rules(card({ topic: ['Docker를 쓰는 이유'], front: '컨테이너 플랫폼은?', back: 'Docker' }))
		).toEqual(['answer-in-shown-text']);
	});

	it("flags a front that shows the answer's opening words, not a short front that is the subject", () => {
		const leaky = card({
			topic: ['study_Docker', 'Background'],
			front: 'Background — 계속 바뀌는 개발 …',
			back: '계속 바뀌는 개발 환경 때문에 여러 환경을 관리하기 어려웠다.'
		});
		expect(only('answer-in-shown-text', leaky)[0]?.params).toMatchObject({
			opening: 1,
			term: '계속 바뀌는'
		});
		expect(
			rules(card({ front: 'docker run 옵션', back: 'docker run 옵션은 이미지 이름 앞에 쓴다.' }))
		).toEqual([]);
		expect(
			rules(
				card({
					front: 'Docker 특징 — 표준성',
					back: '컨테이너라는 표준으로 서버를 배포하므로 배포 과정이 같아진다.'
				})
			)
		).toEqual([]);
	});

	it('does not flag a question whose givens are marked in the answer', () => {
		expect(
			rules(
				card({
					kind: 'basic',
					pattern: 'qa',
					front:
						'`ENTRYPOINT ["ping", "-c", "3"]`와 `CMD ["localhost"]`인 이미지를 `docker run <이미지> example.com`으로 실행하면?',
					back: '`ping -c 3 example.com`이 실행된다. 인자 `example.com`이 `CMD`의 `localhost`를 대신한다.'
				})
			)
		).toEqual([]);
	});
});

describe('front-equals-back', () => {
	it('flags a front that is the back, as shown', () => {
		expect(rules(card({ front: '`docker ps`', back: 'docker ps' }))).toContain('front-equals-back');
		expect(rules(card({ front: '실행 중인 컨테이너 목록', back: '`docker ps`' }))).not.toContain(
			'front-equals-back'
		);
	});
});

describe('front-ends-with-ellipsis', () => {
	it('flags a front ending in … or ..., not one ending in a cloze blank', () => {
		expect(
			rules(card({ front: 'Docker — 컨테이너 기반의 …', back: '컨테이너 기반의 플랫폼' }))
		).toContain('front-ends-with-ellipsis');
		expect(rules(card({ front: '이미지는...', back: '읽기 전용 템플릿' }))).toContain(
			'front-ends-with-ellipsis'
		);
		expect(
			rules(
				card({
					kind: 'cloze',
					front: '포트를 연결하는 옵션은 [...]',
					back: '포트를 연결하는 옵션은 **-p**'
				})
			)
		).toEqual([]);
	});
});

describe('ordinal-prompt', () => {
	it('flags prompts that ask by position', () => {
		expect(
			only(
				'ordinal-prompt',
				command('설치 — 2번째 명령어를 입력하세요 (3개 중).', 'sudo apt-get update')
			)[0]?.params
		).toEqual({
			match: '2번째'
		});
		expect(rules(command('설치 명령어를 입력하세요 (3개 중)', 'sudo apt-get update'))).toEqual([
			'ordinal-prompt'
		]);
		expect(rules(command('패키지 목록을 새로 받는 명령어', 'sudo apt-get update'))).toEqual([]);
	});
});

describe('duplicate-front', () => {
	it('flags cards that show the same topic and front with another answer', () => {
		const topic = ['노트', '컨테이너 확인'];
		const list = [
			command('컨테이너 확인: 명령어를 입력하세요.', 'docker ps', { topic }),
			command('컨테이너 확인: 명령어를 입력하세요.', 'docker ps -a', { topic }),
			command('컨테이너 확인: 명령어를 입력하세요.', 'docker ps -q', { topic })
		];
		const found = only('duplicate-front', list);
		expect(found.map((f) => f.cardId)).toEqual(list.map((c) => c.id));
		expect(found[1]?.params).toEqual({
			count: 3,
			cards: 3,
			firstLine: list[0]?.source.line,
			firstCardId: list[0]?.id
		});
	});

	it('does not flag the same front under another topic, nor an identical twin', () => {
		expect(
			only('duplicate-front', [
				card({ topic: ['A'], front: '특징', back: '가볍다' }),
				card({ topic: ['B'], front: '특징', back: '빠르다' }),
				card({ topic: ['B'], front: '특징', back: '빠르다' })
			])
		).toEqual([]);
	});
});

describe('raw-markup', () => {
	it('flags Markdown and HTML the learner sees literally', () => {
		const markup = (c: NoteCard) =>
			only('raw-markup', c).map((f) => `${f.params.field}:${f.params.markup}`);
		expect(markup(card({ topic: ['노트', '**중요** 개념'] }))).toEqual(['topic:**']);
		expect(markup(card({ topic: ['노트', '`docker run -it ubuntu bash`'] }))).toEqual(['topic:`']);
		expect(markup(card({ topic: ['노트', '- docker run과 docker exec'] }))).toEqual(['topic:- ']);
		expect(markup(card({ topic: ['노트', '<img src="x.svg"> 도커'] }))).toEqual(['topic:<img']);
		expect(markup(card({ topic: ['노트', '포트&#58;번호'] }))).toEqual(['topic:&entity;']);
		expect(markup(card({ front: 'Docker 설치 — `sudo curl …' }))).toEqual(['front:`']);
		expect(markup(card({ back: '[문서](https://docs.docker.com 닫는 괄호가 없다' }))).toEqual([
			'back:]('
		]);
		expect(markup(card({ back: '**굵게 시작만 한 글' }))).toEqual(['back:**']);
	});

	it('does not flag rendered markup, code content, or plain tag-like words in the topic', () => {
		expect(
			rules(card({ front: '**굵게** 쓴 `코드`', back: '`` docker rm `docker ps -aq` ``' }))
		).toEqual([]);
		expect(rules(card({ topic: ['노트', 'docker exec <CONTAINER>', 'vector<int>'] }))).toEqual([]);
	});
});

describe('file-name', () => {
	it('flags image file names and image folders in card text', () => {
		expect(fileNames('… img_9.png')).toEqual(['img_9.png']);
		expect(fileNames('그림 ./img/docker-arch 참고')).toEqual(['./img/docker-arch']);
		expect(
			only('file-name', card({ front: '![img_1.png](img_1.png) 다음 단계는?' }))[0]?.params
		).toMatchObject({
			field: 'front',
			name: 'img_1.png'
		});
		expect(
			only('file-name', card({ topic: ['노트', 'https://example.com/a/b/docker_load_ex.png'] }))[0]
				?.params.name
		).toBe('docker_load_ex.png');
	});

	it('flags bare URLs, once per address', () => {
		expect(fileNames('참조 : https://docs.docker.com/engine/network/.')).toEqual([
			'https://docs.docker.com/engine/network/'
		]);
		expect(fileNames('https://example.com/a/docker_load_ex.png')).toEqual(['docker_load_ex.png']);
		expect(
			only('file-name', card({ front: '참조', back: 'https://docs.docker.com/engine/network/' }))[0]
				?.params
		).toMatchObject({
			field: 'back',
			name: 'https://docs.docker.com/engine/network/'
		});
		expect(
			rules(
				card({
					front: '참고 문서',
					back: '[네트워크 문서](https://docs.docker.com/engine/network/)'
				})
			)
		).toEqual([]);
	});

	it('does not flag content file names or paths inside code', () => {
		expect(fileNames('compose.yaml 파일과 Dockerfile')).toEqual([]);
		expect(rules(card({ back: '`COPY logo.png /srv/static/` 으로 복사한다' }))).toEqual([]);
	});
});

describe('html-eats-text', () => {
	it('flags a tag-like word that the renderer would swallow as HTML (C20 kind)', () => {
		expect(
			only('html-eats-text', card({ front: 'docker exec <CONTAINER> 로 접속한다' }))[0]?.params
		).toMatchObject({
			field: 'front',
			tag: 'container'
		});
		expect(rules(card({ front: '한 줄<br>두 줄', back: '`docker exec <CONTAINER>`' }))).toEqual([]);
	});
});

describe('image-placeholder', () => {
	it('flags an image left in card text as a generic word or nothing', () => {
		expect(
			only(
				'image-placeholder',
				card({ back: '네트워크 목록 확인 ![image](https://example.com/ls.png)' })
			)[0]?.params
		).toMatchObject({
			field: 'back',
			alt: 'image'
		});
		expect(only('image-placeholder', card({ back: '결과 ![](shot.png)' }))[0]?.params.alt).toBe('');
		expect(only('image-placeholder', card({ back: '결과 ![스크린샷 2](a.png)' }))).toHaveLength(1);
		expect(
			rules(
				card({ front: '구조', back: '![컨테이너 레이어 구조도](https://example.com/layers.svg)' })
			)
		).toEqual([]);
	});
});

describe('answer-set-too-large', () => {
	it('flags answers that are sets of more than 5 items', () => {
		const six = '- image\n- build\n- ports\n- environment\n- volumes\n- depends_on';
		expect(only('answer-set-too-large', card({ back: six }))[0]?.params).toEqual({
			items: 6,
			max: 5
		});
		expect(
			answerItemCount(
				'스케줄링, 클러스터링, 서비스 디스커버리, 로드 밸런싱, 롤링 업데이트, 헬스 체크'
			)
		).toBe(6);
		expect(rules(card({ back: six.split('\n').slice(0, 5).join('\n') }))).toEqual([]);
		expect(
			answerItemCount(
				'컨테이너는 빠르고, 쉽고, 효율적이며, 가상머신보다 가볍고, 어디서든 같은 방식으로 돌아가고, 배포도 쉽다'
			)
		).toBe(1);
	});
});

describe('command-not-accepted', () => {
	it('asks the command checker about command cards only, and flags what it rejects', () => {
		const asked: string[] = [];
		const list = [command('목록', 'docker ps'), command('설치', 'curl … | sh'), card()];
		const found = lintCards(list, {
			checkCommand: (c) => {
				asked.push(c.command?.original ?? '');
				return c.command?.original.includes('…')
					? { accepted: false, reason: 'ellipsis' }
					: { accepted: true };
			}
		}).filter((f) => f.rule === 'command-not-accepted');
		expect(asked).toEqual(['docker ps', 'curl … | sh']);
		expect(found.map((f) => [f.cardId, f.params.reason])).toEqual([[list[1]?.id, 'ellipsis']]);
		expect(only('command-not-accepted', list)).toEqual([]);
	});
});

describe('deck-empty and the shape of findings', () => {
	it('flags notes that make no card, once, at line 1', () => {
		expect(
			lintNotes({
				file: 'empty.md',
				title: 'empty',
				cards: [],
				warnings: [{ file: 'empty.md', line: 1, code: 'notes_no_cards' }]
			})
		).toEqual([
			{ rule: 'deck-empty', file: 'empty.md', line: 1, cardId: '', params: { warnings: 1 } }
		]);
		expect(
			lintNotes({
				file: 'ok.md',
				title: 'ok',
				cards: [card({ source: { file: 'ok.md', line: 2 } })],
				warnings: []
			})
		).toEqual([]);
	});

	it('findings carry a rule id, file, line, card id and plain parameters; counts cover every rule', () => {
		const c = card({
			topic: ['**x**'],
			front: '2번째 …',
			back: '2번째 …',
			source: { file: 'f.md', line: 7 }
		});
		const found = lintCards([c]);
		expect(found.map((f) => f.rule).sort()).toEqual(
			[
				'answer-in-shown-text',
				'front-ends-with-ellipsis',
				'front-equals-back',
				'ordinal-prompt',
				'raw-markup'
			].sort()
		);
		for (const f of found) {
			expect(f).toMatchObject({ file: 'f.md', line: 7, cardId: c.id });
			for (const v of Object.values(f.params)) expect(['string', 'number']).toContain(typeof v);
		}
		const counts = countByRule(found);
		expect(Object.keys(counts)).toEqual([...LINT_RULES]);
		expect(counts['raw-markup']).toBe(1);
		expect(flaggedCardCount(found)).toBe(1);
	});
});
