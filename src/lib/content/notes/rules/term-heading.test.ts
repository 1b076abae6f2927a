/** Fault kind "heading read as term/definition pair": action labels are no terms. */
import { describe, expect, it } from 'vitest';
import { cards } from '../testing';
import { isCaseOf, isTermHeading } from './term-heading';

const noCommand = () => false;

describe('term-heading', () => {
	it('heading read as term/definition pair: an action heading makes no term card', () => {
		const md = [
			'# 도커 정리',
			'## 볼륨',
			'### Export Volume',
			'- 볼륨의 내용을 압축 파일로 내보낸다.',
			'### 네트워크 끊기',
			'- 컨테이너와 네트워크의 연결을 해제하는 작업',
			'### 바인드 마운트',
			'- 호스트의 디렉터리를 컨테이너에 그대로 연결하는 방식',
			''
		].join('\n');
		const fronts = cards(md)
			.filter((c) => c.pattern === 'term' || c.pattern === 'term-reverse')
			.map((c) => c.front);
		expect(fronts).not.toContain('Export Volume');
		expect(fronts).not.toContain('네트워크 끊기');
		// a heading that names a thing still asks for its definition
		expect(fronts).toContain('바인드 마운트');
	});

	it('heading read as term/definition pair: parts, pairs, remarks, commands and cases are no terms', () => {
		expect(isTermHeading('Volume Backup 2', noCommand)).toBe(false);
		expect(isTermHeading('볼륨과 네트워크', noCommand)).toBe(false);
		expect(isTermHeading('Windows & WSL', noCommand)).toBe(false);
		expect(isTermHeading('볼륨(앞의 문제를 푸는 방법)', noCommand)).toBe(false);
		expect(isTermHeading('docker volume', () => true)).toBe(false);
		expect(isCaseOf('도커 설치하기')).toBe(true);
		expect(isCaseOf('네트워크 종류')).toBe(false);
		expect(isCaseOf('도커 설치 (Windows & Linux)', 'Linux')).toBe(true);
		expect(isCaseOf('도커 설치', '바인드 마운트')).toBe(false);
		expect(isTermHeading('층(Layer)', noCommand)).toBe(true);
		expect(isTermHeading('오버레이 네트워크', noCommand)).toBe(true);
	});
});
