/**
 * Text normalisation and stable card identity.
 *
 * A card's id is a hash of its content anchor (deck + heading path + front), so re-importing an
 * edited notes file keeps the review history of every card whose anchor did not change. Hashing
 * is synchronous on purpose: it must run before any IndexedDB transaction opens (case C04), and
 * `crypto.subtle` is asynchronous.
 */

/**
 * Normalise a whole notes file before parsing: drop a leading byte-order mark, turn CRLF and lone
 * CR line endings into LF (case C21) and compose Unicode to NFC (decomposed Hangul from macOS
 * file names and some editors becomes the same code points as typed Hangul).
 */
export function normaliseNotesText(text: string): string {
	let out = text;
	if (out.charCodeAt(0) === 0xfeff) out = out.slice(1);
	out = out.replace(/\r\n?/g, '\n');
	return out.normalize('NFC');
}

/** Characters that may change under NFC: combining marks, conjoining Hangul jamo, and the like. */
function mayDecompose(s: string): boolean {
	for (let i = 0; i < s.length; i++) {
		const c = s.charCodeAt(i);
		if (c < 0x300) continue;
		if (
			c <= 0x36f ||
			(c >= 0x1100 && c <= 0x11ff) ||
			(c >= 0x3130 && c <= 0x318f) ||
			(c >= 0x1dc0 && c <= 0x1dff) ||
			(c >= 0x20d0 && c <= 0x20ff) ||
			(c >= 0xfe20 && c <= 0xfe2f)
		)
			return true;
	}
	return false;
}

/** Normalise one part of an anchor: NFC, runs of whitespace collapsed to one space, trimmed. */
export function normaliseAnchorPart(part: string): string {
	const composed = mayDecompose(part) ? part.normalize('NFC') : part;
	return /\s\s|[\t\n\r\f\v\u00a0\u2000-\u200a\u2028\u2029\u3000]/.test(composed)
		? composed.replace(/\s+/g, ' ').trim()
		: composed.trim();
}

/**
 * Build the content anchor a card id is hashed from.
 * @param deck deck name (the caller's deck id or the notes title)
 * @param headingPath headings above the card, outermost first
 * @param front the card's front (Markdown source)
 */
export function cardAnchor(deck: string, headingPath: readonly string[], front: string): string {
	return [deck, ...headingPath, front].map(normaliseAnchorPart).join(' › ');
}

/**
 * cyrb53: a fast, well-mixed, synchronous 53-bit string hash (public domain, bryc). Returns an
 * integer in [0, 2^53). Not cryptographic: it only has to make accidental collisions between the
 * few thousand cards of one learner vanishingly rare.
 */
export function hash53(str: string, seed = 0): number {
	let h1 = 0xdeadbeef ^ seed;
	let h2 = 0x41c6ce57 ^ seed;
	for (let i = 0; i < str.length; i++) {
		const ch = str.charCodeAt(i);
		h1 = Math.imul(h1 ^ ch, 2654435761);
		h2 = Math.imul(h2 ^ ch, 1597334677);
	}
	h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
	h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
	h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
	h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
	return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** Card id for an anchor: `n` + the 53-bit hash in base 36, zero-padded to 11 digits. */
export function cardIdFromAnchor(anchor: string): string {
	return 'n' + hash53(anchor).toString(36).padStart(11, '0');
}
