/** Fault kind "blank that tests nothing": blanks whose answer the sentence or the notes give away. */
import { describe, expect, it } from 'vitest';
import { parseNotes } from '../../parse';
import { cards, hidden } from '../testing';

function answers(md: string): (string | undefined)[] {
	return cards(md)
		.filter((c) => c.kind === 'cloze')
		.map(hidden);
}

describe('blank-filters', () => {
	it('blank that tests nothing: a gloss in parentheses, a piece of a longer token, a section name', () => {
		const got = answers(
			[
				'# 노트',
				'',
				'## 기타',
				'- 이미지는 여러 겹의 층(Layer)으로 만들어지고 **캐시**로 빌드를 빠르게 한다.',
				'- 기본 네트워크의 주소는 172.17.0.2처럼 DHCP 없이 도커가 나눠 준다.',
				'- inspect 결과의 Mounts 항목에서 **바인드 마운트** 경로를 본다.',
				''
			].join('\n')
		);
		expect(got).toContain('캐시');
		expect(got).toContain('바인드 마운트');
		expect(got).not.toContain('Layer');
		expect(got).not.toContain('0.2');
		expect(got).not.toContain('Mounts');
	});

	it('blank that tests nothing: the notes everyday word is no blank where the sentence has a better one', () => {
		const lines = ['# 네트워크 노트', '', '## 주소'];
		for (let i = 0; i < 8; i++) lines.push(`- 컨테이너 ${i}번은 IP 주소를 하나씩 받는다.`);
		lines.push('- `docker inspect`로 각 컨테이너의 IP를 확인한다.', '');
		const list = cards(lines.join('\n')).filter((c) => c.source.line === 12);
		expect(list.map(hidden)).toContain('docker inspect');
		expect(list.map(hidden)).not.toContain('IP');
	});

	it('blank that tests nothing: the arguments of a command written in prose are no blank', () => {
		const got = answers(
			'# 노트\n\n## 검색\n- 예) docker search --limit 5 nginx 로 Docker Hub에서 찾는다.\n'
		);
		expect(got).not.toContain('nginx');
		expect(got).toContain('Docker Hub');
	});

	it('blank that tests nothing: the file subject is read as words, so an option inside it stays a blank', () => {
		const parsed = parseNotes(
			'## 실행 옵션\n- `-d` 옵션은 컨테이너를 백그라운드로 실행한다.\n',
			'my-docker-notes.md'
		);
		expect(parsed.cards.map(hidden)).toContain('-d');
	});
});

describe('names given in the sentence', () => {
	it('example names only in prose: a name the sentence gives and an image with its tag are no blanks', () => {
		const md = [
			'## 빌드',
			"- 소스를 **go build** 로 빌드하여 'hello'라는 이름의 바이너리를 만든다.",
			'- 첫 단계에 runner라는 별명을 붙이고 **COPY** 로 가져온다.',
			'- 베이스 이미지 alpine:3.19 위에 **ENTRYPOINT** 를 둔다.',
			''
		].join('\n');
		const blanks = cards(md)
			.filter((c) => c.kind === 'cloze')
			.map(hidden);
		expect(blanks).toEqual(expect.arrayContaining(['go build', 'COPY', 'ENTRYPOINT']));
		expect(blanks).not.toContain('hello');
		expect(blanks).not.toContain('runner');
		expect(blanks).not.toContain('alpine:3.19');
	});
});
