import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCards } from './cards';

function run(argv: string[], cwd = process.cwd()) {
	let out = '';
	let err = '';
	const code = runCards(argv, { out: (t) => (out += t), err: (t) => (err += t), cwd });
	return { code, out, err };
}

describe('npm run cards', () => {
	const dir = mkdtempSync(join(tmpdir(), 'cards-'));
	writeFileSync(
		join(dir, 'ok.md'),
		'# 덱\n\n## 설치\n- 확인\n```\ndocker version\n```\n- 이미지 :: 템플릿\n<img>\n'
	);
	writeFileSync(join(dir, 'binary.md'), Buffer.from([0, 1, 2, 3, 255, 254, 0, 0, 7, 8]));
	writeFileSync(join(dir, 'empty.md'), '');

	it('prints cards, command items and warnings (file:line: reason); exits 0', () => {
		const r = run(['ok.md'], dir);
		expect(r.code).toBe(0);
		expect(r.out).toContain('# 덱 — 카드 2장, 명령어 1개');
		expect(r.out).toContain('ok.md:6: docker version');
		expect(r.out).toContain('  Q: 이미지');
		expect(r.err).toBe('ok.md:9: 이미지는 카드에 넣지 않았습니다.\n');
	});

	it('--json prints the parsed notes as JSON', () => {
		const r = run(['--json', 'ok.md'], dir);
		const parsed = JSON.parse(r.out) as { title: string; cards: { kind: string }[] };
		expect(parsed.title).toBe('덱');
		expect(parsed.cards.map((c) => c.kind)).toEqual(['command', 'basic']);
	});

	it('exits 1 with file:line: reason on binary, empty and missing files', () => {
		expect(run(['binary.md'], dir)).toMatchObject({
			code: 1,
			err: expect.stringMatching(/^binary\.md:1: .*바이너리/)
		});
		expect(run(['empty.md'], dir)).toMatchObject({ code: 1, err: 'empty.md:1: 빈 파일입니다.\n' });
		expect(run(['missing.md'], dir)).toMatchObject({
			code: 1,
			err: expect.stringMatching(/^missing\.md:1: 파일을 읽을 수 없습니다/)
		});
	});

	it('exits 2 on a usage error', () => {
		expect(run([]).code).toBe(2);
	});
});
