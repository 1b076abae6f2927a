/**
 * Card text (Markdown source) → HTML string, with nothing that can run script.
 *
 * mdast (GFM) → hast (mdast-util-to-hast without `allowDangerousHtml`, so raw HTML is dropped)
 * → HTML (hast-util-to-html, which escapes all text). Before conversion: an image stored by the
 * import (`![alt](media:<hash>)`, `$lib/cards/media`) becomes `<img data-media="<hash>" alt>`
 * with no `src` (the component sets it to the stored Blob's object URL); every other image
 * becomes its alt text (cards never load anything from a file name or another site), raw
 * `<img alt>` keeps its alt text, `<br>` becomes a line
 * break, and links whose URL is not http(s) or relative (`javascript:`, `data:`, `vbscript:` …)
 * become plain text. The browser passes the result through DOMPurify as a second line of
 * defence; this module stays free of DOM APIs so it runs in Node tests and at build time.
 */
import type { Definition, Nodes, Parent, RootContent } from 'mdast';
import { toHtml } from 'hast-util-to-html';
import { toHast } from 'mdast-util-to-hast';
import { mediaHashOf } from '$lib/cards';
import { htmlImgAlt, htmlTagName } from './inline';
import { parseMarkdownTree } from './markdown';

/**
 * Whether a URL may be used as a link target: relative URLs and `http:`/`https:` only. ASCII
 * control characters and spaces are ignored first, as browsers do (`java\tscript:`).
 */
export function isSafeUrl(url: string): boolean {
	// eslint-disable-next-line no-control-regex
	const cleaned = url.replace(/[\u0000-\u0020\u007f]/g, '');
	const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(cleaned);
	if (!scheme) return true;
	const name = scheme[1]?.toLowerCase();
	return name === 'http' || name === 'https';
}

function sanitise(node: Parent, definitions: Map<string, Definition>): void {
	const out: RootContent[] = [];
	for (const child of node.children as RootContent[]) {
		switch (child.type) {
			case 'image': {
				const hash = mediaHashOf(child.url);
				if (hash) {
					child.data = {
						...child.data,
						hProperties: { src: undefined, dataMedia: hash, className: ['card-image'] }
					};
					out.push(child);
				} else if (child.alt) out.push({ type: 'text', value: child.alt });
				continue;
			}
			case 'imageReference':
				if (child.alt) out.push({ type: 'text', value: child.alt });
				continue;
			case 'html': {
				const tag = htmlTagName(child.value);
				if (tag === 'br') out.push({ type: 'break' });
				else if (tag === 'img') {
					const alt = htmlImgAlt(child.value);
					if (alt) out.push({ type: 'text', value: alt });
				}
				continue;
			}
			case 'definition':
				continue;
			case 'link':
				sanitise(child, definitions);
				if (!isSafeUrl(child.url)) {
					out.push(...(child.children as RootContent[]));
					continue;
				}
				child.data = { ...child.data, hProperties: { rel: ['noopener', 'noreferrer'] } };
				out.push(child);
				continue;
			case 'linkReference': {
				sanitise(child, definitions);
				const def = definitions.get(child.identifier);
				if (!def || !isSafeUrl(def.url)) {
					out.push(...(child.children as RootContent[]));
					continue;
				}
				out.push({
					type: 'link',
					url: def.url,
					title: def.title,
					children: child.children,
					data: { hProperties: { rel: ['noopener', 'noreferrer'] } }
				});
				continue;
			}
			default:
				if ('children' in child) sanitise(child, definitions);
				out.push(child);
		}
	}
	node.children = out as Parent['children'];
}

function collectDefinitions(node: Nodes, into: Map<string, Definition>): void {
	if (node.type === 'definition') into.set(node.identifier, node);
	if ('children' in node) for (const c of node.children) collectDefinitions(c, into);
}

/**
 * Render one card side to HTML.
 * @param md Markdown source (a card's front, back or context)
 * @returns an HTML fragment with no raw HTML, no loadable image (stored images as
 *   `<img data-media>` without `src`), no script-capable URLs; '' for ''.
 *   Never throws: input too deeply nested to render comes back as one escaped paragraph.
 */
export function renderCardMarkdown(md: string): string {
	try {
		const tree = parseMarkdownTree(md.replace(/\r\n?/g, '\n'));
		const definitions = new Map<string, Definition>();
		collectDefinitions(tree, definitions);
		sanitise(tree, definitions);
		return toHtml(toHast(tree));
	} catch {
		// Pathological nesting can overflow the stack: show the source as escaped text instead.
		return toHtml({
			type: 'element',
			tagName: 'p',
			properties: {},
			children: [{ type: 'text', value: md }]
		});
	}
}
