/** Matching typed words against a compiled template's markers, showing and filling templates. */
import { MARKER_RE, type CompiledTemplate, type Marker, type Piece, type SlotKind } from './types';

/** Accepted values of slots by name (`user` → the learner); a slot absent here takes any word. */
export type SlotValues = Record<string, string[]>;

function escapeRe(s: string): string {
	return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function piecesRe(pieces: Piece[], values: SlotValues, loginOk: boolean): string {
	let out = '';
	let lastSlot = false;
	for (const p of pieces) {
		if (p.t === 'lit') {
			out += escapeRe(p.v);
			lastSlot = false;
		} else if (p.t === 'slot') {
			// Two slots side by side read as one (`{a}{b}`): no exponential split of a word.
			if (lastSlot) continue;
			// A login slot takes the learner's name only in account commands (usermod …); elsewhere
			// `<user name>` is any name (a Docker Hub user in `docker push <user name>/…`).
			const accepted = p.kind === 'login' ? (loginOk ? values.user : undefined) : values[p.name];
			out += accepted?.length ? `(?:${accepted.map(escapeRe).join('|')})` : '[^\\s]+?';
			lastSlot = true;
		} else if (p.t === 'opt') {
			out += `(?:${piecesRe(p.p, values, loginOk)})?`;
			lastSlot = false;
		} else {
			out += `(?:${p.a.map((a) => piecesRe(a, values, loginOk)).join('|')})`;
			lastSlot = false;
		}
	}
	return out;
}

/**
 * A matcher for one template word (a parsed word that may hold markers): literal text must be
 * equal, each slot takes a non-empty part (one of its accepted values when listed), optional parts
 * may be absent. `loginOk`: `login` slots take only the learner's name (account commands).
 */
export function wordMatcher(
	word: string,
	markers: readonly Marker[],
	values: SlotValues,
	loginOk: boolean
): (typed: string) => boolean {
	let re = '';
	let last = 0;
	for (const m of word.matchAll(MARKER_RE)) {
		re += escapeRe(word.slice(last, m.index));
		const marker = markers[Number(m[1])];
		re += marker && marker.kind === 'word' ? piecesRe(marker.pieces, values, loginOk) : '.*';
		last = m.index + m[0].length;
	}
	re += escapeRe(word.slice(last));
	let compiled: RegExp;
	try {
		compiled = new RegExp(`^(?:${re})$`, 's');
	} catch {
		return (typed) => typed === word;
	}
	return (typed) => typed.length <= 2000 && compiled.test(typed);
}

/** The marker a whole word is, if it is exactly one (`__T3__`). */
export function markerOf(word: string, markers: readonly Marker[]): Marker | null {
	const m = /^__T(\d+)__$/.exec(word);
	return m ? (markers[Number(m[1])] ?? null) : null;
}

/** Does a parsed expected word contain any marker? */
export function hasMarker(word: string): boolean {
	return /__T\d+__/.test(word);
}

/** A template word for display: markers back to the text the notes wrote. */
export function showTemplateWord(word: string, markers: readonly Marker[]): string {
	return word.replace(MARKER_RE, (_m, n: string) => {
		const marker = markers[Number(n)];
		if (!marker) return '';
		if (marker.kind === 'rest') return marker.source;
		return marker.optional || marker.pieces.length !== 1
			? marker.source
			: showPiece(marker.pieces[0]!);
	});
}

function showPiece(p: Piece): string {
	if (p.t === 'lit') return p.v;
	if (p.t === 'slot') return p.label === p.label.toUpperCase() ? p.label : `<${p.label}>`;
	if (p.t === 'opt') return `[${p.p.map(showPiece).join('')}]`;
	return p.a.map((a) => a.map(showPiece).join('')).join('|');
}

/** A sample word for a slot, for filling templates (`npm run cards -- --check-commands`). */
export function sampleFor(kind: SlotKind, name: string, user: string): string {
	if (kind === 'login') return user;
	if (kind === 'image') return 'nginx';
	if (kind === 'container') return 'web';
	const samples: Record<string, string> = {
		volume: 'data',
		network: 'app-net',
		tag: 'v1',
		path: './app',
		port: '8080',
		service: 'web',
		user
	};
	return samples[name] ?? 'sample';
}

/** The template with every slot filled with a sample value and optional parts left out. */
export function fillSamples(compiled: CompiledTemplate, user: string): string {
	const fill = (pieces: Piece[]): string =>
		pieces
			.map((p) =>
				p.t === 'lit'
					? p.v
					: p.t === 'slot'
						? sampleFor(p.kind, p.name, user)
						: p.t === 'opt'
							? ''
							: fill(p.a[0] ?? [])
			)
			.join('');
	return compiled.line
		.replace(MARKER_RE, (_m, n: string) => {
			const marker = compiled.markers[Number(n)];
			if (!marker || (marker.kind === 'word' && marker.optional)) return '';
			// `CONTAINER COMMAND [ARG...]`: the command is required; `sh` stands in for it.
			if (marker.kind === 'rest') return marker.source === 'COMMAND' ? 'sh' : '';
			return fill(marker.pieces);
		})
		.replace(/\s+/g, ' ')
		.trim();
}
