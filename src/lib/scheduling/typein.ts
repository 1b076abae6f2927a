/**
 * Type-in answers: normalise, compare, and a character diff of typed vs expected.
 * The learner still grades; this only tells the screen what matched.
 */

/** One run of the diff. `same`: in both; `missing`: expected but not typed; `extra`: typed but not expected. */
export interface DiffSegment {
	kind: 'same' | 'missing' | 'extra';
	text: string;
}

/** Result of {@link compareTypedAnswer}. */
export interface TypedAnswerComparison {
	/** True when the normalised texts are equal. */
	correct: boolean;
	/** Runs in reading order; concatenating `same`+`extra` gives the normalised typed text,
	 * `same`+`missing` the normalised expected text. */
	diff: DiffSegment[];
}

/** Above this many DP cells the diff falls back to one missing and one extra run (answers are short). */
const MAX_DIFF_CELLS = 4_000_000;

const LATIN = /\p{Script=Latin}/u;
const WHITESPACE = /\s+/gu;
const segmenter = new Intl.Segmenter('und', { granularity: 'grapheme' });

/**
 * Normalise an answer for comparison display: Unicode NFC (so a decomposed syllable, e.g.
 * U+1112 U+1161 U+11AB typed by some keyboards, equals the precomposed one), trim, and collapse every run of whitespace (including
 * NBSP and the ideographic space) to one ASCII space. Case is kept; see {@link foldForCompare}.
 */
export function normaliseAnswer(text: string): string {
	return text.normalize('NFC').replace(WHITESPACE, ' ').trim();
}

/** Case-fold a grapheme if it is Latin script (`Docker` = `docker`); Hangul and other scripts are left as they are. */
function foldGrapheme(g: string): string {
	return LATIN.test(g) ? g.toLowerCase() : g;
}

function graphemes(text: string): string[] {
	return Array.from(segmenter.segment(text), (s) => s.segment);
}

function pushRun(out: DiffSegment[], kind: DiffSegment['kind'], text: string): void {
	if (text === '') return;
	const last = out[out.length - 1];
	if (last && last.kind === kind) last.text += text;
	else out.push({ kind, text });
}

/**
 * Compare a typed answer with the expected one.
 * Both are normalised ({@link normaliseAnswer}), then compared grapheme by grapheme with Latin
 * letters case-folded; the diff is a longest-common-subsequence alignment (Anki's type-in answer
 * comparison also shows a character diff). `same` runs show the expected text's characters;
 * within a changed stretch the `extra` (typed) run comes before the `missing` (expected) run.
 */
export function compareTypedAnswer(typed: string, expected: string): TypedAnswerComparison {
	const a = graphemes(normaliseAnswer(typed));
	const b = graphemes(normaliseAnswer(expected));
	const fa = a.map(foldGrapheme);
	const fb = b.map(foldGrapheme);
	const correct = fa.length === fb.length && fa.every((g, i) => g === fb[i]);

	// Common prefix and suffix first: typical answers differ in a few places.
	let start = 0;
	while (start < fa.length && start < fb.length && fa[start] === fb[start]) start++;
	let endA = fa.length;
	let endB = fb.length;
	while (endA > start && endB > start && fa[endA - 1] === fb[endB - 1]) {
		endA--;
		endB--;
	}

	const diff: DiffSegment[] = [];
	pushRun(diff, 'same', b.slice(0, start).join(''));
	const n = endA - start;
	const m = endB - start;
	if (n * m > MAX_DIFF_CELLS) {
		pushRun(diff, 'extra', a.slice(start, endA).join(''));
		pushRun(diff, 'missing', b.slice(start, endB).join(''));
	} else {
		// lcs[i][j] = LCS length of a[start+i..endA) and b[start+j..endB).
		const width = m + 1;
		const lcs = new Uint32Array((n + 1) * width);
		for (let i = n - 1; i >= 0; i--) {
			for (let j = m - 1; j >= 0; j--) {
				lcs[i * width + j] =
					fa[start + i] === fb[start + j]
						? (lcs[(i + 1) * width + j + 1] as number) + 1
						: Math.max(lcs[(i + 1) * width + j] as number, lcs[i * width + j + 1] as number);
			}
		}
		let i = 0;
		let j = 0;
		let extra = '';
		let missing = '';
		const flush = () => {
			pushRun(diff, 'extra', extra);
			pushRun(diff, 'missing', missing);
			extra = '';
			missing = '';
		};
		while (i < n || j < m) {
			if (i < n && j < m && fa[start + i] === fb[start + j]) {
				flush();
				pushRun(diff, 'same', b[start + j] as string);
				i++;
				j++;
			} else if (
				j >= m ||
				(i < n && (lcs[(i + 1) * width + j] as number) >= (lcs[i * width + j + 1] as number))
			) {
				extra += a[start + i];
				i++;
			} else {
				missing += b[start + j];
				j++;
			}
		}
		flush();
	}
	pushRun(diff, 'same', b.slice(endB).join(''));
	return { correct, diff };
}
