/**
 * Generated Korean study notes in the learner's style (`/work/shared/notes/study_Docker.md`):
 * `#`–`####` headings, nested bullets indented by four spaces, `term: definition` bullets,
 * `명령어: …` bullets, `` `command`: description `` bullets, `A, B, C` lists, shell code fences,
 * and the odd `<img>` line the converter skips with a warning.
 *
 * Deterministic for a seed, so two runs (and Node vs the browser) see the same text. Runs in
 * Node and in the browser (no Node APIs).
 */

/** A seeded random source (mulberry32): numbers in [0, 1). */
export type Random = () => number;

/** mulberry32, a small fast PRNG; good enough for test data, not for anything secret. */
export function seededRandom(seed: number): Random {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

function pick<T>(rnd: Random, items: readonly T[]): T {
	return items[Math.floor(rnd() * items.length)] as T;
}

const TOPICS = [
	'Docker',
	'Container',
	'Image',
	'Volume',
	'Network',
	'Dockerfile',
	'Docker Compose',
	'Registry',
	'Swarm',
	'Kubernetes',
	'로깅',
	'보안',
	'리소스 제한',
	'빌드 캐시',
	'멀티 스테이지 빌드',
	'헬스체크'
] as const;

const TERMS = [
	'격리',
	'이식성',
	'표준성',
	'설정관리',
	'자원관리',
	'레이어',
	'캐시',
	'태그',
	'바인드 마운트',
	'네임드 볼륨',
	'브리지 네트워크',
	'오버레이 네트워크',
	'포트 포워딩',
	'환경변수',
	'엔트리포인트',
	'재시작 정책',
	'헬스체크',
	'로그 드라이버',
	'cgroup',
	'namespace',
	'union file system',
	'레지스트리',
	'다이제스트',
	'빌드 컨텍스트',
	'스케줄링',
	'클러스터링',
	'서비스 디스커버리',
	'오케스트레이션'
] as const;

const SUBJECTS = [
	'컨테이너는',
	'이미지는',
	'도커 데몬은',
	'볼륨은',
	'네트워크 드라이버는',
	'Dockerfile의 각 명령은',
	'레지스트리는',
	'Compose 파일은',
	'docker CLI는',
	'호스트 커널은'
] as const;

const PREDICATES = [
	'격리된 환경에서 작동하는 프로세스로 리눅스 커널의 여러 기술을 활용한다.',
	'하드웨어 가상화 기술보다 가볍고, 이미지 단위로 프로세스 실행 환경을 구성한다.',
	'삭제 후 새로 만들면 모든 데이터가 초기화되기 때문에 외부 스토리지와 링크하여 사용한다.',
	'도커 호스트에 명령을 전달하고 결과를 받아 출력한다.',
	'읽기 전용 레이어 위에 쓰기 가능한 레이어를 하나 더 올려서 실행된다.',
	'환경변수에 따라 동적으로 설정파일을 생성하도록 만들어져야 한다.',
	'여러 대의 서버 중 가장 할 일 없는 서버에 배포하거나 차례대로 배포한다.',
	'가상 네트워크를 이용하여 마치 같은 서버에 있는 것처럼 쉽게 통신한다.',
	'변경된 레이어만 다시 내려받기 때문에 업데이트가 빠르다.',
	'코드와 설정으로 관리 후 재현 및 수정이 가능하다.',
	'태그를 지정하지 않으면 latest 태그를 사용한다.',
	'호스트의 디렉터리를 컨테이너 안에 그대로 연결한다.'
] as const;

const DEFINITIONS = [
	'다른 프로세스와 격리되어 성능저하가 거의 없다',
	'도커가 설치되어 있다면 어디서든 컨테이너를 실행할 수 있다',
	'컨테이너라는 표준으로 서버를 배포하므로 배포과정이 동일해진다',
	'설정은 보통 환경변수로 제어한다',
	'업로드 파일을 외부 스토리지와 링크하여 사용하거나 별도의 저장소가 필요하다',
	'이미지를 구성하는 읽기 전용 파일 시스템의 한 단계이다',
	'같은 명령이 다시 실행되면 이전 결과를 재사용한다',
	'이미지의 버전을 사람이 읽을 수 있게 붙인 이름이다',
	'컨테이너가 종료되었을 때 다시 시작할지 정하는 규칙이다',
	'프로세스가 볼 수 있는 자원의 범위를 나누는 커널 기능이다',
	'프로세스가 쓸 수 있는 CPU와 메모리의 양을 제한하는 커널 기능이다',
	'빌드할 때 데몬으로 보내지는 파일들의 묶음이다'
] as const;

const IMAGES = ['nginx', 'ubuntu', 'redis', 'mysql:8', 'node:20', 'postgres', 'alpine'] as const;
const NAMES = ['CHEF', 'puppet labs', 'ANSIBLE', 'Jenkins', 'Wordpress', 'rocket-chat'] as const;

function commandFor(rnd: Random, n: number): { cmd: string; what: string } {
	const image = pick(rnd, IMAGES);
	const name = `web${n}`;
	const port = 8000 + (n % 1000);
	const options = [
		{
			cmd: `docker run -d -p ${port}:80 --name ${name} ${image}`,
			what: '컨테이너를 백그라운드로 실행'
		},
		{ cmd: `docker ps -a --filter name=${name}`, what: '종료된 컨테이너까지 목록 확인' },
		{ cmd: `docker logs -f ${name}`, what: '컨테이너 로그를 계속 출력' },
		{ cmd: `docker exec -it ${name} /bin/bash`, what: '실행 중인 컨테이너에 셸로 접속' },
		{ cmd: `docker stop ${name}`, what: '컨테이너 중지' },
		{ cmd: `docker rm -f ${name}`, what: '컨테이너 강제 삭제' },
		{ cmd: `docker pull ${image}`, what: '이미지 내려받기' },
		{ cmd: `docker build -t app${n}:1.${n % 10} .`, what: '현재 디렉터리로 이미지 빌드' },
		{ cmd: `docker volume create data${n}`, what: '볼륨 만들기' },
		{ cmd: `docker network create net${n}`, what: '네트워크 만들기' }
	];
	return pick(rnd, options);
}

/**
 * Generate notes of at least `targetBytes` UTF-8 bytes (a little more: the last section is
 * finished). Section numbers keep headings, and so card anchors and ids, unique.
 * @param targetBytes size in bytes (UTF-8)
 * @param seed PRNG seed; the same seed gives the same text
 */
export function generateNotes(targetBytes: number, seed = 1): string {
	const rnd = seededRandom(seed);
	const encoder = new TextEncoder();
	const parts: string[] = ['# study_Docker\nDocker 공부를 하면서 정리하는 Repository\n'];
	let bytes = encoder.encode(parts[0]).length;
	for (let section = 1; bytes < targetBytes; section++) {
		const chunk = generateSection(rnd, section);
		parts.push(chunk);
		bytes += encoder.encode(chunk).length;
	}
	return parts.join('\n');
}

function generateSection(rnd: Random, n: number): string {
	const topic = `${pick(rnd, TOPICS)} ${n}`;
	const lines: string[] = [`## ${topic}`];
	for (let i = 0; i < 3; i++) lines.push(`- ${pick(rnd, SUBJECTS)} ${pick(rnd, PREDICATES)}`);
	lines.push(`- 특징 ${n}`);
	for (let i = 0; i < 4; i++) {
		lines.push(`    - ${pick(rnd, TERMS)} ${n}.${i}: ${pick(rnd, DEFINITIONS)}.`);
	}
	if (rnd() < 0.3) lines.push('    <img>', '');
	lines.push('', `### ${pick(rnd, TERMS)} ${n}`);
	lines.push(`- ${pick(rnd, TERMS)} ${n}: ${pick(rnd, DEFINITIONS)}.`);
	lines.push(`- 기능 ${n}`);
	for (let i = 0; i < 2; i++) {
		lines.push(`    - ${pick(rnd, TERMS)} 단계 ${n}.${i}`);
		for (let j = 0; j < 3; j++)
			lines.push(`        - ${pick(rnd, SUBJECTS)} ${pick(rnd, PREDICATES)}`);
	}
	const c1 = commandFor(rnd, n);
	lines.push(`- 명령어 ${n}: ${c1.cmd}`);
	const c2 = commandFor(rnd, n + 1);
	lines.push(`- \`${c2.cmd}\`: ${c2.what} (${n})`);
	lines.push(`- 상태관리 도구 ${n}`, `    - ${NAMES.join(', ')}`);
	lines.push('', `#### 실습 ${n}`, `- ${pick(rnd, TOPICS)} 실습 ${n} 순서`, '```bash');
	for (let i = 0; i < 3; i++) lines.push(commandFor(rnd, n * 10 + i).cmd);
	lines.push('```', '');
	return lines.join('\n');
}
