import { renderReason } from '$lib/components/drill/reasons';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { StudyDb } from '$lib/db';
import type { Drill } from '$lib/drill';
import { DEFAULT_SCHEDULER_SETTINGS, Rating } from '$lib/scheduling';
import type { ServiceContext } from '$lib/services/context';
import {
	DRILL_DECK_ID,
	drillCardId,
	loadScenarioResults,
	syncDrillDeck,
	type DrillsModule
} from '$lib/services/drill';
import { DrillRun, type DrillRunOptions } from './drill.svelte';

const NOW = new Date('2025-03-10T10:00:00+09:00');
const TITLE = 'drills';

// The drills as the build serves them (`virtual:drills`, loaded and validated by the plugin).
const DRILLS: Drill[] = (await import('virtual:drills')).default;

const byId = (id: string): Drill => {
	const d = DRILLS.find((x) => x.id === id);
	if (!d) throw new Error(`no drill ${id}`);
	return d;
};
const drillsFrom = (drills: Drill[], version: string) => () =>
	Promise.resolve<DrillsModule>({ default: drills, version });

let db: StudyDb;
let dbCounter = 0;

beforeEach(async () => {
	db = new StudyDb(`drill-state-test-${dbCounter++}`);
	await db.open();
});

afterEach(async () => {
	db.close();
	await db.delete();
});

/** The context a screen is handed: this test's database, a fixed clock, default settings. */
function context(clock = () => NOW): ServiceContext {
	return { db, now: clock, settings: DEFAULT_SCHEDULER_SETTINGS, timeZone: 'Asia/Seoul' };
}

function run(drill: Drill, clock = () => NOW, extra: Partial<DrillRunOptions> = {}): DrillRun {
	const ctx = context(clock);
	return new DrillRun(drill, { context: () => ctx, ...extra });
}

async function logs() {
	return db.reviewLogs.toArray();
}

describe('recall run', () => {
	beforeEach(async () => {
		await syncDrillDeck(db, NOW, drillsFrom(DRILLS, 'v1'), TITLE);
	});

	it('C23: usermod -G without -a is wrong with its reason, then the right line grades Hard', async () => {
		const r = run(byId('docker-group'));
		await r.submit('sudo usermod -G docker alice');
		expect(r.last?.verdict.verdict).toBe('wrong');
		expect(r.last?.verdict.reasonIds).toContain('usermod-no-append');
		// The learner sees what went wrong, never an internal case id.
		const text = r.last!.verdict.reasons.map((x) => renderReason(x, 'ko')).join(' ');
		expect(text).toContain('sudo');
		expect(text).not.toMatch(/C\d\d/);
		expect(r.wrongAttempts).toBe(1);
		expect(r.graded).toBeNull();
		expect(await logs()).toHaveLength(0);

		await r.submit('sudo usermod -aG docker alice');
		expect(r.solved).toBe(true);
		expect(r.graded?.rating).toBe(Rating.Hard);
		const written = await logs();
		expect(written).toHaveLength(1);
		expect(written[0]).toMatchObject({
			cardId: 'drill:docker-group',
			rating: Rating.Hard,
			origin: 'drill',
			deckId: DRILL_DECK_ID
		});
	});

	it('right first time grades Good; further lines are practice and grade nothing', async () => {
		const r = run(byId('install-docker'));
		await r.submit('curl -fsSL https://get.docker.com/ | sudo sh');
		expect(r.graded?.rating).toBe(Rating.Good);
		expect(r.graded?.due.getTime()).toBeGreaterThan(NOW.getTime());
		expect(r.graded?.intervalMs).toBe(r.graded!.due.getTime() - NOW.getTime());
		await r.submit('sudo curl -fsSL https://get.docker.com/ | sh');
		await r.submit('curl -fsSL https://get.docker.com/ | sudo sh');
		expect(await logs()).toHaveLength(1);
	});

	it("Docker's two-step install: the download is progress, not a mistake (Good)", async () => {
		const r = run(byId('install-docker'));
		await r.submit('curl -fsSL https://get.docker.com -o get-docker.sh');
		expect(r.last?.verdict.reasonIds).toEqual(['two-step-incomplete']);
		expect(r.wrongAttempts).toBe(0);
		await r.submit('sudo sh get-docker.sh');
		expect(r.graded?.rating).toBe(Rating.Good);
	});

	it('a hint, then right: Hard', async () => {
		const r = run(byId('docker-version'));
		await r.nextHint();
		expect(r.hints).toHaveLength(1);
		await r.submit('docker version');
		expect(r.graded?.rating).toBe(Rating.Hard);
	});

	it('revealing the answer grades Again at once, and only once', async () => {
		const r = run(byId('docker-group'));
		for (let i = 0; i < 6; i++) await r.nextHint();
		expect(r.hintLevel).toBe(4);
		expect(r.revealed).toBe(true);
		expect(r.hints.at(-1)).toMatchObject({ authored: '`sudo usermod -aG docker alice`' });
		expect(r.graded?.rating).toBe(Rating.Again);
		await r.submit('sudo usermod -aG docker alice');
		expect(r.finished).toBe(true);
		const written = await logs();
		expect(written.map((l) => l.rating)).toEqual([Rating.Again]);
	});

	it('a blank line only prints a prompt; the host output follows each command', async () => {
		const r = run(byId('install-docker'));
		await r.submit('   ');
		expect(r.entries).toEqual([
			{ id: 0, kind: 'command', prompt: 'alice@ubuntu:~$ ', text: '   ' }
		]);
		expect(r.last).toBeNull();
		await r.submit('docker version');
		const out = r.entries.at(-1);
		expect(out?.kind).toBe('output');
		expect(out && 'error' in out && out.error).toBe(true);
		expect(out && 'text' in out && out.text).toContain('docker');
		expect(r.wrongAttempts).toBe(1);
	});

	it('remarks of the drill host follow the output as notes', async () => {
		const r = run(byId('install-docker'));
		await r.submit('exit');
		expect(r.entries.map((e) => e.kind)).toEqual(['command', 'output', 'note']);
		expect(r.entries.at(-1)).toMatchObject({
			kind: 'note',
			reason: { id: 'host-logged-in-again' }
		});
	});

	it('a line typed while the grade is being written still runs; the card is graded once', async () => {
		const r = run(byId('docker-version'));
		const first = r.submit('docker version');
		const second = r.submit('docker version');
		await Promise.all([first, second]);
		expect(r.entries.filter((e) => e.kind === 'command')).toHaveLength(2);
		expect(await logs()).toHaveLength(1);
	});

	it('without a database the drill still runs and judges, and writes nothing', async () => {
		const r = new DrillRun(byId('docker-version'), { context: () => null });
		await r.submit('docker version');
		expect(r.solved).toBe(true);
		expect(r.graded).toBeNull();
		expect(await logs()).toHaveLength(0);
	});

	it('a failed write is reported and the run goes on', async () => {
		const errors: unknown[] = [];
		await db.cards.delete(drillCardId('docker-version'));
		const r = run(byId('docker-version'), () => NOW, { onWriteError: (e) => errors.push(e) });
		await r.submit('docker version');
		expect(errors).toHaveLength(1);
		expect(r.graded).toBeNull();
		expect(r.busy).toBe(false);
	});
});

describe('scenario run', () => {
	const scenario = () => byId('scenario-docker-without-sudo');

	async function solve(lines: string[], clock = () => NOW): Promise<DrillRun> {
		const r = run(scenario(), clock);
		for (const line of lines) await r.submit(line);
		return r;
	}

	it('goals start unmet (but alice keeps her groups) and turn met as the host changes', async () => {
		const r = run(scenario());
		expect(r.goals.map((g) => [g.goal, g.met])).toEqual([
			['docker-installed', false],
			['member:docker', false],
			['keeps-groups', true],
			['ran:docker ps', false]
		]);
		await r.submit('curl -fsSL https://get.docker.com/ | sudo sh');
		expect(r.goals.find((g) => g.goal === 'docker-installed')?.met).toBe(true);
		expect(r.solved).toBe(false);
	});

	it('solved by two different orders; the best count is stored', async () => {
		const first = await solve([
			'curl -fsSL https://get.docker.com/ | sudo sh',
			'sudo usermod -aG docker alice',
			'newgrp docker',
			'docker ps'
		]);
		expect(first.solved).toBe(true);
		expect(first.solvedWith).toBe(4);
		expect(first.last?.referenceCommands).toBe(4);
		expect(first.best?.best).toBe(4);

		// Another order: Docker's two-step install, a `docker ps` that fails (no group yet), then
		// the group with `$USER` and the separate -a -G options.
		const second = await solve([
			'curl -fsSL https://get.docker.com -o get-docker.sh',
			'sudo sh get-docker.sh',
			'docker ps',
			'sudo usermod -a -G docker $USER',
			'newgrp docker',
			'docker ps'
		]);
		expect(second.solved).toBe(true);
		expect(second.solvedWith).toBe(6);
		// The longer run does not replace the best.
		expect((await loadScenarioResults(db))['scenario-docker-without-sudo']?.best).toBe(4);
	});

	it('C23 in a scenario: the goal is not reached and the reason names the lost groups', async () => {
		const r = await solve([
			'curl -fsSL https://get.docker.com/ | sudo sh',
			'sudo usermod -G docker alice'
		]);
		expect(r.last?.verdict.reasonIds).toContain('user-lost-groups');
		expect(r.goals.find((g) => g.goal === 'keeps-groups')?.met).toBe(false);
		expect(r.solved).toBe(false);
		expect(await logs()).toHaveLength(0);
	});

	it('restart gives a fresh host and an empty screen', async () => {
		const r = await solve(['curl -fsSL https://get.docker.com/ | sudo sh']);
		r.restart();
		expect(r.entries).toEqual([]);
		expect(r.host.docker.installed).toBe(false);
		expect(r.goals.find((g) => g.goal === 'docker-installed')?.met).toBe(false);
	});
});
