/**
 * Card text → safe HTML for `{@html}`: Markdown rendered by the content module (raw HTML dropped),
 * then DOMPurify in the browser as a second wall. Returns '' during prerendering (cards come
 * from IndexedDB, which only exists in the browser).
 */
import DOMPurify from 'dompurify';
import { renderCardMarkdown } from '$lib/content/render';

export function safeHtml(markdown: string): string {
	if (typeof window === 'undefined') return '';
	return DOMPurify.sanitize(renderCardMarkdown(markdown), {
		FORBID_TAGS: ['style', 'iframe', 'form', 'svg', 'math'],
		FORBID_ATTR: ['style']
	});
}
