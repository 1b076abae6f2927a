import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { drillCli } from './cli';

const DIR = join(process.cwd(), 'questions', 'drills');
const FILES = readdirSync(DIR)
	.filter((f) => f.endsWith('.md') && f !== 'README.md')
	.map((f) => ({ path: `questions/drills/${f}`, text: readFileSync(join(DIR, f), 'utf8') }));

describe('drill CLI', () => {
	it('list prints one id per line', () => {
		const r = drillCli(['list'], FILES);
		expect(r.exitCode).toBe(0);
		const ids = r.stdout
			.trim()
			.split('\n')
			.map((l) => l.split('\t')[0]);
		expect(ids).toEqual(
			expect.arrayContaining(['install-docker', 'docker-group', 'docker-version'])
		);
	});

	it('check prints the verdict, normalised form and reason ids as JSON (C23)', () => {
		const r = drillCli(['check', 'docker-group', 'sudo usermod -G docker alice'], FILES);
		expect(r.exitCode).toBe(0);
		const json = JSON.parse(r.stdout) as Record<string, unknown>;
		expect(json).toMatchObject({
			verdict: 'wrong',
			normalised: 'sudo usermod -G docker alice',
			reasonIds: ['usermod-no-append']
		});
	});

	it('check runs scenario lines in order', () => {
		const r = drillCli(
			[
				'check',
				'scenario-permission-denied',
				'sudo usermod -aG docker alice',
				'newgrp docker\ndocker version'
			],
			FILES
		);
		expect(JSON.parse(r.stdout)).toMatchObject({
			verdict: 'correct',
			solved: true,
			commandsUsed: 3
		});
	});

	it('unknown id: exit 1 with a message', () => {
		const r = drillCli(['check', 'nope', 'docker version'], FILES);
		expect(r.exitCode).toBe(1);
		expect(r.stderr).toContain("unknown drill id 'nope'");
		expect(r.stdout).toBe('');
	});

	it('usage errors and drill file errors exit 1', () => {
		expect(drillCli([], FILES).exitCode).toBe(1);
		expect(drillCli(['check', 'docker-group'], FILES).exitCode).toBe(1);
		const broken = drillCli(
			['list'],
			[
				{
					path: 'x.md',
					text: '## x\n- prompt: 테스트\n- prompt-en: test\n- expected: `usermod -Q a`\n'
				}
			]
		);
		expect(broken.exitCode).toBe(1);
		expect(broken.stderr).toMatch(/^x\.md:4: expected: usermod: invalid option -- 'Q'/);
	});
});
