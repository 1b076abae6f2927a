/**
 * Importing notes together with their images (several files, a folder, a `.zip`), on fake
 * IndexedDB with a fixed clock: each image goes on the card it belongs to as a stored reference,
 * never as a file name; problems are warnings with their lines; one transaction writes it all.
 */
import { readFileSync } from 'node:fs';
import { zipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mediaHashOf, MAX_IMAGE_BYTES } from '$lib/cards';
import { lintCards } from '$lib/content/lint';
import { sha256Hex } from '$lib/core/hash';
import { StudyDb } from '$lib/db';
import { DEFAULT_SCHEDULER_SETTINGS } from '$lib/scheduling';
import { notesPath } from '../../../tests/notes-path';
import { solidPng } from '../../../tests/png';
import type { ServiceContext } from './context';
import {
	applyImport,
	ImportRefusedError,
	prepareImportFiles,
	type PickedFile,
	type PreparedImport
} from './import';

const NOW = new Date('2025-03-10T01:00:00Z');
const USER_NOTES = readFileSync(notesPath());
const VERSION_PNG = solidPng(12, 8, [20, 120, 200]);
const NETWORK_PNG = solidPng(6, 6, [200, 40, 40]);

/** Notes with two images: a command's output after its block, and a bullet's picture. */
const TWO_IMAGES = [
	'# 이미지 시험',
	'',
	'## 설치',
	'',
	'- 버전 확인',
	'  ```',
	'  docker version',
	'  ```',
	'  <img src="./img/version.png" width="300px">',
	'',
	'## 네트워크',
	'',
	'- 브리지 네트워크: 같은 호스트의 컨테이너를 잇는 기본 네트워크',
	'',
	'  ![브리지 구조](img/bridge%20net.png)',
	''
].join('\n');

const file = (path: string, bytes: Uint8Array | string): PickedFile => {
	const data = typeof bytes === 'string' ? new TextEncoder().encode(bytes) : new Uint8Array(bytes);
	return { path, size: data.length, read: async () => data };
};

let db: StudyDb;
let n = 0;
const ctx = (): ServiceContext => ({
	db,
	now: () => NOW,
	settings: { ...DEFAULT_SCHEDULER_SETTINGS },
	fuzz: false
});
beforeEach(async () => {
	db = new StudyDb(`import-media-${++n}`);
	await db.open();
});
afterEach(async () => {
	await db.delete();
});

async function prepared(files: PickedFile[], notes?: string): Promise<PreparedImport> {
	const out = await prepareImportFiles(ctx(), files, notes);
	if ('choose' in out) throw new Error(`asked to choose among ${out.choose.join(', ')}`);
	return out;
}

const codes = (p: PreparedImport) => p.warnings.map((w) => `${w.line}:${w.code}`);
const imagesIn = (md: string) =>
	[...md.matchAll(/!\[[^\]]*\]\(<?([^)>]+)>?\)/g)].map((m) => mediaHashOf(m[1]!));

describe("the user's notes with their image folder", () => {
	it('docker version shows its output: the image after the command block is on that card, stored once', async () => {
		const p = await prepared([
			file('study_Docker.md', USER_NOTES),
			file('img/docker_version.png', VERSION_PNG)
		]);
		const hash = await sha256Hex(VERSION_PNG);
		const withImage = p.plan.added.filter((c) => c.back.includes('media:'));
		expect(withImage.map((c) => [c.kind, c.front])).toEqual([['command', '설치 확인법']]);
		expect(imagesIn(withImage[0]!.back)).toEqual([hash]);
		// No file name reaches card text, and the lint agrees.
		for (const c of p.plan.added)
			expect(`${c.front}\n${c.back}`).not.toMatch(/docker_version|\.png|img\//);
		expect(
			lintCards(p.plan.added).filter((f) => /file-name|image|raw-markup/.test(f.rule))
		).toEqual([]);
		expect(p.imageCount).toBe(1);
		expect(p.plan.media?.map((m) => [m.hash, m.type, m.size, m.name])).toEqual([
			[hash, 'image/png', VERSION_PNG.length, 'docker_version.png']
		]);
		// The two `<img>` tags without a src are still said, on their lines.
		expect(codes(p).filter((c) => c.includes('image'))).toEqual([
			'14:notes_image_dropped',
			'45:notes_image_dropped'
		]);
		await applyImport(ctx(), p.plan);
		const row = await db.media.get(hash);
		expect(row?.blob.type).toBe('image/png');
		expect(new Uint8Array(await row!.blob.arrayBuffer())).toEqual(new Uint8Array(VERSION_PNG));
	});

	it('the notes file alone: the missing image is a warning with its line, the card keeps its text', async () => {
		const p = await prepared([file('study_Docker.md', USER_NOTES)]);
		expect(codes(p)).toContain('72:notes_image_missing');
		expect(p.warnings.find((w) => w.line === 72)?.params).toEqual({
			src: './img/docker_version.png'
		});
		expect(p.plan.added.some((c) => c.back.includes('media:'))).toBe(false);
		expect(p.plan.media).toBeUndefined();
	});
});

describe('two images, however they are picked', () => {
	async function expectTwoImages(files: PickedFile[], notes?: string) {
		const p = await prepared(files, notes);
		const version = p.plan.added.find((c) => c.kind === 'command');
		const bridge = p.plan.added.filter((c) => c.back.includes('media:') && c.kind !== 'command');
		expect(imagesIn(version!.back)).toEqual([await sha256Hex(VERSION_PNG)]);
		expect(bridge.length).toBeGreaterThan(0);
		for (const c of bridge) expect(imagesIn(c.back)).toEqual([await sha256Hex(NETWORK_PNG)]);
		expect(p.imageCount).toBe(2);
		expect(codes(p).filter((c) => c.includes('image'))).toEqual([]);
		return p;
	}

	it('a folder (paths inside it), several files from a gallery (names only), a .zip', async () => {
		await expectTwoImages([
			file('공부/docker.md', TWO_IMAGES),
			file('공부/img/version.png', VERSION_PNG),
			file('공부/img/bridge net.png', NETWORK_PNG),
			file('공부/.DS_Store', 'junk')
		]);
		await expectTwoImages([
			file('docker.md', TWO_IMAGES),
			file('version.png', VERSION_PNG),
			file('bridge net.png', NETWORK_PNG)
		]);
		const zip = zipSync({
			'notes/docker.md': new TextEncoder().encode(TWO_IMAGES),
			'notes/img/version.png': new Uint8Array(VERSION_PNG),
			'notes/img/bridge net.png': new Uint8Array(NETWORK_PNG),
			'__MACOSX/notes/._docker.md': new Uint8Array([0, 1, 2])
		});
		await expectTwoImages([file('notes.zip', zip)]);
	});

	it('several notes files: the learner chooses; the choice is imported with the images beside it', async () => {
		const files = [
			file('a/docker.md', TWO_IMAGES),
			file('a/img/version.png', VERSION_PNG),
			file('a/img/bridge net.png', NETWORK_PNG),
			file('b/other.md', '# 다른 노트\n\n- 볼륨: 남는 데이터\n')
		];
		const asked = await prepareImportFiles(ctx(), files);
		expect('choose' in asked && asked.choose).toEqual(['a/docker.md', 'b/other.md']);
		await expectTwoImages(files, 'a/docker.md');
	});

	it('the same picture in two decks is one stored row; all of an import is written in one transaction', async () => {
		const first = await prepared([
			file('docker.md', TWO_IMAGES),
			file('img/version.png', VERSION_PNG),
			file('img/bridge net.png', NETWORK_PNG)
		]);
		await applyImport(ctx(), first.plan);
		const second = await prepared([
			file('copy.md', TWO_IMAGES),
			file('img/version.png', VERSION_PNG),
			file('img/bridge net.png', NETWORK_PNG)
		]);
		await applyImport(ctx(), second.plan);
		expect(await db.media.count()).toBe(2);
		expect(await db.decks.count()).toBe(2);

		// A failing card write takes the images of that import with it (C04 kind).
		const third = await prepared([
			file('third.md', TWO_IMAGES.replace('docker version', 'docker info')),
			file('img/version.png', solidPng(3, 3, [1, 2, 3])),
			file('img/bridge net.png', NETWORK_PNG)
		]);
		let created = 0;
		db.cards.hook('creating', () => {
			if (++created === 2) throw new DOMException('quota', 'QuotaExceededError');
		});
		await expect(applyImport(ctx(), third.plan)).rejects.toThrow();
		expect(await db.media.count()).toBe(2);
		expect(await db.decks.count()).toBe(2);
	});
});

describe('images that cannot be shown are warnings on their lines', () => {
	it('not an image, too large, on another site, missing, and one that belongs to no card', async () => {
		const notes = [
			'# 문제 이미지',
			'',
			'![맨 위](img/top.png)',
			'',
			'## 항목',
			'',
			'- 레이어: 읽기 전용 파일 시스템 층',
			'  ![가짜](img/fake.png)',
			'- 볼륨: 컨테이너가 지워져도 남는 데이터',
			'  ![큰 사진](img/huge.png)',
			'- 네트워크: 컨테이너끼리 통신하는 길',
			'  ![원격](https://example.com/x.png)',
			'- 이미지: 컨테이너를 만드는 틀',
			'  ![없음](img/none.png)',
			''
		].join('\n');
		let readHuge = false;
		const p = await prepared([
			file('p.md', notes),
			file('img/top.png', VERSION_PNG),
			file('img/fake.png', '<html><script>alert(1)</script></html>'),
			{
				path: 'img/huge.png',
				size: MAX_IMAGE_BYTES + 1,
				read: async () => ((readHuge = true), new Uint8Array())
			}
		]);
		expect(codes(p).filter((c) => c.includes('image'))).toEqual([
			'3:notes_image_no_card',
			'8:notes_image_not_image',
			'10:notes_image_too_large',
			'12:notes_image_remote',
			'14:notes_image_missing'
		]);
		expect(p.warnings.find((w) => w.line === 10)?.params).toMatchObject({
			src: 'img/huge.png',
			max: 5
		});
		expect(readHuge).toBe(false);
		expect(p.plan.media).toBeUndefined();
		for (const c of p.plan.added) expect(c.back).not.toContain('](');
	});

	it('a broken .zip and a picked set without notes are refused with a reason', async () => {
		const broken = await prepareImportFiles(ctx(), [
			file('notes.zip', 'PK\u0003\u0004 not really')
		]).catch((e: unknown) => e);
		expect(broken).toBeInstanceOf(ImportRefusedError);
		expect((broken as ImportRefusedError).reason).toMatchObject({
			key: 'import_zip_unreadable',
			params: { file: 'notes.zip' }
		});
		const none = await prepareImportFiles(ctx(), [file('img/a.png', VERSION_PNG)]).catch(
			(e: unknown) => e
		);
		expect((none as ImportRefusedError).reason.key).toBe('import_no_notes');
	});
});
