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

declare module 'virtual:drills' {
	import type { Drill } from '$lib/drill';
	/** Every drill in `questions/drills/*.md`, loaded and validated at build time. */
	const drills: Drill[];
	/** Content hash of the drills; changes whenever any drill does. */
	export const version: string;
	export default drills;
}

declare module 'virtual:drills-version' {
	/** Content hash of the drills (the same as `version` in `virtual:drills`). */
	const version: string;
	export default version;
}
