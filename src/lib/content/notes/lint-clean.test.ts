/**
 * The measure of the cards issue: the card lint finds nothing in the cards made from the user's
 * notes, the bundled deck (`questions/*.md`) and the notes corpus (`tests/fixtures/corpus/`), as
 * `npm run cards -- FILE… --lint` reports it. (Whether the command drill's judge accepts every
 * command card is the command issue's measure; the judge is passed in there.)
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintNotes } from '../lint';
import { parseNotesBytes } from '../parse';
import { notesPath } from '../../../../tests/notes-path';

const root = process.cwd();
const corpus = resolve(root, 'tests/fixtures/corpus');
const manifest = JSON.parse(readFileSync(resolve(corpus, 'manifest.json'), 'utf8')) as {
	entries: { file: string }[];
};
const FILES = [
	notesPath(),
	...readdirSync(resolve(root, 'questions'))
		.filter((f) => f.endsWith('.md') && f !== 'README.md')
		.map((f) => resolve(root, 'questions', f)),
	...manifest.entries.map((e) => resolve(corpus, e.file))
].filter((f) => existsSync(f));

describe('lint-clean: the cards a learner keeps', () => {
	it('covers the user notes, the bundled deck and at least 12 corpus files', () => {
		expect(FILES.length).toBeGreaterThanOrEqual(1 + 6 + 12);
	});

	it.each(FILES.map((f) => [f.replace(root + '/', '')]))(
		'lint-clean: %s has 0 findings',
		(file) => {
			const path = resolve(root, file);
			const parsed = parseNotesBytes(readFileSync(path), file);
			const findings = lintNotes(parsed).map(
				(f) => `${f.file}:${f.line} ${f.rule} ${JSON.stringify(f.params)}`
			);
			expect(findings).toEqual([]);
		}
	);
});
