import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const load = (lang: string) =>
	JSON.parse(readFileSync(`messages/${lang}.json`, 'utf8')) as Record<string, string>;
const ko = load('ko');
const en = load('en');
const keys = (m: Record<string, string>) => Object.keys(m).filter((k) => k !== '$schema');

/** Placeholders like `{count}` a message uses. */
const params = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((x) => x[1]).sort();

function svelteFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return name === 'paraglide' ? [] : svelteFiles(path);
		return name.endsWith('.svelte') ? [path] : [];
	});
}

describe('UI messages', () => {
	it('every message exists in both Korean and English, non-empty', () => {
		expect(keys(ko).filter((k) => !(k in en))).toEqual([]);
		expect(keys(en).filter((k) => !(k in ko))).toEqual([]);
		expect(keys(ko).filter((k) => !ko[k]?.trim() || !en[k]?.trim())).toEqual([]);
	});

	it('both languages use the same placeholders in every message', () => {
		const mismatched = keys(ko).filter(
			(k) => JSON.stringify(params(ko[k]!)) !== JSON.stringify(params(en[k] ?? ''))
		);
		expect(mismatched).toEqual([]);
	});

	it('the Korean messages are Korean and the English ones are not', () => {
		const hangul = /[\uac00-\ud7a3]/;
		// A few messages are names or symbols that read the same in both languages.
		const untranslated = keys(ko).filter((k) => !hangul.test(ko[k]!) && ko[k] === en[k]);
		expect(untranslated.length).toBeLessThan(keys(ko).length / 20);
		expect(keys(en).filter((k) => hangul.test(en[k]!) && !/[A-Za-z]/.test(en[k]!))).toEqual([]);
	});

	it('no component hard-codes Korean text in its markup (it must come from messages)', () => {
		const offenders: string[] = [];
		for (const file of [...svelteFiles('src/lib/components'), ...svelteFiles('src/routes')]) {
			const markup = readFileSync(file, 'utf8')
				.replace(/<script[\s\S]*?<\/script>/g, '')
				.replace(/<style[\s\S]*?<\/style>/g, '')
				.replace(/<!--[\s\S]*?-->/g, '');
			const lines = markup.split('\n').filter((l) => /[\uac00-\ud7a3]/.test(l));
			for (const l of lines) offenders.push(`${file}: ${l.trim()}`);
		}
		expect(offenders).toEqual([]);
	});
});
