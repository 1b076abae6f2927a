/**
 * The walker core: reads the block tree in document order, keeps the heading path, the scope of
 * nested bullets and the notes' vocabulary, and hands each block to the rule that reads it
 * (`rules/*.ts`, one file per kind of fault the converter fixes). It owns the card drafts and
 * warnings; every card goes through {@link NotesWalker.add}, which applies the answer-shown
 * guard (rule 1) and refuses empty or front = back cards.
 */
import { normaliseAnchorPart } from '../identity';
import type { ImageResolution, NotesWarning } from '../types';
import { parseFragment } from './adapter';
import type { Block, CodeBlock, HeadingBlock, InlineDrop } from './blocks';
import type { Draft, Scope, Sink } from './draft';
import { Vocabulary } from './key-terms';
import { codeBlock, codeHasCommands, type Desc } from './rules/code-block';
import { collectVocabulary } from './rules/vocabulary';
import {
	normaliseHeading,
	headingCommandCard,
	headingTermCards,
	readHeading,
	type HeadingCommand
} from './rules/numbered-headings';
import { listBlock } from './rules/list-items';
import { paragraphBlock } from './rules/paragraph';
import { tableBlock } from './rules/table-rows';
import { BARE_URL, questionShows, topicWithout } from './rules/answer-shown';
import { htmlBlock } from './rules/html-blocks';
import { htmlImgAlt, htmlImgSrc, htmlTagName } from './html';
import { plain } from './text';
import type { NotesWarningCode, WarningParams } from './warnings';

/** A draft with its final topic. */
export interface PlacedDraft extends Draft {
	topic: string[];
	headingPath: string[];
}

interface Heading {
	depth: number;
	text: string;
}

/** An image of the notes waiting for its card (see {@link NotesWalker.attachImages}). */
interface NotesImage {
	line: number;
	src: string;
	alt: string;
}

/** Depth given to a bold line used as a heading (below every real heading). */
const PSEUDO_DEPTH = 7;

export class NotesWalker implements Sink {
	readonly drafts: PlacedDraft[] = [];
	readonly warnings: NotesWarning[] = [];
	readonly vocabulary = new Vocabulary();
	title: string | null = null;
	private headings: Heading[] = [];
	private path: string[] | null = null;
	private cardsOn = true;
	private offRanges: [number, number][] = [];
	private offSince = 0;
	/** A heading that names a command, waiting for the text that says what it does. */
	sectionCommand: HeadingCommand | null = null;
	/** Whether any block came after the title (the first paragraph under it describes the deck). */
	private seenContent = false;
	/** Images with a `src`, in notes order (only kept when there is a resolver). */
	private images: NotesImage[] = [];
	/** Lines of every heading (an image never belongs to a card above a heading). */
	private headingLines: number[] = [];

	/** @param resolveImage see `ParseOptions.resolveImage` */
	constructor(
		private readonly file: string,
		private readonly fallbackTitle: string,
		readonly korean: boolean,
		private readonly resolveImage?: (src: string, line: number) => ImageResolution
	) {}

	// ── Sink ───────────────────────────────────────────────────────────────────────────────

	get deckTitle(): string {
		// a file's name joins its words with `-`/`_`/`.` (`my-docker-notes`): read them as words,
		// so `-d` is not found in `-docker`
		return this.title ?? this.fallbackTitle.replace(/[-_.]+/g, ' ');
	}

	/** The heading path, shared until the headings change (callers never mutate it). */
	headingPath(): string[] {
		this.path ??= this.headings.map((h) => h.text);
		return this.path;
	}

	lastHeading(): string {
		return this.headings.at(-1)?.text ?? this.title ?? this.fallbackTitle;
	}

	warn(line: number, code: NotesWarningCode, params?: WarningParams): void {
		if (!this.cardsOn) return;
		const w: NotesWarning = { file: this.file, line, code };
		if (params) w.params = params;
		this.warnings.push(w);
	}

	add(draft: Draft): boolean {
		if (!this.cardsOn) return false;
		const front = draft.front.trim();
		const back = draft.back.trim();
		if (front === '' || back === '') {
			this.warn(draft.line, 'notes_empty_side');
			return false;
		}
		if (normaliseAnchorPart(front) === normaliseAnchorPart(back)) {
			this.warn(draft.line, 'notes_same_sides');
			return false;
		}
		if (draft.answer && questionShows(front, draft.context, draft.answer)) {
			this.warn(draft.line, 'notes_answer_shown', { answer: draft.answer });
			return false;
		}
		// a context that is only a web address is not shown (nobody studies an address)
		if (draft.context !== undefined && BARE_URL.test(draft.context)) delete draft.context;
		const path = draft.topic ?? this.headingPath();
		const topic = draft.answer ? topicWithout(path, draft.answer) : path;
		this.drafts.push({ ...draft, front, back, topic, headingPath: this.headingPath() });
		return true;
	}

	reparse(text: string, lineOffset: number): Block[] {
		const drops: InlineDrop[] = [];
		const blocks = parseFragment(text, lineOffset, drops);
		this.drops(drops);
		return blocks;
	}

	// ── walking ────────────────────────────────────────────────────────────────────────────

	/** Read the top-level blocks of one parsed piece. */
	piece(blocks: Block[], drops: InlineDrop[]): void {
		for (const b of blocks) collectVocabulary(b, this.vocabulary);
		this.walk(blocks, { parents: [], quote: false });
		this.drops(drops);
	}

	/** Warnings for dropped images and HTML, except inside `cards: off` regions. */
	private drops(drops: InlineDrop[]): void {
		for (const d of drops) {
			const off = this.offRanges.some(([a, b]) => d.line >= a && d.line <= b);
			if (!off && (this.cardsOn || d.line < this.offSince)) {
				if (d.src && this.resolveImage) {
					this.images.push({ line: d.line, src: d.src, alt: d.alt ?? '' });
				} else {
					this.warnings.push({ file: this.file, line: d.line, code: d.code, params: d.params });
				}
			}
		}
	}

	/**
	 * Put each image on the answer of its cards: those made from the image's own line, else
	 * those of the nearest line above it that made cards, when no heading lies between (an
	 * image right after a command block shows its output; right after a bullet, its picture).
	 * Type-in cards keep their answer as typed text. Called once, after the last piece.
	 */
	attachImages(): void {
		const resolve = this.resolveImage;
		if (!resolve) return;
		for (const image of this.images) {
			const cards = this.cardsOf(image.line);
			if (cards.length === 0) {
				this.warn(image.line, 'notes_image_no_card', { src: image.src });
				continue;
			}
			const found = resolve(image.src, image.line);
			if (!('url' in found)) {
				const { problem, ...params } = found;
				this.warn(image.line, IMAGE_PROBLEMS[problem], { src: image.src, ...params });
				continue;
			}
			const md = `![${escapeAlt(image.alt)}](<${found.url}>)`;
			for (const card of cards) card.back = `${card.back}\n\n${md}`;
		}
		this.images = [];
	}

	/** The cards an image on `line` belongs to (see {@link attachImages}). */
	private cardsOf(line: number): PlacedDraft[] {
		const heading = this.headingLines.filter((h) => h <= line).at(-1) ?? 0;
		let best = -1;
		for (const d of this.drafts) {
			if (d.line <= line && d.line >= heading && d.line > best) best = d.line;
		}
		return best < 0 ? [] : this.drafts.filter((d) => d.line === best && d.kind !== 'typein');
	}

	walk(blocks: Block[], scope: Scope): void {
		let descs: Desc[] = [];
		for (let i = 0; i < blocks.length; i++) {
			const b = blocks[i] as Block;
			const next = blocks[i + 1];
			const codeNext = next?.type === 'code' && codeHasCommands(next) ? next : undefined;
			let nextDescs: Desc[] = [];
			switch (b.type) {
				case 'heading':
					this.heading(b, scope);
					if (codeNext) {
						const text = normaliseHeading(plain(b.text.runs));
						nextDescs = [{ md: text, plain: text, line: b.line, heading: true }];
					}
					break;
				case 'paragraph': {
					const r = paragraphBlock(
						this,
						blocks,
						i,
						scope,
						codeNext !== undefined,
						this.firstUnderTitle()
					);
					nextDescs = r.descs;
					i += r.used;
					break;
				}
				case 'list':
					nextDescs = listBlock(this, b, scope, codeNext !== undefined);
					break;
				case 'code':
					this.code(b, scope, descs, blocks[i + 1]);
					break;
				case 'table':
					tableBlock(this, b, scope);
					break;
				case 'quote':
					this.walk(b.children, { ...scope, quote: true });
					break;
				case 'html':
					this.html(b, scope);
					break;
				default:
					break;
			}
			if (b.type !== 'html' && b.type !== 'heading') this.seenContent = true;
			descs = nextDescs;
		}
	}

	private firstUnderTitle(): boolean {
		return !this.seenContent && this.headings.length === 1 && this.headings[0]?.depth === 1;
	}

	private code(b: CodeBlock, scope: Scope, descs: Desc[], next: Block | undefined): void {
		const heading = this.headings.at(-1);
		const all = [...descs];
		if (scope.parent?.label)
			all.push({ md: scope.parent.label, plain: scope.parent.key, line: scope.parent.line });
		if (heading && !descs.some((d) => d.plain === heading.text))
			all.push({ md: heading.text, plain: heading.text, line: b.line, heading: true });
		const after = next?.type === 'paragraph' ? next : undefined;
		codeBlock(this, b, scope, all, after);
	}

	private html(b: Extract<Block, { type: 'html' }>, scope: Scope): void {
		const src = htmlTagName(b.value) === 'img' ? htmlImgSrc(b.value) : '';
		if (src && this.resolveImage) {
			if (this.cardsOn) this.images.push({ line: b.line, src, alt: htmlImgAlt(b.value) });
			return;
		}
		const toggle = htmlBlock(this, b, scope);
		if (toggle === 'off' && this.cardsOn) {
			this.cardsOn = false;
			this.offSince = b.line;
		} else if (toggle === 'on' && !this.cardsOn) {
			this.cardsOn = true;
			this.offRanges.push([this.offSince, b.line]);
		}
	}

	heading(b: HeadingBlock, scope: Scope, pseudo = false): void {
		const h = readHeading(b, pseudo);
		if (h.text === '') {
			this.warn(b.line, 'notes_heading_empty');
			return;
		}
		void scope; // a heading inside a list item (`- ## 설치`) still names the section
		this.finish();
		this.headingLines.push(b.line);
		const depth = h.pseudo ? PSEUDO_DEPTH : b.depth;
		if (depth === 1 && this.title === null && !h.pseudo) this.title = h.text;
		while (this.headings.length > 0 && (this.headings.at(-1)?.depth ?? 0) >= depth)
			this.headings.pop();
		this.headings.push({ depth, text: h.text });
		this.path = null;
		this.sectionCommand = h.command
			? { ...h.command, line: b.line, asked: h.command.desc !== undefined }
			: null;
		if (h.term) headingTermCards(this, h.term, b.line);
		if (h.command?.desc) headingCommandCard(this, h.command.command, h.command.desc, b.line);
	}

	/** End of the file: a heading command that nothing described. */
	finish(): void {
		const c = this.sectionCommand;
		if (c && !c.asked) this.warn(c.line, 'notes_command_no_question', { command: c.command });
		this.sectionCommand = null;
	}

	takeHeadingCommand(): { command: string; line: number } | null {
		const c = this.sectionCommand;
		if (!c || c.asked) return null;
		c.asked = true;
		return c;
	}

	pseudoHeading(text: string, line: number): void {
		this.heading(
			{
				type: 'heading',
				depth: PSEUDO_DEPTH,
				text: { line, runs: [{ k: 'text', v: text, s: 0 }] },
				line,
				endLine: line
			},
			{ parents: [], quote: false },
			true
		);
	}
}

/** The warning of each image problem a resolver reports. */
const IMAGE_PROBLEMS = {
	missing: 'notes_image_missing',
	'not-image': 'notes_image_not_image',
	remote: 'notes_image_remote',
	'too-large': 'notes_image_too_large'
} as const satisfies Record<string, NotesWarningCode>;

/** Alt text as Markdown image text: brackets and backslashes escaped, one line. */
function escapeAlt(alt: string): string {
	return alt.replace(/\s+/g, ' ').replace(/[\\[\]]/g, (c) => `\\${c}`);
}
