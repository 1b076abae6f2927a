/**
 * Notes parser throughput and memory in Node: `parseNotes` on generated Korean notes (see
 * `notes-gen.ts`). Reports MB/s (10^6 bytes of UTF-8 per second) as the median of a few runs,
 * the time spent in the Markdown step alone (`parseInChunks`: markdown-it → block tree, in
 * pieces) to show where the time goes, and the peak memory of one run: the V8 heap in use
 * (sampled after every parsed piece and at the end, garbage not yet collected included, so an
 * upper bound) above what was in use before the call, as a multiple of the file's size. The
 * cards returned are part of that peak.
 */
import { getHeapStatistics } from 'node:v8';
import { normaliseNotesText } from '../src/lib/content/identity';
import { parseInChunks } from '../src/lib/content/notes/chunks';
import { parseNotes } from '../src/lib/content/parse';
import type { NoteCard } from '../src/lib/content/types';
import { generateNotes } from './notes-gen';
import { median, round } from './stats';

/** Throughput for one notes size. */
export interface ParserResult {
	/** Size of the generated notes, bytes (UTF-8). */
	bytes: number;
	runs: number;
	cards: number;
	warnings: number;
	/** Whole `parseNotes` call, per run. */
	ms: number[];
	medianMs: number;
	mbPerS: number;
	/** `parseInChunks` (markdown-it → block tree, in pieces) alone, one run. */
	markdownMs: number;
	/** Peak V8 heap in use during the last run above the heap before it, MB (10^6 bytes). */
	peakHeapMb: number;
	/** `peakHeapMb` as a multiple of the file's size. */
	memoryRatio: number;
}

/**
 * Parse generated notes of `bytes` bytes `runs` times.
 * @returns the figures, and the cards of the last run (reused to seed the database benchmarks)
 */
export function benchParser(
	bytes: number,
	runs: number,
	log: (line: string) => void = () => {}
): { result: ParserResult; cards: NoteCard[] } {
	const text = generateNotes(bytes, 1);
	const size = new TextEncoder().encode(text).length;
	const ms: number[] = [];
	let cards: NoteCard[] = [];
	let warnings = 0;
	let peak = 0;
	for (let run = 0; run < runs; run++) {
		const before = getHeapStatistics().used_heap_size;
		peak = 0;
		const sample = () => {
			peak = Math.max(peak, getHeapStatistics().used_heap_size - before);
		};
		const t0 = performance.now();
		const parsed = parseNotes(text, 'bench-notes.md', { deck: 'bench-notes', onProgress: sample });
		ms.push(performance.now() - t0);
		sample();
		cards = parsed.cards;
		warnings = parsed.warnings.length;
		log(
			`  parse ${(size / 1e6).toFixed(1)} MB run ${run + 1}/${runs}: ${ms.at(-1)?.toFixed(0)} ms`
		);
	}
	const t0 = performance.now();
	parseInChunks(normaliseNotesText(text), () => {});
	const markdownMs = performance.now() - t0;
	const medianMs = median(ms);
	return {
		result: {
			bytes: size,
			runs,
			cards: cards.length,
			warnings,
			ms: ms.map((v) => round(v)),
			medianMs: round(medianMs),
			mbPerS: round(size / 1e6 / (medianMs / 1000), 3),
			markdownMs: round(markdownMs),
			peakHeapMb: round(peak / 1e6),
			memoryRatio: round(peak / size, 2)
		},
		cards
	};
}

/** Warm the parser up (JIT, module init) so the first measured run is not a cold start. */
export function warmUpParser(): void {
	parseNotes(generateNotes(50_000, 2), 'warm-up.md');
}
