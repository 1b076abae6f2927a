/**
 * Bytes of a notes file → text. UTF-8 (with or without BOM) is the norm; UTF-16 (BOM, or the
 * zero bytes of mostly-ASCII text) and EUC-KR/CP949 (older Korean Windows editors) are decoded
 * and named in a warning; bytes that are not valid UTF-8 are reported with their line.
 * `TextDecoder` with `euc-kr` (WHATWG: a superset covering CP949) exists in Node and browsers.
 */
import type { NotesWarningCode, WarningParams } from './warnings';

/** A decoded notes file. */
export interface DecodedNotes {
	text: string;
	/** WHATWG encoding label used. */
	encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'euc-kr';
	/** Warnings about the decoding (1-based lines). */
	warnings: { line: number; code: NotesWarningCode; params?: WarningParams }[];
}

const MAX_INVALID_LINES = 20;

function utf16Guess(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
	const n = Math.min(bytes.length, 4096) & ~1;
	if (n < 4) return null;
	let evenZero = 0;
	let oddZero = 0;
	for (let i = 0; i < n; i += 2) {
		if (bytes[i] === 0) evenZero++;
		if (bytes[i + 1] === 0) oddZero++;
	}
	const pairs = n / 2;
	if (oddZero > pairs * 0.3 && evenZero < pairs * 0.05) return 'utf-16le';
	if (evenZero > pairs * 0.3 && oddZero < pairs * 0.05) return 'utf-16be';
	return null;
}

function hangulShare(text: string): number {
	const sample = text.slice(0, 65_536);
	let hangul = 0;
	let bad = 0;
	for (const ch of sample) {
		const c = ch.charCodeAt(0);
		if (c >= 0xac00 && c <= 0xd7a3) hangul++;
		else if (c === 0xfffd) bad++;
	}
	return bad > 0 ? -1 : hangul / Math.max(1, sample.length);
}

/**
 * Decode a notes file's bytes.
 * @returns the text (BOM removed) with its encoding and decoding warnings
 */
export function decodeNotes(bytes: Uint8Array): DecodedNotes {
	if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return utf8(bytes.subarray(3));
	if (bytes[0] === 0xff && bytes[1] === 0xfe) return utf16(bytes.subarray(2), 'utf-16le');
	if (bytes[0] === 0xfe && bytes[1] === 0xff) return utf16(bytes.subarray(2), 'utf-16be');
	const guess = utf16Guess(bytes);
	if (guess) return utf16(bytes, guess);
	try {
		return {
			text: new TextDecoder('utf-8', { fatal: true }).decode(bytes),
			encoding: 'utf-8',
			warnings: []
		};
	} catch {
		const korean = new TextDecoder('euc-kr').decode(bytes);
		if (hangulShare(korean) > 0.01) {
			return {
				text: korean,
				encoding: 'euc-kr',
				warnings: [{ line: 1, code: 'notes_decoded', params: { encoding: 'EUC-KR (CP949)' } }]
			};
		}
		return utf8(bytes);
	}
}

function utf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): DecodedNotes {
	const text = new TextDecoder(encoding).decode(bytes);
	return {
		text,
		encoding,
		warnings: [{ line: 1, code: 'notes_decoded', params: { encoding: encoding.toUpperCase() } }]
	};
}

function utf8(bytes: Uint8Array): DecodedNotes {
	const text = new TextDecoder('utf-8').decode(bytes);
	const warnings: DecodedNotes['warnings'] = [];
	if (text.includes('\ufffd')) {
		text.split('\n').forEach((l, i) => {
			if (l.includes('\ufffd') && warnings.length < MAX_INVALID_LINES)
				warnings.push({ line: i + 1, code: 'notes_invalid_utf8' });
		});
	}
	return { text, encoding: 'utf-8', warnings };
}
