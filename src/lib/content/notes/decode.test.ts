/** Fault kind "nothing dropped silently" for encodings: EUC-KR/CP949 and UTF-16 are read (rule 9). */
import { describe, expect, it } from 'vitest';
import { parseNotesBytes } from '../parse';
import { decodeNotes } from './decode';

const TEXT = '# 노트\n\n## 볼륨\n- `docker volume create`: 볼륨을 만든다.\n';

function utf16(text: string, le: boolean, bom: boolean): Uint8Array {
	const out: number[] = bom ? (le ? [0xff, 0xfe] : [0xfe, 0xff]) : [];
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		out.push(...(le ? [c & 0xff, c >> 8] : [c >> 8, c & 0xff]));
	}
	return Uint8Array.from(out);
}

/** `볼륨` in EUC-KR (KS X 1001): BA BC B7 FD. */
const EUC_KR_VOLUME = [0xba, 0xbc, 0xb7, 0xfd];

describe('nothing-dropped: encodings', () => {
	it('nothing-dropped: UTF-16 with or without a BOM is decoded and named', () => {
		for (const [le, bom] of [
			[true, true],
			[false, true],
			[true, false]
		] as const) {
			const d = decodeNotes(utf16(TEXT, le, bom));
			expect(d.text).toBe(TEXT);
			expect(d.warnings[0]?.code).toBe('notes_decoded');
		}
	});

	it('nothing-dropped: EUC-KR/CP949 is decoded and named, not called binary', () => {
		const bytes = Uint8Array.from([
			...new TextEncoder().encode('## '),
			...EUC_KR_VOLUME,
			0x0a,
			...new TextEncoder().encode('- `docker volume ls`: '),
			...EUC_KR_VOLUME,
			0x0a
		]);
		const parsed = parseNotesBytes(bytes, 'old.md');
		expect(parsed.warnings[0]).toMatchObject({
			line: 1,
			code: 'notes_decoded',
			params: { encoding: 'EUC-KR (CP949)' }
		});
		expect(parsed.cards.some((c) => c.front.includes('볼륨'))).toBe(true);
	});

	it('nothing-dropped: invalid UTF-8 bytes are reported with their line', () => {
		const bytes = Uint8Array.from([
			...new TextEncoder().encode('# 노트\n- 첫 줄 :: 답\n- 둘째 '),
			0xff,
			...new TextEncoder().encode(' 줄 :: 답\n')
		]);
		const parsed = parseNotesBytes(bytes, 'bad.md');
		expect(
			parsed.warnings.filter((w) => w.code === 'notes_invalid_utf8').map((w) => w.line)
		).toEqual([3]);
		expect(parsed.cards).toHaveLength(2);
	});
});
