/** Content hashes (Web Crypto: the browser's and Node 20's `crypto.subtle`). */

/**
 * sha-256 of `bytes` as lower-case hex. Async: never call it inside an IndexedDB transaction
 * (case C04); hash first, then write.
 */
export async function sha256Hex(bytes: Uint8Array): Promise<string> {
	const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
	return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}
