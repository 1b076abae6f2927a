/**
 * `npm run bench` — how fast the app is and how it grows: the goals of issue 17 (start page,
 * first card, first-visit JS, Lighthouse, grade → next card, notes parser, 100 000 cards).
 *
 * Writes `bench/results.json` (with the date and the load average at each part), prints every
 * goal as `goal  value  budget  PASS/FAIL` and puts a Markdown table in `bench/README.md` and
 * in the README's Benchmarks section (between the `bench:table` markers, where present).
 * Exits 1 when a budget is missed (or, in a full run, not measured), 2 on an error.
 *
 * The build is served from a private copy of `build/` (see `server.ts`), so rebuilds by others
 * during the run change nothing.
 *
 * Flags: `--build` runs `npm run build` first (otherwise `build/` is used as it is);
 * `--quick` parses 1 MB only, seeds 1 000 / 10 000 cards with 200 000 logs, two first visits per
 * CPU rate and grades 50 times (a smoke run, not for the README); `--no-lighthouse`; `--port <n>` (default 4401).
 */
import { execSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
	benchContext,
	benchFirstVisit,
	benchImport,
	benchImportPage,
	benchScale,
	launchBrowser,
	type FirstVisitResult,
	type ImportPageResult,
	type ScaleResult
} from './browser-bench';
import { bundleBrowserEntry } from './bundle-entry';
import { ROUTES, measureRoute, precacheSize, type RouteBytes } from './bundle-size';
import { runLighthouse, type LighthouseResult } from './lighthouse';
import { generateNotes } from './notes-gen';
import { benchParser, warmUpParser, type ParserResult } from './parser';
import { serveStatic, snapshotBuild, type StaticServer } from './server';
import { median, round } from './stats';
import { budgetsOf, renderBudgets, renderTable, type Results } from './report';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const quick = args.includes('--quick');
const portArg = args.indexOf('--port');
const port = portArg >= 0 ? Number(args[portArg + 1]) : 4401;
const started = performance.now();

function log(line: string): void {
	const s = ((performance.now() - started) / 1000).toFixed(0).padStart(4);
	console.log(`[${s} s] ${line}`);
}

function newestMtime(dir: string): number {
	let newest = 0;
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) newest = Math.max(newest, newestMtime(path));
		else newest = Math.max(newest, statSync(path).mtimeMs);
	}
	return newest;
}

/** Build if asked; refuse to run without a build; warn when src/ is newer than the build. */
function checkBuild(): string[] {
	const notes: string[] = [];
	if (args.includes('--build')) {
		log('npm run build');
		const r = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
		if (r.status !== 0) throw new Error('npm run build failed');
	}
	const marker = join(ROOT, 'build', 'sw.js');
	if (!existsSync(marker)) throw new Error('build/ is missing: run `npm run bench -- --build`');
	const age = newestMtime(join(ROOT, 'src')) - statSync(marker).mtimeMs;
	if (age > 0) {
		const note = `src/ changed ${(age / 60000).toFixed(0)} min after build/ was made (pass --build for a fresh one)`;
		log(`warning: ${note}`);
		notes.push(note);
	}
	return notes;
}

/** A build's identity: the hash of its `sw.js` (the precache manifest lists every file's revision). */
function buildId(dir = join(ROOT, 'build')): string {
	try {
		return createHash('sha1')
			.update(readFileSync(join(dir, 'sw.js')))
			.digest('hex')
			.slice(0, 10);
	} catch {
		return 'none';
	}
}

function machine(browserVersion: string, dir: string) {
	const cpuinfo = readFileSync('/proc/cpuinfo', 'utf8');
	const model = /model name\s*:\s*(.+)/.exec(cpuinfo)?.[1]?.trim() ?? os.cpus()[0]?.model ?? '?';
	let commit = 'unknown';
	try {
		commit = execSync('git rev-parse --short HEAD', { cwd: ROOT }).toString().trim();
	} catch {
		// not a git checkout
	}
	return {
		cpu: model,
		cores: os.cpus().length,
		memoryGiB: round(os.totalmem() / 2 ** 30, 1),
		node: process.version,
		chromium: browserVersion,
		os: `${os.type()} ${os.release()}`,
		commit,
		build: buildId(dir)
	};
}

async function main(): Promise<number> {
	const notes = checkBuild();
	const loadBefore = os.loadavg().map((v) => round(v, 2));
	const load1 = () => round(os.loadavg()[0] as number, 2);
	const bySection: Record<string, number> = {};
	const section = (name: string) => {
		bySection[name] = load1();
		log(`${name} (load average ${bySection[name]})`);
	};

	// Notes parser (goal 6), in Node.
	section('notes parser');
	warmUpParser();
	const parser: ParserResult[] = [];
	const small = benchParser(1_000_000, quick ? 2 : 3, log);
	parser.push(small.result);
	let cards = small.cards;
	if (!quick) {
		const big = benchParser(10_000_000, 1, log);
		parser.push(big.result);
		cards = big.cards;
	}
	// Goal 7: 1 000 → 100 000 cards, with 1 000 000 review logs at every size.
	const sizes = quick ? [1_000, 10_000] : [1_000, 100_000];
	const logs = quick ? 200_000 : 1_000_000;
	const needed = Math.max(...sizes);
	if (cards.length < needed) throw new Error(`only ${cards.length} cards parsed, ${needed} needed`);

	const bundleJs = await bundleBrowserEntry();
	const snapshot = await snapshotBuild();
	let server: StaticServer | null = null;
	const cleanUp = () => {
		void server?.stop();
		rmSync(snapshot, { recursive: true, force: true });
	};
	process.on('exit', cleanUp);
	for (const signal of ['SIGINT', 'SIGTERM'] as const) {
		process.on(signal, () => process.exit(130));
	}
	server = await serveStatic(snapshot, port);
	const origin = server.origin;
	log(`serving a snapshot of build/ at ${origin} (build ${buildId(snapshot)}, ${snapshot})`);
	const browser = await launchBrowser();
	const browserVersion = browser.version();
	const routes: RouteBytes[] = [];
	let importTimes;
	const scale: ScaleResult[] = [];
	const firstVisit: FirstVisitResult[] = [];
	let importPage: ImportPageResult | undefined;
	try {
		// Goals 1 and 2: first visit to the start page, tap on review, CPU 1× and 4×.
		for (const rate of [1, 4]) {
			section(`first visit, CPU ${rate}×`);
			const v = await benchFirstVisit(browser, origin, rate, quick ? 2 : 5, load1);
			firstVisit.push(v);
			log(
				`  ready ${v.readyMs.join(', ')} ms; tap → card ${v.tapToCardMs.join(', ')} ms (medians ${v.medianReadyMs} / ${v.medianTapToCardMs})`
			);
		}
		// Goals 1–3: bytes of cold first visits.
		section('bundle sizes');
		for (const { route, ready } of ROUTES) {
			const r = await measureRoute(browser, origin, snapshot, route, ready);
			routes.push(r);
			log(
				`  ${route}: JS ${(r.jsGzip / 1000).toFixed(1)} kB gzip, CSS ${(r.cssGzip / 1000).toFixed(1)} kB`
			);
		}
		// Goal 6: an 8 MB notes file on the import screen, with the page's long tasks.
		if (!quick) {
			section('import screen, 8 MB notes');
			importPage = await benchImportPage(browser, origin, generateNotes(8_000_000, 3), 600_000);
			log(
				`  preview ${importPage.previewMs} ms, apply ${importPage.applyMs} ms, ${importPage.longTasks} long tasks, longest ${importPage.longestTaskMs} ms${importPage.error ? `, error: ${importPage.error}` : ''}`
			);
		}
		// 1b. Import 10 000 cards.
		const context = await benchContext(browser, origin, bundleJs, cards);
		const page = await context.newPage();
		section('import 10 000 cards');
		importTimes = await benchImport(page, origin, 10_000, quick ? 1 : 3);
		log(`  total ${importTimes.totalMs.map((v) => v.toFixed(0)).join(', ')} ms`);
		// 2 + 3. Database at scale, review loop at the largest size.
		for (const [i, size] of sizes.entries()) {
			section(`database with ${size} cards`);
			const last = i === sizes.length - 1;
			scale.push(
				await benchScale(page, origin, size, {
					fresh: i === 0,
					logs,
					queueRuns: 21,
					navRuns: 3,
					grades: last ? (quick ? 50 : 200) : 0,
					profileGrades: last ? 30 : 0,
					dbGrades: last ? 30 : 0,
					log
				})
			);
		}
		await context.close();
	} finally {
		await browser.close();
	}
	// 5. Lighthouse (own Chromium per run, after the Playwright browser is gone).
	const lighthouse: LighthouseResult[] = [];
	if (!args.includes('--no-lighthouse')) {
		const runs = quick ? 1 : 5;
		for (const route of ['/', '/review']) {
			section(`lighthouse ${route}`);
			// Lighthouse scores swing with what else the machine runs: keep the median run.
			const all: LighthouseResult[] = [];
			for (let i = 0; i < runs; i++) {
				const r = await runLighthouse(origin + route);
				all.push(r);
				log(
					`  lighthouse ${route} run ${i + 1}/${runs}: perf ${r.performance} a11y ${r.accessibility} bp ${r.bestPractices} LCP ${r.lcpMs} TBT ${r.tbtMs} CLS ${r.cls}`
				);
			}
			const sorted = [...all].sort((a, b) => a.performance - b.performance);
			const mid = sorted[Math.floor(sorted.length / 2)] as LighthouseResult;
			lighthouse.push({ ...mid, performanceRuns: all.map((r) => r.performance) });
		}
	}
	await server.stop();
	server = null;
	if (buildId() !== buildId(snapshot))
		notes.push('build/ was rebuilt during the run (the snapshot taken at the start was measured)');
	const results: Results = {
		date: new Date().toISOString(),
		quick,
		durationS: round((performance.now() - started) / 1000),
		machine: {
			...machine(browserVersion, snapshot),
			loadAverageBefore: loadBefore,
			loadAverageAfter: os.loadavg().map((v) => round(v, 2)),
			loadAverageBySection: bySection
		},
		notes,
		parser,
		import: importTimes && {
			...importTimes,
			planMs: importTimes.planMs.map((v) => round(v)),
			applyMs: importTimes.applyMs.map((v) => round(v)),
			totalMs: importTimes.totalMs.map((v) => round(v)),
			reimportMs: importTimes.reimportMs.map((v) => round(v)),
			medianTotalMs: round(median(importTimes.totalMs))
		},
		scale,
		firstVisit,
		importPage,
		bundle: { routes, precache: precacheSize(snapshot) },
		lighthouse,
		budgets: []
	};
	results.budgets = budgetsOf(results);
	writeFileSync(join(ROOT, 'bench/results.json'), JSON.stringify(results, null, '\t') + '\n');
	const table = renderTable(results);
	console.log('\n' + table);
	if (!quick) updateReadme(table);
	console.log('\n' + renderBudgets(results.budgets));
	const failed = results.budgets.filter((b) => b.met === false);
	const notRun = results.budgets.filter((b) => b.met === null);
	if (failed.length) {
		console.error(
			`\nFAIL: ${failed.length} budget(s) missed: ${failed.map((b) => b.name).join('; ')}`
		);
		return 1;
	}
	if (notRun.length && !quick) {
		console.error(`\nFAIL: not measured: ${notRun.map((b) => b.name).join('; ')}`);
		return 1;
	}
	return 0;
}

const START = '<!-- bench:table:start -->';
const END = '<!-- bench:table:end -->';

/** Replace the table between the markers in bench/README.md and the README's Benchmarks section. */
function updateReadme(table: string): void {
	for (const file of ['bench/README.md', 'README.md']) {
		const path = join(ROOT, file);
		if (!existsSync(path)) continue;
		const text = readFileSync(path, 'utf8');
		const a = text.indexOf(START);
		const b = text.indexOf(END);
		if (a < 0 || b < a) continue;
		writeFileSync(path, text.slice(0, a + START.length) + '\n' + table + '\n' + text.slice(b));
	}
}

main().then(
	(code) => process.exit(code),
	(error: unknown) => {
		console.error(error);
		process.exit(2);
	}
);
