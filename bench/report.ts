/** The shape of `bench/results.json`, the budgets of issue 17's goals, and the Markdown table. */
import type { FirstVisitResult, ImportPageResult, ScaleResult } from './browser-bench';
import type { ImportTimes } from './browser/entry';
import type { PrecacheSize, RouteBytes } from './bundle-size';
import type { LighthouseResult } from './lighthouse';
import type { ParserResult } from './parser';

/** Everything one run measured. Times in ms, sizes in bytes unless a name says otherwise. */
export interface Results {
	date: string;
	quick: boolean;
	durationS: number;
	machine: {
		cpu: string;
		cores: number;
		memoryGiB: number;
		node: string;
		chromium: string;
		os: string;
		commit: string;
		build: string;
		loadAverageBefore: number[];
		loadAverageAfter: number[];
		/** 1-minute load average when each part of the run started. */
		loadAverageBySection: Record<string, number>;
	};
	notes: string[];
	parser: ParserResult[];
	import?: ImportTimes & { medianTotalMs: number };
	scale: ScaleResult[];
	/** First visits to the start page and a tap on review, per CPU slowdown (goals 1 and 2). */
	firstVisit: FirstVisitResult[];
	/** An 8 MB notes file on the import screen (goal 6); absent in a quick run. */
	importPage?: ImportPageResult;
	bundle: { routes: RouteBytes[]; precache: PrecacheSize };
	lighthouse: LighthouseResult[];
	budgets: Budget[];
}

/** One budget and whether this run met it. */
export interface Budget {
	/** The goal it belongs to (issue 17's goals 1–7; 0 for older budgets still checked). */
	goal: number;
	name: string;
	limit: string;
	measured: string;
	/** null when not measured in this run; `info` rows (a ratio to state) have no limit. */
	met: boolean | null;
	info?: boolean;
}

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const ms = (v: number) => `${v.toFixed(v < 10 ? 1 : 0)} ms`;

/**
 * Code that must not load on a screen, by the names of `bundle-size.ts`'s markers: the start
 * page shows decks and counts only; the review screen shows HTML made at build or import time.
 */
const FORBIDDEN: Record<string, string[]> = {
	'/': [
		'quiz code',
		'drill data',
		'drill judge',
		'markdown-it (Markdown parser)',
		'micromark (Markdown parser)',
		'mdast-util-to-hast / hast-util-to-html'
	],
	'/review': [
		'markdown-it (Markdown parser)',
		'micromark (Markdown parser)',
		'mdast-util-to-hast / hast-util-to-html',
		'dompurify'
	]
};

/** What of the forbidden code a route loaded on its first visit (names of `bundle-size.ts`'s markers). */
export function forbiddenOn(route: RouteBytes): string[] {
	const banned = FORBIDDEN[route.route] ?? [];
	const found = route.files
		.filter((f) => f.kind === 'js')
		.flatMap((f) => f.contains.filter((c) => banned.includes(c)));
	return [...new Set(found)];
}

/**
 * Evaluate the goals of issue 17 (and the import budget of issue 9), with the issue's limits.
 * Scale figures are for the largest size measured; the 100 000-card goals count as not run when
 * the run did not reach 100 000 cards (a quick run).
 */
export function budgetsOf(r: Results): Budget[] {
	const out: Budget[] = [];
	const add = (b: Budget) => out.push(b);
	const visit = (rate: number) => r.firstVisit.find((v) => v.cpuRate === rate);
	const one = visit(1);
	const four = visit(4);
	add({
		goal: 1,
		name: 'Start page ready, first visit, CPU 1× (median)',
		limit: '≤ 300 ms',
		measured: one ? ms(one.medianReadyMs) : 'not run',
		met: one ? one.medianReadyMs <= 300 : null
	});
	add({
		goal: 1,
		name: 'Start page ready, first visit, CPU 4× (median)',
		limit: '(reported)',
		measured: four ? ms(four.medianReadyMs) : 'not run',
		met: four ? true : null,
		info: true
	});
	const homeRoute = r.bundle.routes.find((x) => x.route === '/');
	const reviewRoute = r.bundle.routes.find((x) => x.route === '/review');
	const banned = (route: RouteBytes | undefined, goal: number, name: string) => {
		const found = route ? forbiddenOn(route) : [];
		add({
			goal,
			name,
			limit: 'none',
			measured: route ? (found.length ? found.join(', ') : 'none') : 'not run',
			met: route ? found.length === 0 : null
		});
	};
	banned(homeRoute, 1, 'Quiz, drill or Markdown code on the start page');
	add({
		goal: 2,
		name: 'Tap review → card front, CPU 1× (median)',
		limit: '≤ 60 ms',
		measured: one ? ms(one.medianTapToCardMs) : 'not run',
		met: one ? one.medianTapToCardMs <= 60 : null
	});
	add({
		goal: 2,
		name: 'Tap review → card front, CPU 4× (median)',
		limit: '(reported)',
		measured: four ? ms(four.medianTapToCardMs) : 'not run',
		met: four ? true : null,
		info: true
	});
	banned(reviewRoute, 2, 'Markdown or sanitiser code on the review route');
	add({
		goal: 3,
		name: 'First visit JS, gzip, lazy chunks included',
		limit: '≤ 60 kB',
		measured: homeRoute ? kB(homeRoute.jsGzip) : 'not run',
		met: homeRoute ? homeRoute.jsGzip <= 60_000 : null
	});
	for (const route of ['/', '/review']) {
		const lh = r.lighthouse.find((x) => new URL(x.url).pathname === route);
		const label = route === '/' ? 'home' : 'cold deep link to /review';
		add({
			goal: 4,
			name: `Lighthouse mobile performance, ${label} (median)`,
			limit: '100',
			measured: lh ? String(lh.performance) : 'not run',
			met: lh ? lh.performance >= 100 : null
		});
		add({
			goal: 4,
			name: `Lighthouse mobile accessibility, ${label} (median)`,
			limit: '100',
			measured: lh ? String(lh.accessibility) : 'not run',
			met: lh ? lh.accessibility >= 100 : null
		});
	}
	const loop = r.scale.find((s) => s.reviewLoop)?.reviewLoop;
	add({
		goal: 5,
		name: 'Grade → next card painted (median)',
		limit: '≤ 8 ms',
		measured: loop ? ms(loop.medianMs) : 'not run',
		met: loop ? loop.medianMs <= 8 : null
	});
	const slowest = Math.min(...r.parser.map((p) => p.mbPerS));
	add({
		goal: 6,
		name: 'Notes parser speed (slowest size)',
		limit: '≥ 10 MB/s',
		measured: r.parser.length ? `${slowest.toFixed(2)} MB/s` : 'not run',
		met: r.parser.length ? slowest >= 10 : null
	});
	const memory = Math.max(...r.parser.map((p) => p.memoryRatio ?? Number.POSITIVE_INFINITY));
	add({
		goal: 6,
		name: 'Notes parser peak memory (largest ratio)',
		limit: '≤ 20× the file',
		measured: Number.isFinite(memory) ? `${memory.toFixed(1)}×` : 'not run',
		met: Number.isFinite(memory) ? memory <= 20 : null
	});
	const ip = r.importPage;
	const finished = ip && ip.error === null && ip.applyMs !== null;
	add({
		goal: 6,
		name: `Import screen, ${ip ? (ip.bytes / 1e6).toFixed(0) : 8} MB notes: longest task on the page`,
		limit: '≤ 50 ms',
		measured: ip
			? `${ms(ip.longestTaskMs)} (${ip.longTasks} long tasks${finished ? '' : `; ${ip.error ?? 'did not finish'}`})`
			: 'not run',
		met: ip ? finished === true && ip.longestTaskMs <= 50 : null
	});
	const first = r.scale[0];
	const last = r.scale.at(-1);
	const big = last && last.cards >= 100_000 ? last : undefined;
	const at = big ? '' : ' (run did not reach 100 000 cards)';
	add({
		goal: 7,
		name: "Today's queue at 100 000 cards, 1 000 000 logs (loadReviewQueue)",
		limit: '≤ 20 ms',
		measured: big ? ms(big.screens.medianReviewQueueMs) : `not run${at}`,
		met: big ? big.screens.medianReviewQueueMs <= 20 : null
	});
	add({
		goal: 7,
		name: 'Home counts at 100 000 cards (deckOverview, every deck)',
		limit: '≤ 20 ms',
		measured: big ? ms(big.screens.medianOverviewMs) : `not run${at}`,
		met: big ? big.screens.medianOverviewMs <= 20 : null
	});
	add({
		goal: 7,
		name: 'Card browser search at 100 000 cards (slowest query)',
		limit: '≤ 100 ms',
		measured: big ? ms(big.screens.searchMs) : `not run${at}`,
		met: big ? big.screens.searchMs <= 100 : null
	});
	if (first && last && first !== last) {
		const ratio = (f: (s: ScaleResult) => number) => `${(f(last) / f(first)).toFixed(2)}×`;
		add({
			goal: 7,
			name: `Growth ${first.cards.toLocaleString('en')} → ${last.cards.toLocaleString('en')} cards: queue / counts / search`,
			limit: '(stated)',
			measured: [
				ratio((s) => s.screens.medianReviewQueueMs),
				ratio((s) => s.screens.medianOverviewMs),
				ratio((s) => s.screens.searchMs)
			].join(' / '),
			met: true,
			info: true
		});
	}
	add({
		goal: 0,
		name: '10 000-card import (issue 9)',
		limit: '≤ 2 s',
		measured: r.import ? ms(r.import.medianTotalMs) : 'not run',
		met: r.import ? r.import.medianTotalMs <= 2000 : null
	});
	return out;
}

/** The verdict of one budget as printed: PASS, FAIL, NOT RUN or INFO. */
export function verdictOf(b: Budget): string {
	if (b.met === null) return 'NOT RUN';
	if (b.info) return 'INFO';
	return b.met ? 'PASS' : 'FAIL';
}

/** The budgets as a plain-text table (`name  value  budget  verdict`), for the terminal. */
export function renderBudgets(budgets: readonly Budget[]): string {
	const rows = budgets.map((b) => [
		`${b.goal ? `${b.goal}. ` : '   '}${b.name}`,
		b.measured,
		b.limit,
		verdictOf(b)
	]);
	const head = ['goal', 'value', 'budget', ''];
	const widths = head.map((h, i) =>
		Math.max(h.length, ...rows.map((r) => (r[i] as string).length))
	);
	return [head, ...rows]
		.map((r) =>
			r
				.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i] as number)))
				.join('  ')
				.trimEnd()
		)
		.join('\n');
}

function row(cells: (string | number)[]): string {
	return `| ${cells.join(' | ')} |`;
}

/** The Markdown table printed at the end and kept in bench/README.md. */
export function renderTable(r: Results): string {
	const m = r.machine;
	const lines: string[] = [];
	lines.push(
		`Run ${r.date.slice(0, 16).replace('T', ' ')} UTC, commit ${m.commit}, build ${m.build}${r.quick ? ' (quick run)' : ''}, ${r.durationS.toFixed(0)} s.`,
		`Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB, Node ${m.node}, ${m.chromium}; load average ${m.loadAverageBefore[0]} before, ${m.loadAverageAfter[0]} after (other work shared the CPU).`,
		''
	);
	if (r.notes.length) lines.push(...r.notes.map((n) => `Note: ${n}.`), '');

	lines.push(row(['Goal', 'Value', 'Budget', '']), row(['---', '---', '---', '---']));
	for (const b of r.budgets) {
		const v = verdictOf(b);
		lines.push(
			row([
				`${b.goal ? `${b.goal}. ` : ''}${b.name}`,
				b.measured,
				b.limit,
				v === 'FAIL' ? '**FAIL**' : v
			])
		);
	}
	const sections = Object.entries(m.loadAverageBySection ?? {});
	if (sections.length)
		lines.push(
			'',
			`Load average (1 min) at the start of each part: ${sections.map(([k, v]) => `${k} ${v}`).join(', ')}.`
		);
	if (r.firstVisit.length) {
		lines.push(
			'',
			row([
				'First visit (median of runs)',
				'Start page ready',
				'Tap review → card front',
				'Runs',
				'Load avg'
			]),
			row(['---', '---', '---', '---', '---'])
		);
		for (const v of r.firstVisit) {
			lines.push(
				row([
					`CPU ${v.cpuRate}×`,
					`${ms(v.medianReadyMs)} (${v.readyMs.map((x) => x.toFixed(0)).join(', ')})`,
					`${ms(v.medianTapToCardMs)} (${v.tapToCardMs.map((x) => x.toFixed(0)).join(', ')})`,
					v.runs,
					v.loadAverage
				])
			);
		}
	}

	lines.push(
		'',
		row(['Notes parser (Node)', 'Cards', 'Median', 'MB/s', 'Markdown step', 'Peak heap'])
	);
	lines.push(row(['---', '---', '---', '---', '---', '---']));
	for (const p of r.parser) {
		lines.push(
			row([
				`${(p.bytes / 1e6).toFixed(1)} MB × ${p.runs}`,
				p.cards,
				ms(p.medianMs),
				p.mbPerS.toFixed(3),
				ms(p.markdownMs),
				p.peakHeapMb === undefined ? '—' : `${p.peakHeapMb} MB (${p.memoryRatio}×)`
			])
		);
	}
	if (r.importPage) {
		const p = r.importPage;
		lines.push(
			'',
			`Import screen with ${(p.bytes / 1e6).toFixed(1)} MB of notes (Chromium, one run): preview after ${p.previewMs === null ? 'n/a' : ms(p.previewMs)}, apply ${p.applyMs === null ? 'n/a' : ms(p.applyMs)}; ${p.longTasks} long tasks, the longest ${ms(p.longestTaskMs)}${p.error ? `; error: ${p.error}` : ''}.`
		);
	}
	if (r.import) {
		const i = r.import;
		lines.push(
			'',
			`Import of ${i.cards} cards into IndexedDB (Chromium, median of ${i.totalMs.length}): ${ms(i.medianTotalMs)} ` +
				`(plan ${ms(Math.min(...i.planMs))}+, apply ${i.applyMs.map((v) => v.toFixed(0)).join(' / ')} ms); ` +
				`unchanged re-import ${i.reimportMs.map((v) => v.toFixed(0)).join(' / ')} ms.`
		);
		if (i.indexCost) {
			lines.push(
				`The same ${i.indexCost.rows} rows in one bulkAdd: ${ms(i.indexCost.appIndexesMs)} with the cards store's 5 indexes, ${ms(i.indexCost.primaryKeyOnlyMs)} with the primary key only.`
			);
		}
	}

	const first = r.scale[0];
	const last = r.scale.at(-1);
	lines.push(
		'',
		row([
			`Cards (+${(first?.seed.logs ?? 0).toLocaleString('en')} logs)`,
			"Today's queue (loadReviewQueue)",
			'Home counts (deckOverview)',
			'Search (slowest query)',
			'Search index build',
			'sessionQueue alone',
			'countsFor (one deck)',
			'Home → deck row',
			'Navigation → first card'
		]),
		row(['---', '---', '---', '---', '---', '---', '---', '---', '---'])
	);
	for (const s of r.scale) {
		lines.push(
			row([
				s.cards.toLocaleString('en'),
				ms(s.screens.medianReviewQueueMs),
				`${ms(s.screens.medianOverviewMs)} (${s.screens.decks} decks)`,
				ms(s.screens.searchMs),
				`${ms(s.screens.search.buildMs)} (${s.screens.search.cards} cards)`,
				`${ms(s.queue.medianQueueMs)} (${s.queue.queueLength} rows)`,
				ms(s.queue.medianCountsMs),
				ms(s.home.medianFrameMs),
				ms(s.firstCard.medianFrameMs)
			])
		);
	}
	if (first && last && first !== last) {
		const ratio = (f: (s: ScaleResult) => number) => `${(f(last) / f(first)).toFixed(2)}×`;
		lines.push(
			'',
			`${last.cards.toLocaleString('en')} / ${first.cards.toLocaleString('en')} ratios: today's queue ${ratio((s) => s.screens.medianReviewQueueMs)}, home counts ${ratio((s) => s.screens.medianOverviewMs)}, search ${ratio((s) => s.screens.searchMs)}, search index build ${ratio((s) => s.screens.search.buildMs)}, first card ${ratio((s) => s.firstCard.medianFrameMs)}.`
		);
	}
	if (last) {
		lines.push(
			'',
			`Search at ${last.cards.toLocaleString('en')} cards (median; matches): ` +
				last.screens.search.queries
					.map((q) => `\`${q.text}\` ${ms(q.medianMs ?? Number.NaN)} (${q.total})`)
					.join(', ') +
				'.'
		);
	}
	if (last) {
		lines.push(
			'',
			`Index requests behind the queue and counts at ${last.cards.toLocaleString('en')} cards (one run each; rows returned or counted): ` +
				last.queue.steps.map((s) => `${s.step} ${ms(s.ms)} (${s.rows})`).join('; ') +
				'.'
		);
	}
	const withLoop = r.scale.find((s) => s.reviewLoop);
	if (withLoop?.reviewLoop) {
		const l = withLoop.reviewLoop;
		lines.push(
			'',
			`Review loop at ${withLoop.cards.toLocaleString('en')} cards, ${l.grades} grades: grade → next card painted median ${ms(l.medianMs)}, p95 ${ms(l.p95Ms)}, max ${ms(l.maxMs)} (DOM updated: median ${ms(l.domMedianMs)}, p95 ${ms(l.domP95Ms)}).`
		);
		if (withLoop.gradeLoop) {
			const g = withLoop.gradeLoop.median;
			lines.push(
				`Parts of a grade timed alone in the page (median of ${withLoop.gradeLoop.queueMs.length}): gradeCard ${ms(g.gradeCardMs)}, unburyDue ${ms(g.unburyMs)}, sessionQueue ${ms(g.queueMs)}; for the next card: front Markdown → safe HTML ${ms(g.frontHtmlMs)}, rating previews ${ms(g.previewMs)}.`
			);
		}
	}

	lines.push('', row(['Route (first visit)', 'JS gzip', 'of it before load', 'CSS gzip', 'Files']));
	lines.push(row(['---', '---', '---', '---', '---']));
	for (const b of r.bundle.routes) {
		lines.push(row([b.route, kB(b.jsGzip), kB(b.initialJsGzip), kB(b.cssGzip), b.files.length]));
	}
	const homeRoute = r.bundle.routes.find((b) => b.route === '/');
	if (homeRoute) {
		lines.push(
			'',
			'Largest files of the first visit to home (gzip; what they hold): ' +
				homeRoute.files
					.slice(0, 8)
					.map(
						(f) =>
							`${f.path.split('/').pop()} ${kB(f.gzip)} ${f.phase}${f.contains.length ? ` (${f.contains.join(', ')})` : ''}`
					)
					.join('; ') +
				'.'
		);
	}
	const p = r.bundle.precache;
	lines.push(
		'',
		`Precache (build/sw.js): ${p.entries} entries, ${kB(p.bytes)} (${kB(p.gzip)} gzip).`
	);

	if (r.lighthouse.length) {
		lines.push(
			'',
			row([
				'Lighthouse 12.2.3 (mobile, median run)',
				'Perf',
				'A11y',
				'Best pr.',
				'LCP',
				'TBT',
				'CLS'
			])
		);
		lines.push(row(['---', '---', '---', '---', '---', '---', '---']));
		for (const l of r.lighthouse) {
			lines.push(
				row([
					new URL(l.url).pathname,
					l.performanceRuns && l.performanceRuns.length > 1
						? `${l.performance} (runs ${l.performanceRuns.join(', ')})`
						: l.performance,
					l.accessibility,
					l.bestPractices,
					ms(l.lcpMs),
					ms(l.tbtMs),
					l.cls
				])
			);
		}
		lines.push(
			'',
			`Lighthouse BenchmarkIndex of this machine: ${r.lighthouse.map((l) => l.benchmarkIndex).join(', ')}.`
		);
		for (const l of r.lighthouse) {
			const boot = l.bootup
				.slice(0, 3)
				.map((b) => `${b.url} ${ms(b.scriptingMs)}`)
				.join(', ');
			lines.push(
				`${new URL(l.url).pathname}: ${l.lcpElement === 'n/a' ? '' : `LCP element \`${l.lcpElement.slice(0, 80)}\`; `}script evaluation ${boot}; long tasks ${l.longTasks.map((t) => `${t.url.split('/').pop()} ${ms(t.durationMs)}`).join(', ')}.`
			);
		}
	}
	return lines.join('\n');
}
