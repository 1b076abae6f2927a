/**
 * Test fixture: hand-built cards in the shape the notes converter produces for the bundled deck
 * (`questions/docker-basics.md`, `questions/container-commands.md`), used by the quiz tests until
 * and besides the real converter. Not imported by application code.
 */
import type { CardKind, CommandItem } from '$lib/content/types';
import type { QuizSourceCard } from './types';

let line = 0;
const REVERSE_CUE = '(무엇에 대한 설명인가요?)';
function card(
	id: string,
	kind: CardKind,
	topic: string[],
	front: string,
	back: string,
	command?: CommandItem,
	deckId = 'bundled:docker-basics.md'
): QuizSourceCard {
	line += 1;
	// As the notes converter writes them: a reversed card asks with a cue line under the
	// sentence; a cloze card's back is the whole sentence with the hidden term in bold.
	if (kind === 'reversed') front = `${front}\n\n${REVERSE_CUE}`;
	if (kind === 'cloze') back = front.replace('[...]', `**${back}**`);
	return {
		id,
		deckId,
		kind,
		front,
		back,
		topic,
		...(command ? { command } : {}),
		source: { file: deckId.replace(/^bundled:/, ''), line }
	};
}

const B = ['도커 기초'];
const D = [...B, 'Docker'];
const F = [...D, '특징'];
const CS = [...D, '클라이언트-서버 구조'];
const C = [...B, 'Container'];
const V = [...B, 'VM vs Docker'];
const S = [...B, '상태관리 도구'];
const CMD_DECK = 'bundled:container-commands.md';
const R = ['컨테이너 명령어', 'docker run'];
const L = ['컨테이너 명령어', '목록과 상태 보기'];
const K = ['컨테이너 명령어', '멈추기, 다시 시작하기, 지우기'];

function cmd(template: string, original = template, slots: CommandItem['slots'] = []): CommandItem {
	return { template, original, slots };
}

/** About 50 cards of every kind, in two decks. */
export const DOCKER_CARDS: readonly QuizSourceCard[] = Object.freeze([
	card(
		'b01',
		'basic',
		D,
		'Docker — 도커는 컨테이너 …',
		'도커는 컨테이너 기술 위에 세워진 가상화 플랫폼이며, 오픈소스로 공개되어 있다.'
	),
	card(
		'b02',
		'basic',
		D,
		'Docker — 컨테이너의 정체는 …',
		'컨테이너의 정체는 격리된 환경 안에서 실행되는 프로세스이다.'
	),
	card(
		'b03',
		'basic',
		D,
		'Docker — 컨테이너를 격리할 …',
		'컨테이너를 격리할 때는 리눅스 커널이 제공하는 여러 기능을 빌려 쓴다.'
	),
	card(
		'b04',
		'basic',
		D,
		'Docker — 하드웨어 전체를 …',
		'하드웨어 전체를 흉내 내는 가상화 방식보다 가볍다.'
	),
	card(
		'b05',
		'basic',
		D,
		'격리에 쓰이는 리눅스 커널 기능 — 네임스페이스(namespaces)',
		'컨테이너마다 프로세스, 네트워크, 파일시스템 등이 따로 보이도록 작업 공간을 나눈다.'
	),
	card(
		'b06',
		'basic',
		D,
		'격리에 쓰이는 리눅스 커널 기능 — 컨트롤 그룹(cgroups)',
		'컨테이너가 쓸 수 있는 CPU와 메모리 같은 자원의 양을 제한한다.'
	),
	card(
		'b07',
		'basic',
		F,
		'특징 — 확장성/이식성',
		'도커만 설치되어 있으면 어느 곳에서나 컨테이너를 띄울 수 있다.'
	),
	card(
		'b08',
		'basic',
		F,
		'특징 — 표준성',
		'어떤 서버든 컨테이너라는 같은 규격으로 내보내므로, 서비스가 달라도 배포하는 방법은 하나로 통일된다.'
	),
	card(
		'b09',
		'basic',
		F,
		'특징 — 이미지',
		'컨테이너는 언제나 이미지로부터 만들어지므로, 먼저 이미지를 만드는 단계가 꼭 필요하다.'
	),
	card('b10', 'basic', F, '특징 — 설정관리', '컨테이너의 설정은 주로 환경변수로 조절한다.'),
	card(
		'b11',
		'basic',
		F,
		'특징 — 자원관리',
		'컨테이너를 지우고 다시 만들면 그 안에 있던 데이터가 모두 처음 상태로 돌아간다.'
	),
	card('b12', 'basic', F, '이미지', '이미지는 Dockerfile을 바탕으로 빌드한다.'),
	card(
		'b13',
		'basic',
		CS,
		'docker CLI',
		'사용자의 명령을 도커 호스트(데몬)로 보내고, 처리 결과를 돌려받아 터미널에 보여 준다.'
	),
	card(
		'b14',
		'basic',
		CS,
		'도커 데몬(dockerd)',
		'호스트에서 실행되면서 이미지 빌드, 컨테이너 실행 같은 실제 작업을 맡는다.'
	),
	card(
		'b15',
		'basic',
		CS,
		'클라이언트-서버 구조',
		'클라이언트와 데몬은 유닉스 소켓이나 네트워크 인터페이스를 통해 REST API로 대화한다.'
	),
	card(
		'b16',
		'basic',
		C,
		'스케줄링',
		'컨테이너를 어느 서버에 배포할지 골라서 알맞은 서버에 올리는 작업이다.'
	),
	card(
		'b17',
		'basic',
		C,
		'클러스터링',
		'서버 여러 대를 묶어서 마치 큰 서버 한 대처럼 다루는 것이다.'
	),
	card(
		'b18',
		'basic',
		C,
		'서비스 디스커버리',
		'필요한 서비스가 지금 어디에 있는지 알아내 주는 기능이다.'
	),
	card(
		'b19',
		'basic',
		C,
		'서비스 디스커버리',
		'접속 정보는 키-값(key-value) 저장소에 기록하거나 내부 DNS 서버로 찾게 할 수 있다.'
	),
	card(
		'b20',
		'basic',
		V,
		'오버헤드',
		'실제 작업 말고 추가로 드는 비용으로, 실행 속도를 떨어뜨리는 원인이다.'
	),
	card('b21', 'basic', V, '가상머신', '하이퍼바이저 위에서 운영체제 전체를 따로 하나씩 실행한다.'),
	card(
		'b22',
		'basic',
		V,
		'컨테이너',
		'호스트의 운영체제 커널을 함께 쓰고, 각자 격리된 프로세스로 실행된다.'
	),
	card('b23', 'basic', [...B, 'Jenkins'], 'Jenkins', 'Java로 작성된 프로그램이다.'),
	card(
		'b24',
		'basic',
		[...B, 'Jenkins'],
		'Jenkins',
		'지속적 통합과 배포(CI/CD) 파이프라인을 만드는 데 쓰인다.'
	),
	card('b25', 'basic', [...B, 'WordPress'], 'WordPress', 'PHP로 작성된 프로그램이다.'),
	card(
		'b26',
		'basic',
		[...B, 'Rocket.Chat'],
		'Rocket.Chat',
		'Slack과 비슷한 채팅 애플리케이션이다.'
	),
	card('b27', 'basic', S, 'Chef', 'Ruby 기반 문법으로 레시피와 쿡북을 작성한다.'),
	card('b28', 'basic', S, 'Puppet', '전용 선언형 언어로 매니페스트를 작성한다.'),
	card(
		'b29',
		'basic',
		S,
		'Ansible',
		'대상 서버에 에이전트를 깔지 않고 SSH로 접속해, YAML로 쓴 플레이북을 실행한다.'
	),
	card('b30', 'basic', S, '상태관리 도구의 예', 'Chef, Puppet, Ansible'),
	// Notes repeat facts: same answer under another front, and one differing only in spacing/case.
	card(
		'b31',
		'basic',
		V,
		'컨테이너 실행 방식',
		'호스트의 운영체제 커널을 함께 쓰고, 각자 격리된 프로세스로 실행된다.'
	),
	card('b32', 'basic', [...B, 'WordPress'], 'WordPress 플러그인', 'php로  작성된 프로그램이다. '),
	card(
		'r01',
		'reversed',
		[...B, 'Jenkins'],
		'지속적 통합과 배포(CI/CD) 파이프라인을 만드는 데 쓰인다.',
		'Jenkins'
	),
	card(
		'r02',
		'reversed',
		[...B, 'WordPress'],
		'블로그를 만들고 운영하는 데 쓰는 도구이다.',
		'WordPress'
	),
	card(
		'r03',
		'reversed',
		[...B, 'Rocket.Chat'],
		'직접 운영하는(self-hosted) 방식의 오픈소스 채팅 애플리케이션이다.',
		'Rocket.Chat'
	),
	card(
		'r04',
		'reversed',
		C,
		'서버 여러 대를 묶어서 마치 큰 서버 한 대처럼 다루는 것이다.',
		'클러스터링'
	),
	card(
		'r05',
		'reversed',
		C,
		'컨테이너를 어느 서버에 배포할지 골라서 알맞은 서버에 올리는 작업이다.',
		'스케줄링'
	),
	card(
		'r06',
		'reversed',
		C,
		'필요한 서비스가 지금 어디에 있는지 알아내 주는 기능이다.',
		'서비스 디스커버리'
	),
	card(
		'r07',
		'reversed',
		V,
		'실제 작업 말고 추가로 드는 비용으로, 실행 속도를 떨어뜨리는 원인이다.',
		'오버헤드'
	),
	// A reversed card whose sentence names its own answer: no multiple-choice or fill-in question may use it as is.
	card(
		'r08',
		'reversed',
		[...B, 'Rocket.Chat'],
		'Rocket.Chat은 Slack과 비슷한 채팅 애플리케이션이다.',
		'Rocket.Chat'
	),
	card(
		'z01',
		'cloze',
		['이미지와 레이어', '태그'],
		'이미지 이름에서 태그를 생략하면 [...] 태그로 간주한다.',
		'latest'
	),
	card(
		'z02',
		'cloze',
		['Dockerfile', 'CMD와 ENTRYPOINT'],
		'`docker run` 뒤의 인자로 덮어쓸 수 있는 것은 [...]이고, `--entrypoint` 옵션으로만 바꿀 수 있는 것은 ENTRYPOINT이다.',
		'CMD'
	),
	card(
		'z03',
		'cloze',
		['컨테이너 명령어', 'docker run', '자주 쓰는 옵션'],
		'`-p` 옵션의 값은 [...]를 앞에, 컨테이너 포트를 뒤에 쓴다.',
		'호스트 포트'
	),
	card(
		'z04',
		'cloze',
		['컨테이너 명령어', 'docker run', '자주 쓰는 옵션'],
		'`-p` 옵션의 값은 호스트 포트를 앞에, [...]를 뒤에 쓴다.',
		'컨테이너 포트'
	),
	card(
		'z05',
		'cloze',
		['컨테이너 명령어', '멈추기'],
		'리눅스 컨테이너의 기본 유예 시간은 [...]이다.',
		'10초'
	),
	card(
		't01',
		'typein',
		['이미지와 레이어'],
		'컨테이너를 지우면 이미지도 지워지는가?',
		'아니다. 그 컨테이너의 쓰기 가능 레이어만 지워지고 이미지는 그대로 남는다.'
	),
	card(
		't02',
		'typein',
		['이미지와 레이어'],
		'이미지 레이어 위에 컨테이너마다 하나씩 더해지는 쓰기 가능한 레이어',
		'컨테이너 레이어'
	),
	card(
		'c01',
		'command',
		R,
		'이미지로 새 컨테이너를 만들고 곧바로 시작한다.',
		'`docker run <이미지명>`',
		cmd('docker run {image}', 'docker run <이미지명>', [{ name: 'image', label: '이미지명' }]),
		CMD_DECK
	),
	card(
		'c02',
		'command',
		R,
		'우분투 컨테이너 안의 bash 셸을 터미널에서 대화형으로 쓴다.',
		'`docker run -it ubuntu bash`',
		cmd('docker run -it ubuntu bash'),
		CMD_DECK
	),
	card(
		'c03',
		'command',
		R,
		'호스트의 8080 포트로 들어온 연결을 nginx 컨테이너의 80 포트로 전달한다.',
		'`docker run -p 8080:80 nginx`',
		cmd('docker run -p 8080:80 nginx'),
		CMD_DECK
	),
	card(
		'c04',
		'command',
		L,
		'지금 실행 중인 컨테이너 목록을 보여 준다.',
		'`docker ps`',
		cmd('docker ps'),
		CMD_DECK
	),
	card(
		'c05',
		'command',
		L,
		'멈춘 컨테이너까지 포함해 모든 컨테이너를 보여 준다.',
		'`docker ps -a`',
		cmd('docker ps -a'),
		CMD_DECK
	),
	card(
		'c06',
		'command',
		L,
		'컨테이너 ID만 출력한다.',
		'`docker ps -q`',
		cmd('docker ps -q'),
		CMD_DECK
	),
	card(
		'c07',
		'command',
		L,
		'로그를 계속 따라가며 새 줄이 생길 때마다 출력한다.',
		'`docker logs -f [컨테이너 이름]`',
		cmd('docker logs -f {container}', 'docker logs -f [컨테이너 이름]', [
			{ name: 'container', label: '컨테이너 이름' }
		]),
		CMD_DECK
	),
	card(
		'c08',
		'command',
		K,
		'기다리지 않고 바로 SIGKILL을 보내 컨테이너를 멈춘다.',
		'`docker kill [컨테이너 이름]`',
		cmd('docker kill {container}', 'docker kill [컨테이너 이름]', [
			{ name: 'container', label: '컨테이너 이름' }
		]),
		CMD_DECK
	),
	card(
		'c09',
		'command',
		K,
		'멈춰 있는 컨테이너를 다시 시작한다.',
		'`docker start [컨테이너 이름]`',
		cmd('docker start {container}', 'docker start [컨테이너 이름]', [
			{ name: 'container', label: '컨테이너 이름' }
		]),
		CMD_DECK
	),
	card(
		'c10',
		'command',
		K,
		'멈춘 컨테이너를 삭제한다.',
		'`docker rm [컨테이너 ID]`',
		cmd('docker rm {id}', 'docker rm [컨테이너 ID]', [{ name: 'id', label: '컨테이너 ID' }]),
		CMD_DECK
	),
	card(
		'c11',
		'command',
		['도커 기초', 'Docker 설치'],
		'현재 사용자를 docker 그룹에 넣는다.',
		'`sudo usermod -aG docker [사용자 계정 이름]`',
		cmd('sudo usermod -aG docker {user}', 'sudo usermod -aG docker [사용자 계정 이름]', [
			{ name: 'user', label: '사용자 계정 이름' }
		])
	)
]);
