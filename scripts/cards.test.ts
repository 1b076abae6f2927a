import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LINT_RULES, type LintFinding } from '../src/lib/content/lint';
import { describeFinding, runCards } from './cards';
import { readManifest } from './corpus-fetch';

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

	it('--check-commands judges each command item with its own command; exit 1 lists the ones refused', () => {
		writeFileSync(
			join(dir, 'commands.md'),
			'# 덱\n\n## 설치\n- 스크립트 받아 실행\n```bash\ncurl -fsSL https://get.docker.com -o get-docker.sh && sudo sh install.sh\n```\n'
		);
		const ok = run(['ok.md', '--check-commands'], dir);
		expect(ok).toMatchObject({ code: 0, out: '1/1 command items accept their own command\n' });
		// The notes run a file they never downloaded: the judge refuses the item's own command.
		const refused = run(['commands.md', '--check-commands'], dir);
		expect(refused.code).toBe(1);
		expect(refused.out).toContain(
			'commands.md:6: curl -fsSL https://get.docker.com -o get-docker.sh && sudo sh install.sh'
		);
		expect(refused.out).toContain('0/1 command items accept their own command');
	});

	it('exits 2 on a usage error', () => {
		expect(run([]).code).toBe(2);
		expect(run(['--lint']).code).toBe(2);
	});
});

describe('npm run cards -- … --lint / --read', () => {
	const dir = mkdtempSync(join(tmpdir(), 'cards-lint-'));
	// Two explicit cards with the same front ending in "…" (the converter makes explicit cards
	// as the author wrote them, so the lint has something to say).
	writeFileSync(
		join(dir, 'leaky.md'),
		'# 노트\n\n## 오케스트레이션\n- 컨테이너를 알맞은 서버에 배포하는 작업 … :: 스케줄링\n- 컨테이너를 알맞은 서버에 배포하는 작업 … :: 배치\n'
	);
	// An explicit question card that asks something and does not show its answer.
	writeFileSync(
		join(dir, 'fair.md'),
		'# 노트\n\n## 포트\n- 호스트 포트를 컨테이너 포트에 연결하는 `docker run` 옵션은? :: `-p`\n'
	);
	mkdirSync(join(dir, 'more'));
	writeFileSync(
		join(dir, 'more', 'cloze.md'),
		'# 노트\n\n## 빌드\n- {{c1::Dockerfile}}을 이용하여 이미지를 만든다.\n'
	);
	writeFileSync(join(dir, 'more', 'skip.txt'), 'not notes');

	it('prints file:line: [rule] per finding, a summary per file and in total; exits 1', () => {
		const r = run(['leaky.md', '--lint'], dir);
		expect(r.code).toBe(1);
		const lines = r.out.split('\n');
		expect(lines).toContain(
			'leaky.md:4: [duplicate-front] same topic line and front as the card of line 4, another answer (2 answers)'
		);
		expect(lines).toContain(
			'leaky.md:4: [front-ends-with-ellipsis] the front ends in "…" (it asks nothing)'
		);
		for (const l of lines.slice(0, lines.indexOf('')))
			expect(l).toMatch(/^leaky\.md:\d+: \[[a-z-]+\] \S/);
		expect(r.out).toMatch(
			/^leaky\.md: \d+ cards, \d+ findings on \d+ cards \(.*duplicate-front \d+.*\), 0 warnings$/m
		);
		expect(r.out).toMatch(/^total: 1 files, \d+ cards, \d+ findings on \d+ cards$/m);
		for (const rule of LINT_RULES) expect(r.out).toMatch(new RegExp(`^  ${rule}: \\d+$`, 'm'));
	});

	it('exits 0 and reports 0 findings for a fair file; folders are searched for *.md', () => {
		const fair = run(['fair.md', '--lint'], dir);
		expect(fair.code).toBe(0);
		expect(fair.out).toContain('fair.md: 1 cards, 0 findings on 0 cards, 0 warnings');
		const all = run(['--lint', '--json', '.'], dir);
		const report = JSON.parse(all.out) as { files: { file: string }[] };
		expect(report.files.map((f) => f.file)).toEqual([
			'fair.md',
			'leaky.md',
			join('more', 'cloze.md')
		]);
	});

	it('--lint --json gives files with their findings and a total per rule', () => {
		const r = run(['--lint', '--json', 'leaky.md', 'fair.md'], dir);
		const report = JSON.parse(r.out) as {
			files: { file: string; cards: number; warnings: number; findings: LintFinding[] }[];
			total: {
				files: number;
				cards: number;
				findings: number;
				flaggedCards: number;
				byRule: Record<string, number>;
			};
		};
		expect(report.files.map((f) => [f.file, f.findings.length > 0])).toEqual([
			['leaky.md', true],
			['fair.md', false]
		]);
		expect(report.total.findings).toBe(report.files[0]?.findings.length);
		expect(Object.keys(report.total.byRule)).toEqual([...LINT_RULES]);
		expect(r.code).toBe(1);
	});

	it('words a finding of every rule, with its parameters', () => {
		for (const rule of LINT_RULES) {
			const text = describeFinding({
				rule,
				file: 'f.md',
				line: 1,
				cardId: 'c',
				params: {
					field: 'front',
					term: 'X',
					markup: '**',
					name: 'a.png',
					tag: 't',
					alt: 'image',
					items: 6,
					max: 5,
					count: 2,
					firstLine: 3,
					match: '2번째',
					warnings: 1
				}
			});
			expect(text.length, rule).toBeGreaterThan(10);
		}
	});

	it('--read prints each card numbered as review shows it, cloze blanks as [...]', () => {
		const r = run(['more/cloze.md', '--read'], dir);
		expect(r.code).toBe(0);
		expect(r.out).toContain('# more/cloze.md — 노트: 1 cards');
		expect(r.out).toContain(
			'[1] more/cloze.md:4 (cloze/cloze)\n    노트 › 빌드\n  Q [...]을 이용하여 이미지를 만든다.\n  A Dockerfile을 이용하여 이미지를 만든다.\n'
		);
	});
});

describe('the corpus', () => {
	const root = resolve(import.meta.dirname, '..');
	const manifest = readManifest(root);

	it('lints every corpus file and reports findings in the documented shape', () => {
		const r = run(['--lint', '--json', 'tests/fixtures/corpus'], root);
		const report = JSON.parse(r.out) as {
			files: { file: string; cards: number; warnings: number; findings: LintFinding[] }[];
			total: { files: number; cards: number; findings: number; byRule: Record<string, number> };
		};
		expect(report.files.map((f) => f.file)).toEqual(
			manifest.entries.map((e) => join('tests/fixtures/corpus', e.file))
		);
		let findings = 0;
		for (const f of report.files) {
			expect(f.cards).toBeGreaterThanOrEqual(0);
			for (const x of f.findings) {
				expect(LINT_RULES).toContain(x.rule);
				expect(x.file).toBe(f.file);
				expect(x.line).toBeGreaterThanOrEqual(1);
				expect(typeof x.cardId).toBe('string');
				for (const v of Object.values(x.params)) expect(['string', 'number']).toContain(typeof v);
			}
			findings += f.findings.length;
		}
		expect(report.total.findings).toBe(findings);
		expect(Object.values(report.total.byRule).reduce((a, b) => a + b, 0)).toBe(findings);
		expect(r.code).toBe(findings ? 1 : 0);
	});
});
