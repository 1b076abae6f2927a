/**
 * Which headings are terms (fault kind "heading read as term/definition pair"). A heading asks
 * for its first bullet only when it names a thing (`#### Jenkins`, `### 바인드 마운트`), not when it
 * labels an action or a case: `Load Image`, `Docker Network Create`, `이미지 찾기`, `빌드중 에러
 * 발생`, `Swap Memory 제어`, a numbered part (`Docker Monitoring 1`), two things at once (`이미지와
 * 컨테이너`, `Mac & Linux`), a heading with a remark in parentheses (`컨테이너(위의 문제를 해결)`),
 * or a command (`docker run`: its bullets are options and notes, not a definition). A heading
 * under an action heading (`도커 설치` › `Mac`) whose bullet is no definition (`별거 없다`) is a
 * case of that action, not a term (`isCaseOf`).
 */

/** Korean nouns that name an action or an event when they end a heading. */
const KOREAN_ACTION =
	/(보기|찾기|확인|실행|삭제|생성|만들기|설치|조회|목록|중지|정지|시작|접속|연결|빌드|다운로드|받기|업로드|올리기|푸시|저장|복사|이동|변경|설정|추가|제거|종료|띄우기|불러오기|하기|방법|제어|발생|모니터링|이상|에러|오류|해결|이슈|관리하기|적용|배포|실습|사용|지정|등록|공유|갱신|수정|정리|검색|끊기|붙이기|내리기|열기|쓰기|읽기|넣기|빼기|켜기|끄기|바꾸기|지우기|나가기|들어가기|내보내기|가져오기|옮기기)$/;

/** English verbs that start or end a heading that labels an action (`Load Image`, `Network Create`). */
const ENGLISH_VERB =
	/^(load|save|run|create|remove|delete|start|stop|build|push|pull|install|check|show|list|get|set|use|make|add|copy|monitor|monitoring|inspect|tag|login|connect|attach|exec|restart|kill|rename|update|upgrade|deploy|clean|prune|search|find|export|import|commit|mount|share|limit|control|manage|configure|setup)$/i;

/** `A와 B`, `A & B`, `A and B`, `A vs B`, `A / B`, `A, B`: two things, not one term. */
const TWO_THINGS = /[\uac00-\ud7a3](와|과|및)\s|\s(&|and|vs\.?|or|및)\s|[^\s/]\s*\/\s*[^\s/]|,/i;

/** The heading without a trailing gloss in parentheses (`바인드 마운트(bind mount)`). */
function withoutGloss(text: string): string {
	return text.replace(/\s*[(（][^)）]*[)）]\s*$/, '').trim();
}

/** Whether a heading labels an action or event rather than naming a thing. */
export function isActionHeading(heading: string): boolean {
	const text = withoutGloss(heading.trim());
	const words = text.split(/\s+/).filter(Boolean);
	if (words.length === 0) return false;
	const last = words.at(-1) as string;
	if (KOREAN_ACTION.test(last)) return true;
	if (words.length >= 2 && (ENGLISH_VERB.test(words[0] as string) || ENGLISH_VERB.test(last)))
		return true;
	return false;
}

/**
 * Whether a heading is a term that its first bullet may define (see the module comment).
 * @param heading the heading's plain text
 * @param isCommand whether a text is a command line (`docker run`)
 */
export function isTermHeading(heading: string, isCommand: (text: string) => boolean): boolean {
	const t = heading.trim();
	if (t === '' || isActionHeading(t)) return false;
	// a remark in parentheses (`컨테이너(위의 문제를 해결)`), not a short gloss (`층(Layer)`)
	const paren = /[(（]([^)）]*)[)）]/.exec(t);
	if (paren && /\s/.test((paren[1] ?? '').trim())) return false;
	if (TWO_THINGS.test(withoutGloss(t))) return false;
	// a numbered part of a topic (`Docker Monitoring 1`, `Step 2`)
	if (/\s\d+$/.test(t)) return false;
	return !isCommand(t);
}

/** Platforms: under an action heading (`설치`) they are the cases of that action. */
const PLATFORM =
	/^(mac|macos|osx|windows|win|linux|ubuntu|debian|centos|rhel|fedora|wsl2?|arch|amazon linux|raspberry pi)$/i;

/**
 * Whether a heading under `parent` (plain text) is a case of an action (`도커 설치` › `Mac`).
 * @param heading when given, only a platform name counts (then even a bullet worded as a
 *   definition, `설치 가능`, describes the case, not a term)
 */
export function isCaseOf(parent: string | undefined, heading?: string): boolean {
	if (parent === undefined || !isActionHeading(parent)) return false;
	return heading === undefined || PLATFORM.test(withoutGloss(heading));
}
