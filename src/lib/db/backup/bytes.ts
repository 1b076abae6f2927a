/** Bytes ↔ base64 for the images in a backup (plain `btoa`/`atob`, in the browser and Node). */

const CHUNK = 0x8000;

/** Standard base64 (RFC 4648, with padding) of `bytes`. */
export function toBase64(bytes: Uint8Array): string {
	let binary = '';
	for (let i = 0; i < bytes.length; i += CHUNK) {
		binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
	}
	return btoa(binary);
}

/** The bytes of a standard base64 text, or null when it is not base64. */
export function fromBase64(text: string): Uint8Array | null {
	if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text) || text.length % 4 !== 0) return null;
	try {
		const binary = atob(text);
		const out = new Uint8Array(binary.length);
		for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
		return out;
	} catch {
		return null;
	}
}
