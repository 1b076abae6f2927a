/** Deck ids. No imports: the build-time deck plugin uses this too. */
import type { DeckOrigin } from './schema';

/**
 * Build the deck id for a notes file: the file name normalised (NFC, lower-case, no directory,
 * no extension), so re-importing the same file updates it. Bundled files may carry an order
 * prefix (`01-docker-basics.md`) that orders the decks and is not part of the id.
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
