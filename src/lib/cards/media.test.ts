import { describe, expect, it } from 'vitest';
import { mediaHashOf, mediaUrl, resolveImageSrc, sniffImageType } from './media';

const HASH = 'a'.repeat(64);
const bytes = (...xs: (number | string)[]) =>
	new Uint8Array(
		xs.flatMap((x) => (typeof x === 'string' ? [...x].map((c) => c.charCodeAt(0)) : [x]))
	);

describe('media references', () => {
	it('a media URL round-trips; file names and other URLs are not references', () => {
		expect(mediaHashOf(mediaUrl(HASH))).toBe(HASH);
		for (const url of [
			'img/x.png',
			'./img/docker_version.png',
			'https://x/y.png',
			'media:',
			'media:abc',
			`media:${HASH.toUpperCase()}`
		]) {
			expect(mediaHashOf(url), url).toBeNull();
		}
	});
});

describe('sniffImageType: what the bytes are, not what the file is called', () => {
	it('knows PNG, JPEG, GIF, WebP and AVIF by their signatures', () => {
		expect(sniffImageType(bytes(0x89, 'PNG', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0))).toBe('image/png');
		expect(sniffImageType(bytes(0xff, 0xd8, 0xff, 0xe0))).toBe('image/jpeg');
		expect(sniffImageType(bytes('GIF89a', 1, 0))).toBe('image/gif');
		expect(sniffImageType(bytes('RIFF', 0, 0, 0, 0, 'WEBPVP8 '))).toBe('image/webp');
		expect(sniffImageType(bytes(0, 0, 0, 0x1c, 'ftypavif'))).toBe('image/avif');
	});

	it('refuses text, SVG, HTML, PDF and truncated signatures', () => {
		for (const b of [
			bytes('<svg xmlns="http://www.w3.org/2000/svg">'),
			bytes('<html><script>'),
			bytes('%PDF-1.7'),
			bytes(0x89, 'PN'),
			bytes(),
			bytes('# 노트')
		]) {
			expect(sniffImageType(b)).toBeNull();
		}
	});
});

describe('resolveImageSrc: relative to the notes file, as a Markdown viewer beside it reads it', () => {
	it('./img/x.png, img/x.png, ../x.png and /x.png', () => {
		expect(resolveImageSrc('study_Docker.md', './img/docker_version.png')).toEqual({
			kind: 'file',
			path: 'img/docker_version.png'
		});
		expect(resolveImageSrc('notes/docker/study.md', 'img/x.png')).toEqual({
			kind: 'file',
			path: 'notes/docker/img/x.png'
		});
		expect(resolveImageSrc('notes/docker/study.md', '../shots/x.png')).toEqual({
			kind: 'file',
			path: 'notes/shots/x.png'
		});
		expect(resolveImageSrc('notes/docker/study.md', '/x.png')).toEqual({
			kind: 'file',
			path: 'x.png'
		});
	});

	it('decodes escapes, drops query and fragment, reads backslashes and <angle brackets>', () => {
		expect(resolveImageSrc('a.md', 'img/my%20shot.png?raw=1#top')).toEqual({
			kind: 'file',
			path: 'img/my shot.png'
		});
		expect(resolveImageSrc('a.md', 'img\\win.png')).toEqual({ kind: 'file', path: 'img/win.png' });
		expect(resolveImageSrc('a.md', '<img/a b.png>')).toEqual({ kind: 'file', path: 'img/a b.png' });
		expect(resolveImageSrc('a.md', 'img/100%.png')).toEqual({ kind: 'file', path: 'img/100%.png' });
	});

	it('other sites and data: URLs are remote; empty and escaping paths are invalid', () => {
		for (const src of [
			'https://example.com/x.png',
			'//cdn/x.png',
			'data:image/png;base64,AAAA',
			'file:///C:/x.png'
		]) {
			expect(resolveImageSrc('a.md', src).kind, src).toBe('remote');
		}
		expect(resolveImageSrc('a.md', ' ').kind).toBe('invalid');
		expect(resolveImageSrc('a.md', '../../x.png').kind).toBe('invalid');
		expect(resolveImageSrc('a.md', './').kind).toBe('invalid');
	});
});
