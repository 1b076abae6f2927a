/**
 * "Where did this card come from?": the section of the notes around a source line, so the UI can
 * render it (through `renderCardMarkdown`) with the card's lines highlighted.
 */
import { normaliseNotesText } from './identity';
import { parseInChunks } from './notes/chunks';
import { plain } from './notes/text';

/** A section of a notes file, in Markdown source. Lines are 1-based and inclusive. */
export interface SourceSection {
	/** The section's Markdown source (normalised text: LF, NFC, no BOM). */
	markdown: string;
	/** File line of the section's first line (its heading, when it has one). */
	startLine: number;
	endLine: number;
	/** The heading that opens the section, or '' for text before the first heading. */
	heading: string;
}

/**
 * The section that contains `line`: from the nearest heading at or above it to the next heading
 * of the same or a higher level (exclusive), or the end of the file.
 * @param text the notes file as given to `parseNotes`
 * @param line 1-based line, e.g. a card's `source.line`; clamped into the file
 */
export function sourceSection(text: string, line: number): SourceSection {
	const normalised = normaliseNotesText(text);
	const lines = normalised.split('\n');
	const target = Math.min(Math.max(1, Math.floor(line) || 1), lines.length);
	const headings: { depth: number; line: number; text: string }[] = [];
	parseInChunks(normalised, (blocks) => {
		for (const b of blocks) {
			if (b.type === 'heading')
				headings.push({ depth: b.depth, line: b.line, text: plain(b.text.runs).trim() });
		}
	});
	let open: (typeof headings)[number] | undefined;
	for (const h of headings) if (h.line <= target) open = h;
	const startLine = open?.line ?? 1;
	const next = headings.find((h) => h.line > target && (!open || h.depth <= open.depth));
	let endLine = (next?.line ?? lines.length + 1) - 1;
	while (endLine > startLine && (lines[endLine - 1] ?? '').trim() === '') endLine--;
	const heading = open?.text ?? '';
	return { markdown: lines.slice(startLine - 1, endLine).join('\n'), startLine, endLine, heading };
}
