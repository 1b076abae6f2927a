/**
 * Large notes are parsed in pieces of about {@link CHUNK_TARGET} characters, cut only where a
 * new top-level block must start (after a blank line, at a column-0 character, preferably a
 * heading). When the last block of a piece is an unclosed fence or HTML block (the cut fell
 * inside it), the piece is parsed again together with the next one. Only one piece's tokens are
 * alive at a time, so memory stays proportional to the piece, not the file.
 */
import { parseFragment } from './adapter';
import type { Block, InlineDrop } from './blocks';

/** Characters per parsed piece. */
export const CHUNK_TARGET = 64_000;

/**
 * Offsets where a cut is safe to try: the start of a line that follows an empty line and begins
 * with a non-blank character at column 0. ATX headings are preferred so sections stay whole.
 */
function nextCut(text: string, from: number, limit: number): number {
	const heading = text.indexOf('\n\n#', from);
	if (heading !== -1 && heading < limit) return heading + 2;
	let i = from;
	while (i < text.length) {
		const p = text.indexOf('\n\n', i);
		if (p === -1) return -1;
		const c = text.charCodeAt(p + 2);
		if (p + 2 < text.length && c !== 32 && c !== 9 && c !== 10) return p + 2;
		i = p + 1;
	}
	return -1;
}

function countNewlines(text: string, from: number, to: number): number {
	let n = 0;
	for (let i = text.indexOf('\n', from); i !== -1 && i < to; i = text.indexOf('\n', i + 1)) n++;
	return n;
}

/** Whether the last block of a piece was cut off (an unclosed fence or HTML block). */
function runsToEnd(blocks: Block[], lastLine: number): boolean {
	const last = blocks.at(-1);
	if (!last) return false;
	if (last.type === 'code') return last.fenced && !last.closed;
	return last.type === 'html' && last.endLine >= lastLine;
}

/**
 * Parse a whole notes text piece by piece, handing each piece's top-level blocks to `onBlocks`
 * in document order (the blocks of one call are never split across calls).
 * @param text normalised text (LF line endings)
 * @param onBlocks called per piece with its blocks, what its inline content dropped (images,
 *   scripts, with file lines) and the number of characters done so far
 */
export function parseInChunks(
	text: string,
	onBlocks: (blocks: Block[], drops: InlineDrop[], done: number) => void
): void {
	const cuts: number[] = [0];
	for (let at = CHUNK_TARGET; at < text.length; ) {
		const c = nextCut(text, at, at + 4 * CHUNK_TARGET);
		if (c === -1) break;
		cuts.push(c);
		at = c + CHUNK_TARGET;
	}
	cuts.push(text.length);
	let lines = 0;
	let startIndex = 0;
	while (startIndex < cuts.length - 1) {
		const start = cuts[startIndex] as number;
		let endIndex = startIndex + 1;
		let failures = 0;
		for (;;) {
			const end = cuts[endIndex] as number;
			const isFinal = endIndex === cuts.length - 1;
			const pieceDrops: InlineDrop[] = [];
			const blocks = parseFragment(text.slice(start, end), lines, pieceDrops);
			const pieceLines = lines + countNewlines(text, start, end);
			if (isFinal || !runsToEnd(blocks, pieceLines)) {
				onBlocks(blocks, pieceDrops, end);
				lines = pieceLines;
				break;
			}
			failures++;
			endIndex = failures >= 2 ? cuts.length - 1 : endIndex + 1;
		}
		startIndex = endIndex;
	}
}
