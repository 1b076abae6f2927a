/**
 * Lighthouse 12 (Node API) on a screen of the preview server, default (mobile) profile with its
 * simulated throttling, in the same Chromium the other benchmarks use (launched by
 * chrome-launcher, which comes with lighthouse, with a fresh profile: a first visit).
 */
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './browser-bench';
import { round } from './stats';

/** Scores (0–100) and metrics of one Lighthouse run. */
export interface LighthouseResult {
	url: string;
	performance: number;
	accessibility: number;
	bestPractices: number;
	/** Largest Contentful Paint, ms (simulated mobile). */
	lcpMs: number;
	/** Total Blocking Time, ms (simulated mobile). */
	tbtMs: number;
	/** Cumulative Layout Shift (unitless). */
	cls: number;
	fcpMs: number;
	/** Lighthouse's estimate of this machine's speed (BenchmarkIndex; ~1000+ on a desktop). */
	benchmarkIndex: number;
	/** Failed audits that weigh on accessibility / best practices (ids), to act on. */
	failedAudits: string[];
	/** The biggest opportunities Lighthouse lists for performance (id: estimated saving, ms). */
	opportunities: { id: string; savingsMs: number }[];
	/** The element Lighthouse took as the LCP (its selector and text snippet). */
	lcpElement: string;
	/** JS execution per script (bootup-time: total and scripting ms, simulated), largest first. */
	bootup: { url: string; totalMs: number; scriptingMs: number }[];
	/** Performance scores of every run when several were made (this result is the median one). */
	performanceRuns?: number[];
	/** Console errors Lighthouse saw (what costs best-practices points). */
	consoleErrors: string[];
	/** Main-thread long tasks (url of the attributable script, start and duration, ms). */
	longTasks: { url: string; startMs: number; durationMs: number }[];
}

type Items = Record<string, unknown>[];
function itemsOf(audit: { details?: unknown } | undefined): Items {
	const details = audit?.details as { items?: Items } | undefined;
	return details?.items ?? [];
}
const path = (url: unknown) => {
	try {
		return new URL(String(url)).pathname;
	} catch {
		return String(url);
	}
};

const score = (s: number | null | undefined) => Math.round((s ?? 0) * 100);

/** Run Lighthouse once on `url` (performance, accessibility, best-practices). */
export async function runLighthouse(url: string): Promise<LighthouseResult> {
	const chrome = await launch({
		chromePath: CHROMIUM_PATH,
		chromeFlags: [...CHROMIUM_ARGS, '--headless=new']
	});
	try {
		const result = await lighthouse(url, {
			port: chrome.port,
			output: 'json',
			logLevel: 'error',
			onlyCategories: ['performance', 'accessibility', 'best-practices']
		});
		if (!result) throw new Error(`lighthouse returned nothing for ${url}`);
		const { lhr } = result;
		if (lhr.runtimeError) throw new Error(`lighthouse: ${lhr.runtimeError.message}`);
		const audit = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
		const failedAudits: string[] = [];
		for (const cat of ['accessibility', 'best-practices']) {
			for (const ref of lhr.categories[cat]?.auditRefs ?? []) {
				const a = lhr.audits[ref.id];
				if (ref.weight > 0 && a && a.score !== null && a.score < 1)
					failedAudits.push(`${cat}:${ref.id}`);
			}
		}
		const opportunities = Object.values(lhr.audits)
			.filter((a) => a.details?.type === 'opportunity' && (a.numericValue ?? 0) > 0)
			.map((a) => ({ id: a.id, savingsMs: round(a.numericValue ?? 0) }))
			.sort((a, b) => b.savingsMs - a.savingsMs)
			.slice(0, 5);
		const lcpNode = itemsOf(lhr.audits['largest-contentful-paint-element'])[0] as
			| { items?: { node?: { selector?: string; snippet?: string } }[] }
			| undefined;
		const node = lcpNode?.items?.[0]?.node;
		return {
			url,
			lcpElement: node ? `${node.selector ?? ''} ${node.snippet ?? ''}`.trim() : 'n/a',
			bootup: itemsOf(lhr.audits['bootup-time'])
				.map((i) => ({
					url: path(i.url),
					totalMs: round(Number(i.total)),
					scriptingMs: round(Number(i.scripting))
				}))
				.slice(0, 6),
			consoleErrors: itemsOf(lhr.audits['errors-in-console']).map((i) =>
				String(i.description).slice(0, 200)
			),
			longTasks: itemsOf(lhr.audits['long-tasks'])
				.map((i) => ({
					url: path(i.url),
					startMs: round(Number(i.startTime)),
					durationMs: round(Number(i.duration))
				}))
				.slice(0, 8),
			performance: score(lhr.categories.performance?.score),
			accessibility: score(lhr.categories.accessibility?.score),
			bestPractices: score(lhr.categories['best-practices']?.score),
			lcpMs: round(audit('largest-contentful-paint')),
			tbtMs: round(audit('total-blocking-time')),
			cls: round(audit('cumulative-layout-shift'), 3),
			fcpMs: round(audit('first-contentful-paint')),
			benchmarkIndex: round(lhr.environment.benchmarkIndex),
			failedAudits,
			opportunities
		};
	} finally {
		chrome.kill();
	}
}
