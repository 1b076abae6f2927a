/** Compiling a template: its words become a shell line with marker words and the markers' patterns. */
import { MARK, type CompiledTemplate, type Marker, type Piece } from './types';
import { joinAlternatives, readWord, splitWords } from './words';

/**
 * Read a template. `original` is what the notes wrote; when it is missing the converter's
 * `template` (slots as `{name}`) is read the same way. A leading shell prompt (`$ `, `# `) is
 * dropped. Never throws.
 */
export function compileTemplate(original: string): CompiledTemplate {
	const text = original.trim().replace(/^(?:\$|#|>)\s+(?=\S)/, '');
	const words = joinAlternatives(splitWords(text));
	const markers: Marker[] = [];
	const anyOptions: number[] = [];
	const slots: CompiledTemplate['slots'] = [];
	const parts: string[] = [];
	let stage = 0;
	let first = true;
	for (const word of words) {
		const raw = readWord(word);
		if (raw.op) {
			parts.push(raw.op);
			stage++;
			first = true;
			continue;
		}
		// The program name is never a placeholder (`USER node` in a Dockerfile is not a slot).
		if (first && !/^[[{<]/.test(word)) {
			first = word === 'sudo';
			parts.push(word);
			continue;
		}
		first = false;
		if (raw.anyOptions) {
			if (!anyOptions.includes(stage)) anyOptions.push(stage);
			continue;
		}
		if (raw.rest) {
			markers.push({ kind: 'rest', source: word });
			parts.push(MARK(markers.length - 1));
			continue;
		}
		collectSlots(raw.pieces, slots);
		if (!raw.optional && !raw.repeat && raw.pieces.every((p) => p.t === 'lit')) {
			parts.push(word);
			continue;
		}
		if (!raw.optional && !raw.repeat && raw.pieces.some((p) => p.t === 'lit' && isShellText(p.v))) {
			// Literal shell text (quotes, `$(pwd)`) around slots: keep the text, mark each slot.
			parts.push(
				raw.pieces
					.map((p) => {
						if (p.t === 'lit') return p.v;
						markers.push({
							kind: 'word',
							pieces: [p],
							optional: false,
							repeat: false,
							source: word
						});
						return MARK(markers.length - 1);
					})
					.join('')
			);
			continue;
		}
		markers.push({
			kind: 'word',
			pieces: raw.pieces,
			optional: raw.optional,
			repeat: raw.repeat,
			source: word
		});
		parts.push(MARK(markers.length - 1));
	}
	return { line: parts.join(' '), markers, anyOptions, display: text, slots };
}

function isShellText(v: string): boolean {
	return /['"$`\\]/.test(v);
}

function collectSlots(pieces: Piece[], out: CompiledTemplate['slots']): void {
	for (const p of pieces) {
		if (p.t === 'slot' && !out.some((s) => s.name === p.name))
			out.push({ name: p.name, label: p.label, kind: p.kind });
		else if (p.t === 'opt') collectSlots(p.p, out);
		else if (p.t === 'alt') p.a.forEach((a) => collectSlots(a, out));
	}
}
