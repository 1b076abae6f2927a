/**
 * Deck ids: which deck a notes file goes to. No `$lib` imports: the build-time deck plugins import
 * this file by its path.
 */

/** Where a deck came from: the deck bundled with the app, or a notes file the learner imported. */
export type DeckOrigin = 'bundled' | 'import';

/**
 * Build the deck id for a notes file: the file name normalised (NFC, lower-case, no directory,
 * no extension), so re-importing the same file updates it. Bundled files may carry an order
 * prefix (`01-docker-basics.md`) that orders the decks and is not part of the id.
 * @returns `bundled:<name>` or `import:<name>`
 */
export function deckIdFor(origin: DeckOrigin, fileName: string): string {
	let base = (fileName.split('/').pop() ?? fileName)
		.normalize('NFC')
		.replace(/\.(md|markdown|txt)$/i, '')
		.trim()
		.toLowerCase();
	if (origin === 'bundled') base = base.replace(/^\d+-/, '');
	return `${origin}:${base}`;
}
