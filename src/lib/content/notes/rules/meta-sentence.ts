/**
 * Sentences about the notes themselves (`Docker 공부를 하면서 정리하는 Repository`, `이번 글에서는
 * … 알아보겠습니다`) teach nothing: they make no card, with a warning.
 */

const META =
	/정리하는|정리한|정리해|공부하면서|공부를 하면서|공부한 내용|포스팅|이번 글|이 글|알아보(자|겠|도록|려)|살펴보(자|겠|도록|려)|해보(자|겠|도록)|하겠습니다|봅시다|목차|출처|참고 ?자료|강의|repository|\brepo\b|이 문서|아래에서|다음 장|^다음은|예제입니다|예시입니다|예제이다|살펴봅니다|알아봅니다|in this (post|article)|let'?s /i;

/** Whether a sentence talks about the notes rather than the subject. */
export function isMetaSentence(text: string): boolean {
	return META.test(text);
}
