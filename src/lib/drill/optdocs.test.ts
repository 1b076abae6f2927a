/**
 * Option descriptions in Korean and English for the options a beginner meets: every one of them
 * has a `drill_optdoc_*` message in both languages, the Korean one in Korean, and a note about an
 * unasked option shows the description in the UI language.
 */
import { describe, expect, it } from 'vitest';
import ko from '../../../messages/ko.json';
import en from '../../../messages/en.json';
import { renderReason } from '$lib/components/drill/reasons';
import { parseArgs } from './argv';
import { judgeCommand } from './judge';
import { findProgram } from './programs';
import { optionDocKeys } from './spec';

const KO = ko as Record<string, string>;
const EN = en as Record<string, string>;
const HANGUL = /[\uac00-\ud7a3]/;

/** Commands a beginner meets, with the options of each a beginner meets (long names). */
const BEGINNER: Record<string, string[]> = {
	'docker run': [
		'detach',
		'interactive',
		'tty',
		'rm',
		'name',
		'publish',
		'publish-all',
		'volume',
		'mount',
		'env',
		'env-file',
		'network',
		'restart',
		'workdir',
		'user',
		'entrypoint',
		'hostname',
		'memory',
		'cpus',
		'label',
		'expose',
		'privileged',
		'read-only',
		'pull',
		'platform',
		'help'
	],
	'docker create': ['name', 'publish', 'volume', 'env', 'network', 'restart'],
	'docker ps': ['all', 'quiet', 'filter', 'format', 'last', 'latest', 'size', 'no-trunc'],
	'docker logs': ['follow', 'tail', 'timestamps', 'since', 'until', 'details'],
	'docker exec': ['interactive', 'tty', 'detach', 'env', 'user', 'workdir', 'privileged'],
	'docker build': [
		'tag',
		'file',
		'no-cache',
		'build-arg',
		'target',
		'pull',
		'quiet',
		'platform',
		'progress'
	],
	'docker images': ['all', 'quiet', 'filter', 'format', 'digests', 'no-trunc'],
	'docker rm': ['force', 'volumes'],
	'docker rmi': ['force', 'no-prune'],
	'docker stop': ['timeout', 'signal'],
	'docker start': ['attach', 'interactive'],
	'docker restart': ['timeout', 'signal'],
	'docker pull': ['all-tags', 'quiet', 'platform'],
	'docker push': ['all-tags', 'quiet'],
	'docker network create': ['driver', 'subnet', 'gateway', 'internal'],
	'docker network ls': ['quiet', 'filter', 'format'],
	'docker network rm': ['force'],
	'docker network connect': ['alias', 'ip'],
	'docker volume create': ['driver', 'label', 'opt'],
	'docker volume ls': ['quiet', 'filter', 'format'],
	'docker volume rm': ['force'],
	'docker volume prune': ['all', 'force'],
	'docker compose up': [
		'detach',
		'build',
		'force-recreate',
		'no-deps',
		'remove-orphans',
		'scale',
		'wait'
	],
	'docker compose down': ['volumes', 'rmi', 'remove-orphans', 'timeout'],
	'docker compose logs': ['follow', 'tail', 'timestamps', 'since'],
	'docker compose ps': ['all', 'quiet', 'services', 'format'],
	'docker compose exec': ['detach', 'env', 'user', 'workdir', 'no-tty'],
	'docker system prune': ['all', 'volumes', 'force', 'filter'],
	'docker system df': ['verbose', 'format'],
	'docker cp': ['archive', 'follow-link', 'quiet'],
	'docker stats': ['all', 'no-stream', 'format', 'no-trunc'],
	'docker inspect': ['format', 'type', 'size'],
	'docker login': ['username', 'password', 'password-stdin'],
	'docker image prune': ['all', 'force'],
	'docker container prune': ['force', 'filter']
};

function docKeysOf(command: string, option: string): string[] {
	const read = parseArgs([...command.split(' '), '--help'], findProgram('docker')!);
	if (!read.ok) throw new Error(read.message);
	const def = read.args.spec.options.find((o) => o.long === option);
	if (!def) throw new Error(`${command} has no --${option}`);
	return optionDocKeys(read.args, def.key);
}

describe('option descriptions for beginners', () => {
	const rows = Object.entries(BEGINNER).flatMap(([cmd, opts]) => opts.map((o) => [cmd, o]));

	it('cover at least 145 options of the commands a beginner meets', () => {
		expect(rows.length).toBeGreaterThanOrEqual(145);
	});

	it.each(rows)('%s --%s has a Korean and an English description', (cmd, option) => {
		const key = docKeysOf(cmd, option)
			.map((k) => 'drill_optdoc_' + k)
			.find((k) => KO[k] !== undefined);
		expect(key, `${cmd} --${option}`).toBeDefined();
		expect(KO[key!]).toMatch(HANGUL);
		expect(EN[key!]).toBeDefined();
		expect(EN[key!]).not.toMatch(HANGUL);
	});

	it('every description exists in both languages', () => {
		const keys = (m: Record<string, string>) =>
			Object.keys(m)
				.filter((k) => k.startsWith('drill_optdoc_'))
				.sort();
		expect(keys(KO)).toEqual(keys(EN));
	});

	it('a note about an unasked option explains it in the UI language', () => {
		const v = judgeCommand('docker run nginx', 'docker run --restart always nginx');
		expect(v.verdict).toBe('correct-with-note');
		const noteKo = v.reasons.map((r) => renderReason(r, 'ko')).join(' ');
		const noteEn = v.reasons.map((r) => renderReason(r, 'en')).join(' ');
		expect(noteKo).toContain('재시작 정책');
		expect(noteEn).toContain('restart policy');
	});

	it('options that mean the same in every docker command share one description', () => {
		const v = judgeCommand('docker images', 'docker images --format json');
		expect(v.reasons.map((r) => renderReason(r, 'ko')).join(' ')).toContain('출력 형식');
	});
});
