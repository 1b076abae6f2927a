// A static, prerendered shell: data comes from IndexedDB in the browser.
export const prerender = true;
export const trailingSlash = 'never';
