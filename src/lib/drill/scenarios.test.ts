import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Rating } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import type { CommandItem } from '../content/types';
import { renderReason } from '$lib/components/drill/reasons';
import { judgeCommand } from './judge';
import {
	checkDrill,
	commandDrillFromItem,
	formatDrillError,
	hintAt,
	HINT_LEVELS,
	loadDrills,
	ratingFor,
	skeletonOf,
	startHost,
	type Drill,
	type DrillCheck,
	type Hint,
	type RecallDrill,
	type ScenarioDrill
} from './scenarios';

const DIR = join(process.cwd(), 'questions', 'drills');
const FILES = readdirSync(DIR)
	.filter((f) => f.endsWith('.md') && f !== 'README.md')
	.map((f) => ({ path: `questions/drills/${f}`, text: readFileSync(join(DIR, f), 'utf8') }));
const BUNDLED = loadDrills(FILES);

function drill<K extends Drill['kind']>(id: string, kind: K): Extract<Drill, { kind: K }> {
	const d = BUNDLED.drills.find((x) => x.id === id);
	if (!d || d.kind !== kind) throw new Error(`no ${kind} drill ${id}`);
	return d as Extract<Drill, { kind: K }>;
}

/** Play lines on a drill from its start host; returns every check. */
function play(d: Drill, lines: string[]): DrillCheck[] {
	let host = startHost(d);
	return lines.map((line) => {
		const r = checkDrill(d, line, host);
		host = r.host;
		return r;
	});
}

describe('bundled drills', () => {
	it('load with no errors and include the three drills from the notes', () => {
		expect(BUNDLED.errors.map(formatDrillError)).toEqual([]);
		const ids = BUNDLED.drills.map((d) => d.id);
		expect(ids).toEqual(
			expect.arrayContaining(['install-docker', 'docker-group', 'docker-version'])
		);
		expect(BUNDLED.drills.some((d) => d.kind === 'scenario')).toBe(true);
	});

	it('every recall drill accepts its own expected command', () => {
		for (const d of BUNDLED.drills.filter((x): x is RecallDrill => x.kind === 'recall')) {
			const typed = d.expected.replace('{user}', 'alice');
			expect([d.id, judgeCommand(d.expected, typed, { slots: d.slots }).verdict]).toEqual([
				d.id,
				'correct'
			]);
		}
	});

	it('CRLF files load the same drills', () => {
		const crlf = loadDrills(FILES.map((f) => ({ ...f, text: f.text.replace(/\n/g, '\r\n') })));
		expect(crlf.errors).toEqual([]);
		expect(crlf.drills).toEqual(BUNDLED.drills);
	});
});

describe('loadDrills errors carry file:line', () => {
	const text = [
		'# test', // 1
		'', // 2
		'## good-one', // 3
		'- kind: recall', // 4
		'- prompt: 버전을 보이세요', // 5
		'- prompt-en: en', // 5+
		'- expected: `docker version`', // 6
		'', // 7
		'## bad-option', // 8
		'- prompt: x', // 9
		'- prompt-en: en', // 9+
		'- expected: `usermod -Q alice`', // 10
		'', // 11
		'## Bad_Id', // 12
		'- prompt: x', // 13
		'- prompt-en: en', // 13+
		'- expected: `id`', // 14
		'- colour: blue', // 15
		'', // 16
		'## no-prompt', // 17
		'- expected: `id`', // 18
		'', // 19
		'## bad-scenario', // 20
		'- kind: scenario', // 21
		'- prompt: x', // 22
		'- prompt-en: en', // 22+
		'- goal: docker-installed, flying', // 23
		'', // 24
		'```sh', // 25
		'id', // 26
		'```', // 27
		'', // 28
		'## unreachable', // 29
		'- kind: scenario', // 30
		'- prompt: x', // 31
		'- prompt-en: en', // 31+
		'- goal: docker-installed', // 32
		'', // 33
		'```sh', // 34
		'whoami', // 35
		'```', // 36
		'', // 37
		'## good-one', // 38
		'- prompt: again', // 39
		'- prompt-en: en', // 39+
		'- expected: `id`' // 40
	].join('\n');
	const loaded = loadDrills([{ path: 'questions/drills/t.md', text }]);
	const messages = loaded.errors.map(formatDrillError);

	it('keeps the valid drill', () => {
		expect(loaded.drills.map((d) => d.id)).toEqual(['good-one']);
	});

	it.each([
		['questions/drills/t.md:12: expected:', "invalid option -- 'Q'"],
		['questions/drills/t.md:14: id:', 'lowercase'],
		['questions/drills/t.md:18: unknown key', 'colour'],
		['questions/drills/t.md:20: prompt is required', ''],
		['questions/drills/t.md:27: goals:', 'unknown goal'],
		['questions/drills/t.md:39: the reference solution does not reach', 'docker-installed'],
		['questions/drills/t.md:43: duplicate drill id', 'good-one']
	])('%s … %s', (prefix, detail) => {
		const hit = messages.find((m) => m.startsWith(prefix));
		expect(hit, messages.join('\n')).toBeDefined();
		expect(hit).toContain(detail);
	});
});

describe('scenarios', () => {
	it('one scenario solved by two different command sequences', () => {
		const d = drill('scenario-docker-without-sudo', 'scenario');
		const a = play(d, d.solution);
		expect(a.at(-1)).toMatchObject({ solved: true, commandsUsed: 4, referenceCommands: 4 });
		expect(a.at(-1)!.verdict.verdict).toBe('correct');
		expect(a.slice(0, -1).every((r) => !r.solved)).toBe(true);

		const b = play(d, [
			'curl -fsSL https://get.docker.com -o get-docker.sh',
			'sudo sh get-docker.sh',
			'sudo gpasswd -a alice docker',
			'exit',
			'docker ps'
		]);
		expect(b.at(-1)).toMatchObject({ solved: true, commandsUsed: 5, referenceCommands: 4 });
		expect(b.at(-1)!.verdict.reasonIds).toEqual(['more-commands-than-reference']);
	});

	it('one scenario solved by two different command orders (group first, then install)', () => {
		const d = drill('scenario-docker-without-sudo', 'scenario');
		const r = play(d, [
			'sudo groupadd docker',
			'sudo usermod -aG docker alice',
			'curl -fsSL https://get.docker.com/ | sudo sh',
			'newgrp docker',
			'docker ps'
		]);
		expect(r.at(-1)).toMatchObject({ solved: true, commandsUsed: 5, referenceCommands: 4 });
		expect(r[1]!.exitCode).toBe(0);
		// Without groupadd the same order fails: the group does not exist before the install.
		const early = play(d, ['sudo usermod -aG docker alice']);
		expect(early[0]!.output).toContain("usermod: group 'docker' does not exist");
	});

	it('the same goals reached with newgrp before or after checking groups', () => {
		const d = drill('scenario-permission-denied', 'scenario');
		const a = play(d, ['sudo usermod -aG docker alice', 'newgrp docker', 'docker version']);
		const b = play(d, ['sudo adduser alice docker', 'groups', 'exit', 'groups', 'docker version']);
		expect(a.at(-1)!.solved).toBe(true);
		expect(b.at(-1)!.solved).toBe(true);
		expect(b[1]!.output).not.toContain('docker');
		expect(b[3]!.output).toContain('docker');
	});

	it('C23: usermod -G without -a reaches docker but loses sudo, so the scenario is not solved', () => {
		const d = drill('scenario-docker-without-sudo', 'scenario');
		const r = play(d, [
			'curl -fsSL https://get.docker.com/ | sudo sh',
			'sudo usermod -G docker alice',
			'exit',
			'docker ps'
		]);
		expect(r.at(-1)!.solved).toBe(false);
		expect(r.at(-1)!.verdict.reasonIds).toContain('user-lost-groups');
		expect(JSON.stringify(r.at(-1)!.verdict.reasons)).toContain('sudo');
	});

	it('C26: sudo on curl installs on the host (the script elevates itself) but the step follows the judge: wrong', () => {
		const d = drill('scenario-docker-without-sudo', 'scenario');
		const r = play(d, ['sudo curl -fsSL https://get.docker.com/ | sh']);
		// The host shows what really happens: sh runs as alice and the script calls sudo itself.
		expect(r[0]!.host.docker.installed).toBe(true);
		expect(r[0]!.output).toContain('+ sudo -E sh -c');
		// The step is judged like the recall card (C26): a misplaced sudo, named as such.
		expect(r[0]!.verdict.verdict).toBe('wrong');
		expect(r[0]!.verdict.reasons[0]).toEqual({
			id: 'sudo-covers-download',
			params: { covered: 'curl', shell: 'sh', user: 'alice' }
		});
		expect(r[0]!.solved).toBe(false);
		// The screen shows the step's own verdict apart from the goals.
		expect(r[0]!.step?.reasonIds).toEqual(['sudo-covers-download']);
	});

	it('C26: a step the judge calls wrong does not solve a scenario whose goals it reached', () => {
		const d = drill('scenario-two-step-install', 'scenario');
		const [wrong, next] = play(d, [
			'sudo curl -fsSL https://get.docker.com/ | sh',
			'docker --version'
		]);
		expect(wrong!.unmet).toEqual([]);
		expect(wrong!.solved).toBe(false);
		expect(wrong!.verdict.reasonIds).toEqual(['sudo-covers-download']);
		// A later line that is not wrong finds the goals met (with more commands than the reference).
		expect(next!.solved).toBe(true);
	});

	it("curl | sh by a sudoer in a scenario: right, with the judge's note about the script elevating itself", () => {
		const d = drill('scenario-two-step-install', 'scenario');
		const [r] = play(d, ['curl -fsSL https://get.docker.com/ | sh']);
		expect(r!.solved).toBe(true);
		expect(r!.verdict.verdict).toBe('correct-with-note');
		expect(r!.verdict.reasonIds).toContain('script-elevates');
		expect(r!.step?.verdict).toBe('correct-with-note');
	});

	it('a line with nothing to say about it has no step verdict', () => {
		const d = drill('scenario-docker-without-sudo', 'scenario');
		expect(play(d, ['groups'])[0]!.step).toBeNull();
	});
});

describe('recall drills on the host', () => {
	it('runs the line and judges it', () => {
		const d = drill('docker-group', 'recall');
		const r = checkDrill(d, 'sudo usermod -aG docker $USER');
		expect(r.verdict.verdict).toBe('correct');
		expect(r.host.groups.docker?.members).toEqual(['alice']);
		expect(r.solved).toBe(true);
	});

	it('two-step install over two lines: the first is incomplete, the second completes it', () => {
		const d = drill('install-docker', 'recall');
		const [first, second] = play(d, [
			'curl -fsSL https://get.docker.com -o get-docker.sh',
			'sudo sh get-docker.sh'
		]);
		expect(first!.verdict.reasonIds).toEqual(['two-step-incomplete']);
		expect(second!.verdict.verdict).toBe('correct-with-note');
		expect(second!.verdict.reasonIds).toContain('two-step');
		expect(second!.host.docker.installed).toBe(true);
	});
});

describe('hint ladder', () => {
	/** A hint as the Korean UI shows it. */
	const md = (h: Hint | null): string =>
		h === null ? '' : 'reason' in h ? renderReason(h.reason, 'ko') : h.authored;

	it('authored hints, skeleton with the learner name, then the reveal', () => {
		const d = drill('docker-group', 'recall');
		expect(md(hintAt(d, 0))).toBe('');
		expect(md(hintAt(d, 1))).toContain('usermod');
		expect(md(hintAt(d, 2))).toContain('-a');
		expect(md(hintAt(d, 3))).toBe('`sudo usermod -?G ____ alice`');
		expect(md(hintAt(d, HINT_LEVELS))).toBe('`sudo usermod -aG docker alice`');
		expect(md(hintAt(d, 99))).toBe(md(hintAt(d, HINT_LEVELS)));
	});

	it('generated hints for a drill with none authored', () => {
		const d = commandDrillFromItem({
			template: 'docker ps -a',
			original: 'docker ps -a',
			slots: []
		});
		expect(md(hintAt(d, 1))).toBe('사용하는 명령: `docker`');
		expect(md(hintAt(d, 2))).toContain('멈춘 컨테이너');
		expect(md(hintAt(d, 3))).toBe('`docker p? -?`');
		expect(md(hintAt(d, 4))).toBe('`docker ps -a`');
	});

	it('skeletons hide option letters but the last, and values', () => {
		expect(skeletonOf('curl -fsSL https://get.docker.com/ | sudo sh')).toBe(
			'curl -???L https://get.______.com/ | sudo sh'
		);
		expect(skeletonOf('docker run -d -p 8080:80 --name web nginx')).toBe(
			'docker r?? -? -? ____ --n??? ____ ____'
		);
	});

	it('scenario ladder: goals, programs, skeletons, solution', () => {
		const d: ScenarioDrill = drill('scenario-permission-denied', 'scenario');
		expect(md(hintAt(d, 1))).toContain('docker 그룹');
		expect(md(hintAt(d, 2))).toBe(
			'사용하는 명령(순서대로): `sudo usermod` → `newgrp` → `docker version`'
		);
		expect(md(hintAt(d, 4))).toBe(d.solution.map((l) => '`' + l + '`').join(' → '));
	});
});

describe('ratingFor', () => {
	it.each([
		[{ solved: true, hintLevel: 0, wrongAttempts: 0 }, Rating.Good],
		[{ solved: true, hintLevel: 2, wrongAttempts: 0 }, Rating.Hard],
		[{ solved: true, hintLevel: 0, wrongAttempts: 1 }, Rating.Hard],
		[{ solved: true, hintLevel: HINT_LEVELS, wrongAttempts: 0 }, Rating.Again],
		[{ solved: false, hintLevel: 1, wrongAttempts: 3 }, Rating.Again]
	])('%j → %s', (outcome, rating) => {
		expect(ratingFor(outcome)).toBe(rating);
	});
});

describe('commandDrillFromItem', () => {
	const item: CommandItem = {
		template: 'sudo usermod -aG docker {user}',
		original: 'sudo usermod -aG docker [ubuntu 사용자 계정 이름]',
		slots: [{ name: 'user', label: 'ubuntu 사용자 계정 이름' }]
	};

	it('makes a stable recall drill whose user slot takes the learner name', () => {
		const a = commandDrillFromItem(item);
		const b = commandDrillFromItem({ ...item });
		expect(a.id).toBe(b.id);
		expect(a.id).toMatch(/^note-[0-9a-z]+$/);
		expect(a.slots).toEqual({ user: ['alice'] });
		expect(a.prompt).not.toContain('-aG');
		expect(checkDrill(a, 'sudo usermod -a -G docker "$USER"').verdict.verdict).toBe('correct');
		expect(checkDrill(a, 'sudo usermod -G docker alice').verdict.reasonIds).toContain(
			'usermod-no-append'
		);
	});

	it('different templates give different ids; docker commands start on a ready host', () => {
		const ps = commandDrillFromItem({
			template: 'docker ps -a',
			original: 'docker ps -a',
			slots: []
		});
		expect(ps.id).not.toBe(commandDrillFromItem(item).id);
		expect(ps.start).toBe('docker-ready');
		expect(checkDrill(ps, 'docker ps --all').output).toContain('CONTAINER ID');
	});
});

describe('setup blocks and container goals', () => {
	it('setup lines run before the drill and are not counted', () => {
		const d = drill('scenario-clean-up', 'scenario');
		const host = startHost(d);
		expect(host.docker.containers).toHaveLength(2);
		expect(host.history).toEqual([]);
		const r = play(d, ['docker rm -f $(docker ps -aq)']);
		expect(r[0]).toMatchObject({ solved: true, commandsUsed: 1, referenceCommands: 2 });
	});

	it('port and running-container goals', () => {
		const d = drill('scenario-nginx-background', 'scenario');
		const wrongPort = play(d, ['docker run -d -p 80:80 nginx', 'docker ps']);
		expect(wrongPort.at(-1)!.solved).toBe(false);
		expect(wrongPort.at(-1)!.unmet).toEqual([{ id: 'goal-port', params: { arg: '8080' } }]);
		expect(
			play(d, ['docker run --detach --publish 8080:80 nginx', 'docker ps']).at(-1)!.solved
		).toBe(true);
	});

	it('a failing setup line is a drill file error', () => {
		const text =
			'## s\n- kind: scenario\n- prompt: x\n- prompt-en: x\n- goal: no-containers\n\n```sh setup\ndocker rm nope\n```\n\n```sh\nid\n```\n';
		const loaded = loadDrills([{ path: 'q.md', text }]);
		expect(loaded.errors.map(formatDrillError)).toEqual([
			expect.stringMatching(/^q\.md:7: setup line 'docker rm nope' fails/)
		]);
	});
});
