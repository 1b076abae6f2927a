import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { canonicalQuantity } from './judge/normal';
import { checkDrill, formatDrillError, loadDrills, startHost } from './scenarios';

const PATH = 'questions/drills/operations.md';
const LOADED = loadDrills([{ path: PATH, text: readFileSync(join(process.cwd(), PATH), 'utf8') }]);

/** [drill id, typed line, expected verdict, expected reason ids]. */
const TABLE: [string, string, string, string[]][] = [
	['disk-usage', 'docker system df', 'correct', []],
	['disk-usage', 'docker system df -v', 'correct-with-note', ['unasked-options']],
	['disk-usage', 'docker df', 'wrong', ['unknown-subcommand']],
	['prune-all-unused', 'docker system prune', 'correct', []],
	['prune-all-unused', 'docker system prune -f', 'correct-with-note', ['unasked-options']],
	['prune-all-unused', 'docker system prune -a', 'wrong', ['extra-option']],
	['prune-all-unused', 'docker container prune', 'wrong', ['wrong-subcommand']],
	['restart-unless-stopped', 'docker run -d --restart unless-stopped redis', 'correct', []],
	['restart-unless-stopped', 'docker run -d --restart=unless-stopped redis', 'correct', []],
	[
		'restart-unless-stopped',
		'docker run -d --restart always redis',
		'wrong',
		['wrong-option-value']
	],
	[
		'restart-unless-stopped',
		'docker run --restart unless-stopped redis',
		'wrong',
		['missing-option']
	],
	['memory-limit', 'docker run -d --memory 512m nginx', 'correct', []],
	['memory-limit', 'docker run -d -m 512m nginx', 'correct', []],
	['memory-limit', 'docker run -d --memory=512M nginx', 'correct', []],
	['memory-limit', 'docker run -d -m 512mb nginx', 'correct', []],
	['memory-limit', 'docker run -d --memory 0.5g nginx', 'correct', []],
	['memory-limit', 'docker run -d --memory 512 nginx', 'wrong', ['wrong-option-value']],
	['memory-limit', 'docker run -d --memory 512k nginx', 'wrong', ['wrong-option-value']],
	['cpu-limit', 'docker run -d --cpus 1.5 nginx', 'correct', []],
	['cpu-limit', 'docker run -d --cpus=1.50 nginx', 'correct', []],
	['cpu-limit', 'docker run -d --cpus 2 nginx', 'wrong', ['wrong-option-value']],
	['stats-once', 'docker stats --no-stream', 'correct', []],
	['stats-once', 'docker container stats --no-stream', 'correct', []],
	['stats-once', 'docker stats', 'wrong', ['missing-option']],
	['copy-out', 'docker cp web:/etc/nginx/nginx.conf .', 'correct', []],
	['copy-out', 'docker cp web:/etc/nginx/nginx.conf ./', 'correct', []],
	['copy-out', 'docker cp . web:/etc/nginx/nginx.conf', 'wrong', ['operands-swapped']],
	['attach-web', 'docker attach web', 'correct', []],
	['attach-web', 'docker container attach web', 'correct', []],
	['attach-web', 'docker exec -it web sh', 'wrong', ['wrong-subcommand']],
	['localhost-only', 'docker run -d -p 127.0.0.1:8080:80 nginx', 'correct', []],
	['localhost-only', 'docker run -d --publish 127.0.0.1:8080:80 nginx', 'correct', []],
	['localhost-only', 'docker run -d -p 8080:80 nginx', 'wrong', ['wrong-option-value']],
	['rm-after-run', 'docker run --rm alpine echo hi', 'correct', []],
	['rm-after-run', 'docker run --rm alpine:latest echo hi', 'correct', []],
	['rm-after-run', 'docker run alpine echo hi', 'wrong', ['missing-option']],
	['health-status', "docker inspect -f '{{.State.Health.Status}}' web", 'correct', []],
	['health-status', 'docker inspect --format "{{.State.Health.Status}}" web', 'correct', []],
	['health-status', 'docker inspect web', 'wrong', ['missing-option']]
];

describe('operations drills (bundled deck 07: system, restart, resources, cp, attach, ports, health)', () => {
	it('load with no errors, one drill per command the deck teaches', () => {
		expect(LOADED.errors.map(formatDrillError)).toEqual([]);
		expect(new Set(LOADED.drills.map((d) => d.id))).toEqual(new Set(TABLE.map(([id]) => id)));
	});

	it.each(TABLE)('%s: %s → %s %j', (id, typed, verdict, reasons) => {
		const d = LOADED.drills.find((x) => x.id === id)!;
		const r = checkDrill(d, typed, startHost(d));
		expect([r.verdict.verdict, r.verdict.reasons.map((x) => x.id)]).toEqual([verdict, reasons]);
	});
});

describe('option values that are quantities compare by value', () => {
	it.each([
		['bytes', '512m', '536870912'],
		['bytes', '512M', '536870912'],
		['bytes', '512MiB', '536870912'],
		['bytes', '1g', '1073741824'],
		['bytes', '100', '100'],
		['bytes', 'lots', 'lots'],
		['decimal', '1.50', '1.5'],
		['decimal', '.5', '0.5'],
		['decimal', '', ''],
		['duration', '1m30s', '90000ms'],
		['duration', '90s', '90000ms'],
		['duration', '30', '30']
	] as const)('%s %s → %s', (kind, value, canonical) => {
		expect(canonicalQuantity(kind, value)).toBe(canonical);
	});
});
