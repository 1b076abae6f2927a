/**
 * Export cards as a text file that Anki's importer reads (Anki 2.1.55+, where the importer with
 * file headers is the default; 2.1.54 needs it switched on in the preferences).
 *
 * Rules followed (Anki manual, "Importing → Text Files", https://docs.ankiweb.net/importing/text-files.html,
 * and Anki's own exporter/importer, rslib/src/import_export/text/csv/{export,import,metadata}.rs):
 * - Header lines `#key:value` at the top: `#separator:tab`, `#html:true`, `#notetype:Basic`
 *   (presets the note type only if it exists), `#deck column:1` (a deck that does not exist is
 *   created), `#tags column:4`. No `#columns` line: without labels Anki maps the regular columns
 *   (2, 3) to the note type's first and second fields by position, which also works when the
 *   note type and its fields have localised names (a Korean Anki's Basic note type has a Korean name).
 * - Records are read by a CSV reader with `#` as the comment character and RFC 4180 quoting:
 *   a field containing a tab, a line break or `"` — or starting with `#` — is wrapped in `"…"`
 *   with `"` doubled (the same "quote when necessary" rule Anki's own exporter writes).
 * - `#html:true`: fields are HTML. Card text (Markdown) goes through the app's card renderer
 *   (`renderCardMarkdown`: GFM, raw HTML dropped, text escaped), so Anki shows what the app shows.
 * - Tags are separated by whitespace, so spaces inside one tag become `_`; `::` makes a
 *   hierarchical tag (the card's heading path becomes one).
 *
 * Every card becomes one note of a two-field note type (Front, Back): Anki has no text-import
 * path for our scheduling state, type-in checks or our cloze numbering, so what is exported is
 * exactly the text the learner sees (learner edits included).
 */
import { QUEUE, shownText, type CardRow } from '$lib/cards';
import { renderCardMarkdown } from '$lib/content/render';
import type { DeckRow } from '$lib/db';

/** Options for `exportAnkiTsv`. */
export interface AnkiExportOptions {
	/**
	 * Markdown → HTML for one card side. Default `renderCardMarkdown` (sanitised); pass
	 * `escapeHtmlText` to export the Markdown source as plain text instead.
	 */
	render?: (markdown: string) => string;
	/** Note type to preset (applied by Anki only if a note type of that name exists). Default `Basic`. */
	notetype?: string;
	/** Parent deck in Anki: decks are created as `<parent>::<deck title>`. Default: none. */
	parentDeck?: string;
	/** Tag added to every note. Default `study-docker`; empty string for none. */
	tag?: string;
	/** Include retired cards (no longer in the notes). Default false. */
	includeRetired?: boolean;
}

/** Escape text for an HTML field (`&`, `<`, `>`, `"`) and keep its line breaks as `<br>`. */
export function escapeHtmlText(text: string): string {
	return text
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;')
		.replace(/\r\n|\r|\n/g, '<br>');
}

/**
 * One field of a tab-separated record as Anki's CSV reader reads it back: quoted (RFC 4180,
 * `"` doubled) when it holds a tab, a line break or `"`, or starts with the comment character `#`.
 */
export function ankiField(value: string): string {
	if (/[\t\r\n"]/.test(value) || value.startsWith('#')) return `"${value.replace(/"/g, '""')}"`;
	return value;
}

/** A tag as Anki stores it: no whitespace inside (→ `_`), `::` separates levels. */
export function ankiTag(tag: string): string {
	return tag.trim().replace(/\s+/g, '_');
}

/** A deck name on one line (Anki reads `::` as a subdeck separator, which is kept). */
function deckName(title: string): string {
	return title.replace(/\s+/g, ' ').trim();
}

/**
 * Cards as an Anki text-import file (UTF-8, `\n` line ends): header lines, then one record per
 * card: deck, front, back, tags. The learner's edited text (`override`) wins over the notes text;
 * a card's `context` (its parent bullet) is shown above its front.
 * @param decks the cards' decks (a card whose deck is missing goes to a deck named by its id).
 */
export function exportAnkiTsv(
	cards: readonly CardRow[],
	decks: readonly DeckRow[],
	options: AnkiExportOptions = {}
): string {
	const render = options.render ?? renderCardMarkdown;
	const titles = new Map(decks.map((d) => [d.id, d.title]));
	const tag = options.tag ?? 'study-docker';
	const lines = [
		'#separator:tab',
		'#html:true',
		`#notetype:${(options.notetype ?? 'Basic').replace(/[\r\n]/g, ' ')}`,
		'#deck column:1',
		'#tags column:4'
	];
	for (const card of cards) {
		if (card.queue === QUEUE.retired && !options.includeRetired) continue;
		const title = deckName(titles.get(card.deckId) ?? card.deckId);
		const deck = options.parentDeck ? `${deckName(options.parentDeck)}::${title}` : title;
		const { front: frontText, back: backText } = shownText(card);
		const front = card.context
			? `<div class="context">${render(card.context)}</div>${render(frontText)}`
			: render(frontText);
		const tags = [
			...(tag ? [tag] : []),
			...card.tags,
			...(card.topic.length ? [card.topic.join('::')] : [])
		]
			.map(ankiTag)
			.filter((t) => t.length > 0);
		lines.push(
			[deck, front, render(backText), [...new Set(tags)].join(' ')].map(ankiField).join('\t')
		);
	}
	return lines.join('\n') + '\n';
}
