/**
 * Raw HTML as the converter reads it: which tag-like words are real HTML elements (everything
 * else is plain text, case C20), which tags are dropped with their content, and image alt text
 * that only names a file. No parser here: the adapter hands raw HTML strings in.
 */

/** HTML element names (WHATWG + common obsolete ones): anything else tag-like is plain text. */
const HTML_TAGS: ReadonlySet<string> = new Set(
	(
		'a abbr acronym address area article aside audio b base bdi bdo big blink blockquote body br ' +
		'button canvas caption center cite code col colgroup data datalist dd del details dfn dialog ' +
		'dir div dl dt em embed fieldset figcaption figure font footer form frame frameset h1 h2 h3 ' +
		'h4 h5 h6 head header hgroup hr html i iframe img input ins kbd label legend li link main map ' +
		'mark marquee menu meta meter nav nobr noscript object ol optgroup option output p param ' +
		'picture pre progress q rp rt ruby s samp script search section select slot small source span ' +
		'strike strong style sub summary sup svg table tbody td template textarea tfoot th thead time ' +
		'title tr track tt u ul var video wbr math'
	).split(' ')
);

export const DROPPED_WITH_CONTENT: ReadonlySet<string> = new Set([
	'script',
	'style',
	'iframe',
	'object',
	'embed',
	'video',
	'audio',
	'svg',
	'math',
	'template',
	'noscript',
	'textarea',
	'select'
]);

/** Tag name of raw HTML (`<img src=…>` → `img`, `</b>` → `b`), lower-case; '' if none. */
export function htmlTagName(html: string): string {
	const m = /^<\/?([A-Za-z][A-Za-z0-9-]*)/.exec(html.trim());
	return m?.[1]?.toLowerCase() ?? '';
}

/** Whether raw HTML source is a real HTML tag or comment (not `<container-id>`). */
export function isRealHtml(html: string): boolean {
	const t = html.trim();
	if (t.startsWith('<!--') || t.startsWith('<?') || t.startsWith('<!')) return true;
	return HTML_TAGS.has(htmlTagName(t));
}

const ALT_RE = /\balt\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/i;

/** The `alt` attribute of a raw `<img>` tag, if any. */
export function htmlImgAlt(html: string): string {
	const m = ALT_RE.exec(html);
	return (m?.[1] ?? m?.[2] ?? m?.[3] ?? '').trim();
}

const SRC_RE = /(?:^<img|\s)src\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/i;

/** The `src` attribute of a raw `<img>` tag, '' when it has none. */
export function htmlImgSrc(html: string): string {
	const m = SRC_RE.exec(html);
	return (m?.[1] ?? m?.[2] ?? m?.[3] ?? '').trim();
}

/** Alt text that only names a file or says "image" (`img_9.png`, `스크린샷 1`). */
export const FILE_LIKE =
	/\.(png|jpe?g|gif|svg|webp|bmp|ico|tiff?)$|^(img|image|images|screenshot|capture|pic|picture|photo|그림|사진|이미지|캡처|캡쳐|스크린샷)?[\s_-]*\d*$/i;
