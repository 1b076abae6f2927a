/**
 * Notes parser throughput in Node: `parseNotes` on generated Korean notes (see `notes-gen.ts`).
 * Reports MB/s (10^6 bytes of UTF-8 per second) as the median of a few runs, and the time spent
 * in the Markdown step alone (`parseBlocks`, micromark + GFM) to show where the time goes.
 */
import { parseBlocks } from '../src/lib/content/markdown';
import { normaliseNotesText } from '../src/lib/content/identity';
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
	/** `parseBlocks` (micromark + mdast, in 8 000-character pieces) alone, one run. */
	markdownMs: number;
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
	for (let run = 0; run < runs; run++) {
		const t0 = performance.now();
		const parsed = parseNotes(text, 'bench-notes.md', { deck: 'bench-notes' });
		ms.push(performance.now() - t0);
		cards = parsed.cards;
		warnings = parsed.warnings.length;
		log(
			`  parse ${(size / 1e6).toFixed(1)} MB run ${run + 1}/${runs}: ${ms.at(-1)?.toFixed(0)} ms`
		);
	}
	const t0 = performance.now();
	parseBlocks(normaliseNotesText(text));
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
			markdownMs: round(markdownMs)
		},
		cards
	};
}

/** Warm the parser up (JIT, module init) so the first measured run is not a cold start. */
export function warmUpParser(): void {
	parseNotes(generateNotes(50_000, 2), 'warm-up.md');
}
