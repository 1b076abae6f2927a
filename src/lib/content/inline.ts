/**
 * Raw HTML helpers for the display renderer (`render.ts`): the tag name of a raw HTML string and
 * the alt text of an `<img>`. (The converter reads inline content in `notes/adapter.ts`.)
 */

const ALT_RE = /\balt\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/i;
const TAG_RE = /^<\/?([A-Za-z][A-Za-z0-9-]*)/;

/** Tag name of a raw HTML string (`<img src=…>` → `img`), lower-case, or '' for comments etc. */
export function htmlTagName(html: string): string {
	const m = TAG_RE.exec(html.trim());
	return m?.[1]?.toLowerCase() ?? '';
}

/** The `alt` attribute of a raw `<img>` tag, if any. */
export function htmlImgAlt(html: string): string {
	const m = ALT_RE.exec(html);
	return (m?.[1] ?? m?.[2] ?? m?.[3] ?? '').trim();
}
