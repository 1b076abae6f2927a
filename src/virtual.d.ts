declare module 'virtual:bundled-deck' {
	import type { ParsedNotes } from '$lib/content/types';
	const decks: ParsedNotes[];
	export default decks;
}

declare module 'virtual:bundled-deck-version' {
	/** Content hash of the bundled deck; changes whenever the deck does. */
	const version: string;
	export default version;
}
