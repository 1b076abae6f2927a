/**
 * Images in card text. A card never names an image file: the import stores each image once
 * (content-addressed) and writes a reference to it into the card's Markdown,
 * `![alt](media:<sha-256 hex>)`, which the renderer resolves to the stored Blob. Also: which
 * bytes are an image (magic bytes, not the file name), the size limit, and how a reference in
 * a notes file (`./img/x.png`, `img/x.png`, `../shots/x.png`) is resolved against the notes
 * file's folder.
 */

/** URL scheme of a stored image in card Markdown. */
export const MEDIA_SCHEME = 'media:';

/** Largest image accepted (bytes): a phone camera's photo fits, a whole video does not. */
export const MAX_IMAGE_BYTES = 5 * 1024 * 1024;

/** Image types a card shows, as sniffed from their first bytes. */
export type ImageType = 'image/png' | 'image/jpeg' | 'image/gif' | 'image/webp' | 'image/avif';

const SHA256_HEX = /^[0-9a-f]{64}$/;

/** The Markdown URL of the stored image with content hash `hash` (sha-256, lower-case hex). */
export function mediaUrl(hash: string): string {
	return `${MEDIA_SCHEME}${hash}`;
}

/** The content hash in a `media:` URL, or null when `url` is not one (any other URL, a file name). */
export function mediaHashOf(url: string): string | null {
	if (!url.startsWith(MEDIA_SCHEME)) return null;
	const hash = url.slice(MEDIA_SCHEME.length);
	return SHA256_HEX.test(hash) ? hash : null;
}

const starts = (bytes: Uint8Array, at: number, sig: readonly number[]) =>
	sig.every((b, i) => bytes[at + i] === b);
const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));

/**
 * The image type of `bytes` from their signature (PNG, JPEG, GIF, WebP, AVIF), or null for
 * anything else, whatever the file is called. SVG is refused on purpose: it is a document that
 * can carry script and links, not a picture.
 */
export function sniffImageType(bytes: Uint8Array): ImageType | null {
	if (starts(bytes, 0, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
	if (starts(bytes, 0, [0xff, 0xd8, 0xff])) return 'image/jpeg';
	if (starts(bytes, 0, ascii('GIF87a')) || starts(bytes, 0, ascii('GIF89a'))) return 'image/gif';
	if (starts(bytes, 0, ascii('RIFF')) && starts(bytes, 8, ascii('WEBP'))) return 'image/webp';
	if (
		starts(bytes, 4, ascii('ftyp')) &&
		(starts(bytes, 8, ascii('avif')) || starts(bytes, 8, ascii('avis')))
	) {
		return 'image/avif';
	}
	return null;
}

/** How an image reference in a notes file is read (see {@link resolveImageSrc}). */
export type ImageSrc =
	/** A file beside the notes: its path from the root of what was picked, `/`-separated. */
	| { kind: 'file'; path: string }
	/** Another site's address, or a `data:` URL: never fetched (the app makes no request). */
	| { kind: 'remote' }
	/** Empty, or climbing above the picked folder. */
	| { kind: 'invalid' };

/**
 * Resolve an image's `src` as written in a notes file against the notes file's own path, the
 * way a Markdown viewer beside the file would: `./img/x.png` and `img/x.png` are in the notes
 * file's folder, `../x.png` one up, `/x.png` at the root of what was picked. `%20` and other
 * escapes are decoded, `?query` and `#fragment` dropped, `\` read as `/` (Windows editors).
 * @param notesPath the notes file's path from the root of what was picked (`notes/study.md`)
 */
export function resolveImageSrc(notesPath: string, src: string): ImageSrc {
	const raw = src.trim().replace(/^<|>$/g, '');
	if (!raw) return { kind: 'invalid' };
	if (/^[a-z][a-z0-9+.-]*:/i.test(raw) || raw.startsWith('//')) return { kind: 'remote' };
	let path = raw.split(/[?#]/)[0]!.replace(/\\/g, '/');
	try {
		path = decodeURIComponent(path);
	} catch {
		// A stray `%` is part of the name.
	}
	const base = path.startsWith('/') ? [] : notesPath.replace(/\\/g, '/').split('/').slice(0, -1);
	const parts = [...base];
	for (const part of path.split('/')) {
		if (part === '' || part === '.') continue;
		if (part === '..') {
			if (parts.length === 0) return { kind: 'invalid' };
			parts.pop();
		} else parts.push(part);
	}
	return parts.length ? { kind: 'file', path: parts.join('/') } : { kind: 'invalid' };
}

/** The last segment of a `/`-separated path. */
export function baseName(path: string): string {
	return path.slice(path.lastIndexOf('/') + 1);
}
