/**
 * Notes (Markdown) → cards: the public entry of the converter.
 *
 * The text is normalised (BOM, CRLF → LF, NFC), parsed piece by piece into the converter's own
 * block tree (`notes/adapter.ts`, the only module that knows the Markdown parser) and walked
 * (`notes/walker.ts`); each kind of block or bullet is read by one rule in `notes/rules/`:
 *
 * - `answer-shown` — nothing shown with a question contains its answer (topic headings that do
 *   are left out; a front that does refuses the card);
 * - `sentence-cloze` — sentences become cloze cards on their key terms (`key-terms.ts`);
 * - `term-definition` — `term: definition` pairs both ways, plus clozes in the definition;
 * - `parent-list`, `parent-reverse` — parents of child bullets: list cards, and sentences that
 *   ask for their parent term (C22);
 * - `command-inline`, `code-block` — commands in bullets and code blocks of every style;
 * - `table-rows` — a card per row; `names-list` — `A, B, C` → examples;
 * - `numbered-headings`, `lazy-bullets`, `paragraph`, `html-blocks` — how authors write;
 * - `explicit` — `Q :: A`, `Q ::: A`, `Q ::> A`, `?`/`??`, `==cloze==`, `{{c1::cloze}}`;
 * - `short-context` — fronts carry the nearest meaningful parent only;
 * - `meta-sentence` — sentences about the notes themselves make no card;
 * - `front-matter` — a YAML/TOML metadata block at the top is not notes.
 *
 * Runs synchronously in Node at build time and in the browser (or a worker) on import.
 */
import { normaliseNotesText } from './identity';
import { parseInChunks } from './notes/chunks';
import { decodeNotes } from './notes/decode';
import { finalise } from './notes/finalise';
import { stripFrontMatter } from './notes/rules/front-matter';
import { NotesWalker } from './notes/walker';
import type { ImageResolution, NotesWarning, ParsedNotes } from './types';

/** Options for {@link parseNotes}. */
export interface ParseOptions {
	/** Deck name used in card anchors (ids); defaults to the notes title. */
	deck?: string;
	/** Called after each parsed piece with the characters done and the total (progress bars). */
	onProgress?: (done: number, total: number) => void;
	/**
	 * The importer's images. Called for each image (`<img src>`, `![](src)`) that belongs to a
	 * card — on the card's own line, or right after it (a command block's output, a bullet's
	 * picture) with no heading between — with `src` as written and its line. The image is added
	 * to the answers of those cards as `![alt](url)`; a problem becomes a warning on that line.
	 * Without it (bundled decks, `npm run cards`) images are left out with a warning.
	 */
	resolveImage?: (src: string, line: number) => ImageResolution;
}

export { MAX_COMMANDS_PER_BLOCK } from './notes/rules/code-block';
export { LIST_MAX } from './notes/rules/parent-list';
export { isShortTerm } from './notes/rules/parent-list';

const BINARY_SAMPLE = 65_536;

/** Heuristic: more than 5 % control characters, NULs or U+FFFD in the first 64 KiB. */
export function looksBinary(text: string): boolean {
	const sample = text.slice(0, BINARY_SAMPLE);
	if (sample.length === 0) return false;
	let bad = 0;
	for (let i = 0; i < sample.length; i++) {
		const c = sample.charCodeAt(i);
		if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0xfffd || c === 127) bad++;
	}
	return bad / sample.length > 0.05;
}

/** Whether notes are Korean (then Latin words count as technical terms, and added words are Korean). */
function isKorean(text: string): boolean {
	const sample = text.slice(0, BINARY_SAMPLE);
	const hangul = sample.match(/[\uac00-\ud7a3]/g)?.length ?? 0;
	const latin = sample.match(/[A-Za-z]/g)?.length ?? 0;
	return hangul >= 10 && hangul >= latin * 0.1;
}

function baseName(file: string): string {
	const name = file.split(/[\\/]/).pop() ?? file;
	return name.replace(/\.[^.]+$/, '') || name;
}

/**
 * Convert one Markdown notes file into cards.
 *
 * Never throws: unusable input (binary data, an empty file, HTML, blocks that make no card)
 * becomes {@link NotesWarning}s with the file, the 1-based line and a message id. Cards come in
 * document order; ids are stable for an unchanged anchor (see `notes/finalise.ts`).
 *
 * @param text the file's content as decoded text (see {@link parseNotesBytes} for raw bytes)
 * @param file the name shown in warnings and stored in `source.file`
 * @param opts `deck`: the deck name used in card anchors (default: the notes title)
 * @returns title (first level-1 heading, else the file name without extension), cards, warnings
 */
export function parseNotes(text: string, file: string, opts: ParseOptions = {}): ParsedNotes {
	const fallbackTitle = baseName(file);
	const warn = (code: NotesWarning['code']): ParsedNotes => ({
		file,
		title: fallbackTitle,
		cards: [],
		warnings: [{ file, line: 1, code }]
	});
	if (looksBinary(text)) return warn('notes_binary_file');
	const front = stripFrontMatter(normaliseNotesText(text));
	const normalised = front.text;
	if (normalised.trim() === '')
		return front.endLine ? warn('notes_front_matter') : warn('notes_empty_file');
	const walker = new NotesWalker(file, fallbackTitle, isKorean(normalised), opts.resolveImage);
	if (front.endLine) walker.warn(1, 'notes_front_matter', { lines: front.endLine });
	try {
		parseInChunks(normalised, (blocks, drops, done) => {
			walker.piece(blocks, drops);
			opts.onProgress?.(done, normalised.length);
		});
		walker.finish();
		walker.attachImages();
	} catch (error) {
		// Only pathological input gets here (thousands of nested block quotes overflow the stack).
		if (error instanceof RangeError) walker.warn(1, 'notes_too_deep');
		else
			walker.warn(1, 'notes_parse_stopped', {
				error: error instanceof Error ? error.message : String(error)
			});
	}
	const warnings = [...walker.warnings];
	const title = walker.title ?? fallbackTitle;
	const cards = finalise(walker.drafts, opts.deck ?? title, file, warnings);
	if (cards.length === 0) warnings.push({ file, line: 1, code: 'notes_no_cards' });
	warnings.sort((a, b) => a.line - b.line);
	return { file, title, cards, warnings };
}

/**
 * Decode a notes file's bytes (UTF-8, UTF-16, EUC-KR/CP949; see `notes/decode.ts`) and convert
 * it; decoding warnings come first.
 */
export function parseNotesBytes(
	bytes: Uint8Array,
	file: string,
	opts: ParseOptions = {}
): ParsedNotes {
	const decoded = decodeNotes(bytes);
	const parsed = parseNotes(decoded.text, file, opts);
	if (parsed.warnings.some((w) => w.code === 'notes_binary_file')) return parsed;
	const extra: NotesWarning[] = decoded.warnings.map((w) => ({ file, ...w }));
	return { ...parsed, warnings: [...extra, ...parsed.warnings].sort((a, b) => a.line - b.line) };
}
