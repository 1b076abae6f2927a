import { describe, expect, it } from 'vitest';
import { mulberry32 } from '$lib/random';
import { renderReason } from '$lib/components/drill/reasons';
import { judgeCommand, readTemplate } from './judge';
import { fillSamples } from './template';

/**
 * Every template form the converter and Docker's reference emit, judged against random typed
 * lines: mutations of the template's own sample command and random shell fragments. A judge
 * that cannot read something must still answer (never `internal-error`, never a throw).
 */
const FORMS: [form: string, template: string][] = [
	['{x} slots', 'docker logs {option} {container_id}'],
	['<x> slots', 'docker tag <원본 이미지> <새 이름>:<태그>'],
	['[x] Korean slots', 'docker run -v [볼륨 이름]:[컨테이너 경로] <이미지명>'],
	['account slot', 'sudo usermod -aG docker [ubuntu 사용자 계정 이름]'],
	['[OPTIONS] + metavariables', 'docker stop [OPTIONS] CONTAINER [CONTAINER...]'],
	['NAME[:TAG|@DIGEST]', 'docker pull [OPTIONS] NAME[:TAG|@DIGEST]'],
	['[COMMAND] [ARG...]', 'docker run [OPTIONS] IMAGE [COMMAND] [ARG...]'],
	['alternatives with spaces', 'docker build [OPTIONS] PATH | URL | -'],
	['NAME|ID', 'docker inspect [OPTIONS] NAME|ID [NAME|ID...]'],
	['open subcommand', 'docker compose [OPTIONS] COMMAND'],
	['pipeline', 'curl -fsSL https://get.docker.com/ | sudo sh'],
	['shell text', 'docker run -v "$(pwd)":/app <이미지명>'],
	['no spec', 'sudo apt-get install -y docker-ce'],
	['not a command', 'CONTAINER ID  IMAGE    COMMAND   CREATED  STATUS  PORTS  NAMES'],
	['prose in a code block', 'ex) 접속 확인 (curl localhost:8080)']
];

const FRAGMENTS = [
	'-d',
	'-P',
	'-p',
	'--rm',
	'-it',
	'--',
	'-',
	'$(',
	"'",
	'"',
	'|',
	'&&',
	';',
	'>',
	'<',
	'(',
	')',
	'{',
	'}',
	'[',
	']',
	'<이미지명>',
	'[OPTIONS]',
	'NAME',
	'sudo',
	'docker',
	'compose',
	'container',
	'ls',
	'web',
	'nginx:1.27',
	'a@sha256:x',
	'.',
	'./x',
	'~/y',
	'$USER',
	'`id`',
	'도커',
	'\t',
	'\u0000',
	'\ud800',
	'*'
];

function mutate(base: string[], rnd: () => number): string {
	const words = [...base];
	const edits = 1 + Math.floor(rnd() * 4);
	for (let i = 0; i < edits; i++) {
		const at = Math.floor(rnd() * (words.length + 1));
		const op = rnd();
		const frag = FRAGMENTS[Math.floor(rnd() * FRAGMENTS.length)]!;
		if (op < 0.3) words.splice(at, 0, frag);
		else if (op < 0.5) words.splice(at, 1);
		else if (op < 0.7 && words[at]) words[at] = words[at]!.toUpperCase();
		else if (op < 0.85 && words.length > 1) words.reverse();
		else words[at] = frag + (words[at] ?? '');
	}
	return words.join(rnd() < 0.1 ? '' : ' ');
}

describe.each(FORMS)('template form: %s', (_form, template) => {
	it('judges 10 000 seeded random lines without an internal error', () => {
		expect.hasAssertions();
		const read = readTemplate(template);
		const own = fillSamples(read.compiled, 'alice').split(' ');
		const rnd = mulberry32(0x5eed + template.length);
		const kinds = new Set<string>();
		for (let n = 0; n < 10_000; n++) {
			const line = n % 5 === 0 ? FRAGMENTS.filter(() => rnd() < 0.2).join(' ') : mutate(own, rnd);
			const v = judgeCommand(read, line);
			if (
				v.reasonIds.includes('internal-error') ||
				!['correct', 'correct-with-note', 'wrong'].includes(v.verdict)
			)
				throw new Error(`${template} ← ${JSON.stringify(line)}: ${JSON.stringify(v)}`);
			for (const r of v.reasons) kinds.add(r.id);
		}
		// Every reason the fuzz met has a message in both languages.
		for (const id of kinds) {
			expect(renderReason({ id, params: {} }, 'ko'), id).not.toBe(id);
			expect(renderReason({ id, params: {} }, 'en'), id).not.toBe(id);
		}
	});
});
