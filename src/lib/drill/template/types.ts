/** The shapes of a read template (see `./index.ts`). */

/** A part of one word of a template. */
export type Piece =
	| { t: 'lit'; v: string }
	| { t: 'slot'; name: string; label: string; kind: SlotKind }
	| { t: 'opt'; p: Piece[] }
	| { t: 'alt'; a: Piece[][] };

/** What a slot stands for; `login` slots take the learner's account name. */
export type SlotKind = 'word' | 'image' | 'container' | 'login';

/** One marker of a compiled template. */
export type Marker =
	| { kind: 'word'; pieces: Piece[]; optional: boolean; repeat: boolean; source: string }
	| { kind: 'rest'; source: string };

/** A template read: a shell line with markers, and what the markers mean. */
export interface CompiledTemplate {
	/** The shell line to parse (`docker stop __T0__ __T1__`). */
	line: string;
	/** Marker number → pattern. */
	markers: Marker[];
	/** Pipeline stages (counted over the whole line, left to right) where `[OPTIONS]` stood. */
	anyOptions: number[];
	/** The template as the learner should see it (placeholders as written). */
	display: string;
	/** Slots in order of first appearance. */
	slots: { name: string; label: string; kind: SlotKind }[];
}

/** The marker word of marker `n`. */
export const MARK = (n: number) => `__T${n}__`;
/** A marker inside a parsed word. */
export const MARKER_RE = /__T(\d+)__/g;
