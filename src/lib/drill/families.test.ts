import { describe, expect, it } from 'vitest';
import { renderReason } from '$lib/components/drill/reasons';
import { judgeCommand, type Verdict } from './judge';

/** [template (as the notes or Docker's reference write it), typed, verdict, first reason id]. */
type Row = [string, string, Verdict['verdict'], string | null];

function check([template, typed, verdict, first]: Row): void {
	const v = judgeCommand(template, typed);
	expect({ typed, verdict: v.verdict, first: v.reasonIds[0] ?? null }).toEqual({
		typed,
		verdict,
		first
	});
	for (const r of v.reasons) {
		expect(renderReason(r, 'ko')).not.toBe(r.id);
		// The English UI shows no Korean, and no text shows an internal case id.
		expect(renderReason(r, 'en')).not.toMatch(/[\uac00-\ud7a3]/);
		expect(renderReason(r, 'ko')).not.toMatch(/\bC\d\d\b/);
	}
}

const CONTAINER: Row[] = [
	['docker stop [OPTIONS] CONTAINER [CONTAINER...]', 'docker stop web', 'correct', null],
	['docker stop [OPTIONS] CONTAINER [CONTAINER...]', 'docker stop web db', 'correct', null],
	['docker stop [OPTIONS] CONTAINER [CONTAINER...]', 'docker stop -t 5 web', 'correct', null],
	['docker stop [OPTIONS] CONTAINER [CONTAINER...]', 'docker container stop web', 'correct', null],
	['docker stop [OPTIONS] CONTAINER [CONTAINER...]', 'docker stop', 'wrong', 'usage-error'],
	[
		'docker stop [OPTIONS] CONTAINER [CONTAINER...]',
		'docker stp web',
		'wrong',
		'unknown-subcommand-guess'
	],
	[
		'docker stop [OPTIONS] CONTAINER [CONTAINER...]',
		'docker kill web',
		'wrong',
		'wrong-subcommand'
	],
	['docker run [OPTIONS] IMAGE [COMMAND] [ARG...]', 'docker run nginx', 'correct', null],
	['docker run [OPTIONS] IMAGE [COMMAND] [ARG...]', 'docker run -it ubuntu bash', 'correct', null],
	[
		'docker run [OPTIONS] IMAGE [COMMAND] [ARG...]',
		'docker container run --rm alpine echo hi',
		'correct',
		null
	],
	['docker run <이미지명>', 'docker run nginx', 'correct', null],
	['docker run <이미지명>', 'docker run -d nginx', 'correct-with-note', 'unasked-options'],
	[
		'docker run <이미지명>',
		'docker run --name web -p 8080:80 nginx',
		'correct-with-note',
		'unasked-options'
	],
	['docker run <이미지명>', 'docker run ubuntu echo hi', 'correct-with-note', 'unasked-arguments'],
	['docker run -d <이미지명>', 'docker run nginx', 'wrong', 'missing-option'],
	['docker run -d <이미지명>', 'docker run --detach nginx', 'correct', null],
	['docker run -p 8080:80 nginx', 'docker run -P 8080:80 nginx', 'wrong', 'option-case'],
	['docker run -p 8080:80 nginx', 'docker run --publish 8080:80 nginx', 'correct', null],
	['docker run -p 8080:80 nginx', 'docker run -p 9090:80 nginx', 'wrong', 'wrong-option-value'],
	['docker run -p 8080:80 nginx', 'docker run -p 8080:80 httpd', 'wrong', 'wrong-operand'],
	['docker run -v "$(pwd)":/app <이미지명>', 'docker run -v .:/app node', 'correct', null],
	['docker run -v "$(pwd)":/app <이미지명>', 'docker run -v $PWD:/app node', 'correct', null],
	['docker run -v "$(pwd)":/app <이미지명>', 'docker run -v ./:/app node', 'correct', null],
	[
		'docker run -v "$(pwd)":/app <이미지명>',
		'docker run -v /tmp:/app node',
		'wrong',
		'wrong-option-value'
	],
	['docker logs {option} {container_id}', 'docker logs web', 'correct', null],
	['docker logs {option} {container_id}', 'docker logs -f --tail 10 web', 'correct', null],
	['docker logs [컨테이너 이름]', 'docker logs -f web', 'wrong', 'extra-option'],
	['docker ps', 'docker ps -a', 'wrong', 'extra-option'],
	['docker ps', 'docker container ls', 'correct', null],
	['docker ps -a', 'docker container list --all', 'correct', null],
	['docker rm [컨테이너 ID]', 'docker rm -f web', 'wrong', 'extra-option'],
	['docker exec -it [컨테이너 이름] bash', 'docker exec -ti web bash', 'correct', null],
	['docker exec [OPTIONS] CONTAINER COMMAND [ARG...]', 'docker exec web ls -l', 'correct', null],
	[
		'docker commit [OPTIONS] CONTAINER [REPOSITORY[:TAG]]',
		'docker commit web myimg:v1',
		'correct',
		null
	],
	[
		'docker cp [OPTIONS] CONTAINER:SRC_PATH DEST_PATH|-',
		'docker cp web:/etc/nginx ./conf',
		'correct',
		null
	],
	['docker stats', 'docker stats --no-stream', 'correct-with-note', 'unasked-options'],
	['docker rename CONTAINER NEW_NAME', 'docker rename web web2', 'correct', null],
	['docker diff CONTAINER', 'docker container diff web', 'correct', null],
	['docker top CONTAINER [ps OPTIONS]', 'docker top web', 'correct', null],
	['docker port CONTAINER [PRIVATE_PORT[/PROTO]]', 'docker port web 80/tcp', 'correct', null],
	['docker wait CONTAINER [CONTAINER...]', 'docker wait web', 'correct', null],
	['docker pause CONTAINER [CONTAINER...]', 'docker unpause web', 'wrong', 'wrong-subcommand'],
	['docker attach [OPTIONS] CONTAINER', 'docker attach web', 'correct', null],
	[
		'docker update [OPTIONS] CONTAINER [CONTAINER...]',
		'docker update --memory 512m web',
		'correct',
		null
	],
	[
		'docker create [OPTIONS] IMAGE [COMMAND] [ARG...]',
		'docker create --name web nginx',
		'correct',
		null
	]
];

const IMAGE: Row[] = [
	['docker pull NAME[:TAG|@DIGEST]', 'docker pull nginx', 'correct', null],
	['docker pull NAME[:TAG|@DIGEST]', 'docker pull nginx:1.27', 'correct', null],
	['docker pull NAME[:TAG|@DIGEST]', 'docker pull nginx@sha256:abc', 'correct', null],
	['docker pull [OPTIONS] NAME[:TAG|@DIGEST]', 'docker image pull -q nginx', 'correct', null],
	['docker pull NAME[:TAG|@DIGEST]', 'docker pull', 'wrong', 'usage-error'],
	['docker pull <이미지명>:<태그>', 'docker pull nginx:1.27', 'correct', null],
	['docker pull <이미지명>:<태그>', 'docker pull nginx', 'wrong', 'wrong-operand'],
	['docker pull nginx', 'docker pull nginx:latest', 'correct', null],
	['docker pull nginx', 'docker pull docker.io/library/nginx', 'correct', null],
	['docker images', 'docker image ls', 'correct', null],
	['docker images', 'docker image list', 'correct', null],
	['docker images', 'docker images -q', 'wrong', 'extra-option'],
	['docker rmi <이미지명>', 'docker image rm nginx', 'correct', null],
	['docker rmi <이미지명>', 'docker rmi -f nginx', 'wrong', 'extra-option'],
	['docker rmi <이미지명>', 'docker rm nginx', 'wrong', 'wrong-subcommand'],
	['docker tag <원본 이미지> <새 이름>:<태그>', 'docker tag nginx my/nginx:v1', 'correct', null],
	['docker tag <원본 이미지> <새 이름>:<태그>', 'docker image tag nginx web:v2', 'correct', null],
	['docker tag <원본 이미지> <새 이름>:<태그>', 'docker tag web:v2', 'wrong', 'usage-error'],
	[
		'docker tag SOURCE_IMAGE[:TAG] TARGET_IMAGE[:TAG]',
		'docker tag nginx:1 nginx:2',
		'correct',
		null
	],
	['docker build -t <이미지명>:<태그> .', 'docker build -t app:v1 .', 'correct', null],
	['docker build -t <이미지명>:<태그> .', 'docker build --tag app:v1 ./', 'correct', null],
	['docker build -t <이미지명>:<태그> .', 'docker buildx build -t app:v1 .', 'correct', null],
	['docker build -t <이미지명>:<태그> .', 'docker build -t app .', 'wrong', 'wrong-option-value'],
	['docker build -t <이미지명>:<태그> .', 'docker build -T app:v1 .', 'wrong', 'unknown-option'],
	['docker build [OPTIONS] PATH | URL | -', 'docker build .', 'correct', null],
	[
		'docker build [OPTIONS] PATH | URL | -',
		'docker build -f Dockerfile.dev --no-cache .',
		'correct',
		null
	],
	['docker build [OPTIONS] PATH | URL | -', 'docker build -', 'correct', null],
	['docker history IMAGE', 'docker image history nginx', 'correct', null],
	['docker save [OPTIONS] IMAGE [IMAGE...]', 'docker save -o nginx.tar nginx', 'correct', null],
	['docker load [OPTIONS]', 'docker load -i nginx.tar', 'correct', null],
	[
		'docker import [OPTIONS] file|URL|- [REPOSITORY[:TAG]]',
		'docker import web.tar web:v1',
		'correct',
		null
	],
	['docker push <사용자명>/<저장소>:<태그>', 'docker push bob/app:v1', 'correct', null],
	['docker push <사용자명>/<저장소>:<태그>', 'docker push app:v1', 'wrong', 'wrong-operand'],
	['docker image prune', 'docker image prune -f', 'correct-with-note', 'unasked-options'],
	['docker image prune', 'docker image prune -a', 'wrong', 'extra-option']
];

const VOLUME_NETWORK: Row[] = [
	['docker volume create [볼륨 이름]', 'docker volume create data', 'correct', null],
	['docker volume create [볼륨 이름]', 'docker volume create', 'wrong', 'missing-operand'],
	['docker volume ls', 'docker volume list', 'correct', null],
	['docker volume ls', 'docker volume ls -q', 'wrong', 'extra-option'],
	['docker volume inspect [볼륨 이름]', 'docker volume inspect data', 'correct', null],
	['docker volume rm [볼륨 이름]', 'docker volume remove data', 'correct', null],
	[
		'docker volume rm [볼륨 이름]',
		'docker volume rm -f data',
		'correct-with-note',
		'unasked-options'
	],
	['docker volume prune', 'docker volume prune -f', 'correct-with-note', 'unasked-options'],
	['docker volume prune', 'docker volume prune -a', 'wrong', 'extra-option'],
	[
		'docker run -v [볼륨 이름]:[컨테이너 경로] <이미지명>',
		'docker run -v data:/var/lib/mysql mysql',
		'correct',
		null
	],
	[
		'docker run -v [볼륨 이름]:[컨테이너 경로] <이미지명>',
		'docker run --volume data:/data alpine',
		'correct',
		null
	],
	[
		'docker run -v [볼륨 이름]:[컨테이너 경로] <이미지명>',
		'docker run --mount source=data,target=/data alpine',
		'wrong',
		'missing-option'
	],
	['docker run --tmpfs /app <이미지명>', 'docker run --tmpfs /app nginx', 'correct', null],
	['docker network ls', 'docker network list', 'correct', null],
	['docker network create [네트워크 이름]', 'docker network create app-net', 'correct', null],
	[
		'docker network create [네트워크 이름]',
		'docker network create -d bridge app-net',
		'correct-with-note',
		'unasked-options'
	],
	['docker network create [네트워크 이름]', 'docker network create', 'wrong', 'usage-error'],
	[
		'docker network create [OPTIONS] NETWORK',
		'docker network create --driver bridge --subnet 10.0.0.0/24 n1',
		'correct',
		null
	],
	[
		'docker network connect [네트워크 이름] [컨테이너 이름]',
		'docker network connect app-net web',
		'correct',
		null
	],
	[
		'docker network connect [네트워크 이름] [컨테이너 이름]',
		'docker network disconnect app-net web',
		'wrong',
		'wrong-subcommand'
	],
	[
		'docker network inspect NETWORK [NETWORK...]',
		'docker network inspect bridge host',
		'correct',
		null
	],
	['docker network rm NETWORK [NETWORK...]', 'docker network remove n1', 'correct', null],
	['docker network prune', 'docker network prune --force', 'correct-with-note', 'unasked-options'],
	[
		'docker run --network [네트워크 이름] <이미지명>',
		'docker run --network app-net nginx',
		'correct',
		null
	],
	[
		'docker run --network [네트워크 이름] <이미지명>',
		'docker run --net app-net nginx',
		'wrong',
		'unknown-option'
	],
	[
		'docker run --network [네트워크 이름] <이미지명>',
		'docker run --network=app-net nginx',
		'correct',
		null
	],
	['docker network create app-net', 'docker network create app-net2', 'wrong', 'wrong-operand'],
	['docker volume create {volume}', 'docker volume create db-data', 'correct', null],
	[
		'docker network connect NETWORK CONTAINER',
		'docker network connect web app-net',
		'correct',
		null
	],
	['docker volume update [OPTIONS] [VOLUME]', 'docker volume update data', 'correct', null],
	[
		'docker network disconnect [OPTIONS] NETWORK CONTAINER',
		'docker network disconnect -f n1 web',
		'correct',
		null
	]
];

const COMPOSE_SYSTEM: Row[] = [
	['docker compose up', 'docker compose up', 'correct', null],
	['docker compose up', 'docker compose up -d', 'correct-with-note', 'unasked-options'],
	['docker compose up -d', 'docker compose up --detach', 'correct', null],
	['docker compose up -d', 'docker compose up', 'wrong', 'missing-option'],
	['docker compose up -d --build', 'docker compose up --build -d', 'correct', null],
	['docker compose up', 'docker compose -f compose.yml up', 'correct-with-note', 'unasked-options'],
	['docker compose down', 'docker compose down -v', 'wrong', 'extra-option'],
	['docker compose down -v', 'docker compose down --volumes', 'correct', null],
	['docker compose ps', 'docker compose ps -a', 'wrong', 'extra-option'],
	['docker compose logs -f [서비스 이름]', 'docker compose logs -f web', 'correct', null],
	['docker compose logs -f [서비스 이름]', 'docker compose logs --follow web', 'correct', null],
	['docker compose exec [서비스 이름] sh', 'docker compose exec web sh', 'correct', null],
	[
		'docker compose exec [서비스 이름] sh',
		'docker compose run web sh',
		'wrong',
		'wrong-subcommand'
	],
	['docker compose config', 'docker compose config -q', 'correct-with-note', 'unasked-options'],
	[
		'docker compose version',
		'docker compose version --short',
		'correct-with-note',
		'unasked-options'
	],
	['docker compose stop', 'docker compose stop web', 'wrong', 'wrong-operand'],
	['docker compose [OPTIONS] COMMAND', 'docker compose up', 'correct', null],
	[
		'docker compose restart [OPTIONS] [SERVICE...]',
		'docker compose restart web db',
		'correct',
		null
	],
	[
		'docker compose build [OPTIONS] [SERVICE...]',
		'docker compose build --no-cache',
		'correct',
		null
	],
	['docker compose pull [OPTIONS] [SERVICE...]', 'docker compose pull', 'correct', null],
	['docker compose up', 'docker-compose up', 'wrong', 'wrong-program'],
	['docker-compose up -d', 'docker-compose up --detach', 'correct', null],
	['docker system df', 'docker system df -v', 'correct-with-note', 'unasked-options'],
	['docker system prune', 'docker system prune -f', 'correct-with-note', 'unasked-options'],
	['docker system prune', 'docker system prune -a', 'wrong', 'extra-option'],
	['docker system prune -a --volumes', 'docker system prune --volumes -a', 'correct', null],
	['docker info', 'docker system info', 'correct', null],
	['docker events', 'docker system events', 'correct', null],
	['docker login', 'docker login -u bob', 'correct-with-note', 'unasked-options'],
	['docker logout [SERVER]', 'docker logout', 'correct', null],
	['docker search [검색어]', 'docker search nginx', 'correct', null],
	[
		'docker search [검색어]',
		'docker search --limit 5 nginx',
		'correct-with-note',
		'unasked-options'
	],
	['docker context ls', 'docker context list', 'correct', null],
	['docker builder prune', 'docker builder prune -f', 'correct-with-note', 'unasked-options'],
	[
		'docker buildx build [OPTIONS] PATH | URL | -',
		'docker buildx build --platform linux/amd64 -t app --push .',
		'correct',
		null
	]
];

const NO_SPEC: Row[] = [
	['npm install', 'npm install', 'correct-with-note', 'compared-as-text'],
	['npm install', 'npm  install', 'correct-with-note', 'compared-as-text'],
	['npm install', 'npm i', 'wrong', 'text-differs'],
	['sudo apt-get update', 'sudo apt-get update', 'correct-with-note', 'compared-as-text'],
	['sudo apt-get update', 'apt-get update', 'wrong', 'missing-sudo'],
	['mysql -u root -p', "mysql -u 'root' -p", 'correct-with-note', 'compared-as-text'],
	['node app.js', 'node ./app.js', 'correct-with-note', 'compared-as-text'],
	['vi Dockerfile', 'vi Dockerfile', 'correct-with-note', 'compared-as-text'],
	['vi Dockerfile', 'vim Dockerfile', 'wrong', 'wrong-program'],
	['systemctl status docker', 'systemctl status docker', 'correct', null]
];

describe.each([
	['container', CONTAINER],
	['image', IMAGE],
	['volume and network', VOLUME_NETWORK],
	['compose and system', COMPOSE_SYSTEM]
])('judge table: %s commands', (_name, rows) => {
	it('has at least 30 rows with accepted variants and mistakes', () => {
		expect(rows.length).toBeGreaterThanOrEqual(30);
		expect(new Set(rows.map((r) => r[2]))).toEqual(
			new Set(['correct', 'correct-with-note', 'wrong'])
		);
	});
	it.each(rows)('%s ← %s → %s (%s)', (...row) => check(row));
});

describe('programs without a spec are compared as text, never "command not found"', () => {
	it.each(NO_SPEC)('%s ← %s → %s (%s)', (...row) => check(row));
});
