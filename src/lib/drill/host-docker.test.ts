/**
 * The docker commands a beginner meets, on the simulated host: a table of line sequences (run on
 * a host with Docker ready for alice) with what the last line prints and its exit status.
 */
import { describe, expect, it } from 'vitest';
import { createHost, runLine, type HostState, type RunResult } from './host';

function play(lines: string[], host: HostState = createHost('docker-ready')) {
	let state = host;
	let last: RunResult | undefined;
	for (const line of lines) {
		last = runLine(state, line);
		state = last.state;
	}
	return { state, last: last! };
}

/** [lines, text the last output contains (or a RegExp), exit status of the last line]. */
const TABLE: [string[], string | RegExp, number][] = [
	[['docker pull nginx'], 'Status: Downloaded newer image for nginx:latest', 0],
	[['docker pull docker.io/library/nginx:latest'], 'docker.io/library/nginx:latest', 0],
	[['docker pull nosuchimage'], 'pull access denied for nosuchimage', 1],
	[['docker run hello-world'], 'Hello from Docker!', 0],
	[['docker run -d --name web -p 8080:80 nginx', 'docker ps'], /0\.0\.0\.0:8080->80\/tcp\s+web/, 0],
	[['docker run -d --name web nginx', 'docker run -d --name web nginx'], 'is already in use', 125],
	[['docker run hello-world', 'docker ps -a'], 'Exited (0)', 0],
	[['docker run -d --name web nginx', 'docker stop web', 'docker ps'], /^CONTAINER ID[^\n]*\n$/, 0],
	[['docker run -d --name web nginx', 'docker rm web'], 'container is running', 1],
	[['docker run -d --name web nginx', 'docker rm -f web'], 'web\n', 0],
	[['docker run -d --name web nginx', 'docker logs web'], 'Configuration complete', 0],
	[['docker logs nope'], 'No such container: nope', 1],
	[['docker run -d --name web nginx', 'docker exec -it web sh'], '', 0],
	[
		['docker run -d --name web nginx', 'docker stop web', 'docker exec web ls'],
		'is not running',
		1
	],
	[['docker pull nginx', 'docker images'], /^REPOSITORY[^\n]*\nnginx\s+latest/, 0],
	[['docker pull nginx', 'docker tag nginx me/web:v1', 'docker images'], /me\/web\s+v1/, 0],
	[['docker pull nginx', 'docker rmi nginx'], 'Untagged: nginx:latest', 0],
	[['docker run -d nginx', 'docker rmi nginx'], 'must force', 1],
	[['docker pull nginx', 'docker push nginx'], 'requested access to the resource is denied', 1],
	[['docker pull nginx', 'docker tag nginx me/web', 'docker push me/web'], '[docker.io/me/web]', 1],
	[['docker build -t app .'], 'failed to read dockerfile', 1],
	[['docker volume create data', 'docker volume ls'], 'local     data', 0],
	[['docker run -d -v data:/var/lib/mysql mysql', 'docker volume ls'], 'local     data', 0],
	[['docker run -d -v .:/app node', 'docker volume ls'], /^DRIVER\s+VOLUME NAME\n$/, 0],
	[['docker volume rm nope'], 'no such volume', 1],
	[['docker network create app-net', 'docker network ls'], /app-net\s+bridge/, 0],
	[['docker network create app-net', 'docker network create app-net'], 'already exists', 1],
	[['docker run -d --network nope nginx'], 'network nope not found', 125],
	[['docker network rm bridge'], 'pre-defined network', 1],
	[['docker run -d --name web -p 8080:80 nginx', 'docker port web'], '80/tcp -> 0.0.0.0:8080', 0],
	[
		['docker run -d --name web nginx', 'docker stats --no-stream'],
		/^CONTAINER ID\s+NAME\s+CPU %.*\n\w{12}\s+web/,
		0
	],
	[['docker run -d --name web nginx', 'docker top web'], 'docker-entrypoint', 0],
	[['docker run -d --name web nginx', 'docker rename web site', 'docker ps'], / site\n$/, 0],
	[
		['docker run -d --name web nginx', 'docker commit web me/site:v1', 'docker images'],
		/me\/site\s+v1/,
		0
	],
	[['docker run -d --name web nginx', 'docker cp web:/etc/nginx/nginx.conf .', 'ls'], '', 0],
	[['docker cp missing.txt web:/tmp'], 'No such container: web', 1],
	[
		[
			'docker pull nginx',
			'docker save -o nginx.tar nginx',
			'docker rmi nginx',
			'docker load -i nginx.tar'
		],
		'Loaded image: nginx:latest',
		0
	],
	[['docker pull nginx', 'docker save nginx'], 'cowardly refusing to save to a terminal', 1],
	[['docker run hello-world', 'docker container prune -f'], 'Deleted Containers:', 0],
	[['docker pull nginx', 'docker image prune -a -f', 'docker images'], /^REPOSITORY[^\n]*\n$/, 0],
	[['docker system df'], /^TYPE\s+TOTAL\s+ACTIVE/, 0],
	[['docker run -d --name web nginx', 'docker inspect -f "{{.State.Status}}" web'], 'running\n', 0],
	[
		[
			'docker run -d nginx',
			'docker run hello-world',
			'docker rm -f $(docker ps -aq)',
			'docker ps -a'
		],
		/^CONTAINER ID[^\n]*\n$/,
		0
	],
	[['docker compose version'], 'Docker Compose version v2.', 0],
	[['docker compose up -d'], 'no configuration file provided', 14],
	[['docker login -u me --password-stdin'], 'Login Succeeded', 0],
	[['docker logout'], 'Removing login credentials', 0],
	[['docker --version'], /^Docker version \d+\.\d+\.\d+, build \w+\n$/, 0],
	[['docker info'], 'Server Version:', 0]
];

describe('host table: docker commands a beginner meets', () => {
	it('has at least 40 rows', () => expect(TABLE.length).toBeGreaterThanOrEqual(40));

	it.each(TABLE)('%j', (lines, expected, exit) => {
		const { last } = play(lines);
		if (typeof expected === 'string') expect(last.output).toContain(expected);
		else expect(last.output).toMatch(expected);
		expect(last.exitCode).toBe(exit);
	});

	it('the copied file and the network membership follow the state', () => {
		const { state } = play([
			'docker network create app-net',
			'docker run -d --name db --network app-net redis',
			'docker cp db:/data/dump.rdb ./dump.rdb',
			'docker rename db cache'
		]);
		expect(Object.keys(state.files)).toEqual(['dump.rdb']);
		expect(state.docker.networks).toEqual([
			{ name: 'app-net', driver: 'bridge', containers: ['cache'] }
		]);
		const removed = play(['docker rm -f cache', 'docker network rm app-net'], state);
		expect(removed.last.exitCode).toBe(0);
		expect(removed.state.docker.networks).toEqual([]);
	});

	it('remarks of the host are message ids, never text', () => {
		const cases: [string[], string][] = [
			[['docker stats'], 'host-stream-once'],
			[['docker run -d --name web nginx', 'docker exec web ls'], 'host-exec-not-simulated'],
			[['docker run -it ubuntu bash'], 'host-no-container-shell'],
			[['docker volume prune'], 'host-confirm-assumed'],
			[['docker run -d --name web nginx', 'docker wait web'], 'host-wait-running'],
			[['docker diff x'], 'host-not-simulated'],
			[['docker-compose up'], 'host-compose-plugin']
		];
		for (const [lines, id] of cases)
			expect(
				play(lines).last.notes.map((n) => n.id),
				lines.join('; ')
			).toContain(id);
	});
});
