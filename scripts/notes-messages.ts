/**
 * Warnings of the notes converter as text for Node tools (`npm run cards`, the build): the
 * converter returns message ids and parameters; this renders them from `messages/{ko,en}.json`
 * the way Paraglide does in the app (`{name}` placeholders).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { NotesWarning } from '../src/lib/content/types';

const cache = new Map<string, Record<string, string>>();

function messages(lang: 'ko' | 'en'): Record<string, string> {
	let m = cache.get(lang);
	if (!m) {
		m = JSON.parse(
			readFileSync(join(import.meta.dirname, '..', 'messages', `${lang}.json`), 'utf8')
		) as Record<string, string>;
		cache.set(lang, m);
	}
	return m;
}

/** The warning's reason in `lang` (falls back to its id when a message is missing). */
export function warningText(w: NotesWarning, lang: 'ko' | 'en' = 'ko'): string {
	const template = messages(lang)[w.code] ?? w.code;
	return template.replace(/\{(\w+)\}/g, (whole, name: string) => String(w.params?.[name] ?? whole));
}
