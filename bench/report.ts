/** The shape of `bench/results.json`, the budgets of issue 9, and the Markdown table. */
import type { ScaleResult } from './browser-bench';
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
	};
	notes: string[];
	parser: ParserResult[];
	import?: ImportTimes & { medianTotalMs: number };
	scale: ScaleResult[];
	bundle: { routes: RouteBytes[]; precache: PrecacheSize };
	lighthouse: LighthouseResult[];
	budgets: Budget[];
}

/** One budget of issue 9 and whether this run met it. */
export interface Budget {
	name: string;
	limit: string;
	measured: string;
	/** null when not measured in this run. */
	met: boolean | null;
}

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const ms = (v: number) => `${v.toFixed(v < 10 ? 1 : 0)} ms`;

/** Evaluate the budgets (ratios within this run where a comparison is meant). */
export function budgetsOf(r: Results): Budget[] {
	const out: Budget[] = [];
	const home = r.bundle.routes.find((x) => x.route === '/');
	out.push({
		name: 'First-visit JS on home (gzip, incl. lazy chunks)',
		limit: '≤ 100 kB',
		measured: home ? kB(home.jsGzip) : 'n/a',
		met: home ? home.jsGzip <= 100_000 : null
	});
	for (const route of ['/', '/review']) {
		const lh = r.lighthouse.find((x) => new URL(x.url).pathname === route);
		out.push({
			name: `Lighthouse ${route}: performance / accessibility`,
			limit: '≥ 95 / 100',
			measured: lh ? `${lh.performance} / ${lh.accessibility}` : 'not run',
			met: lh ? lh.performance >= 95 && lh.accessibility === 100 : null
		});
	}
	const first = r.scale[0];
	const last = r.scale.at(-1);
	if (first && last && last.cards === 50_000) {
		const ratio = last.queue.medianQueueMs / first.queue.medianQueueMs;
		out.push({
			name: "Today's queue at 50 000 cards",
			limit: '≤ 50 ms and ≤ 3× the 1 000-card time',
			measured: `${ms(last.queue.medianQueueMs)}, ${ratio.toFixed(2)}×`,
			met: last.queue.medianQueueMs <= 50 && ratio <= 3
		});
	} else {
		out.push({
			name: "Today's queue at 50 000 cards",
			limit: '≤ 50 ms, ≤ 3×',
			measured: 'not run',
			met: null
		});
	}
	const loop = r.scale.find((s) => s.reviewLoop)?.reviewLoop;
	out.push({
		name: 'Grade → next card painted (median)',
		limit: '≤ 16 ms',
		measured: loop ? ms(loop.medianMs) : 'not run',
		met: loop ? loop.medianMs <= 16 : null
	});
	out.push({
		name: '10 000-card import (planImport + applyImport)',
		limit: '≤ 2 s',
		measured: r.import ? ms(r.import.medianTotalMs) : 'not run',
		met: r.import ? r.import.medianTotalMs <= 2000 : null
	});
	const slowest = Math.min(...r.parser.map((p) => p.mbPerS));
	out.push({
		name: 'Notes parsing (slowest size)',
		limit: '≥ 10 MB/s',
		measured: `${slowest.toFixed(2)} MB/s`,
		met: slowest >= 10
	});
	const memory = Math.max(...r.parser.map((p) => p.memoryRatio ?? Number.POSITIVE_INFINITY));
	out.push({
		name: 'Notes parsing peak memory (largest ratio)',
		limit: '≤ 20× the file',
		measured: Number.isFinite(memory) ? `${memory.toFixed(1)}×` : 'not run',
		met: Number.isFinite(memory) ? memory <= 20 : null
	});
	return out;
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

	lines.push(row(['Budget', 'Limit', 'Measured', '']), row(['---', '---', '---', '---']));
	for (const b of r.budgets) {
		lines.push(
			row([b.name, b.limit, b.measured, b.met === null ? '—' : b.met ? 'met' : '**missed**'])
		);
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

	lines.push(
		'',
		row([
			'Cards (+200 000 logs)',
			"Today's queue",
			'Home counts',
			'Queue rows',
			'Home → deck row',
			'Navigation → first card'
		]),
		row(['---', '---', '---', '---', '---', '---'])
	);
	for (const s of r.scale) {
		lines.push(
			row([
				s.cards.toLocaleString('en'),
				`${ms(s.queue.medianQueueMs)} (min ${ms(s.queue.minQueueMs)})`,
				`${ms(s.queue.medianCountsMs)} (min ${ms(s.queue.minCountsMs)})`,
				s.queue.queueLength,
				ms(s.home.medianFrameMs),
				ms(s.firstCard.medianFrameMs)
			])
		);
	}
	const first = r.scale[0];
	const last = r.scale.at(-1);
	if (first && last && first !== last) {
		const q = last.queue.medianQueueMs / first.queue.medianQueueMs;
		const c = last.queue.medianCountsMs / first.queue.medianCountsMs;
		const f = last.firstCard.medianFrameMs / first.firstCard.medianFrameMs;
		lines.push(
			'',
			`${last.cards.toLocaleString('en')} / ${first.cards.toLocaleString('en')} ratios: queue ${q.toFixed(2)}×, home counts ${c.toFixed(2)}×, first card ${f.toFixed(2)}×.`
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
