/**
 * Word lists of the key-term rules: Docker's Korean vocabulary, the same words in English and
 * Korean (so a heading in one language shows an answer in the other), generic labels that are no
 * key terms, English stop words and the upper-case placeholders of CLI usage lines.
 */

/** Lower-case, whitespace-collapsed form used to compare terms. */
export function termKey(text: string): string {
	const lower = text.toLowerCase();
	return /\s\s|[\t\n\r\f\v\u00a0\u3000]/.test(lower)
		? lower.replace(/\s+/g, ' ').trim()
		: lower.trim();
}

/** Docker's vocabulary in Korean (as in Docker's docs and Korean study notes). */
export const GLOSSARY: readonly string[] = [
	'도커',
	'컨테이너',
	'이미지',
	'볼륨',
	'네트워크',
	'레지스트리',
	'레이어',
	'오케스트레이션',
	'클러스터링',
	'클러스터',
	'가상머신',
	'가상 머신',
	'하이퍼바이저',
	'커널',
	'리눅스',
	'호스트',
	'데몬',
	'포트',
	'프로세스',
	'네임스페이스',
	'컨트롤 그룹',
	'오픈소스',
	'오픈 소스',
	'환경변수',
	'환경 변수',
	'스케줄링',
	'바인드 마운트',
	'마운트',
	'태그',
	'빌드 캐시',
	'캐시',
	'브리지',
	'오버레이',
	'서비스 디스커버리',
	'로드 밸런싱',
	'쿠버네티스',
	'스웜',
	'파드',
	'가상화',
	'격리',
	'이식성',
	'헬스체크',
	'엔트리포인트',
	'매니페스트',
	'파이프라인',
	'다이제스트',
	'리포지토리',
	'저장소',
	'셸',
	'쉘',
	'방화벽',
	'서브넷',
	'게이트웨이',
	'읽기 전용'
];

/** Labels too generic to be key terms or the answer of a reverse card. */
const GENERIC_WORDS: ReadonlySet<string> = new Set(
	(
		'background overview intro introduction summary notes note installation install setup usage ' +
		'example examples reference references misc etc tip tips 개요 소개 정리 요약 특징 설치 배경 참고 예시 ' +
		'예제 기능 장점 단점 변화 방법 사용법 명령어 종류 구성 구성요소 차이 차이점 비교 정의 개념 용어 목적 ' +
		'이유 문제 문제점 해결 결론 실습 주의 주의사항 기타 순서 과정 원리 동작 특성 역할 옵션 명령 ' +
		'기본 기초 심화 응용 활용 사용 주요 핵심 중요 내용 설명 일반 메모 추가 참고사항 팁 요점 포인트 ' +
		'예 정리본 목록 비고 질문 답 문법 구문 형식'
	).split(' ')
);

/** Whether a word is a generic label (`특징`, `Background`, `설치`). */
export function isGenericWord(word: string): boolean {
	return GENERIC_WORDS.has(word.toLowerCase());
}

/** Docker words in English and Korean: a heading `Container` shows the answer `컨테이너`. */
const ALIASES: readonly (readonly string[])[] = [
	['docker', '도커'],
	['container', 'containers', '컨테이너'],
	['image', 'images', '이미지'],
	['volume', 'volumes', '볼륨'],
	['network', 'networks', 'networking', '네트워크'],
	['registry', '레지스트리'],
	['layer', 'layers', '레이어'],
	['kubernetes', 'k8s', '쿠버네티스'],
	['cluster', '클러스터'],
	['clustering', '클러스터링'],
	['port', 'ports', '포트'],
	['host', '호스트'],
	['process', '프로세스'],
	['kernel', '커널'],
	['linux', '리눅스'],
	['daemon', '데몬'],
	['orchestration', '오케스트레이션'],
	['virtual machine', 'vm', '가상머신', '가상 머신'],
	['namespace', 'namespaces', '네임스페이스'],
	['cgroup', 'cgroups', '컨트롤 그룹'],
	['compose', '컴포즈'],
	['swarm', '스웜'],
	['tag', 'tags', '태그'],
	['cache', '캐시'],
	['bridge', '브리지'],
	['overlay', '오버레이'],
	['scheduling', '스케줄링'],
	['service discovery', '서비스 디스커버리'],
	['dockerfile', '도커파일', '도커 파일'],
	['open source', '오픈소스', '오픈 소스'],
	['environment variable', '환경변수', '환경 변수'],
	['mount', '마운트'],
	['shell', '셸', '쉘']
];

const ALIAS_OF = new Map<string, readonly string[]>();
for (const group of ALIASES) for (const word of group) ALIAS_OF.set(word, group);

/** The term and its other-language names (`컨테이너` → container, containers, 컨테이너). */
export function aliasesOf(term: string): readonly string[] {
	const key = termKey(term);
	return ALIAS_OF.get(key) ?? [key];
}

/** English words that are not technical terms. */
export const STOPWORDS: ReadonlySet<string> = new Set(
	(
		'a an the of and or to in on at by for with from as is are was be it its this that these ' +
		'those vs etc e.g i.e ok yes no not so if then else but can will do does did use using used ' +
		'via per my your our we you they he she i me us them all any some more most less one two ' +
		'also only just very about into than there here what which who how why when where ex eg'
	).split(' ')
);

/** Upper-case placeholders of CLI usage lines (`docker run [OPTIONS] IMAGE [COMMAND]`). */
export const USAGE_WORDS: ReadonlySet<string> = new Set(
	'OPTIONS OPTION IMAGE COMMAND CONTAINER NAME TAG ARG ARGS REPOSITORY DIGEST VALUE KEY FILE DIR SRC DEST SERVICE PATH ID'.split(
		' '
	)
);
