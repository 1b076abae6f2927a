/**
 * Raw HTML blocks: `<!-- cards: off -->` / `<!-- cards: on -->` switch card making off and on;
 * other comments are silent; real HTML (`<img>`, `<table>`, `<div>`) makes no card and says so.
 */
import type { HtmlBlock } from '../blocks';
import type { Scope, Sink } from '../draft';
import { htmlTagName } from '../adapter';

/** Read an HTML block; returns a `cards:` switch when it is one. */
export function htmlBlock(sink: Sink, b: HtmlBlock, scope: Scope): 'on' | 'off' | null {
	void scope;
	const value = b.value.trim();
	const toggle = /^<!--\s*cards\s*:\s*(off|on)\s*-->$/i.exec(value);
	if (toggle) return toggle[1]?.toLowerCase() === 'on' ? 'on' : 'off';
	if (value.startsWith('<!--')) return null;
	const tag = htmlTagName(value);
	if (tag === 'img' || tag === 'picture') sink.warn(b.line, 'notes_image_dropped');
	else sink.warn(b.line, 'notes_html_block', { tag: tag || 'html' });
	return null;
}
