import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseNotes } from '$lib/content';
import type { CommandItem } from '$lib/content/types';
import { createHost } from './host';
import { checkCommandItem } from './check-commands';
import { judgeCommand } from './judge';
import { checkDrill, commandDrillFromItem } from './scenarios';

// Integration with the notes converter: every command card must be judged by the drill.
const QUESTIONS = join(process.cwd(), 'questions');
const NOTES = join(process.cwd(), '..', 'shared', 'notes', 'study_Docker.md');

function commandItems(file: string, text: string): CommandItem[] {
	return parseNotes(text, file, { deck: 'test' })
		.cards.map((c) => c.command)
		.filter((c): c is CommandItem => c !== undefined);
}

/** The template with each slot filled by a plausible word, as a learner would type it. */
function typedFor(template: string): string {
	return template.replace(/\{([A-Za-z][A-Za-z0-9_-]*)\}/g, (_m, name: string) =>
		name === 'user' ? 'alice' : `my-${name}`
	);
}

describe('command cards of the bundled deck', () => {
	const items = readdirSync(QUESTIONS)
		.filter((f) => f.endsWith('.md') && f.toLowerCase() !== 'readme.md')
		.flatMap((f) => commandItems(`questions/${f}`, readFileSync(join(QUESTIONS, f), 'utf8')));

	it('exist', () => {
		expect(items.length).toBeGreaterThan(20);
	});

	it('each accepts its own command with the slots filled in, and reads without option errors', () => {
		const problems = items
			.map((item) => ({ item, v: judgeCommand(item.template, typedFor(item.template)) }))
			.filter(({ v }) => v.verdict !== 'correct')
			.map(({ item, v }) => `${item.template} → ${v.verdict} ${v.reasonIds.join(',')}`);
		expect(problems).toEqual([]);
	});

	it('each runs on the host without an internal error', () => {
		for (const item of items) {
			const drill = commandDrillFromItem(item);
			const r = checkDrill(drill, typedFor(item.template), createHost('docker-ready'));
			expect([item.template, r.output.includes('내부 오류')]).toEqual([item.template, false]);
		}
	});
});

describe("command items of the user's own notes", () => {
	const items = commandItems('study_Docker.md', readFileSync(NOTES, 'utf8'));

	it('are the install script, the docker group and docker version', () => {
		expect(items.map((i) => i.template)).toEqual(
			expect.arrayContaining([
				'curl -fsSL https://get.docker.com/ | sudo sh',
				'sudo usermod -aG docker {user}',
				'docker version'
			])
		);
	});

	it('C23: the usermod card from the notes rejects -G without -a', () => {
		const item = items.find((i) => i.template.includes('usermod'))!;
		const drill = commandDrillFromItem(item);
		expect(checkDrill(drill, 'sudo usermod -G docker alice').verdict.reasonIds).toContain(
			'usermod-no-append'
		);
		expect(checkDrill(drill, 'sudo usermod --groups=docker -a alice').verdict.verdict).toBe(
			'correct'
		);
	});

	it('C26: the install card from the notes rejects sudo on curl', () => {
		const item = items.find((i) => i.template.includes('get.docker.com'))!;
		const drill = commandDrillFromItem(item);
		expect(
			checkDrill(drill, 'sudo curl -fsSL https://get.docker.com/ | sh').verdict.reasonIds[0]
		).toBe('sudo-covers-download');
		expect(checkDrill(drill, 'curl -sSLf https://get.docker.com/ | sudo sh').verdict.verdict).toBe(
			'correct'
		);
	});
});

describe('slots inside words', () => {
	it.each([
		['docker run -v {volume}:{container} {image}', 'docker run -v data:/app nginx', 'correct'],
		[
			'docker run -v {volume}:{container} {image}',
			'docker run --volume=data:/app nginx',
			'correct'
		],
		['docker run -v {volume}:{container} {image}', 'docker run -v data nginx', 'wrong'],
		[
			'docker run -e MYSQL_ROOT_PASSWORD={arg} mysql',
			'docker run -e MYSQL_ROOT_PASSWORD=secret mysql',
			'correct'
		],
		[
			'docker run -e MYSQL_ROOT_PASSWORD={arg} mysql',
			'docker run -e MYSQL_PASSWORD=secret mysql',
			'wrong'
		],
		['docker pull {image}:{tag}', 'docker pull nginx:1.27', 'correct'],
		['docker pull {image}:{tag}', 'docker pull nginx', 'wrong'],
		['docker push {user}/{arg}:{tag}', 'docker push alice/web:v1', 'correct'],
		['docker run -v "$(pwd)":/app {image}', 'docker run -v $PWD:/app nginx', 'correct'],
		['docker run -v "$(pwd)":/app {image}', 'docker run -v /home/alice:/app nginx', 'correct']
	])('%s vs %s → %s', (expected, typed, verdict) => {
		expect(judgeCommand(expected, typed).verdict).toBe(verdict);
	});
});

describe('every command item accepts its own command (the measure of issue 13)', () => {
	const sources = ['../shared/notes/study_Docker.md', 'tests/fixtures/study_Docker.sample.md']
		.filter((p) => existsSync(p))
		.slice(0, 1);
	const corpusDir = 'tests/fixtures/corpus';
	const corpus = existsSync(corpusDir)
		? readdirSync(corpusDir)
				.filter((f) => f.endsWith('.md') && !/^(README|SOURCES)\.md$/.test(f))
				.map((f) => join(corpusDir, f))
		: [];
	const questions = readdirSync(QUESTIONS)
		.filter((f) => /^\d.*\.md$/.test(f))
		.map((f) => join(QUESTIONS, f));
	it.each([...sources, ...questions, ...corpus])('%s', (file) => {
		const parsed = parseNotes(readFileSync(file, 'utf8'), file);
		const failed = parsed.cards
			.filter((c) => c.command)
			.map((c) => ({ c, r: checkCommandItem(c.command!) }))
			.filter(({ r }) => !r.accepted)
			.map(
				({ c, r }) =>
					`${c.source.line}: ${c.command!.original} ← ${r.typed} → ${r.verdict.reasonIds}`
			);
		expect(failed).toEqual([]);
	});
});
