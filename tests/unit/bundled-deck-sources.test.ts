/**
 * Every fact of the bundled deck (`questions/*.md`) and every hand-written quiz question
 * (`questions/quizzes/*.md`) carries its source as a Markdown comment right beside it
 * (`<!-- docs.docker.com/… -->`), so that a reviewer can check it. Docker facts cite a page of
 * docs.docker.com from the list below, each checked against the documentation's own sources
 * (docker/docs `content/…`, docker/cli `docs/reference/…`, the Compose specification); the few
 * facts that are not about Docker itself cite the tool's own documentation or manual page.
 *
 * Also checks that statements corrected against the documentation do not come back.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Nodes, Parent, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import { describe, expect, it } from 'vitest';

const QUESTIONS = join(process.cwd(), 'questions');
const QUIZZES = join(QUESTIONS, 'quizzes');

/** Pages of docs.docker.com that the deck may cite (path after the host, with the final slash). */
const DOCS_PAGES = new Set([
	'build/builders/',
	'build/building/best-practices/',
	'build/building/multi-platform/',
	'build/building/multi-stage/',
	'build/building/secrets/',
	'build/buildkit/',
	'build/cache/invalidation/',
	'build/concepts/context/',
	'compose/',
	'compose/how-tos/environment-variables/set-environment-variables/',
	'compose/how-tos/environment-variables/variable-interpolation/',
	'compose/how-tos/networking/',
	'compose/how-tos/startup-order/',
	'compose/how-tos/use-secrets/',
	'compose/install/linux/',
	'compose/install/standalone/',
	'compose/intro/history/',
	'compose/releases/migrate/',
	'engine/',
	'engine/containers/healthchecks/',
	'engine/containers/resource_constraints/',
	'engine/containers/run/',
	'engine/containers/start-containers-automatically/',
	'engine/daemon/troubleshoot/',
	'engine/deprecated/',
	'engine/install/linux-postinstall/',
	'engine/install/ubuntu/',
	'engine/logging/drivers/json-file/',
	'engine/manage-resources/pruning/',
	'engine/network/',
	'engine/network/drivers/bridge/',
	'engine/network/drivers/host/',
	'engine/network/drivers/none/',
	'engine/network/drivers/overlay/',
	'engine/network/links/',
	'engine/network/port-publishing/',
	'engine/network/tutorials/standalone/',
	'engine/security/',
	'engine/security/protect-access/',
	'engine/security/rootless/',
	'engine/storage/',
	'engine/storage/bind-mounts/',
	'engine/storage/drivers/',
	'engine/storage/tmpfs/',
	'engine/storage/volumes/',
	'engine/swarm/',
	'get-started/docker-concepts/building-images/build-tag-and-publish-an-image/',
	'get-started/docker-concepts/the-basics/what-is-a-container/',
	'get-started/docker-concepts/the-basics/what-is-a-registry/',
	'get-started/docker-concepts/the-basics/what-is-an-image/',
	'get-started/docker-overview/',
	'get-started/workshop/07_multi_container/',
	'reference/cli/docker/builder/prune/',
	'reference/cli/docker/buildx/build/',
	'reference/cli/docker/compose/config/',
	'reference/cli/docker/compose/down/',
	'reference/cli/docker/compose/exec/',
	'reference/cli/docker/compose/logs/',
	'reference/cli/docker/compose/ps/',
	'reference/cli/docker/compose/stop/',
	'reference/cli/docker/compose/up/',
	'reference/cli/docker/container/attach/',
	'reference/cli/docker/container/cp/',
	'reference/cli/docker/container/exec/',
	'reference/cli/docker/container/kill/',
	'reference/cli/docker/container/logs/',
	'reference/cli/docker/container/ls/',
	'reference/cli/docker/container/prune/',
	'reference/cli/docker/container/restart/',
	'reference/cli/docker/container/rm/',
	'reference/cli/docker/container/run/',
	'reference/cli/docker/container/start/',
	'reference/cli/docker/container/stats/',
	'reference/cli/docker/container/stop/',
	'reference/cli/docker/container/update/',
	'reference/cli/docker/image/history/',
	'reference/cli/docker/image/ls/',
	'reference/cli/docker/image/pull/',
	'reference/cli/docker/image/push/',
	'reference/cli/docker/image/rm/',
	'reference/cli/docker/image/tag/',
	'reference/cli/docker/inspect/',
	'reference/cli/docker/login/',
	'reference/cli/docker/network/create/',
	'reference/cli/docker/network/ls/',
	'reference/cli/docker/search/',
	'reference/cli/docker/system/df/',
	'reference/cli/docker/system/prune/',
	'reference/cli/docker/version/',
	'reference/cli/docker/volume/create/',
	'reference/cli/docker/volume/inspect/',
	'reference/cli/docker/volume/ls/',
	'reference/cli/docker/volume/prune/',
	'reference/cli/docker/volume/rm/',
	'reference/compose-file/',
	'reference/compose-file/build/',
	'reference/compose-file/networks/',
	'reference/compose-file/secrets/',
	'reference/compose-file/services/',
	'reference/compose-file/version-and-name/',
	'reference/compose-file/volumes/',
	'reference/dockerfile/',
	'subscription/desktop-license/'
]);

/**
 * Sources outside docs.docker.com, for the facts that are not Docker's own: the install script
 * itself, manual pages, the shell, and the tools the user's notes name (Kubernetes, Jenkins …).
 */
const OTHER_SOURCES = new Set([
	'docs.ansible.com/ansible/latest/getting_started/introduction.html',
	'docs.chef.io/cookbooks/',
	'docs.rocket.chat/',
	'github.com/docker/docker-install/blob/master/install.sh',
	'hub.docker.com/_/mysql',
	'kubernetes.io/docs/concepts/overview/components/',
	'kubernetes.io/docs/concepts/scheduling-eviction/kube-scheduler/',
	'kubernetes.io/docs/setup/best-practices/cluster-large/',
	'man7.org/linux/man-pages/man1/newgrp.1.html',
	'man7.org/linux/man-pages/man8/usermod.8.html',
	'opencontainers.org/',
	'puppet.com/docs/puppet/latest/intro_puppet_language_and_code',
	'wordpress.org/about/',
	'wordpress.org/about/requirements/',
	'www.gnu.org/software/bash/manual/html_node/Pipelines.html',
	'www.jenkins.io/doc/'
]);

/** `<!-- host/path -->`: one source comment. */
const SOURCE = /^<!--\s*(\S+)\s*-->$/;

function sourceOf(node: Nodes | undefined): string | null {
	if (node?.type !== 'html') return null;
	return SOURCE.exec(node.value.trim())?.[1] ?? null;
}

/** Why a cited source is not accepted, or null when it is. */
function sourceProblem(source: string): string | null {
	if (source.startsWith('docs.docker.com/')) {
		const page = source.slice('docs.docker.com/'.length);
		return DOCS_PAGES.has(page) ? null : `unlisted docs page ${source}`;
	}
	return OTHER_SOURCES.has(source) ? null : `unlisted source ${source}`;
}

const parse = (text: string) =>
	fromMarkdown(text, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });

/** Plain text of a node, HTML (comments) left out. */
function textOf(node: Nodes): string {
	if (node.type === 'html') return '';
	if ('value' in node) return node.value;
	if ('children' in node) return (node.children as Nodes[]).map(textOf).join('');
	return '';
}

/** A paragraph that states something: a sentence, a question, or explicit card syntax. */
function isFact(text: string): boolean {
	const t = text.trim();
	return /[.?]$/.test(t) || /::|==|\{\{c\d+::|^\?{1,2}$/m.test(t);
}

interface Problem {
	file: string;
	line: number;
	text: string;
	reason: string;
}

/** Facts of one notes file without an accepted source beside them. */
function notesProblems(file: string, text: string): Problem[] {
	const problems: Problem[] = [];
	let off = false;
	const visit = (siblings: RootContent[]) => {
		siblings.forEach((node, i) => {
			if (node.type === 'html') {
				if (/cards:\s*off/.test(node.value)) off = true;
				if (/cards:\s*on/.test(node.value)) off = false;
				return;
			}
			if (off || node.type === 'code' || node.type === 'heading') return;
			if (node.type === 'paragraph' && isFact(textOf(node))) {
				const inline = node.children.map((c) => sourceOf(c)).filter((s) => s !== null);
				const next = sourceOf(siblings[i + 1]);
				const sources = inline.length > 0 ? inline : next ? [next] : [];
				const line = node.position?.start.line ?? 0;
				const shown = textOf(node).slice(0, 50);
				if (sources.length === 0) {
					problems.push({ file, line, text: shown, reason: 'no source comment' });
				}
				for (const s of sources) {
					const reason = sourceProblem(s);
					if (reason) problems.push({ file, line, text: shown, reason });
				}
				return;
			}
			if ('children' in node) visit((node as Parent).children as RootContent[]);
		});
	};
	visit(parse(text).children);
	return problems;
}

/** Questions of one quiz file (`## …` sections) without an accepted source. */
function quizProblems(file: string, text: string): Problem[] {
	const problems: Problem[] = [];
	const blocks = parse(text).children;
	blocks.forEach((node, i) => {
		if (node.type !== 'heading' || node.depth !== 2) return;
		const end = blocks.findIndex((b, j) => j > i && b.type === 'heading' && b.depth <= 2);
		const section = blocks.slice(i + 1, end === -1 ? undefined : end);
		const sources = section.map((b) => sourceOf(b)).filter((s) => s !== null);
		const line = node.position?.start.line ?? 0;
		const shown = textOf(node).slice(0, 50);
		if (sources.length === 0) problems.push({ file, line, text: shown, reason: 'no source' });
		for (const s of sources) {
			const reason = sourceProblem(s);
			if (reason) problems.push({ file, line, text: shown, reason });
		}
	});
	return problems;
}

const notes = readdirSync(QUESTIONS)
	.filter((f) => f.endsWith('.md') && f.toLowerCase() !== 'readme.md')
	.map((f) => ({ file: `questions/${f}`, text: readFileSync(join(QUESTIONS, f), 'utf8') }));
const quizzes = readdirSync(QUIZZES)
	.filter((f) => f.endsWith('.md') && f.toLowerCase() !== 'readme.md')
	.map((f) => ({ file: `questions/quizzes/${f}`, text: readFileSync(join(QUIZZES, f), 'utf8') }));

const show = (p: Problem) => `${p.file}:${p.line}: ${p.reason} — ${p.text}`;

describe('sources of the bundled deck', () => {
	it('every fact of every notes file has a listed source beside it', () => {
		expect(notes.length).toBeGreaterThan(5);
		expect(notes.flatMap((n) => notesProblems(n.file, n.text)).map(show)).toEqual([]);
	});

	it('every hand-written quiz question has a listed source', () => {
		expect(quizzes.length).toBeGreaterThan(0);
		expect(quizzes.flatMap((q) => quizProblems(q.file, q.text)).map(show)).toEqual([]);
	});

	it('finds a fact without a source, one with an unlisted page, and skips cards-off regions', () => {
		const text = [
			'# 제목',
			'',
			'- 출처가 있는 문장이다. <!-- docs.docker.com/engine/storage/volumes/ -->',
			'- 출처가 없는 문장이다.',
			'- 목록에 없는 쪽이다. <!-- docs.docker.com/no/such/page/ -->',
			'- 제목만 있는 항목',
			'',
			'질문인가?',
			'?',
			'답이다.',
			'<!-- docs.docker.com/engine/storage/ -->',
			'',
			'<!-- cards: off -->',
			'참고용 문장이다.',
			'<!-- cards: on -->'
		].join('\n');
		expect(notesProblems('t.md', text).map((p) => `${p.line}: ${p.reason}`)).toEqual([
			'4: no source comment',
			'5: unlisted docs page docs.docker.com/no/such/page/'
		]);
	});

	it('finds a quiz question without a source', () => {
		const text = '# 퀴즈\n\n## 문장이다.\n\n정답: 참\n\n> 해설이다.\n';
		expect(quizProblems('q.md', text).map((p) => `${p.line}: ${p.reason}`)).toEqual([
			'3: no source'
		]);
	});
});

describe('statements corrected against the documentation stay corrected', () => {
	const deck = [...notes, ...quizzes].map((n) => n.text).join('\n');

	it.each([
		['the mysql image takes MYSQL_ROOT_PASSWORD, not MYSQL_PASS', /MYSQL_PASS=/],
		['containers have less overhead than VMs, not none', /오버헤드가\s*(거의\s*)?없(다|고|어서)/],
		['copy-on-write is 쓰기 시 복사', /복사 후 쓰기/],
		['-t allocates a pseudo-TTY (의사 터미널)', /가상 터미널/],
		[
			'EXPOSE publishes nothing, yet the Docker host reaches the container',
			/`-p` 옵션 없이도 호스트에서/
		],
		['the convenience script is not for upgrades', /편의 스크립트로 업그레이드/]
	])('%s', (_name, wrong) => {
		expect(deck).not.toMatch(wrong);
	});
});
