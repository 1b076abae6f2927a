import { describe, expect, it } from 'vitest';
import { mulberry32 } from './random';
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

describe('plainText fast path', () => {
	it('gives the parser’s result for single lines without Markdown characters (seeded fuzz)', () => {
		const rng = mulberry32(515);
		const alphabet = [
			...'도커 컨테이너 이미지 abc XYZ 0123456789 .,()-+=?/%$@{}^;\'"\t',
			'  ',
			'1. ',
			'- ',
			'+ ',
			'= ',
			'> ',
			'    '
		];
		const mismatches: string[] = [];
		for (let i = 0; i < 800; i++) {
			let s = '';
			const n = 1 + Math.floor(rng() * 12);
			for (let k = 0; k < n; k++) s += alphabet[Math.floor(rng() * alphabet.length)];
			// A trailing blank line forces the mdast path without changing the paragraph.
			const viaParser = plainText(`${s}\n\n`);
			if (plainText(s) !== viaParser) mismatches.push(JSON.stringify([s, plainText(s), viaParser]));
		}
		expect(mismatches).toEqual([]);
	});

	it('still parses lines that start a block or contain syntax', () => {
		expect(plainText('1. 목록')).toBe('목록');
		expect(plainText('- 항목')).toBe('항목');
		expect(plainText('> 인용')).toBe('인용');
		expect(plainText('**굵게** 와 `코드`')).toBe('굵게 와 코드');
	});
});
