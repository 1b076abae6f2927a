/** Key terms and Korean particles (es-hangul): what a cloze may blank, particles outside. */
import { describe, expect, it } from 'vitest';
import { isParticleTail, keyTerms, Vocabulary } from './key-terms';

const text = (v: string) => [{ k: 'text' as const, v, s: 0 }];

describe('key terms', () => {
	it('particles may follow a term and must agree with its last syllable', () => {
		expect(isParticleTail('컨테이너', '는')).toBe(true);
		expect(isParticleTail('컨테이너', '를')).toBe(true);
		expect(isParticleTail('이미지', '을')).toBe(false);
		expect(isParticleTail('커널', '로')).toBe(true);
		expect(isParticleTail('플랫폼', '이다')).toBe(true);
		expect(isParticleTail('컨테이너', '에서는')).toBe(true);
		expect(isParticleTail('Dockerfile', '을')).toBe(true);
		expect(isParticleTail('도커', '파일')).toBe(false);
	});

	it('a term inside a longer word is not a term; the longest named term wins', () => {
		const v = new Vocabulary();
		v.add('docker CLI');
		const found = keyTerms(
			text('docker CLI는 도커파일을 읽지 않고 호스트에 명령을 보낸다.'),
			v,
			true
		);
		expect(found.map((t) => t.text)).toEqual(['docker CLI']);
	});

	it('generic labels and usage placeholders are never key terms', () => {
		const v = new Vocabulary();
		v.add('특징');
		v.add('기능');
		expect(keyTerms(text('특징과 기능을 IMAGE [OPTIONS] 뒤에 쓴다.'), v, true)).toEqual([]);
	});
});
