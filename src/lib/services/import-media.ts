/**
 * What the learner picked for an import — one notes file, several files, a folder, or a `.zip`
 * — as a flat list of paths, and the images among them read, checked and hashed before any
 * parsing or writing (case C04: nothing but IndexedDB is awaited inside the import's
 * transaction). The resolver built here is what the converter calls for each image it keeps.
 */
import { unzipSync } from 'fflate';
import {
	MAX_IMAGE_BYTES,
	baseName,
	mediaUrl,
	resolveImageSrc,
	sniffImageType,
	type ImageType
} from '$lib/cards';
import { sha256Hex } from '$lib/core/hash';
import { msg, type Message } from '$lib/core/message';
import type { ImageResolution } from '$lib/content/types';
import type { MediaRow } from '$lib/db';

/** One picked file: its path from the root of what was picked, `/`-separated. */
export interface PickedFile {
	path: string;
	/** Bytes, known before reading (the browser's `File.size`, the zip's declared size). */
	size: number;
	read: () => Promise<Uint8Array>;
}

/** Largest `.zip` accepted, unpacked (bytes). */
export const MAX_ZIP_BYTES = 100 * 1024 * 1024;

/** File names read as notes. */
export const NOTES_EXTENSIONS = ['.md', '.markdown', '.txt'] as const;

/** An import that cannot go on, with the message that says why (file names, sizes). */
export class PickRefusedError extends Error {
	override readonly name = 'PickRefusedError';
	constructor(readonly reason: Message) {
		super(reason.key);
	}
}

/** Whether a path names a notes file (by its extension; the converter checks the content). */
export function isNotesPath(path: string): boolean {
	const lower = path.toLowerCase();
	return NOTES_EXTENSIONS.some((ext) => lower.endsWith(ext));
}

/** Folders that only hold an operating system's or editor's own files. */
function isJunkPath(path: string): boolean {
	return path.split('/').some((part) => part.startsWith('.') || part === '__MACOSX');
}

/**
 * The files inside a `.zip`, read with fflate. Directories, `__MACOSX/` and dot files are left
 * out; entries are checked against their declared sizes before they are unpacked.
 * @throws PickRefusedError `import_zip_unreadable` (not a zip, or damaged),
 *   `import_zip_too_large` (more than {@link MAX_ZIP_BYTES} unpacked)
 */
export function readZip(name: string, bytes: Uint8Array): PickedFile[] {
	let total = 0;
	let entries: Record<string, Uint8Array>;
	try {
		entries = unzipSync(bytes, {
			filter: (file) => {
				if (file.name.endsWith('/') || isJunkPath(file.name)) return false;
				total += file.originalSize;
				if (total > MAX_ZIP_BYTES) throw new PickRefusedError(zipTooLarge(name, total));
				return true;
			}
		});
	} catch (error) {
		if (error instanceof PickRefusedError) throw error;
		throw new PickRefusedError(
			msg('import_zip_unreadable', {
				file: name,
				reason: error instanceof Error ? error.message : String(error)
			})
		);
	}
	return Object.entries(entries).map(([path, data]) => ({
		path,
		size: data.length,
		read: async () => data
	}));
}

function zipTooLarge(file: string, bytes: number): Message {
	return msg('import_zip_too_large', {
		file,
		size: Math.round(bytes / 1024 / 1024),
		max: MAX_ZIP_BYTES / 1024 / 1024
	});
}

/**
 * The picked files with every `.zip` among them unpacked in place (its entries keep the zip's
 * folder structure, under the zip's own folder).
 */
export async function expandPicked(files: readonly PickedFile[]): Promise<PickedFile[]> {
	const out: PickedFile[] = [];
	for (const file of files) {
		if (isJunkPath(file.path)) continue;
		if (!file.path.toLowerCase().endsWith('.zip')) {
			out.push(file);
			continue;
		}
		if (file.size > MAX_ZIP_BYTES) throw new PickRefusedError(zipTooLarge(file.path, file.size));
		const folder = file.path.slice(0, file.path.lastIndexOf('/') + 1);
		for (const entry of readZip(baseName(file.path), await file.read())) {
			out.push({ ...entry, path: folder + entry.path });
		}
	}
	return out;
}

/** A picked file that may be an image: checked, hashed, or why not. */
type Candidate =
	| { ok: true; row: MediaRow }
	| { ok: false; why: 'not-image' | 'too-large'; size: number };

/**
 * Every picked file but the notes, read, recognised by its magic bytes and hashed (files over
 * {@link MAX_IMAGE_BYTES} are not read at all).
 */
async function readCandidates(
	files: readonly PickedFile[],
	now: Date
): Promise<Map<string, Candidate>> {
	const out = new Map<string, Candidate>();
	for (const file of files) {
		if (isNotesPath(file.path)) continue;
		if (file.size > MAX_IMAGE_BYTES) {
			out.set(file.path, { ok: false, why: 'too-large', size: file.size });
			continue;
		}
		const bytes = await file.read();
		const type: ImageType | null = sniffImageType(bytes);
		if (!type) {
			out.set(file.path, { ok: false, why: 'not-image', size: bytes.length });
			continue;
		}
		const hash = await sha256Hex(bytes);
		const blob = new Blob([bytes as Uint8Array<ArrayBuffer>], { type });
		out.set(file.path, {
			ok: true,
			row: { hash, blob, type, size: bytes.length, name: baseName(file.path), addedAt: now }
		});
	}
	return out;
}

/** The images of one notes file: what the converter's resolver found and used. */
export interface ImageResolver {
	/**
	 * The card Markdown URL for an image `src` of the notes (`media:<hash>`), or why it cannot
	 * be shown (the converter turns that into a warning on the image's line).
	 */
	resolve: (src: string, line: number) => ImageResolution;
	/** Images referred to so far, one row per distinct content. */
	used: () => MediaRow[];
}

/**
 * Read the images among `files` and build the resolver for the notes file `notesPath`. A `src`
 * is looked up by its path relative to the notes file; when that path was not picked (several
 * files picked from a phone's gallery arrive without folders), by its file name, if exactly one
 * picked file has it.
 */
export async function imageResolver(
	files: readonly PickedFile[],
	notesPath: string,
	now: Date
): Promise<ImageResolver> {
	const candidates = await readCandidates(files, now);
	const byName = new Map<string, string[]>();
	for (const path of candidates.keys()) {
		const name = baseName(path).normalize('NFC');
		byName.set(name, [...(byName.get(name) ?? []), path]);
	}
	const used = new Map<string, MediaRow>();

	function find(path: string): Candidate | undefined {
		const exact = candidates.get(path) ?? candidates.get(path.normalize('NFC'));
		if (exact) return exact;
		const same = byName.get(baseName(path).normalize('NFC')) ?? [];
		return same.length === 1 ? candidates.get(same[0]!) : undefined;
	}

	return {
		resolve(src) {
			const target = resolveImageSrc(notesPath, src);
			if (target.kind === 'remote') return { problem: 'remote' };
			const found = target.kind === 'file' ? find(target.path) : undefined;
			if (!found) return { problem: 'missing' };
			if (!found.ok) {
				return found.why === 'too-large'
					? {
							problem: 'too-large',
							size: (found.size / 1024 / 1024).toFixed(1),
							max: MAX_IMAGE_BYTES / 1024 / 1024
						}
					: { problem: 'not-image' };
			}
			used.set(found.row.hash, found.row);
			return { url: mediaUrl(found.row.hash) };
		},
		used: () => [...used.values()]
	};
}
