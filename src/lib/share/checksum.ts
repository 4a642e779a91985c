// A short check code over a link, so typos and edits show up; not a signature, anyone can redo it.
import { uintToBase64url } from './base64url.ts';

/** cyrb53 (bryc, public domain): a fast 53-bit string hash that mixes well enough for this. */
export function cyrb53(text: string, seed = 0): number {
	let h1 = 0xdeadbeef ^ seed;
	let h2 = 0x41c6ce57 ^ seed;
	for (let i = 0; i < text.length; i++) {
		const char = text.charCodeAt(i);
		h1 = Math.imul(h1 ^ char, 2654435761);
		h2 = Math.imul(h2 ^ char, 1597334677);
	}
	h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
	h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
	h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
	h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
	return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** `digits` base64url digits (6 bits each, at most 8) of the hash of `text`. */
export function checksum(text: string, digits: number, seed: number): string {
	return uintToBase64url(cyrb53(text, seed) % 64 ** digits, digits);
}
