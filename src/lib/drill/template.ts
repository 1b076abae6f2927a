/**
 * The meaning of a command template: what the notes wrote (`CommandItem.original`, placeholders
 * kept) read as a pattern the judge matches typed lines against.
 *
 * Two notations are read, as learners and Docker's own reference write them:
 * - Docker's usage grammar (docs.docker.com/reference/cli/docker/, `docker <command> --help`):
 *   `[OPTIONS]` = any valid options of that command, optional; upper-case metavariables
 *   (`IMAGE`, `CONTAINER`, `NAME|ID`, `SOURCE_IMAGE[:TAG]`, `NAME[:TAG|@DIGEST]`) = one word of
 *   that kind; `[X]` with grammar inside = optional; `X...` / `[X...]` = repeated; `|` inside a
 *   word or between metavariables (`PATH | URL | -`) = alternatives; `[COMMAND] [ARG...]` = any
 *   further words.
 * - Slots of study notes: `{x}`, `<x>` and `[x]` with ordinary words inside (`[사용자명]`,
 *   `[ubuntu 사용자 계정 이름]`, `<이미지명>`, `{container_id}`) = one required word;
 *   `{option}`, `[옵션]`, `<options>` = any options.
 *
 * {@link compileTemplate} turns a template into a shell line whose grammar parts are marker words
 * (`__T0__`, …), read by the same shell and option readers as a typed line, plus the pattern of
 * each marker. Never throws: text it cannot read stays literal.
 */

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

const MARK = (n: number) => `__T${n}__`;
/** A marker inside a parsed word. */
export const MARKER_RE = /__T(\d+)__/g;

/** Metavariables of Docker's (and man pages') usage lines; `A_B` is one when A and B are. */
const META_WORDS = new Set(
	(
		'IMAGE CONTAINER NAME ID TAG DIGEST COMMAND ARG ARGS PATH URL NETWORK VOLUME SERVICE SERVICES ' +
		'TERM SERVER REPOSITORY SOURCE TARGET SRC DEST FILE CONTEXT PLUGIN NODE SECRET CONFIG STACK ' +
		'TASK CHECKPOINT MANIFEST LIST PRIVATE PORT PROTO HOST KEY VALUE LOGIN USER GROUP USERNAME ' +
		'REPLICAS ENDPOINT KEYFILE DIR DATA OPTION OPTIONS NUM PID SIGNAL FORMAT DRIVER LABEL ' +
		'FILTER UNIT PACKAGE PATTERN DIRECTORY NEW OLD BUILDER EXPRESSION NETWORK_NAME ENV'
	).split(' ')
);
const ANY_OPTIONS = /^(OPTIONS?|options?|flags?|FLAGS?|옵션|option\.{3}|OPTIONS?\.{3})$/;
const REST_WORDS = /^(COMMAND|ARG|ARGS|ARGUMENTS?)(\.\.\.)?$/;

function isMetaWord(word: string): boolean {
	if (!/^[A-Z][A-Z0-9]*(?:[_-][A-Z0-9]+)*$/.test(word) || word.length < 2) return false;
	return word.split(/[_-]/).every((part) => META_WORDS.has(part) || /^\d+$/.test(part));
}

function metaKind(word: string): SlotKind {
	if (/IMAGE/.test(word)) return 'image';
	if (/CONTAINER/.test(word)) return 'container';
	if (/^(LOGIN|USER|USERNAME)$/.test(word)) return 'login';
	return 'word';
}

/** A readable slot name from its label (`컨테이너 이름` → `container`), for display and lookup. */
export function slotNameOf(label: string): string {
	const l = label.trim().toLowerCase();
	if (/계정|login|^user$|^username$|사용자\s*(명|이름)?$/.test(l)) return 'user';
	if (/이미지|image/.test(l)) return 'image';
	if (/컨테이너|container/.test(l)) return 'container';
	if (/볼륨|volume/.test(l)) return 'volume';
	if (/네트워크|network/.test(l)) return 'network';
	if (/태그|tag/.test(l)) return 'tag';
	if (/경로|path|파일|file|dir/.test(l)) return 'path';
	if (/서비스|service/.test(l)) return 'service';
	if (/포트|port/.test(l)) return 'port';
	const ascii = l.replace(/[^a-z0-9_-]+/g, '_').replace(/^_+|_+$/g, '');
	return ascii || 'arg';
}

function slotKindOf(label: string): SlotKind {
	const name = slotNameOf(label);
	if (name === 'user') return 'login';
	if (name === 'image') return 'image';
	if (name === 'container') return 'container';
	return 'word';
}

/** Index of the bracket closing the one at `start`, or -1. Nested brackets of the same kind count. */
function closing(text: string, start: number, open: string, close: string): number {
	let depth = 0;
	for (let i = start; i < text.length; i++) {
		if (text[i] === open) depth++;
		else if (text[i] === close && --depth === 0) return i;
	}
	return -1;
}

/** Is the inside of `[…]` Docker grammar (optional part) rather than a study-notes slot? */
function isGrammar(inner: string): boolean {
	const stripped = inner
		.replace(/\.\.\./g, ' ')
		.replace(/[[\]|:@=/,.\s-]+/g, ' ')
		.trim();
	if (stripped === '') return inner.trim() !== '';
	return stripped.split(' ').every((w) => isMetaWord(w) || ANY_OPTIONS.test(w));
}

/** Pieces of a grammar fragment (`:TAG|@DIGEST`, `NAME|ID`, `[:TAG]`). */
function grammarPieces(text: string): Piece[] {
	const alts: string[] = [];
	let depth = 0;
	let from = 0;
	for (let i = 0; i < text.length; i++) {
		if (text[i] === '[') depth++;
		else if (text[i] === ']') depth--;
		else if (text[i] === '|' && depth === 0) {
			alts.push(text.slice(from, i));
			from = i + 1;
		}
	}
	alts.push(text.slice(from));
	if (alts.length > 1) {
		// `file|URL|-`: a lower-case word among metavariables is a placeholder too.
		return [
			{
				t: 'alt',
				a: alts.map((a) =>
					/^[a-z]+$/.test(a.trim())
						? [{ t: 'slot', name: a.trim(), label: a.trim(), kind: 'word' } as Piece]
						: grammarPieces(a.trim())
				)
			}
		];
	}
	const out: Piece[] = [];
	let i = 0;
	while (i < text.length) {
		const c = text[i]!;
		if (c === '[') {
			const end = closing(text, i, '[', ']');
			if (end < 0) {
				out.push({ t: 'lit', v: text.slice(i) });
				break;
			}
			out.push({ t: 'opt', p: grammarPieces(text.slice(i + 1, end)) });
			i = end + 1;
			continue;
		}
		const word = /^[A-Z][A-Z0-9]*(?:[_-][A-Z0-9]+)*/.exec(text.slice(i))?.[0];
		if (word && isMetaWord(word)) {
			out.push({ t: 'slot', name: word.toLowerCase(), label: word, kind: metaKind(word) });
			i += word.length;
			if (text.startsWith('...', i)) i += 3;
			continue;
		}
		pushLit(out, c);
		i++;
	}
	return out;
}

function pushLit(out: Piece[], v: string): void {
	const last = out[out.length - 1];
	if (last && last.t === 'lit') last.v += v;
	else out.push({ t: 'lit', v });
}

/** One template word (outside quotes) split into pieces; quoted parts stay literal shell text. */
interface RawWord {
	/** Shell text with markers for pieces that are not literal. */
	text: string;
	pieces: Piece[];
	/** The whole word is one optional grammar group (`[CONTAINER...]`, `[SERVER]`). */
	optional: boolean;
	repeat: boolean;
	/** `[OPTIONS]`-like: any options. */
	anyOptions: boolean;
	/** `[COMMAND]`, `[ARG...]`: any further words. */
	rest: boolean;
	/** Shell operator (`|`, `&&`, `;`) standing alone. */
	op: string | null;
	source: string;
}

/** Split the template into words, honouring quotes and the three bracket kinds. */
function splitWords(text: string): string[] {
	const words: string[] = [];
	let cur = '';
	let quote: string | null = null;
	for (let i = 0; i < text.length; i++) {
		const c = text[i]!;
		if (quote) {
			cur += c;
			if (c === quote) quote = null;
			else if (c === '\\' && quote === '"' && i + 1 < text.length) cur += text[++i];
			continue;
		}
		if (c === "'" || c === '"') {
			quote = c;
			cur += c;
			continue;
		}
		if (c === '\\' && i + 1 < text.length) {
			cur += c + text[++i];
			continue;
		}
		const pair = c === '[' ? ']' : c === '<' ? '>' : c === '{' && text[i + 1] !== '{' ? '}' : '';
		if (pair) {
			const end = closing(text, i, c, pair);
			// `<` / `>` that do not close on the same word-ish span are redirections.
			if (end > i && (c !== '<' || /^<[^<>|;&]+>/.test(text.slice(i, end + 1)))) {
				cur += text.slice(i, end + 1);
				i = end;
				continue;
			}
		}
		if (c === '{' && text[i + 1] === '{') {
			const end = text.indexOf('}}', i);
			if (end > i) {
				cur += text.slice(i, end + 2);
				i = end + 1;
				continue;
			}
		}
		if (/\s/.test(c)) {
			if (cur) words.push(cur);
			cur = '';
			continue;
		}
		cur += c;
	}
	if (cur) words.push(cur);
	return words;
}

/** Read one word into pieces. Quotes and shell syntax in literal parts are kept as written. */
function readWord(word: string): RawWord {
	const base = {
		optional: false,
		repeat: false,
		anyOptions: false,
		rest: false,
		op: null as string | null,
		source: word
	};
	if (/^(\|\|?|&&|;|&|\|&)$/.test(word)) return { ...base, text: word, pieces: [], op: word };
	const whole = /^\[(.*)\](\.\.\.)?$/.exec(word);
	if (whole && closing(word, 0, '[', ']') === word.length - 1 - (whole[2] ? 3 : 0)) {
		const inner = whole[1]!.trim();
		if (ANY_OPTIONS.test(inner) || /^(OPTIONS?|options?)\.\.\.$/.test(inner))
			return { ...base, text: '', pieces: [], anyOptions: true };
		// `[COMMAND]`, `[ARG...]`, `[ps OPTIONS]`: any further words.
		if (REST_WORDS.test(inner) || /\bOPTIONS$/.test(inner))
			return { ...base, text: '', pieces: [], rest: true };
		if (isGrammar(inner)) {
			const repeat = inner.endsWith('...') || !!whole[2];
			const body = inner.replace(/\.\.\.$/, '');
			if (body.split(/\s+/).every((w) => REST_WORDS.test(w) || w === '')) {
				return { ...base, text: '', pieces: [], rest: true };
			}
			return { ...base, text: '', pieces: grammarPieces(body), optional: true, repeat };
		}
	}
	const braces = /^[{<](.*)[}>]$/.exec(word);
	if (braces && ANY_OPTIONS.test(braces[1]!.trim()))
		return { ...base, text: '', pieces: [], anyOptions: true };
	if (REST_WORDS.test(word) && word !== 'ARG') return { ...base, text: '', pieces: [], rest: true };
	const pieces = wordPieces(word);
	const repeat = word.endsWith('...') && pieces.some((p) => p.t !== 'lit');
	return { ...base, text: '', pieces, repeat };
}

/** Pieces of a word that mixes literal shell text and placeholders. */
function wordPieces(word: string): Piece[] {
	const out: Piece[] = [];
	let quote: string | null = null;
	let i = 0;
	const w = word.endsWith('...') ? word.slice(0, -3) || word : word;
	// `NAME|ID`, `file|URL|-`: alternatives among metavariables.
	if (/^[A-Za-z0-9_|-]+$/.test(w) && w.includes('|') && w.split('|').some(isMetaWord))
		return grammarPieces(w);
	while (i < w.length) {
		const c = w[i]!;
		if (quote) {
			pushLit(out, c);
			if (c === quote) quote = null;
			i++;
			continue;
		}
		if (c === "'" || c === '"') {
			quote = c;
			pushLit(out, c);
			i++;
			continue;
		}
		if (c === '{' && w[i + 1] === '{') {
			const end = w.indexOf('}}', i);
			const stop = end < 0 ? w.length : end + 2;
			pushLit(out, w.slice(i, stop));
			i = stop;
			continue;
		}
		if (c === '[' || c === '<' || c === '{') {
			const pair = c === '[' ? ']' : c === '<' ? '>' : '}';
			const end = closing(w, i, c, pair);
			if (end > i) {
				const inner = w.slice(i + 1, end);
				if (c === '[' && isGrammar(inner)) out.push({ t: 'opt', p: grammarPieces(inner) });
				else if (inner.trim() === '') pushLit(out, w.slice(i, end + 1));
				else
					out.push({
						t: 'slot',
						name: slotNameOf(inner),
						label: inner.trim(),
						kind: slotKindOf(inner)
					});
				i = end + 1;
				continue;
			}
		}
		const meta = /^[A-Z][A-Z0-9]*(?:[_-][A-Z0-9]+)*/.exec(w.slice(i))?.[0];
		const before = i === 0 ? '' : w[i - 1]!;
		if (meta && isMetaWord(meta) && !/[A-Za-z0-9_$]/.test(before)) {
			const after = w[i + meta.length] ?? '';
			if (!/[a-z0-9_]/.test(after) && !(after === '=' && !/^(KEY|VALUE)/.test(meta))) {
				// `NAME|ID`: alternatives of metavariables in one word.
				const alt = /^[A-Z0-9_|-]+/.exec(w.slice(i))?.[0] ?? meta;
				if (alt.includes('|')) {
					out.push(...grammarPieces(alt));
					i += alt.length;
					continue;
				}
				out.push({ t: 'slot', name: meta.toLowerCase(), label: meta, kind: metaKind(meta) });
				i += meta.length;
				continue;
			}
		}
		pushLit(out, c);
		i++;
	}
	return out;
}

/** Join `PATH | URL | -` (alternatives between metavariables) into one word. */
function joinAlternatives(words: string[]): string[] {
	const out: string[] = [];
	const atom = (w: string | undefined) => w !== undefined && (w === '-' || isMetaWord(w));
	for (let i = 0; i < words.length; i++) {
		if (words[i] === '|' && atom(out[out.length - 1]?.split('|').pop()) && atom(words[i + 1])) {
			out[out.length - 1] += '|' + words[i + 1];
			i++;
			continue;
		}
		out.push(words[i]!);
	}
	return out;
}

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
			// `<사용자명>` is any name (a Docker Hub user in `docker push <사용자명>/…`).
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
