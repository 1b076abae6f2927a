import { describe, expect, it } from 'vitest';
import { containsFolded, foldText, normaliseText, plainText, textSpans } from './text';

describe('normaliseText / foldText', () => {
	it('composes decomposed Hangul, trims and collapses whitespace', () => {
		const decomposed = '도커 버전'.normalize('NFD');
		expect(decomposed).not.toBe('도커 버전');
		expect(normaliseText(`  ${decomposed}\t\n `)).toBe('도커 버전');
		expect(normaliseText('a \u00a0  b')).toBe('a b');
	});

	it('folds Latin case only', () => {
		expect(foldText(' DockerFile ')).toBe('dockerfile');
		expect(foldText('컨테이너 CLI')).toBe('컨테이너 cli');
	});
});

describe('plainText', () => {
	it('keeps inline code literally and drops emphasis, links and HTML', () => {
		expect(plainText('`docker ps -a`: **모든** [컨테이너](https://docs.docker.com) <b>x</b>')).toBe(
			'docker ps -a: 모든 컨테이너 x'
		);
	});

	it('separates blocks with a newline', () => {
		expect(plainText('첫째\n\n둘째')).toBe('첫째\n둘째');
		expect(plainText('- a\n- b')).toBe('a\nb');
	});
});

describe('containsFolded', () => {
	it('finds the needle across case and normalisation, never an empty needle', () => {
		expect(containsFolded('Java로 작성된 프로그램', 'JAVA')).toBe(true);
		expect(containsFolded('도커 버전', '버전'.normalize('NFD'))).toBe(true);
		expect(containsFolded('abc', '  ')).toBe(false);
	});
});

describe('textSpans', () => {
	it('gives text nodes with offsets into the source, skipping inline code', () => {
		const md = '`docker run` 뒤의 **CMD** 인자';
		const spans = textSpans(md);
		expect(spans.map((s) => s.value)).toEqual([' 뒤의 ', 'CMD', ' 인자']);
		for (const s of spans) expect(md.slice(s.offset, s.offset + s.value.length)).toBe(s.value);
	});
});
