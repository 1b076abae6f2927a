/**
 * Vite plugin: parses `questions/*.md` at build time into the bundled deck, served to the app as
 * the virtual module `virtual:bundled-deck` (an array of ParsedNotes). The browser never parses
 * the bundled notes; it only stores the cards.
 *
 * A notes file with warnings still builds (the warnings are printed); a file that yields no card
 * fails the build with `file:line: reason`, so a broken deck never ships silently.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { contentHash } from './content-hash';
import { warningText } from './notes-messages';
import type { Plugin } from 'vite';
import { parseNotes } from '../src/lib/content/parse';
import type { ParsedNotes } from '../src/lib/content/types';
import { deckIdFor } from '../src/lib/cards/deck-id';

const VIRTUAL_ID = 'virtual:bundled-deck';
const RESOLVED_ID = '\0' + VIRTUAL_ID;
/** A tiny module with only the deck's content hash, so start-up can check it without loading cards. */
const VERSION_ID = 'virtual:bundled-deck-version';
const RESOLVED_VERSION_ID = '\0' + VERSION_ID;

/** Parse every `*.md` file directly in `dir` except README.md, in file-name order. */
export function loadBundledDeck(dir = join(process.cwd(), 'questions')): ParsedNotes[] {
	const files = readdirSync(dir)
		.filter((f) => f.endsWith('.md') && f.toLowerCase() !== 'readme.md')
		.sort();
	return files.map((f) => {
		const path = join(dir, f);
		const parsed = parseNotes(readFileSync(path, 'utf8'), relative(process.cwd(), path), {
			deck: deckIdFor('bundled', f)
		});
		if (parsed.cards.length === 0) {
			throw new Error(`${parsed.file}:1: no cards could be made from this file`);
		}
		return parsed;
	});
}

export function bundledDeckPlugin(): Plugin {
	let dir = '';
	return {
		name: 'study-docker:bundled-deck',
		configResolved(config) {
			dir = join(config.root, 'questions');
		},
		resolveId(id) {
			if (id === VIRTUAL_ID) return RESOLVED_ID;
			if (id === VERSION_ID) return RESOLVED_VERSION_ID;
			return undefined;
		},
		load(id) {
			if (id === RESOLVED_VERSION_ID) {
				return `export default ${JSON.stringify(contentHash(JSON.stringify(loadBundledDeck(dir))))};`;
			}
			if (id !== RESOLVED_ID) return undefined;
			const decks = loadBundledDeck(dir);
			for (const deck of decks) {
				for (const w of deck.warnings) this.warn(`${w.file}:${w.line}: ${warningText(w, 'en')}`);
				this.addWatchFile(join(dir, deck.file.split('/').pop() ?? ''));
			}
			return `export default ${JSON.stringify(decks)};`;
		}
	};
}
