/** Every warning the converter can give has a message in both languages, with its parameters. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseNotes } from '../parse';
import { NOTES_WARNINGS } from './warnings';

const messages = (lang: string) =>
	JSON.parse(readFileSync(`messages/${lang}.json`, 'utf8')) as Record<string, string>;

describe('notes warnings', () => {
	it('each code has a Korean and an English message with the same placeholders', () => {
		const ko = messages('ko');
		const en = messages('en');
		for (const code of NOTES_WARNINGS) {
			expect(ko[code], code).toBeTypeOf('string');
			expect(en[code], code).toBeTypeOf('string');
			const names = (t: string) => [...t.matchAll(/\{(\w+)\}/g)].map((x) => x[1]).sort();
			expect(names(en[code] as string), code).toEqual(names(ko[code] as string));
		}
	});

	it('warnings carry ids and parameters, never text in the domain', () => {
		const parsed = parseNotes(
			'## 설치\n```yaml\na: 1\n```\n- 그냥 문장이다.\n- 또 다른 문장이다.\n',
			'a.md'
		);
		expect(parsed.warnings.map((w) => [w.line, w.code, w.params])).toEqual(
			[
				[2, 'notes_code_not_shell', { lang: 'yaml' }],
				[5, 'notes_no_key_term', undefined],
				[6, 'notes_no_key_term', undefined],
				[1, 'notes_no_cards', undefined]
			].sort((a, b) => (a[0] as number) - (b[0] as number))
		);
		for (const w of parsed.warnings) expect(NOTES_WARNINGS).toContain(w.code);
	});
});
