/**
 * Tests' way to read a `Message` (`$lib/core/message`) in one language without the compiled
 * Paraglide runtime: look its id up in `messages/{ko,en}.json` and fill the `{placeholders}`
 * (nested messages first). Fails loudly on an id or a parameter the files do not have.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Message } from '../../src/lib/core/message';

type Lang = 'ko' | 'en';
const cache = new Map<Lang, Record<string, string>>();

/** The message file of `lang`, as id → text. */
export function messagesOf(lang: Lang): Record<string, string> {
	let table = cache.get(lang);
	if (!table) {
		const path = fileURLToPath(new URL(`../../messages/${lang}.json`, import.meta.url));
		table = JSON.parse(readFileSync(path, 'utf8')) as Record<string, string>;
		cache.set(lang, table);
	}
	return table;
}

/**
 * The text of `message` in `lang`.
 * @throws Error when the id is not in the file or a placeholder has no parameter
 */
export function formatMessage(message: Message, lang: Lang): string {
	const text = messagesOf(lang)[message.key];
	if (text === undefined) throw new Error(`no message ${message.key} in ${lang}.json`);
	return text.replace(/\{(\w+)\}/g, (_, name: string) => {
		const value = message.params?.[name];
		if (value === undefined) throw new Error(`${message.key}: no parameter ${name}`);
		return typeof value === 'object' ? formatMessage(value, lang) : String(value);
	});
}
