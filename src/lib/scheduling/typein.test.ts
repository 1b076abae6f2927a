import { describe, expect, it } from 'vitest';
import { compareTypedAnswer, normaliseAnswer, type DiffSegment } from './typein';

const typedSide = (d: DiffSegment[]) =>
	d
		.filter((s) => s.kind !== 'missing')
		.map((s) => s.text)
		.join('');
const expectedSide = (d: DiffSegment[]) =>
	d
		.filter((s) => s.kind !== 'extra')
		.map((s) => s.text)
		.join('');

describe('compareTypedAnswer', () => {
	it('an exact answer is one same run', () => {
		expect(compareTypedAnswer('도커 버전', '도커 버전')).toEqual({
			correct: true,
			diff: [{ kind: 'same', text: '도커 버전' }]
		});
	});

	it('C01: the committed answer 연락처 is correct', () => {
		expect(compareTypedAnswer('연락처', '연락처').correct).toBe(true);
	});

	it('normalises NFC, trims and collapses whitespace (NBSP, ideographic space, tabs)', () => {
		const decomposed = '도커 버전'.normalize('NFD');
		expect(decomposed).not.toBe('도커 버전');
		expect(compareTypedAnswer(decomposed, '도커 버전').correct).toBe(true);
		expect(compareTypedAnswer('  docker\u00a0\u00a0 version\t', 'docker version').correct).toBe(
			true
		);
		expect(compareTypedAnswer('도커\u3000버전', '도커 버전').correct).toBe(true);
		expect(normaliseAnswer(' a \n b ')).toBe('a b');
	});

	it('C21: an answer with a stray carriage return still matches', () => {
		expect(compareTypedAnswer('docker version', 'docker version\r').correct).toBe(true);
	});

	it('folds Latin case but not other distinctions', () => {
		expect(compareTypedAnswer('DOCKER PS -A', 'docker ps -a').correct).toBe(true);
		expect(compareTypedAnswer('Ärger', 'ärger').correct).toBe(true);
		// Hangul has no case; different jamo/syllables stay different.
		expect(compareTypedAnswer('도거', '도커').correct).toBe(false);
		// Spacing inside a word matters.
		expect(compareTypedAnswer('도 커', '도커').correct).toBe(false);
	});

	it('diff shows extra and missing characters', () => {
		const { correct, diff } = compareTypedAnswer('docker run -d nginx', 'docker run -it nginx');
		expect(correct).toBe(false);
		expect(diff).toEqual([
			{ kind: 'same', text: 'docker run -' },
			{ kind: 'extra', text: 'd' },
			{ kind: 'missing', text: 'it' },
			{ kind: 'same', text: ' nginx' }
		]);
	});

	it('diff of Korean text by syllable', () => {
		const { diff } = compareTypedAnswer('컨테이너 실행', '컨테이너를 실행');
		expect(diff).toEqual([
			{ kind: 'same', text: '컨테이너' },
			{ kind: 'missing', text: '를' },
			{ kind: 'same', text: ' 실행' }
		]);
	});

	it('same runs show the expected text, extra runs the typed text', () => {
		const { diff } = compareTypedAnswer('Docker  PS', 'docker ps -a');
		expect(expectedSide(diff)).toBe('docker ps -a');
		expect(typedSide(diff).toLowerCase()).toBe('docker ps');
	});

	it('empty input: everything missing', () => {
		expect(compareTypedAnswer('   ', 'docker')).toEqual({
			correct: false,
			diff: [{ kind: 'missing', text: 'docker' }]
		});
		expect(compareTypedAnswer('', '')).toEqual({ correct: true, diff: [] });
	});

	it('keeps emoji and combining sequences whole', () => {
		const { diff } = compareTypedAnswer('👍🏽 ok', '👍🏽 OK!');
		expect(diff).toEqual([
			{ kind: 'same', text: '👍🏽 OK' },
			{ kind: 'missing', text: '!' }
		]);
	});

	it('seeded random pairs: both sides reconstruct and the LCS is consistent', () => {
		let seed = 7;
		const rand = () => {
			seed = (seed * 1103515245 + 12345) % 2147483648;
			return seed / 2147483648;
		};
		const alphabet = ['a', 'b', 'c', '도', '커', ' '];
		const word = () =>
			Array.from({ length: Math.floor(rand() * 12) }, () => alphabet[Math.floor(rand() * 6)]).join(
				''
			);
		for (let k = 0; k < 300; k++) {
			const typed = word();
			const expected = word();
			const { correct, diff } = compareTypedAnswer(typed, expected);
			expect(typedSide(diff)).toBe(normaliseAnswer(typed));
			expect(expectedSide(diff)).toBe(normaliseAnswer(expected));
			expect(correct).toBe(normaliseAnswer(typed) === normaliseAnswer(expected));
			for (let i = 1; i < diff.length; i++) {
				expect(diff[i]?.kind).not.toBe(diff[i - 1]?.kind);
			}
		}
	});
});
